// Runs the front end (parse + analyze) on a source string, for typeck/MIR tests.
import { loadNodeRustParser } from '../../src/node.js';
import { parseRust } from '../../src/syntax/parse.js';
import { analyze } from '../../src/frontend.js';
import { PRELUDE } from '../../src/std/prelude.js';
import type { Crate } from '../../src/syntax/ast.js';
import type { RustParser } from '../../src/syntax/treesitter.js';
import { prettyProgram } from '../../src/mir/pretty.js';

let parser: RustParser | null = null;
let prelude: Crate | null = null;

export async function frontend(source: string) {
  parser ??= await loadNodeRustParser();
  if (!prelude) {
    const p = parseRust(parser, PRELUDE);
    if (p.diagnostics.length) throw new Error('prelude: ' + p.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`).join('; '));
    prelude = p.crate;
  }
  const parsed = parseRust(parser, source);
  if (parsed.diagnostics.some((d) => d.severity === 'error')) return { parseErrors: parsed.diagnostics, program: null, diagnostics: parsed.diagnostics, info: null, crate: parsed.crate, prelude };
  const r = analyze(parsed.crate, prelude, source);
  return { parseErrors: [], ...r, crate: parsed.crate, prelude };
}

export function mirText(program: NonNullable<Awaited<ReturnType<typeof frontend>>['program']>, opts: { includeSteps?: boolean } = {}): string {
  return prettyProgram(program, opts);
}
