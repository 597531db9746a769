// Every pointer in a state, and where its arrow goes: the inputs of arrow routing.
import type { MemoryState, MovedMark, ValueView } from './types.js';
import { placeKey, rootKey, type RootKind } from './keys.js';
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
  // One path, pushed and popped as the walk goes; copied only into a key. Keys are made only where an
  // arrow starts or where the root has something moved out of it (thousands of values are walked per step).
  const path: number[] = [];
  const visit = (kind: RootKind, id: number, v: ValueView, rootMoved: boolean): void => {
    if (rootMoved && moved.keys.has(placeKey(kind, id, path))) return;
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
        for (let i = 0; i < v.fields.length; i++) {
          path.push(i);
          visit(kind, id, v.fields[i]!.value, rootMoved);
          path.pop();
        }
        return;
      case 'tuple':
      case 'array':
        for (let i = 0; i < v.elems.length; i++) {
          path.push(i);
          visit(kind, id, v.elems[i]!, rootMoved);
          path.pop();
        }
        return;
      default:
        return;
    }
  };
  for (const frame of state.frames) {
    for (const slot of frame.slots) if (slot.status === 'live') visit('slot', slot.id, slot.value, moved.roots.has(rootKey('slot', slot.id)));
  }
  for (const block of state.heap) visit('block', block.id, block.value, moved.roots.has(rootKey('block', block.id)));
  for (const st of state.statics) visit('static', st.id, st.value, moved.roots.has(rootKey('static', st.id)));
  return arrows;
}

/** The moved-out places by key, and the roots that have any. */
function movedIndex(marks: readonly MovedMark[]): { keys: Set<string>; roots: Set<string> } {
  const keys = new Set<string>();
  const roots = new Set<string>();
  for (const m of marks) {
    const [kind, id]: [RootKind, number | undefined] = m.slot !== undefined ? ['slot', m.slot] : m.block !== undefined ? ['block', m.block] : ['static', m.static];
    if (id === undefined) continue;
    keys.add(placeKey(kind, id, m.path));
    roots.add(rootKey(kind, id));
  }
  return { keys, roots };
}

/** Is the place at `path` inside a root moved out of (itself or an enclosing place)? */
export function isMovedPath(marks: readonly MovedMark[], kind: RootKind, id: number, path: readonly number[]): boolean {
  return marks.some((m) => {
    const sameRoot = kind === 'slot' ? m.slot === id : kind === 'block' ? m.block === id : m.static === id;
    return sameRoot && m.path.length <= path.length && m.path.every((p, i) => p === path[i]);
  });
}
