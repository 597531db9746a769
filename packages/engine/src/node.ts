// Node.js adapter: finds the tree-sitter wasm files in node_modules and reads
// them from disk. This is the only engine module allowed to import `node:` APIs.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createRustParser } from './syntax/treesitter.js';
import type { RustParser } from './syntax/treesitter.js';

export { createRustParser } from './syntax/treesitter.js';
export type { RustParser, RustWasm, CstNode } from './syntax/treesitter.js';
export { parseRust } from './syntax/parse.js';
export type { ParseResult } from './syntax/parse.js';

const require = createRequire(import.meta.url);

let nodeParser: Promise<RustParser> | null = null;

/** The paths of the runtime and grammar wasm files as installed in node_modules. */
export function nodeWasmPaths(): { runtime: string; rust: string } {
  const runtime = require.resolve('web-tree-sitter/tree-sitter.wasm');
  // tree-sitter-rust has no `exports` map entry for the wasm file: go via its package.json.
  const rust = join(dirname(require.resolve('tree-sitter-rust/package.json')), 'tree-sitter-rust.wasm');
  return { runtime, rust };
}

/** A Rust parser for Node.js; loads the wasm files once and reuses the parser afterwards. */
export function loadNodeRustParser(): Promise<RustParser> {
  if (!nodeParser) {
    nodeParser = (async () => {
      const paths = nodeWasmPaths();
      const [runtime, rust] = await Promise.all([readFile(paths.runtime), readFile(paths.rust)]);
      return createRustParser({ runtime: new Uint8Array(runtime), rust: new Uint8Array(rust) });
    })();
    nodeParser.catch(() => {
      nodeParser = null;
    });
  }
  return nodeParser;
}
