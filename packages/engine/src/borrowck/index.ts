// The borrow checker: runs rustc's MIR borrowck analyses on every body of a
// Program and reports the same errors rustc 1.95 does, plus an "explain"
// result (permissions, borrow ranges, lifetimes per line) for the UI.
//
// Per body: accesses → move paths and initialization (E0382, E0381, E0507..)
// → mutability (E0384, E0594, E0596) → regions (liveness + outlives) →
// borrows in scope → conflicts (E0499, E0502, E0503, E0505, E0506, E0597, E0716, E0515, E0373).

import type { Diagnostic } from '../diagnostics.js';
import type { Body, Program } from '../mir/mir.js';
import { mentionsUnresolved } from '../types/ty.js';
import { knownPanics } from '../lints/known-panics.js';
import { collectAccesses, type Access } from './accesses.js';
import { checkConflicts, collectBorrows, computeBorrowScopes } from './borrows.js';
import { Cfg } from './cfg.js';
import { explainBody, type ExplainFn, type ExplainInput, type ExplainResult } from './explain.js';
import { checkMoveOut, checkMoves, computeInit, type InitResults } from './moves.js';
import { checkMutability } from './mutability.js';
import { checkPackedRefs, hasPacked, packedLayout } from './packed.js';
import { PlaceTyper } from './places.js';
import { RegionBuilder, SlotLayout } from './regions.js';
import { checkUniversalRegions } from './universal.js';

export type { ExplainResult, ExplainFn, LineExplain, BorrowExplain, LifetimeExplain, PermDelta, Perm } from './explain.js';

export interface BorrowckResult {
  readonly diagnostics: Diagnostic[];
  /** Computed on first read (only the UI and the `explain` CLI look at it), then kept. */
  readonly explain: ExplainResult;
}

/** `skip`: bodies not to check (rustc does not borrow-check a body whose patterns failed, E0004/E0005). */
export function borrowck(program: Program, skip?: ReadonlySet<number>): BorrowckResult {
  const typer = new PlaceTyper(program);
  const layout = new SlotLayout(typer);
  const diagnostics: Diagnostic[] = [];
  const explainers: (() => ExplainFn)[] = [];
  const packed = hasPacked(program) ? packedLayout(program) : null;
  for (const body of program.fns) {
    if (!body || body.blocks.length === 0 || skip?.has(body.id)) continue;
    try {
      // rustc checks these as it builds the body's MIR, before borrow checking it.
      if (packed) diagnostics.push(...checkPackedRefs(body, typer, packed));
      const r = checkBody(body, typer, layout);
      diagnostics.push(...r.diagnostics);
      if (r.explain) explainers.push(r.explain);
    } catch (e) {
      if (typeof process !== 'undefined' && process.env?.MEMVIZ_DEBUG) console.error(e);
      // A body the checker cannot understand gets no errors rather than wrong ones.
    }
  }
  diagnostics.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  return { diagnostics, explain: lazyExplain(explainers) };
}

/** An ExplainResult whose `fns` are computed on first read, from the analyses `checkBody` kept. */
export function lazyExplain(explainers: readonly (() => ExplainFn)[]): ExplainResult {
  let fns: ExplainFn[] | null = null;
  return {
    get fns(): ExplainFn[] {
      if (!fns) {
        fns = [];
        for (const f of explainers) {
          try {
            fns.push(f());
          } catch {
            // As the checker itself: a body it cannot explain is left out.
          }
        }
      }
      return fns;
    },
  };
}

function hasErrorTypes(body: Body): boolean {
  for (const l of body.locals) if (mentionsUnresolved(l.ty)) return true;
  return false;
}

/**
 * The errors of one body, and (when it is a fn, method or closure) a thunk
 * computing its explanation. The thunk re-runs the analyses rather than
 * keeping them: holding every body's dataflow results until the UI asks made
 * them survive garbage collection, which cost more than recomputing.
 */
export function checkBody(body: Body, typer: PlaceTyper, layout = new SlotLayout(typer)): { diagnostics: Diagnostic[]; explain: (() => ExplainFn) | null } {
  const diagnostics: Diagnostic[] = [];
  // Types the front end could not determine would only produce follow-on noise.
  const trusted = !hasErrorTypes(body);
  const a = analyzeBody(body, typer, layout, (cfg, accesses, init) => {
    if (!trusted) return;
    diagnostics.push(...checkMoveOut(cfg, typer, accesses));
    diagnostics.push(...checkMoves(cfg, typer, accesses, init));
    diagnostics.push(...checkMutability(cfg, typer, accesses, init));
  });
  if (trusted) {
    diagnostics.push(...checkConflicts({ cfg: a.cfg, typer, accesses: a.accesses, regions: a.regions, scopes: a.scopes }));
    diagnostics.push(...checkUniversalRegions(a.cfg, layout, a.regions, typer));
  }
  // rustc lints known panics in each body that borrowck accepted (deny by default: errors).
  if (!diagnostics.some((d) => d.severity === 'error')) diagnostics.push(...knownPanics(typer.program, body, a.cfg));
  const explain = body.kind === 'fn' || body.kind === 'method' || body.kind === 'closure' ? () => explainBody(analyzeBody(body, typer, layout)) : null;
  return { diagnostics, explain };
}

/** The analyses of one body; `afterInit` runs once initialization is known (the move and mutability checks). */
function analyzeBody(
  body: Body, typer: PlaceTyper, layout: SlotLayout,
  afterInit?: (cfg: Cfg, accesses: Access[][], init: InitResults) => void,
): ExplainInput {
  const cfg = new Cfg(body);
  const accesses = collectAccesses(cfg, typer);
  const init = computeInit(cfg, typer, accesses);
  afterInit?.(cfg, accesses, init);
  const builder = new RegionBuilder(cfg, typer, layout);
  builder.addBodyConstraints();
  const regions = builder.solve(accesses, init);
  const borrows = collectBorrows(cfg, typer, regions);
  const scopes = computeBorrowScopes(cfg, borrows, regions, accesses);
  return { cfg, typer, accesses, init, regions, scopes };
}
