// Fast seeking in a trace: the state after every K-th event is kept as a
// checkpoint, so the state at any event is at most K-1 `evolve` calls away.
// Checkpoints are cheap because consecutive states share structure: a
// checkpoint owns only what changed since the previous one.

import type { Trace } from './schema.js';
import { eventsOf, stepAt, type EventSeq } from './log.js';
import { foldEvents, initialState, type MemoryState } from './reduce.js';

/** Event indices of one step, both inclusive; `last < first` for a step with no events. */
export interface StepRange {
  readonly first: number;
  readonly last: number;
}

export interface TimelineOptions {
  /** Keep the state after every K events. Smaller: faster seeks, more memory. */
  readonly checkpointEvery?: number;
}

export interface Timeline {
  readonly trace: Trace;
  readonly eventCount: number;
  /** Steps are numbered 0 .. stepCount-1. */
  readonly stepCount: number;
  readonly checkpointEvery: number;
  readonly checkpointCount: number;
  /** Memory after all events of `step` (clamped into range). */
  stateAtStep(step: number): MemoryState;
  /** Memory after event `seq` (clamped; -1 is the initial state). */
  stateAtEvent(seq: number): MemoryState;
  /** Which events make up `step`. */
  stepRange(step: number): StepRange;
  /** The step event `seq` belongs to. */
  stepOfEvent(seq: number): number;
}

/**
 * K = 256 keeps the worst seek at 255 `evolve` calls (well under a
 * millisecond) while a million-event trace needs ~4,000 checkpoints that,
 * thanks to sharing, own only what changed between them.
 */
export const DEFAULT_CHECKPOINT_EVERY = 256;

export function createTimeline(trace: Trace, options: TimelineOptions = {}): Timeline {
  // The interpreter's log when there is one: no event object is kept beyond a fold.
  const events = eventsOf(trace);
  const every = Math.max(1, Math.floor(options.checkpointEvery ?? DEFAULT_CHECKPOINT_EVERY));
  const checkpoints = buildCheckpoints(events, every);
  const stepStarts = indexSteps(events);
  const stepCount = stepStarts.length - 1;

  // The last state returned: stepping forward one step at a time (the UI's
  // common case) folds on from it instead of from a checkpoint.
  let cachedSeq = -1;
  let cachedState = checkpoints[0];

  const stateAtEvent = (seq: number): MemoryState => {
    const target = clamp(Math.floor(seq), -1, events.length - 1);
    // checkpoints[c] is the state after events [0, c*every).
    const c = Math.floor((target + 1) / every);
    let from = c * every;
    let state = checkpoints[c];
    if (cachedSeq < target && cachedSeq + 1 > from) {
      from = cachedSeq + 1;
      state = cachedState;
    } else if (cachedSeq === target) {
      return cachedState;
    }
    state = foldEvents(state, events, from, target + 1);
    cachedSeq = target;
    cachedState = state;
    return state;
  };

  const stepRange = (step: number): StepRange => {
    if (stepCount === 0) return { first: 0, last: -1 };
    const s = clamp(Math.floor(step), 0, stepCount - 1);
    return { first: stepStarts[s], last: stepStarts[s + 1] - 1 };
  };

  return {
    trace,
    eventCount: events.length,
    stepCount,
    checkpointEvery: every,
    checkpointCount: checkpoints.length,
    stateAtEvent,
    stateAtStep: (step) => (stepCount === 0 ? checkpoints[0] : stateAtEvent(stepRange(step).last)),
    stepRange,
    stepOfEvent: (seq) => (events.length === 0 ? 0 : stepAt(events, clamp(Math.floor(seq), 0, events.length - 1))),
  };
}

/** checkpoints[c] = state after events [0, c*every), for every c with c*every <= events.length. */
function buildCheckpoints(events: EventSeq, every: number): MemoryState[] {
  const checkpoints: MemoryState[] = [initialState()];
  let state = checkpoints[0];
  // Each chunk is its own batch, so every checkpoint is sealed when it is stored.
  for (let from = 0; from + every <= events.length; from += every) {
    state = foldEvents(state, events, from, from + every);
    checkpoints.push(state);
  }
  return checkpoints;
}

/**
 * stepStarts[s] = index of the first event whose step is >= s, and
 * stepStarts[stepCount] = events.length. Steps come from the events (the
 * last one's step + 1), not from the header, so a tampered header cannot
 * send a seek out of range.
 */
function indexSteps(events: EventSeq): Int32Array {
  const stepCount = events.length === 0 ? 0 : Math.max(0, stepAt(events, events.length - 1) + 1);
  const starts = new Int32Array(stepCount + 1);
  let s = 0;
  for (let i = 0; i < events.length && s < stepCount; i++) {
    const step = stepAt(events, i);
    while (s <= step && s < stepCount) starts[s++] = i;
  }
  while (s <= stepCount) starts[s++] = events.length;
  return starts;
}

function clamp(n: number, lo: number, hi: number): number {
  return Number.isNaN(n) ? lo : Math.min(hi, Math.max(lo, n));
}
