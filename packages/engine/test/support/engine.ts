// One engine per test process: loading tree-sitter's wasm is the only slow part.
import { createEngine, type Engine } from '../../src/engine.js';
import { loadNodeRustParser } from '../../src/node.js';

let engine: Promise<Engine> | null = null;
export function getEngine(): Promise<Engine> {
  engine ??= loadNodeRustParser().then(createEngine);
  return engine;
}
