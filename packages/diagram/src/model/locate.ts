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
  return scan(state, owners(state), addr);
}

/** One place that owns addresses: a slot, a block or a static. */
interface Owner {
  readonly start: number;
  readonly size: number;
  readonly region: Target['region'];
  readonly kind: RootKind;
  readonly id: number;
  readonly name: string;
  readonly value: ValueView;
}

/**
 * Owners by the slot, block or static they describe. States share the items a step did not
 * change, so a step makes owners only for what it changed (these objects are never mutated).
 */
const ownerOf = new WeakMap<object, Owner>();

/** The owner describing `item` (a slot, block or static), made the first time it is asked for. */
function ownerFor(item: object, start: number, size: number, region: Target['region'], kind: RootKind, id: number, name: string, value: ValueView): Owner {
  let o = ownerOf.get(item);
  if (!o) ownerOf.set(item, (o = { start, size, region, kind, id, name, value }));
  return o;
}

/** Every owner, in the order an address is searched: slots from the innermost frame out, then blocks, then statics. */
function owners(state: MemoryState): Owner[] {
  const out: Owner[] = [];
  for (let f = state.frames.length - 1; f >= 0; f--) {
    for (const slot of state.frames[f].slots) out.push(ownerFor(slot, slot.addr, slot.size, 'stack', 'slot', slot.id, slot.name, slot.value));
  }
  for (const block of state.heap) out.push(ownerFor(block, block.addr, Math.max(block.size, block.cap), 'heap', 'block', block.id, `heap #${block.id}`, block.value));
  for (const st of state.statics) out.push(ownerFor(st, st.addr, st.size, 'static', 'static', st.id, `static ${st.name}`, st.value));
  return out;
}

function found(state: MemoryState, o: Owner, addr: number): Target {
  return refine(state, o.region, o.kind, o.id, o.name, addr - o.start, o.value, o.size, addr);
}

/** The first owner of `addr`, in search order. */
function scan(state: MemoryState, all: readonly Owner[], addr: number): Target | null {
  if (addr === 0) return null;
  const o = all.find((x) => inside(addr, x.start, x.size));
  return o ? found(state, o, addr) : null;
}

/**
 * locateAddress for many addresses of one state (every pointer of a step): the owners are sorted by
 * address once and each address is found by binary search, instead of a scan of every slot and block
 * per pointer (50 frames and 200 blocks made that a millisecond of every step). Owners that overlap
 * (no state of the corpus's programs has any, but a stored trace may come from anywhere) fall back
 * to the scan, whose order decides.
 */
export function createLocator(state: MemoryState): (addr: number) => Target | null {
  const all = owners(state);
  const sorted = [...all].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    // A zero-sized owner still owns its address: two owners must not start at the same one either.
    if (sorted[i].start < sorted[i - 1].start + Math.max(sorted[i - 1].size, 1)) return (addr) => scan(state, all, addr);
  }
  return (addr) => {
    if (addr === 0) return null;
    let lo = 0;
    let hi = sorted.length - 1;
    // The last owner starting at or before addr.
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid].start <= addr) lo = mid + 1;
      else hi = mid - 1;
    }
    const o = hi >= 0 ? sorted[hi] : null;
    return o && inside(addr, o.start, o.size) ? found(state, o, addr) : null;
  };
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
