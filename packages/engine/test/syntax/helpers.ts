// Shared helpers for the parser tests.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/diagnostics.js';
import { loadNodeRustParser } from '../../src/node.js';
import type * as A from '../../src/syntax/ast.js';
import { parseRust, type ParseOptions, type ParseResult } from '../../src/syntax/parse.js';
import type { RustParser } from '../../src/syntax/treesitter.js';

/** `<repo>/../shared/corpus/programs`; this file is `<repo>/packages/engine/test/syntax/helpers.ts`. */
export const corpusProgramsDir = fileURLToPath(new URL('../../../../../shared/corpus/programs/', import.meta.url));
export const corpusPresent = existsSync(corpusProgramsDir);

export const parser: RustParser = await loadNodeRustParser();

export function parse(source: string, options?: ParseOptions): ParseResult {
  return parseRust(parser, source, options);
}

/** Parses a program that must be free of diagnostics. */
export function parseOk(source: string): A.Crate {
  const r = parse(source);
  if (r.diagnostics.length > 0) throw new Error(`unexpected diagnostics:\n${r.diagnostics.map(show).join('\n')}`);
  return r.crate;
}

export function show(d: Diagnostic): string {
  return `${d.span.line}:${d.span.col} ${d.message}`;
}

/** The body of `fn main` (or the first function). */
export function mainBody(crate: A.Crate): A.BlockExpr {
  const fn = crate.items.find((i): i is A.FnItem => i.kind === 'fn' && i.name.name === 'main') ?? crate.items.find((i): i is A.FnItem => i.kind === 'fn');
  if (!fn?.body) throw new Error('no function with a body');
  return fn.body;
}

/** Parses `fn main() { <stmts> }` and returns the statements and tail. */
export function body(stmts: string): A.BlockExpr {
  return mainBody(parseOk(`fn main() {\n${stmts}\n}\n`));
}

/** The initializer of the only `let` in `fn main`. */
export function letInit(expr: string): A.Expr {
  const b = body(`let x = ${expr};`);
  const s = b.stmts[0];
  if (s?.kind !== 'let' || !s.init) throw new Error('expected a let with an initializer');
  return s.init;
}

/** The pattern of the first arm of `match v { <pat> => {} }`. */
export function armPattern(pat: string): A.Pattern {
  const b = body(`match v { ${pat} => {} }`);
  const m = b.tail;
  if (m?.kind !== 'match') throw new Error('expected a match');
  return m.arms[0].pat;
}

/** Every AST node (object with a numeric `id`) reachable from `root`. */
export function allNodes(root: unknown): { id: number; span: A.Span; kind?: string }[] {
  const out: { id: number; span: A.Span; kind?: string }[] = [];
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    const o = v as Record<string, unknown>;
    if (typeof o.id === 'number') out.push(o as unknown as { id: number; span: A.Span; kind?: string });
    for (const key of Object.keys(o)) visit(o[key]);
  };
  visit(root);
  return out;
}

/** Every span (objects with start/end/line/col) reachable from `root`. */
export function allSpans(root: unknown): A.Span[] {
  const out: A.Span[] = [];
  const visit = (v: unknown): void => {
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.line === 'number' && typeof o.endCol === 'number') {
      out.push(o as unknown as A.Span);
      return;
    }
    for (const key of Object.keys(o)) visit(o[key]);
  };
  visit(root);
  return out;
}

const lineStartCache = new Map<string, number[]>();

/** Line and character column of a UTF-16 offset, computed independently of the parser. */
export function lineCol(source: string, offset: number): { line: number; col: number } {
  let starts = lineStartCache.get(source);
  if (!starts) {
    starts = [0];
    for (let i = 0; i < source.length; i++) if (source[i] === '\n') starts.push(i + 1);
    lineStartCache.set(source, starts);
  }
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  // Characters, not UTF-16 units: a surrogate pair counts once.
  return { line: line + 1, col: [...source.slice(starts[line], offset)].length + 1 };
}

/** The span of the first occurrence of `needle` (after `from`), as the parser should report it. */
export function spanOfText(source: string, needle: string, from = 0): { line: number; col: number } {
  const at = source.indexOf(needle, from);
  if (at < 0) throw new Error(`${needle} not in source`);
  return lineCol(source, at);
}
