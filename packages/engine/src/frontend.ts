// The front end: name resolution + type checking (typeck/) and lowering to
// MIR (mir/lower/). `analyze` never throws on bad input: problems come back as
// diagnostics, and `program` is null when there is any error.
import type { Crate, Span } from './syntax/ast.js';
import type { Diagnostic } from './diagnostics.js';
import type { FnId } from './types/ty.js';
import type { Program } from './mir/mir.js';
import { typeckCrate } from './typeck/index.js';
import { resolveModules } from './resolve/modules.js';
import { lowerProgram } from './mir/lower/program.js';

/** What the borrow checker and the UI need beyond the MIR. */
export interface FrontendInfo {
  /** Per FnId (bodies with MIR only). */
  readonly fns: ReadonlyMap<FnId, FnInfo>;
  /** Literals that do not fit their type: errors rustc reports only when nothing else failed. */
  readonly literalLints: readonly Diagnostic[];
  /** Non-exhaustive patterns (E0004, E0005), and the bodies they are in (not borrow-checked). */
  readonly patternErrors: readonly Diagnostic[];
  readonly patternErrorFns: ReadonlySet<FnId>;
  /** rustc's borrow-checker errors the type checker found (a sort key borrowed from its element). */
  readonly lateBorrowErrors: readonly Diagnostic[];
}

export interface FnInfo {
  /** Per MIR local: where the scope that owns it ends (a block's `}` or a statement's end), null if never scheduled. */
  readonly scopeEnds: readonly (Span | null)[];
  /** The declared return type's span (E0515/E0106 explanations), null for closures/consts or `()` returns. */
  readonly retTySpan: Span | null;
  /** Named lifetime parameters of the signature (e.g. ["a"]). */
  readonly lifetimes: readonly string[];
  /** For closure bodies: where each capture is first used (E0373's "`x` is borrowed here"). */
  readonly captureSpans: readonly Span[] | null;
}

export interface Analysis {
  readonly program: Program | null;
  readonly diagnostics: Diagnostic[];
  readonly info: FrontendInfo;
  /** Std functions and constructors used as values: parse again with these as closures (ParseOptions.fnValues). */
  readonly fnValues: ReadonlyMap<number, number>;
}

export function analyze(parsed: Crate, prelude: Crate, source: string): Analysis {
  // Modules first: the type checker sees one flat crate whose paths are already resolved.
  const flat = resolveModules(parsed);
  if (flat.diagnostics.some((d) => d.severity === 'error')) return { program: null, diagnostics: sortDiagnostics([...flat.diagnostics]), fnValues: new Map(), info: NO_INFO };
  const crate = flat.crate;
  const tc = typeckCrate(crate, prelude, source, flat);
  const diagnostics = sortDiagnostics(tc.diagnostics);
  const fnValues = tc.checker.t.fnValues;
  if (diagnostics.some((d) => d.severity === 'error')) return { program: null, diagnostics, fnValues, info: NO_INFO };
  const { program, cx } = lowerProgram(tc, source);
  const fns = new Map<FnId, FnInfo>();
  for (const [id, b] of cx.info) {
    const fn = tc.items.fns[id];
    const closure = tc.checker.t.closuresByFn.get(id);
    fns.set(id, {
      scopeEnds: b.scopeEnds,
      retTySpan: fn.ast?.ret?.span ?? null,
      lifetimes: fn.ast?.generics.lifetimes.map((l) => l.name) ?? [],
      captureSpans: closure ? closure.captures.map((c) => c.span) : null,
    });
  }
  const literalLints = [...cx.literalLints.values()].sort((a, b) => a.span.start - b.span.start);
  const patternErrors = [...cx.patternErrors.values()].flat();
  return { program, diagnostics, fnValues, info: { fns, literalLints, patternErrors, patternErrorFns: new Set(cx.patternErrors.keys()), lateBorrowErrors: tc.checker.lateBorrowErrors } };
}

const NO_INFO: FrontendInfo = { fns: new Map(), literalLints: [], patternErrors: [], patternErrorFns: new Set(), lateBorrowErrors: [] };

/** rustc reports resolution errors (E0425, E0433, E0106, ...) before type errors; each group by position. */
function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const rank = (d: Diagnostic) => (d.stage === 'resolve' ? 0 : 1);
  return [...ds].sort((a, b) => rank(a) - rank(b) || a.span.start - b.span.start);
}
