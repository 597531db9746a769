// The pure fold from memory events to memory state.
//
// `evolve(state, event)` returns a new state and never touches its input. It
// copies only what the event changes (the top-level record, the frames array,
// the one frame and the slots array it touches, the path inside one value)
// and shares everything else with the previous state. That is what makes the
// timeline's checkpoints cheap: two states a thousand events apart still share
// most of their frames, slots, blocks and values.
//
// Folding many events at once (`foldEvents`, `stateAt`, the timeline) runs as
// a batch: containers created during the batch (state records, arrays,
// frames, slots, blocks) are recorded as owned and edited in place by later
// events of the same batch, since no state outside the batch can see them.
// Value views are never edited in place (a move can share one between two
// places). Results are identical to evolving event by event; only the
// garbage differs.
//
// The reducer never throws: an event that refers to something unknown (which
// `validateTrace` refuses up front) leaves the state unchanged apart from its
// position (`seq`, `step`).

import type { EventOf, FieldView, Loc, MemoryEvent, PlaceRef, ValueView } from './schema.js';
import type { EventSeq } from './log.js';

export type SlotStatus = 'live' | 'moved' | 'dropped';

/** A local's stack slot. */
export interface SlotState {
  readonly id: number;
  readonly name: string;
  readonly ty: string;
  readonly size: number;
  readonly addr: number;
  readonly value: ValueView;
  /** 'moved': moved out as a whole; 'dropped': its value was dropped, the slot dies next. */
  readonly status: SlotStatus;
}

/** A call frame; slots are in declaration (local_init) order. */
export interface FrameState {
  readonly id: number;
  readonly fn: string;
  readonly callLoc: Loc | null;
  readonly addr: number;
  readonly slots: readonly SlotState[];
}

export interface BlockState {
  readonly id: number;
  readonly ty: string;
  readonly size: number;
  readonly cap: number;
  readonly addr: number;
  readonly value: ValueView;
  readonly status: 'live' | 'freed';
}

export interface StaticState {
  readonly id: number;
  readonly name: string;
  readonly ty: string;
  readonly size: number;
  readonly addr: number;
  readonly value: ValueView;
}

export interface BorrowState {
  readonly id: number;
  readonly mut: boolean;
  readonly of: PlaceRef;
  readonly into: PlaceRef | null;
}

/** A place that was moved out of: a whole slot (path []) or a field/element path inside a slot, block or static. */
export interface MovedMark {
  readonly slot?: number;
  readonly block?: number;
  readonly static?: number;
  readonly path: readonly number[];
  /** How the program spells it, from the move event ("john.name"). */
  readonly name: string;
}

export type EndEvent = EventOf<'panic' | 'exit' | 'stack_overflow' | 'step_limit'>;

/** Memory at one point of the run. Immutable and JSON-serializable (plain objects, arrays, strings, numbers). */
export interface MemoryState {
  /** Seq of the last event folded in; -1 for the initial state. */
  readonly seq: number;
  /** Step of the last event folded in (0 before any event). */
  readonly step: number;
  /** What the current step is, from its `step` event; null before the first one. */
  readonly stepWhat: EventOf<'step'>['what'] | null;
  /** Source range to highlight: the loc of the current step's `step` event. */
  readonly loc: Loc | null;
  /** Frame the current step's line is in (from its `step` event). */
  readonly frame: number | null;
  /** Name of the function that frame runs, for "line 27 in main". */
  readonly fn: string | null;
  /** The call stack, bottom (main) first. */
  readonly frames: readonly FrameState[];
  /** Live heap blocks in allocation order. */
  readonly heap: readonly BlockState[];
  /** Blocks freed during the current step (status 'freed'), so the UI can animate them leaving. */
  readonly freedThisStep: readonly BlockState[];
  readonly statics: readonly StaticState[];
  /** Borrows currently live, in creation order. */
  readonly borrows: readonly BorrowState[];
  /** Places moved out of and not written since. */
  readonly moved: readonly MovedMark[];
  readonly stdout: string;
  readonly stderr: string;
  /**
   * What ended the program: the panic / stack overflow / step limit if one
   * happened (even when an `exit` follows it), else the `exit` event.
   */
  readonly ended: EndEvent | null;
  /** From the `exit` event. */
  readonly exitCode: number | null;
}

const EMPTY: readonly never[] = Object.freeze([]);

export function initialState(): MemoryState {
  return {
    seq: -1,
    step: 0,
    stepWhat: null,
    loc: null,
    frame: null,
    fn: null,
    frames: EMPTY,
    heap: EMPTY,
    freedThisStep: EMPTY,
    statics: EMPTY,
    borrows: EMPTY,
    moved: EMPTY,
    stdout: '',
    stderr: '',
    ended: null,
    exitCode: null,
  };
}

/** The state after folding in `event`. Pure: `state` is never mutated; unchanged parts are shared. */
export function evolve(state: MemoryState, event: MemoryEvent): MemoryState {
  return applyEffect(positioned(state, event), event);
}

/**
 * A fresh copy of `state` moved to `event`'s position; a new step also clears
 * the freed-this-step list. Spelled out field by field rather than spread:
 * this runs once per event and a literal with a fixed shape is much faster.
 */
function positioned(state: MemoryState, event: MemoryEvent): Draft {
  const newStep = event.step !== state.step;
  if (mine(state)) {
    const draft = state as Draft;
    draft.seq = event.seq;
    draft.step = event.step;
    if (newStep) draft.freedThisStep = EMPTY;
    return draft;
  }
  return fresh({
    seq: event.seq,
    step: event.step,
    stepWhat: state.stepWhat,
    loc: state.loc,
    frame: state.frame,
    fn: state.fn,
    frames: state.frames,
    heap: state.heap,
    freedThisStep: newStep ? EMPTY : state.freedThisStep,
    statics: state.statics,
    borrows: state.borrows,
    moved: state.moved,
    stdout: state.stdout,
    stderr: state.stderr,
    ended: state.ended,
    exitCode: state.exitCode,
  });
}

/** Folds `events` from the initial state up to and including the last event of `step`. */
export function stateAt(events: readonly MemoryEvent[], step: number): MemoryState {
  let end = 0;
  while (end < events.length && events[end].step <= step) end++;
  return foldEvents(initialState(), events, 0, end);
}

/** Folds `events[from..to)` onto `state`. */
export function foldEvents(state: MemoryState, events: EventSeq, from = 0, to = events.length): MemoryState {
  if (owned !== null) return foldLoop(state, events, from, to);
  owned = new Set();
  try {
    return foldLoop(state, events, from, to);
  } finally {
    owned = null; // seals the result: nothing of it is edited in place again
  }
}

function foldLoop(state: MemoryState, events: EventSeq, from: number, to: number): MemoryState {
  let s = state;
  for (let i = from; i < to; i++) s = evolve(s, events.at(i)!);
  return s;
}

/** Containers created during the current batch fold, or null outside a batch. */
let owned: Set<object> | null = null;

function fresh<T extends object>(x: T): T {
  if (owned !== null) owned.add(x);
  return x;
}

function mine(x: object): boolean {
  return owned !== null && owned.has(x);
}

/** `{ ...obj, ...changes }`, or `obj` edited in place when the batch owns it. */
function patch<T extends object>(obj: T, changes: Partial<T>): T {
  if (mine(obj)) return Object.assign(obj, changes);
  return fresh({ ...obj, ...changes });
}

// `positioned` is already a fresh copy made by `evolve`, owned by this call:
// the effect handlers below may assign its fields before it is returned.
type Draft = { -readonly [K in keyof MemoryState]: MemoryState[K] };

function applyEffect(s: Draft, e: MemoryEvent): MemoryState {
  switch (e.kind) {
    case 'step':
      s.loc = e.loc;
      s.frame = e.frame;
      s.fn = s.frames[findFrameIndex(s.frames, e.frame)]?.fn ?? null;
      s.stepWhat = e.what;
      return s;
    case 'frame_push':
      s.frames = append(s.frames, fresh({ id: e.frame, fn: e.fn, callLoc: e.callLoc, addr: e.addr, slots: EMPTY }));
      // A step may name its frame before pushing it (the first step of main).
      if (e.frame === s.frame) s.fn = e.fn;
      return s;
    case 'frame_pop':
      return popFrame(s, e.frame);
    case 'local_init':
      return initLocal(s, e);
    case 'local_dead':
      return killLocal(s, e.slot);
    case 'write':
      return writePlace(s, e.target, e.value);
    case 'static_alloc':
      s.statics = upsertById(s.statics, fresh<StaticState>({ id: e.id, name: e.name, ty: e.ty, size: e.size, addr: e.addr, value: e.value }));
      return s;
    case 'heap_alloc':
      s.heap = upsertById(s.heap, fresh<BlockState>({ id: e.block, ty: e.ty, size: e.size, cap: e.cap, addr: e.addr, value: e.value, status: 'live' }));
      return s;
    case 'heap_realloc':
      return reallocBlock(s, e);
    case 'heap_free':
      return freeBlock(s, e.block);
    case 'move':
      return transfer(markMoved(s, e.from), e.from, e.to);
    case 'copy':
      return transfer(s, e.from, e.to);
    case 'borrow':
      s.borrows = append(s.borrows, { id: e.borrow, mut: e.mut, of: e.of, into: e.into });
      return s;
    case 'borrow_end': {
      const i = s.borrows.findIndex((b) => b.id === e.borrow);
      if (i >= 0) s.borrows = removeAt(s.borrows, i);
      return s;
    }
    case 'drop':
      return dropPlace(s, e.target);
    case 'output':
      if (e.stream === 'stdout') s.stdout += e.text;
      else s.stderr += e.text;
      return s;
    case 'panic':
    case 'stack_overflow':
    case 'step_limit':
      if (s.ended === null || s.ended.kind === 'exit') s.ended = e;
      return s;
    case 'exit':
      if (s.ended === null) s.ended = e;
      s.exitCode = e.code;
      return s;
  }
}

// ---------------------------------------------------------------------------
// Frames and slots

function popFrame(s: Draft, frameId: number): MemoryState {
  const i = s.frames.findIndex((f) => f.id === frameId);
  if (i < 0) return s;
  const gone = s.frames[i];
  s.frames = removeAt(s.frames, i);
  if (gone.slots.length > 0 && s.moved.length > 0) {
    const ids = new Set(gone.slots.map((slot) => slot.id));
    s.moved = filterKeep(s.moved, (m) => m.slot === undefined || !ids.has(m.slot));
  }
  return s;
}

function initLocal(s: Draft, e: EventOf<'local_init'>): MemoryState {
  const fi = findFrameIndex(s.frames, e.frame);
  if (fi < 0) return s;
  const slot: SlotState = { id: e.slot, name: e.name, ty: e.ty, size: e.size, addr: e.addr, value: e.value, status: 'live' };
  const frame = s.frames[fi];
  s.frames = replaceAt(s.frames, fi, patch(frame, { slots: upsertById(frame.slots, fresh(slot)) }));
  s.moved = forgetMoves(s.moved, { slot: e.slot }, EMPTY);
  return s;
}

function killLocal(s: Draft, slotId: number): MemoryState {
  const at = findSlot(s.frames, slotId);
  if (!at) return s;
  const frame = s.frames[at.frame];
  s.frames = replaceAt(s.frames, at.frame, patch(frame, { slots: removeAt(frame.slots, at.slot) }));
  s.moved = forgetMoves(s.moved, { slot: slotId }, EMPTY);
  return s;
}

interface SlotIndex {
  readonly frame: number;
  readonly slot: number;
}

function findFrameIndex(frames: readonly FrameState[], id: number): number {
  // The frame touched is almost always the top one.
  for (let i = frames.length - 1; i >= 0; i--) if (frames[i].id === id) return i;
  return -1;
}

/** Slot ids are unique across the stack; search from the top frame, where most accesses are. */
function findSlot(frames: readonly FrameState[], slotId: number): SlotIndex | null {
  for (let f = frames.length - 1; f >= 0; f--) {
    const slots = frames[f].slots;
    for (let i = slots.length - 1; i >= 0; i--) if (slots[i].id === slotId) return { frame: f, slot: i };
  }
  return null;
}

function updateSlot(s: Draft, slotId: number, update: (slot: SlotState) => SlotState | null): MemoryState {
  const at = findSlot(s.frames, slotId);
  if (!at) return s;
  const frame = s.frames[at.frame];
  const old = frame.slots[at.slot];
  const next = update(old);
  if (next === null || next === old) return s;
  s.frames = replaceAt(s.frames, at.frame, patch(frame, { slots: replaceAt(frame.slots, at.slot, next) }));
  return s;
}

// ---------------------------------------------------------------------------
// Heap

function findBlockIndex(heap: readonly BlockState[], id: number): number {
  for (let i = heap.length - 1; i >= 0; i--) if (heap[i].id === id) return i;
  return -1;
}

function reallocBlock(s: Draft, e: EventOf<'heap_realloc'>): MemoryState {
  const i = findBlockIndex(s.heap, e.block);
  if (i < 0) return s;
  s.heap = replaceAt(s.heap, i, patch(s.heap[i], { size: e.size, cap: e.cap, addr: e.addr, value: e.value }));
  return s;
}

function freeBlock(s: Draft, id: number): MemoryState {
  const i = findBlockIndex(s.heap, id);
  if (i < 0) return s;
  const block = s.heap[i];
  s.heap = removeAt(s.heap, i);
  s.freedThisStep = append(s.freedThisStep, { ...block, status: 'freed' });
  s.moved = forgetMoves(s.moved, { block: id }, EMPTY);
  return s;
}

// ---------------------------------------------------------------------------
// Places: writes, moves, copies, drops

/** The memory a place is rooted in: exactly one of slot / block / static. */
type Root = Pick<PlaceRef, 'slot' | 'block' | 'static'>;

function writePlace(s: Draft, target: PlaceRef, value: ValueView): MemoryState {
  const path = target.path;
  if (target.slot !== undefined) {
    const at = findSlot(s.frames, target.slot);
    if (!at) return s;
    const frame = s.frames[at.frame];
    const slot = frame.slots[at.slot];
    const v = setAtPath(slot.value, path, 0, value);
    if (v === undefined) return s;
    // A slot written as a whole holds a value again, even after a move or drop.
    const status: SlotStatus = path.length === 0 ? 'live' : slot.status;
    const next = patch(slot, { value: v, status });
    if (next !== slot) s.frames = replaceAt(s.frames, at.frame, patch(frame, { slots: replaceAt(frame.slots, at.slot, next) }));
  } else if (target.block !== undefined) {
    const i = findBlockIndex(s.heap, target.block);
    if (i < 0) return s;
    const v = setAtPath(s.heap[i].value, path, 0, value);
    if (v === undefined) return s;
    s.heap = replaceAt(s.heap, i, patch(s.heap[i], { value: v }));
  } else if (target.static !== undefined) {
    const i = s.statics.findIndex((st) => st.id === target.static);
    if (i < 0) return s;
    const v = setAtPath(s.statics[i].value, path, 0, value);
    if (v === undefined) return s;
    s.statics = replaceAt(s.statics, i, patch(s.statics[i], { value: v }));
  } else {
    return s;
  }
  s.moved = forgetMoves(s.moved, target, path);
  return s;
}

/** Moves and copies also carry the value over, so a trace need not repeat it in a `write`. */
function transfer(s: Draft, from: PlaceRef, to: PlaceRef | null): MemoryState {
  if (to === null) return s;
  const value = readPlace(s, from);
  if (value === undefined) return s;
  return writePlace(s, to, value);
}

function markMoved(s: Draft, from: PlaceRef): Draft {
  if (from.slot !== undefined && from.path.length === 0) {
    updateSlot(s, from.slot, (slot) => (slot.status === 'moved' ? slot : patch(slot, { status: 'moved' })));
  }
  if (!s.moved.some((m) => sameRoot(m, from) && samePath(m.path, from.path))) {
    s.moved = append(s.moved, movedMark(from));
  }
  return s;
}

function movedMark(p: PlaceRef): MovedMark {
  // Only the key that is set, so the mark survives a JSON round trip unchanged.
  if (p.slot !== undefined) return { slot: p.slot, path: p.path, name: p.name };
  if (p.block !== undefined) return { block: p.block, path: p.path, name: p.name };
  return { static: p.static, path: p.path, name: p.name };
}

function dropPlace(s: Draft, target: PlaceRef): MemoryState {
  if (target.slot !== undefined && target.path.length === 0) {
    return updateSlot(s, target.slot, (slot) => (slot.status === 'dropped' ? slot : patch(slot, { status: 'dropped' })));
  }
  return s;
}

/** The value at a place, or undefined if the place is unknown or the path does not fit the value. */
export function readPlace(state: MemoryState, place: PlaceRef): ValueView | undefined {
  let root: ValueView | undefined;
  if (place.slot !== undefined) {
    const at = findSlot(state.frames, place.slot);
    root = at ? state.frames[at.frame].slots[at.slot].value : undefined;
  } else if (place.block !== undefined) {
    const i = findBlockIndex(state.heap, place.block);
    root = i >= 0 ? state.heap[i].value : undefined;
  } else if (place.static !== undefined) {
    root = state.statics.find((st) => st.id === place.static)?.value;
  }
  return root === undefined ? undefined : getAtPath(root, place.path);
}

/** Drops the moved marks at or below `path` in `root` (written again, or the memory is gone). */
function forgetMoves(moved: readonly MovedMark[], root: Root, path: readonly number[]): readonly MovedMark[] {
  if (moved.length === 0) return moved;
  return filterKeep(moved, (m) => !(sameRoot(m, root) && isPrefix(path, m.path)));
}

function sameRoot(a: Root, b: Root): boolean {
  return a.slot === b.slot && a.block === b.block && a.static === b.static;
}

function samePath(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && isPrefix(a, b);
}

function isPrefix(prefix: readonly number[], path: readonly number[]): boolean {
  if (prefix.length > path.length) return false;
  for (let i = 0; i < prefix.length; i++) if (prefix[i] !== path[i]) return false;
  return true;
}

// ---------------------------------------------------------------------------
// Values: paths index struct fields, tuple elements, array elements and enum fields, in order.

/** The children of a value that a path step can index, or null for leaves. */
function children(v: ValueView): readonly (ValueView | FieldView)[] | null {
  switch (v.t) {
    case 'struct':
    case 'enum':
      return v.fields;
    case 'tuple':
    case 'array':
      return v.elems;
    default:
      return null;
  }
}

export function getAtPath(v: ValueView, path: readonly number[]): ValueView | undefined {
  let cur: ValueView = v;
  for (const index of path) {
    const kids = children(cur);
    if (kids === null || !Number.isInteger(index) || index < 0 || index >= kids.length) return undefined;
    const kid = kids[index];
    cur = 'value' in kid ? kid.value : kid;
  }
  return cur;
}

/** A copy of `v` with `path[depth..]` replaced by `nv`, sharing everything off the path; undefined if the path does not fit. */
function setAtPath(v: ValueView, path: readonly number[], depth: number, nv: ValueView): ValueView | undefined {
  if (depth === path.length) return nv;
  const index = path[depth];
  switch (v.t) {
    case 'struct':
    case 'enum': {
      const field = v.fields[index];
      if (field === undefined) return undefined;
      const inner = setAtPath(field.value, path, depth + 1, nv);
      if (inner === undefined) return undefined;
      return { ...v, fields: replaceAt(v.fields, index, { name: field.name, value: inner }) };
    }
    case 'tuple':
    case 'array': {
      const elem = v.elems[index];
      if (elem === undefined) return undefined;
      const inner = setAtPath(elem, path, depth + 1, nv);
      if (inner === undefined) return undefined;
      return { ...v, elems: replaceAt(v.elems, index, inner) };
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------
// locate: what an address points into

export interface Location {
  readonly region: 'stack' | 'heap' | 'static';
  /** Set for stack locations. */
  readonly frame?: number;
  readonly slot?: number;
  readonly block?: number;
  readonly static?: number;
  /** Path inside the slot/block/static when it could be worked out ([] = the start of the whole thing or unknown). */
  readonly path: readonly number[];
  /** Byte offset of the address from the start of the slot/block/static. */
  readonly offset: number;
  /** Readable name: "john", "john.salary", "heap block 3", "static NAME". */
  readonly name: string;
}

/**
 * Which slot, heap block or static item `addr` points into, for drawing
 * arrows. The path is exact when a live borrow was taken of a place at that
 * address; otherwise it is worked out for arrays (equal-sized elements) and
 * left at the containing slot/block for structs, whose layout the events do
 * not carry.
 */
export function locate(state: MemoryState, addr: number): Location | null {
  if (addr === 0) return null;
  for (let f = state.frames.length - 1; f >= 0; f--) {
    const frame = state.frames[f];
    for (const slot of frame.slots) {
      if (within(addr, slot.addr, slot.size)) {
        return refine({ region: 'stack', frame: frame.id, slot: slot.id, path: EMPTY, offset: addr - slot.addr, name: slot.name }, addr, slot.value, slot.size, state);
      }
    }
  }
  for (const block of state.heap) {
    if (within(addr, block.addr, Math.max(block.size, block.cap))) {
      return refine({ region: 'heap', block: block.id, path: EMPTY, offset: addr - block.addr, name: `heap block ${block.id}` }, addr, block.value, block.size, state);
    }
  }
  for (const st of state.statics) {
    if (within(addr, st.addr, st.size)) {
      return refine({ region: 'static', static: st.id, path: EMPTY, offset: addr - st.addr, name: st.name }, addr, st.value, st.size, state);
    }
  }
  return null;
}

function within(addr: number, start: number, size: number): boolean {
  // Zero-sized values still own their address, so a pointer to one is found.
  return addr === start || (addr > start && addr < start + size);
}

function refine(loc: Location, addr: number, value: ValueView, size: number, state: MemoryState): Location {
  // Offset 0 is the whole thing (a field at offset 0 shares its address; the whole is the safer answer).
  if (loc.offset === 0) return loc;
  // A live borrow of a place at exactly this address names the place precisely.
  for (let i = state.borrows.length - 1; i >= 0; i--) {
    const of = state.borrows[i].of;
    if (of.addr === addr && sameRoot(of, loc)) return { ...loc, path: of.path, name: of.name };
  }
  // Arrays have equal-sized elements, so the index follows from the offset.
  if (value.t === 'array' && value.elems.length > 0 && size > 0) {
    const elemSize = size / value.elems.length;
    if (Number.isInteger(elemSize) && loc.offset % elemSize === 0) {
      const index = loc.offset / elemSize;
      if (index < value.elems.length) return { ...loc, path: [index], name: `${loc.name}[${index}]` };
    }
  }
  return loc;
}

// ---------------------------------------------------------------------------
// Small persistent-array helpers: each returns a new array and leaves its
// input alone, unless the current batch owns the array (then it is edited).

function replaceAt<T>(arr: readonly T[], i: number, item: T): readonly T[] {
  if (arr[i] === item) return arr;
  const out = mine(arr) ? (arr as T[]) : fresh(arr.slice());
  out[i] = item;
  return out;
}

function removeAt<T>(arr: readonly T[], i: number): readonly T[] {
  if (arr.length === 1) return EMPTY;
  const out = mine(arr) ? (arr as T[]) : fresh(arr.slice());
  out.splice(i, 1);
  return out;
}

function append<T>(arr: readonly T[], item: T): readonly T[] {
  if (mine(arr)) {
    (arr as T[]).push(item);
    return arr;
  }
  return fresh([...arr, item]);
}

function upsertById<T extends { readonly id: number }>(arr: readonly T[], item: T): readonly T[] {
  for (let i = arr.length - 1; i >= 0; i--) if (arr[i].id === item.id) return replaceAt(arr, i, item);
  return append(arr, item);
}

/** `arr.filter(keep)`, but returns `arr` itself when nothing is removed, to keep sharing. */
function filterKeep<T>(arr: readonly T[], keep: (item: T) => boolean): readonly T[] {
  for (let i = 0; i < arr.length; i++) {
    if (!keep(arr[i])) {
      const out = arr.slice(0, i);
      for (let j = i + 1; j < arr.length; j++) if (keep(arr[j])) out.push(arr[j]);
      return out.length === 0 ? EMPTY : fresh(out);
    }
  }
  return arr;
}
