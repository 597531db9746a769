// One engine per test process: loading tree-sitter's wasm is the slow part.
import { createEngine, type Engine } from '@memviz/engine';
import { loadNodeRustParser } from '@memviz/engine/node';

let engine: Promise<Engine> | null = null;
export function getEngine(): Promise<Engine> {
  engine ??= loadNodeRustParser().then(createEngine);
  return engine;
}

/** A program from lines, so tests can count them: line 1 is the first string. */
export function program(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}
