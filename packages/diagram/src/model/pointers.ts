// Every pointer in a state, and where its arrow goes: the inputs of arrow routing.
import type { MemoryState, MovedMark, ValueView } from './types.js';
import { placeKey, type RootKind } from './keys.js';
import { pointerKind, type PointerKind } from './format.js';
import { createLocator, type Target } from './locate.js';

export interface Arrow {
  /** Unique and stable across steps while the pointer lives (the source key). */
  readonly id: string;
  readonly from: string;
  readonly to: Target;
  readonly kind: PointerKind;
  /** Elements a fat pointer (&str, &[T]) covers. */
  readonly len?: number;
}

/**
 * The arrows to draw: one per pointer held by live memory. A moved-out or
 * dropped value no longer owns or borrows anything, so its bits draw no arrow.
 */
export function collectArrows(state: MemoryState): Arrow[] {
  const arrows: Arrow[] = [];
  const moved = movedIndex(state.moved);
  const locate = createLocator(state);
  const visit = (kind: RootKind, id: number, v: ValueView, path: number[]): void => {
    if (moved.has(placeKey(kind, id, path))) return;
    switch (v.t) {
      case 'ptr': {
        const to = locate(v.addr);
        if (!to) return;
        const from = placeKey(kind, id, path);
        arrows.push({ id: from, from, to, kind: pointerKind(v), ...(v.len !== undefined ? { len: v.len } : {}) });
        return;
      }
      case 'struct':
      case 'enum':
        v.fields.forEach((f, i) => visit(kind, id, f.value, [...path, i]));
        return;
      case 'tuple':
      case 'array':
        v.elems.forEach((e, i) => visit(kind, id, e, [...path, i]));
        return;
      default:
        return;
    }
  };
  for (const frame of state.frames) {
    for (const slot of frame.slots) if (slot.status === 'live') visit('slot', slot.id, slot.value, []);
  }
  for (const block of state.heap) visit('block', block.id, block.value, []);
  for (const st of state.statics) visit('static', st.id, st.value, []);
  return arrows;
}

function movedIndex(marks: readonly MovedMark[]): Set<string> {
  const out = new Set<string>();
  for (const m of marks) {
    if (m.slot !== undefined) out.add(placeKey('slot', m.slot, m.path));
    else if (m.block !== undefined) out.add(placeKey('block', m.block, m.path));
    else if (m.static !== undefined) out.add(placeKey('static', m.static, m.path));
  }
  return out;
}

/** Is the place at `path` inside a root moved out of (itself or an enclosing place)? */
export function isMovedPath(marks: readonly MovedMark[], kind: RootKind, id: number, path: readonly number[]): boolean {
  return marks.some((m) => {
    const sameRoot = kind === 'slot' ? m.slot === id : kind === 'block' ? m.block === id : m.static === id;
    return sameRoot && m.path.length <= path.length && m.path.every((p, i) => p === path[i]);
  });
}
