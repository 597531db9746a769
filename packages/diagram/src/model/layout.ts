// What to draw when there is too much to draw: long lists keep their head and
// tail and fold the middle into one "…" entry that says how much it hides.
import type { BlockState, FrameState, MemoryState } from './types.js';
import { rootKey } from './keys.js';

export type Windowed<T> = { readonly kind: 'item'; readonly index: number; readonly item: T } | { readonly kind: 'gap'; readonly from: number; readonly count: number };

/** `items` with the middle folded when longer than head + tail + 1 (folding one item would save nothing). */
export function windowList<T>(items: readonly T[], head: number, tail: number): Windowed<T>[] {
  const n = items.length;
  if (n <= head + tail + 1) return items.map((item, index) => ({ kind: 'item', index, item }));
  const out: Windowed<T>[] = [];
  for (let i = 0; i < head; i++) out.push({ kind: 'item', index: i, item: items[i] });
  out.push({ kind: 'gap', from: head, count: n - head - tail });
  for (let i = n - tail; i < n; i++) out.push({ kind: 'item', index: i, item: items[i] });
  return out;
}

export interface Limits {
  /** Frames shown from the top of the stack and from its bottom (main). */
  readonly framesTop: number;
  readonly framesBottom: number;
  /** Heap blocks shown, oldest first, before "… N more". */
  readonly heapBlocks: number;
  /** Array / Vec cells and string characters kept at each end of a long buffer. */
  readonly cellsHead: number;
  readonly cellsTail: number;
}

export const DEFAULT_LIMITS: Limits = { framesTop: 8, framesBottom: 2, heapBlocks: 120, cellsHead: 12, cellsTail: 4 };

export interface Plan {
  /** Newest frame first, as a stack grows upwards in the article's pictures. */
  readonly frames: Windowed<FrameState>[];
  readonly heap: Windowed<BlockState>[];
  /** Root keys of things not drawn → the key of the "…" entry standing in for them. */
  readonly hidden: ReadonlyMap<string, string>;
}

export const MORE_FRAMES_KEY = 'more-frames';
export const MORE_HEAP_KEY = 'more-heap';

/**
 * Which frames and blocks to draw. `expanded` lifts the limits of one region
 * (the user asked to see everything there).
 */
export function planDiagram(state: MemoryState, limits: Limits = DEFAULT_LIMITS, expanded: { frames?: boolean; heap?: boolean } = {}): Plan {
  const newestFirst = [...state.frames].reverse();
  const frames = expanded.frames ? windowList(newestFirst, newestFirst.length, 0) : windowList(newestFirst, limits.framesTop, limits.framesBottom);
  const heap = expanded.heap || state.heap.length <= limits.heapBlocks ? windowList(state.heap, state.heap.length, 0) : windowList(state.heap, limits.heapBlocks, 0);
  const hidden = new Map<string, string>();
  for (const entry of frames) {
    if (entry.kind !== 'gap') continue;
    for (let i = entry.from; i < entry.from + entry.count; i++) for (const slot of newestFirst[i].slots) hidden.set(rootKey('slot', slot.id), MORE_FRAMES_KEY);
  }
  for (const entry of heap) {
    if (entry.kind !== 'gap') continue;
    for (let i = entry.from; i < entry.from + entry.count; i++) hidden.set(rootKey('block', state.heap[i].id), MORE_HEAP_KEY);
  }
  return { frames, heap, hidden };
}

// ---------------------------------------------------------------- buffers

/** One cell of a String or Vec buffer: an element, a character, or spare capacity. */
export type BufferCell = { readonly kind: 'elem'; readonly index: number } | { readonly kind: 'char'; readonly index: number; readonly ch: string; readonly bytes: number } | { readonly kind: 'spare'; readonly index: number };

/**
 * The cells of a heap buffer with the columns its "len" and "cap" brackets
 * span once long runs are folded. `used` counts the leading columns that hold
 * initialized data (a folded run counts as one column).
 */
export function bufferColumns(cells: readonly BufferCell[], len: number, head: number, tail: number): { readonly entries: Windowed<BufferCell>[]; readonly used: number; readonly total: number } {
  const entries = windowList(cells, head, tail);
  let used = 0;
  for (const e of entries) {
    const start = e.kind === 'gap' ? e.from : e.index;
    if (start < len) used++;
  }
  return { entries, used, total: entries.length };
}

/** A String buffer's cells: one per character (with its UTF-8 width), then one per spare byte. */
export function stringCells(text: string, capBytes: number): { readonly cells: BufferCell[]; readonly lenCells: number; readonly lenBytes: number } {
  const cells: BufferCell[] = [];
  let bytes = 0;
  let i = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    const w = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    cells.push({ kind: 'char', index: i++, ch, bytes: w });
    bytes += w;
  }
  const lenCells = cells.length;
  for (let b = bytes; b < capBytes; b++) cells.push({ kind: 'spare', index: i++ });
  return { cells, lenCells, lenBytes: bytes };
}
