// States of one run kept on the page, so that a step already fetched from the
// engine worker is drawn at once, in the same render as the step counter,
// without a round trip to the worker. The steps around the shown one are
// fetched ahead (a live lesson mostly steps forward), and the cache keeps at
// most `capacity` states, dropping those farthest from the step shown.
import type { MemoryState } from '@memviz/engine';

export interface CachedStep {
  readonly state: MemoryState;
  /** describeState's text, for the screen-reader live region. */
  readonly description: string;
}

/** How many steps before and after the shown one are fetched ahead. */
export const BEHIND = 4;
export const AHEAD = 24;
export const CAPACITY = 128;

export class StepCache {
  private readonly states = new Map<number, CachedStep>();

  constructor(
    /** The worker's run these states belong to. */
    readonly run: number,
    /** How many steps the run has. */
    readonly stepCount: number,
    readonly capacity = CAPACITY,
  ) {}

  get size(): number {
    return this.states.size;
  }

  get(step: number): CachedStep | undefined {
    return this.states.get(step);
  }

  has(step: number): boolean {
    return this.states.has(step);
  }

  /** Keeps `entries` (step and state), then drops the states farthest from `around` beyond the capacity. */
  put(entries: readonly { readonly step: number; readonly state: MemoryState; readonly description: string }[], around: number): void {
    for (const e of entries) this.states.set(e.step, { state: e.state, description: e.description });
    if (this.states.size <= this.capacity) return;
    const far = [...this.states.keys()].sort((a, b) => Math.abs(b - around) - Math.abs(a - around));
    for (const step of far.slice(0, this.states.size - this.capacity)) this.states.delete(step);
  }

  /**
   * The smallest range of steps around `step` (BEHIND before, AHEAD after,
   * within the run) holding every step not kept yet, or null when all are.
   */
  missingAround(step: number): { from: number; to: number } | null {
    const lo = Math.max(0, step - BEHIND);
    const hi = Math.min(this.stepCount - 1, step + AHEAD);
    let from = -1;
    let to = -1;
    for (let s = lo; s <= hi; s++) {
      if (this.states.has(s)) continue;
      if (from < 0) from = s;
      to = s;
    }
    return from < 0 ? null : { from, to };
  }
}
