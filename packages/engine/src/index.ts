// Public entry point of the engine. Everything here runs unchanged in Node
// and in the browser; Node-only helpers live in `./node.ts`.
export * from './engine.js';
export * from './diagnostics.js';
export * from './render.js';
export type { Span } from './syntax/ast.js';
export type { RustParser } from './syntax/treesitter.js';
export { createRustParser } from './syntax/treesitter.js';
export * from './events/schema.js';
export * from './events/index.js';
export type { ExplainResult } from './borrowck/index.js';
