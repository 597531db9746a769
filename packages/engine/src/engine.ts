// The pipeline, end to end: source → AST → typed MIR → borrow check → trace.
// Pure and synchronous once a parser is loaded; the parser (tree-sitter in
// wasm) is the only asynchronous, environment-specific piece, so callers load
// it their way (Node: `loadNodeRustParser()`, browser: fetch the wasm) and
// hand it in.

import type { Diagnostic } from './diagnostics.js';
import { error } from './diagnostics.js';
import type { Trace } from './events/schema.js';
import type { Program } from './mir/mir.js';
import type { RustParser } from './syntax/treesitter.js';
import type { Crate } from './syntax/ast.js';
import { parseRust } from './syntax/parse.js';
import { analyze } from './frontend.js';
import { borrowck, type ExplainResult } from './borrowck/index.js';
import { interpret } from './interp/index.js';
import { PRELUDE } from './std/prelude.js';

/** Sources above this size are refused before parsing (a classroom program is a few KiB). */
export const MAX_SOURCE_BYTES = 256 * 1024;
export const DEFAULT_STEP_LIMIT = 1_000_000;
/** Bumped whenever the events a program produces may change; stored traces are keyed by it. */
export const ENGINE_VERSION = '0.1.0';

export interface CheckResult {
  /** True when no error was reported: the program would compile. */
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  /** The MIR, present when `ok`. */
  readonly program: Program | null;
  readonly explain: ExplainResult | null;
}

export interface RunOptions {
  /** Used in panic locations, as rustc's binaries print them. */
  readonly fileName?: string;
  readonly stepLimit?: number;
  /** Freeze every event (dev and tests: proves nobody mutates them). */
  readonly freeze?: boolean;
}

export interface RunResult extends CheckResult {
  /** Present when the program compiled. */
  readonly trace: Trace | null;
}

export interface Engine {
  check(source: string): CheckResult;
  run(source: string, options?: RunOptions): RunResult;
}

export interface EngineOptions {
  /**
   * Parse each source incrementally from the previous one (default true):
   * an editor checking on every keystroke re-parses only around the edit.
   * The results are the same either way; benchmarks of a cold check turn it off.
   */
  readonly incrementalParse?: boolean;
}

export function createEngine(parser: RustParser, options: EngineOptions = {}): Engine {
  const session = options.incrementalParse === false ? undefined : parser.session();
  let prelude: Crate | null = null;
  const getPrelude = (): Crate => {
    if (!prelude) {
      const parsed = parseRust(parser, PRELUDE);
      if (parsed.diagnostics.length) throw new Error('memviz: the std prelude does not parse: ' + parsed.diagnostics[0].message);
      prelude = parsed.crate;
    }
    return prelude;
  };

  function check(source: string): CheckResult {
    const limit = checkLimits(source);
    if (limit) return { ok: false, diagnostics: [limit], program: null, explain: null };
    try {
      let parsed = parseRust(parser, source, { session });
      if (parsed.diagnostics.some((d) => d.severity === 'error')) {
        return { ok: false, diagnostics: parsed.diagnostics, program: null, explain: null };
      }
      let front = analyze(parsed.crate, getPrelude(), source);
      if (front.fnValues.size > 0) {
        // `map(String::from)`: once more, with those paths read as closures (see ParseOptions.fnValues).
        const fnValues = front.fnValues;
        parsed = parseRust(parser, source, { fnValues });
        front = analyze(parsed.crate, getPrelude(), source);
        // A function value whose signature does not fit is rustc's E0631, at the path.
        for (const [i, d] of front.diagnostics.entries()) {
          if (d.code === 'E0308' && fnValues.has(d.span.start)) front.diagnostics[i] = { ...d, code: 'E0631', message: 'type mismatch in function arguments' };
        }
      }
      const diagnostics = [...parsed.diagnostics, ...front.diagnostics];
      if (!front.program || diagnostics.some((d) => d.severity === 'error')) {
        return { ok: false, diagnostics, program: null, explain: null };
      }
      const checked = borrowck(front.program, front.info.patternErrorFns);
      // Per body, in source order: its pattern errors, or its borrow errors and known panics.
      diagnostics.push(...[...front.info.patternErrors, ...checked.diagnostics, ...front.info.lateBorrowErrors].sort((a, b) => a.span.start - b.span.start));
      // rustc's late lints (overflowing literals) run only once nothing above failed (known panics,
      // lints themselves, are the only errors there without an E-code).
      if (!diagnostics.some((d) => d.severity === 'error' && d.code !== null && /^E\d{4}$/.test(d.code))) diagnostics.push(...front.info.literalLints);
      // `#[allow(overflowing_literals)]` and the like: a lint is silent where the program allows it.
      const allows = parsed.crate.allows ?? [];
      for (let i = diagnostics.length - 1; i >= 0; i--) {
        const d = diagnostics[i];
        if (d.code !== null && !/^E\d{4}$/.test(d.code) && allows.some((a) => a.lints.includes(d.code!) && d.span.start >= a.start && d.span.end <= a.end)) diagnostics.splice(i, 1);
      }
      const ok = !diagnostics.some((d) => d.severity === 'error');
      // `checked.explain` computes its contents on first read: keep it unread here.
      return { ok, diagnostics, program: ok ? front.program : null, explain: checked.explain };
    } catch (e) {
      return { ok: false, diagnostics: [internalError(source, e)], program: null, explain: null };
    }
  }

  function run(source: string, options: RunOptions = {}): RunResult {
    const checked = check(source);
    if (!checked.ok || !checked.program) return { ...checked, trace: null };
    const trace = interpret(checked.program, {
      fileName: options.fileName ?? 'main.rs',
      stepLimit: options.stepLimit ?? DEFAULT_STEP_LIMIT,
      freeze: options.freeze ?? false,
    });
    return { ...checked, trace };
  }

  return { check, run };
}

function checkLimits(source: string): Diagnostic | null {
  // Count UTF-8 bytes without allocating an encoder's output.
  let bytes = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdbff ? (i++, 4) : 3;
    if (bytes > MAX_SOURCE_BYTES) break;
  }
  if (bytes <= MAX_SOURCE_BYTES) return null;
  return error('limits', null, `source is too large: memviz accepts programs up to ${MAX_SOURCE_BYTES / 1024} KiB`, wholeFileSpan(source));
}

function wholeFileSpan(source: string) {
  return { start: 0, end: Math.min(source.length, 1), line: 1, col: 1, endLine: 1, endCol: 2 };
}

/** A bug in memviz must still reach the user as a diagnostic, never as a crash. */
function internalError(source: string, e: unknown): Diagnostic {
  const what = e instanceof Error ? e.message : String(e);
  return error('limits', null, `internal error in memviz: ${what}`, wholeFileSpan(source));
}
