// States cross from the engine worker to the page as deltas against the state
// sent just before. The worker's states share every frame and heap block a step
// did not change (the reducer's structural sharing), but a structured clone
// copies all of them again: at 50 frames and 200 blocks that is thousands of
// new objects per step for the page's garbage collector, and its scavenges
// (3–12 ms each) were the tail of a step's render. A delta names the unchanged
// items by their index in the previous state's list, so the page keeps its own
// objects for them: a step brings only what it changed.
//
// Both ends keep exactly one state, the last one sent and received. Messages
// between a worker and its page arrive in order, and the page decodes every
// state reply as it arrives, so the two are always the same state (a restarted
// worker starts both ends again from nothing).
import type { MemoryState } from '@memviz/engine';

const LISTS = ['frames', 'heap', 'freedThisStep', 'statics', 'borrows', 'moved'] as const;
type ListKey = (typeof LISTS)[number];

/** One list of the state: for each item, its index in the previous state's list, or -1 for the next fresh item. */
export interface ListDelta {
  /** Null: every item is fresh. */
  readonly kept: readonly number[] | null;
  readonly fresh: readonly unknown[];
}

/** A state with its lists as deltas; with every `kept` null it is the whole state. */
export interface StateDelta {
  /** Every field of the state but its lists. */
  readonly fields: Omit<MemoryState, ListKey>;
  readonly lists: { readonly [K in ListKey]: ListDelta };
}

function encodeList(prev: readonly unknown[] | null, next: readonly unknown[]): ListDelta {
  if (!prev || prev.length === 0 || next.length === 0) return { kept: null, fresh: next };
  const index = new Map<unknown, number>();
  prev.forEach((item, i) => index.set(item, i));
  const kept: number[] = new Array(next.length);
  const fresh: unknown[] = [];
  for (let i = 0; i < next.length; i++) {
    const at = index.get(next[i]);
    if (at === undefined) {
      kept[i] = -1;
      fresh.push(next[i]);
    } else kept[i] = at;
  }
  return fresh.length === next.length ? { kept: null, fresh } : { kept, fresh };
}

function decodeList(prev: readonly unknown[] | null, d: ListDelta): readonly unknown[] {
  if (d.kept === null) return d.fresh;
  if (!prev) throw new Error('a state delta refers to a state this page does not have');
  const out: unknown[] = new Array(d.kept.length);
  let f = 0;
  for (let i = 0; i < d.kept.length; i++) {
    const at = d.kept[i]!;
    if (at < 0) out[i] = d.fresh[f++];
    else if (at < prev.length) out[i] = prev[at];
    else throw new Error('a state delta refers to an item the previous state does not have');
  }
  return out;
}

/** `next` as a delta against `prev` (null: the whole state). */
export function encodeState(prev: MemoryState | null, next: MemoryState): StateDelta {
  const { frames, heap, freedThisStep, statics, borrows, moved, ...fields } = next;
  const all = { frames, heap, freedThisStep, statics, borrows, moved };
  const lists = {} as Record<ListKey, ListDelta>;
  for (const key of LISTS) lists[key] = encodeList(prev ? prev[key] : null, all[key]);
  return { fields, lists };
}

/** The state `delta` describes, sharing the items it kept with `prev` (null: the delta must be whole). */
export function decodeState(prev: MemoryState | null, delta: StateDelta): MemoryState {
  const lists = {} as Record<ListKey, readonly unknown[]>;
  for (const key of LISTS) lists[key] = decodeList(prev ? prev[key] : null, delta.lists[key]);
  return { ...delta.fields, ...lists } as unknown as MemoryState;
}

/** One end of the link: the last state it sent or received. */
export class StateLink {
  private last: MemoryState | null = null;

  /** The worker's side: `state` to send. */
  send(state: MemoryState): StateDelta {
    const delta = encodeState(this.last, state);
    this.last = state;
    return delta;
  }

  /** The page's side: the state a delta describes. */
  receive(delta: StateDelta): MemoryState {
    const state = decodeState(this.last, delta);
    this.last = state;
    return state;
  }

  reset(): void {
    this.last = null;
  }
}
