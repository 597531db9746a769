// A small gen/kill-style dataflow engine over a body's CFG, on bitsets.
// Every analysis of the borrow checker uses union as its join ("may" facts),
// so one solver serves them all: forward (initialization, borrows in scope)
// and backward (liveness).

import { BitSet } from './bitset.js';
import type { Cfg } from './cfg.js';

export interface Analysis {
  readonly direction: 'forward' | 'backward';
  /** Number of facts (bits). */
  readonly size: number;
  /** The state entering the body (forward) or leaving it at returns (backward). */
  initBoundary(state: BitSet): void;
  /** Applies the effect of one point (statement or terminator) to `state`, in place. */
  apply(state: BitSet, point: number): void;
}

export interface Results {
  readonly cfg: Cfg;
  readonly analysis: Analysis;
  /** Forward: the state at each block's entry. Backward: the state at each block's exit. */
  readonly blockStates: readonly BitSet[];
}

export function solve(cfg: Cfg, analysis: Analysis): Results {
  const n = cfg.blocks.length;
  // One more set than blocks: the last is the scratch state (one buffer: typed arrays are costly to create).
  const states = BitSet.many(n + 1, analysis.size);
  const scratch = states.pop()!;
  if (n === 0) return { cfg, analysis, blockStates: states };
  const forward = analysis.direction === 'forward';
  if (forward) analysis.initBoundary(states[0]);
  else for (let b = 0; b < n; b++) if (cfg.succs[b].length === 0) analysis.initBoundary(states[b]);

  // Worklist ordered by (reverse) postorder position: always process the earliest dirty
  // block, so a loop reaches its fixpoint before the code after it is revisited, and
  // no extra round rescans the whole body for dirty flags.
  const order = forward ? cfg.rpo : cfg.postorder;
  // Plain arrays (a plain array: typed arrays over 64 bytes cost about a microsecond to create).
  const pos: number[] = new Array(n).fill(-1);
  for (let i = 0; i < order.length; i++) pos[order[i]] = i;
  const dirty: number[] = new Array(order.length).fill(1);
  for (let i = 0; i < order.length; ) {
    if (!dirty[i]) {
      i++;
      continue;
    }
    dirty[i] = 0;
    const b = order[i];
    scratch.copyFrom(states[b]);
    applyBlock(cfg, analysis, b, scratch);
    let nextI = i + 1;
    const next = forward ? cfg.succs[b] : cfg.preds[b];
    for (const s of next) {
      // Unreachable predecessors (backward) still get the state, as before, but are never visited.
      if (states[s].unionWith(scratch) && pos[s] >= 0) {
        dirty[pos[s]] = 1;
        if (pos[s] < nextI) nextI = pos[s];
      }
    }
    i = nextI;
  }
  return { cfg, analysis, blockStates: states };
}

function applyBlock(cfg: Cfg, analysis: Analysis, b: number, state: BitSet): void {
  const first = cfg.start[b];
  const last = first + cfg.blocks[b].stmts.length;
  if (analysis.direction === 'forward') for (let p = first; p <= last; p++) analysis.apply(state, p);
  else for (let p = last; p >= first; p--) analysis.apply(state, p);
}

/**
 * Calls `visit(point, state)` for every point of every reachable block with
 * the state *before* the point's effect (in the analysis' direction: for a
 * backward analysis that is the state after the point in program order).
 */
export function visitStates(results: Results, visit: (point: number, state: BitSet) => void): void {
  const { cfg, analysis } = results;
  const state = new BitSet(analysis.size);
  for (const b of cfg.rpo) {
    state.copyFrom(results.blockStates[b]);
    const first = cfg.start[b];
    const last = first + cfg.blocks[b].stmts.length;
    if (analysis.direction === 'forward') {
      for (let p = first; p <= last; p++) {
        visit(p, state);
        analysis.apply(state, p);
      }
    } else {
      for (let p = last; p >= first; p--) {
        visit(p, state);
        analysis.apply(state, p);
      }
    }
  }
}

/**
 * The state before each point of a forward analysis, on demand: recomputed
 * from its block's entry state (rustc's ResultsCursor) instead of one stored
 * set per point, which made memory and copying grow with points × facts.
 * Moving forward within a block is incremental, so a walk over the points in
 * order costs one `apply` per point. `at` returns a view that the next call
 * overwrites; `all()` materializes every point (for the explain view).
 */
export class StatesBefore {
  private readonly state: BitSet;
  private readonly view: BitSet;
  private readonly reachable: Uint8Array;
  /** The block `state` is in, and the point it is the state before. */
  private block = -1;
  private pos = -1;
  private viewAt = -1;
  private materialized: BitSet[] | null = null;

  /** `adjust` edits the view of a point after it is computed (e.g. borrows killed right at the point). */
  constructor(readonly results: Results, private readonly adjust?: (view: BitSet, point: number) => void) {
    if (results.analysis.direction !== 'forward') throw new Error('StatesBefore needs a forward analysis');
    [this.state, this.view] = BitSet.many(2, results.analysis.size);
    this.reachable = results.cfg.reachable;
  }

  /** The state before `point` (empty for unreachable points); valid until the next call. */
  at(point: number): BitSet {
    if (point === this.viewAt) return this.view;
    const { cfg, analysis, blockStates } = this.results;
    const b = cfg.blockOf(point);
    this.viewAt = point;
    if (!this.reachable[b]) {
      this.view.clear();
      return this.view;
    }
    if (b !== this.block || this.pos > point) {
      this.state.copyFrom(blockStates[b]);
      this.block = b;
      this.pos = cfg.start[b];
    }
    while (this.pos < point) analysis.apply(this.state, this.pos++);
    this.view.copyFrom(this.state);
    this.adjust?.(this.view, point);
    return this.view;
  }

  /** Every point's state as its own set, indexed by point (computed once). */
  all(): BitSet[] {
    if (!this.materialized) {
      const { cfg, analysis } = this.results;
      const out = BitSet.many(cfg.numPoints, analysis.size);
      visitStates(this.results, (p, s) => {
        out[p].copyFrom(s);
        this.adjust?.(out[p], p);
      });
      this.materialized = out;
    }
    return this.materialized;
  }
}
