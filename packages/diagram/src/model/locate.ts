// What an address points into, worked out from the state's address ranges.
// (The engine's reducer has a `locate` too; the diagram keeps its own so that
// drawing a state never loads the engine's code into the page.)
import type { MemoryState, ValueView } from './types.js';
import { placeKey, type RootKind } from './keys.js';
import { utf8Length } from './format.js';

export interface Target {
  readonly region: 'stack' | 'heap' | 'static';
  readonly kind: RootKind;
  readonly id: number;
  /** Field/element path inside the slot, block or static ([] = the whole thing). */
  readonly path: readonly number[];
  /** Byte offset from the start of the slot, block or static. */
  readonly offset: number;
  /** Readable name: "john.salary", "heap #3[2]", "static \"John\"". */
  readonly name: string;
  readonly key: string;
}

export function locateAddress(state: MemoryState, addr: number): Target | null {
  if (addr === 0) return null;
  for (let f = state.frames.length - 1; f >= 0; f--) {
    for (const slot of state.frames[f].slots) {
      if (inside(addr, slot.addr, slot.size)) return refine(state, 'stack', 'slot', slot.id, slot.name, addr - slot.addr, slot.value, slot.size, addr);
    }
  }
  for (const block of state.heap) {
    if (inside(addr, block.addr, Math.max(block.size, block.cap))) {
      return refine(state, 'heap', 'block', block.id, `heap #${block.id}`, addr - block.addr, block.value, Math.max(block.size, block.cap), addr);
    }
  }
  for (const st of state.statics) {
    if (inside(addr, st.addr, st.size)) return refine(state, 'static', 'static', st.id, `static ${st.name}`, addr - st.addr, st.value, st.size, addr);
  }
  return null;
}

function inside(addr: number, start: number, size: number): boolean {
  // A zero-sized value still owns its address.
  return addr === start || (addr > start && addr < start + size);
}

function refine(
  state: MemoryState,
  region: Target['region'],
  kind: RootKind,
  id: number,
  name: string,
  offset: number,
  value: ValueView,
  size: number,
  addr: number,
): Target {
  const whole: Target = { region, kind, id, path: [], offset, name, key: placeKey(kind, id, []) };
  // A live borrow of a place at exactly this address names the field precisely (structs carry no layout).
  for (let i = state.borrows.length - 1; i >= 0; i--) {
    const of = state.borrows[i].of;
    const sameRoot = kind === 'slot' ? of.slot === id : kind === 'block' ? of.block === id : of.static === id;
    if (sameRoot && of.addr === addr && of.path.length > 0) return { ...whole, path: of.path, name: of.name, key: placeKey(kind, id, of.path) };
  }
  const index = cellIndex(value, size, offset);
  if (index === null) return whole;
  const cellName = `${name}[${index}]`;
  return { ...whole, path: [index], name: cellName, key: placeKey(kind, id, [index]) };
}

/** The array element or string character at a byte offset; null at offset 0 (the whole) or when unknown. */
export function cellIndex(value: ValueView, size: number, offset: number): number | null {
  if (offset <= 0) return null;
  if (value.t === 'array' && value.elems.length > 0 && size > 0) {
    const elemSize = size / value.elems.length;
    if (!Number.isInteger(elemSize) || offset % elemSize !== 0) return null;
    const index = offset / elemSize;
    return index < value.elems.length ? index : null;
  }
  if (value.t === 'str') {
    // Characters are drawn one per cell; find the one whose bytes start at `offset`.
    let byte = 0;
    let index = 0;
    for (const ch of value.text) {
      if (byte === offset) return index;
      byte += utf8Length(ch);
      index++;
    }
    // One past the text: the spare capacity, drawn as cells after the text.
    return byte === offset ? index : null;
  }
  return null;
}
