// What changed from one state to the next, so the diagram can draw attention
// to it: new or rewritten values flash, popped frames and dead locals are
// drawn one last time as leaving.
import type { FrameState, MemoryState, SlotState, ValueView } from './types.js';
import { rootKey } from './keys.js';

export interface StepDiff {
  /** Root keys of slots, blocks and statics that are new or hold a different value. */
  readonly changed: ReadonlySet<string>;
  /** Frames present before and gone now (returned from). */
  readonly leftFrames: readonly FrameState[];
  /** Slots gone from frames that are still there (end of a scope), by frame id. */
  readonly leftSlots: ReadonlyMap<number, readonly SlotState[]>;
}

const NO_DIFF: StepDiff = { changed: new Set(), leftFrames: [], leftSlots: new Map() };

export function diffStates(prev: MemoryState | undefined, next: MemoryState): StepDiff {
  if (!prev || prev === next) return NO_DIFF;
  const changed = new Set<string>();
  const before = new Map<number, SlotState>();
  for (const f of prev.frames) for (const s of f.slots) before.set(s.id, s);
  const nowSlots = new Set<number>();
  for (const f of next.frames) {
    for (const s of f.slots) {
      nowSlots.add(s.id);
      const old = before.get(s.id);
      if (!old || old.status !== s.status || !sameValue(old.value, s.value)) changed.add(rootKey('slot', s.id));
    }
  }
  const blocks = new Map(prev.heap.map((b) => [b.id, b] as const));
  for (const b of next.heap) {
    const old = blocks.get(b.id);
    if (!old || old.cap !== b.cap || old.addr !== b.addr || !sameValue(old.value, b.value)) changed.add(rootKey('block', b.id));
  }
  const statics = new Map(prev.statics.map((s) => [s.id, s] as const));
  for (const s of next.statics) {
    const old = statics.get(s.id);
    if (!old || !sameValue(old.value, s.value)) changed.add(rootKey('static', s.id));
  }
  const frameIds = new Set(next.frames.map((f) => f.id));
  const leftFrames = prev.frames.filter((f) => !frameIds.has(f.id));
  const leftSlots = new Map<number, SlotState[]>();
  for (const f of prev.frames) {
    if (!frameIds.has(f.id)) continue;
    const gone = f.slots.filter((s) => !nowSlots.has(s.id));
    if (gone.length) leftSlots.set(f.id, gone);
  }
  return { changed, leftFrames, leftSlots };
}

/** Structural equality; states that crossed a worker boundary share no objects, so `===` is not enough. */
export function sameValue(a: ValueView, b: ValueView): boolean {
  if (a === b) return true;
  if (a.t !== b.t) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
