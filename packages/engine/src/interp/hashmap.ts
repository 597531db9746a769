// std::collections::HashMap and HashSet as the interpreter keeps them.
//
// A map or a set is a header [table: Mem | null, buckets, len], shaped like a Vec's: `buckets` is
// hashbrown's bucket count (a power of two, 4 at least; no table before the first insert) and `len`
// the number of entries. The table is one heap block of `buckets` slots whose value is the list of
// entries, `[K, V]` pairs (for a set, its elements), in the order a hash table iterates them: by
// bucket, a key's bucket being its hash masked by `buckets - 1`.
//
// Real Rust seeds its hasher at random on every run, so iteration order changes from run to run.
// memviz hashes with a fixed function: the order is the same on every run, and, as in Rust, it is
// neither the order of insertion nor one a program can rely on.
//
// Growth follows hashbrown: a table holds 7/8 of its buckets (buckets - 1 below 8); a full one
// moves to a new block of twice as many buckets (a new allocation, the entries moved, the old
// block freed) and its order changes with it. Keys compare by value, as derived `Eq` and `Hash` do.
//
// BTreeMap and BTreeSet share all of this but the order: their entries are kept sorted by key (so
// they print as rustc's do), and their header is [block | null, height, len]. std keeps them in
// nodes of 11 entries; memviz draws the nodes as one block of entries, 11 slots more at a time.

import { isMap, isTable, type Ty } from '../types/ty.js';
import type { BuiltinFn, CallCtx, Machine } from './machine.js';
import { EMPTY_PATH } from './machine.js';
import { cowHeldTy, isStdCow } from './types.js';
import { Mem, Ptr, PtrKind, Region, UNIT_VALUE, readAt, type Value } from './values.js';
import { Callable, DONE, IterVal, ListIter, VecIntoIter, dropItem, type Next } from './iter.js';
import { stringText, strOf, vecElems } from './heapops.js';
import { cloneValue, defaultValue, recvSlice, recvStr, sliceValues, toIter } from './support.js';
import { userHashKey } from './hash.js';

export const MAP_BUILTINS = new Map<string, BuiltinFn>();
const def = (names: string | string[], fn: BuiltinFn) => {
  for (const n of Array.isArray(names) ? names : [names]) MAP_BUILTINS.set(n, fn);
};

const NONE: Value[] = [0];
const some = (v: Value): Value[] => [1, v];

// ------------------------------------------------------------ keys

/**
 * A key's value as one string: equal keys give equal strings, whatever the reference or owner in
 * front of them (`String` and `&str` alike: a `HashMap<String, V>` is searched with a `&str`).
 */
export function keyOf(m: Machine, ty: Ty, v: Value, hashed = false): string {
  return JSON.stringify(keyParts(m, ty, v, 0, hashed));
}

function keyParts(m: Machine, ty: Ty, v: Value, depth: number, hashed: boolean): unknown {
  if (depth > 32) return null;
  switch (ty.k) {
    case 'int':
      return `i${String(v)}`;
    case 'bool':
      return v ? 'T' : 'F';
    case 'char':
      return `c${v}`;
    case 'float':
      return `f${v}`;
    case 'tuple':
      return ty.elems.map((e, i) => keyParts(m, m.intern(e), (v as Value[])[i], depth + 1, hashed));
    case 'array':
      return (v as Value[]).map((x) => keyParts(m, m.intern(ty.elem), x, depth + 1, hashed));
    case 'ref': {
      const inner = m.derefTy(ty);
      if (inner.k === 'str') return `s${strOf(v)}`;
      if (inner.k === 'slice') return sliceValues(recvSlice(m, ty, v)).map((x) => keyParts(m, m.intern(inner.elem), x, depth + 1, hashed));
      const p = v as Ptr;
      return keyParts(m, inner, readAt(p.mem, p.path), depth + 1, hashed);
    }
    case 'adt': {
      // In a hash table, the program's own `impl Hash`: keys whose `hash` writes the same are one key
      // (then its `==` decides). A B-tree never hashes.
      if (hashed && m.userImpl('Hash', 'hash', ty)) return userHashKey(m, ty, v);
      const def = m.adt(ty.adt);
      if (isStdCow(def)) return keyParts(m, m.intern(cowHeldTy(ty, v)), v[1], depth + 1, hashed); // a key as what it holds (`get("a")`)
      const vi = def.kind === 'struct' ? 0 : (v[0] as number);
      const base = def.kind === 'struct' ? 0 : 1;
      const parts = m.fieldTys(def, vi, ty.args).map((t, i) => keyParts(m, m.intern(t), v[base + i], depth + 1, hashed));
      return def.kind === 'struct' ? parts : [vi, ...parts];
    }
    case 'builtin':
      switch (ty.name) {
        case 'String':
          return `s${stringText(v)}`;
        case 'Box':
        case 'Rc':
        case 'Arc': {
          const p = v as Ptr;
          const inner = m.derefTy(ty);
          // An `Rc<str>` or `Rc<[T]>` key is its text or its elements, as a `&str` or `&[T]` is (`get("a")`).
          if (inner.k === 'str') return `s${recvStr(m, ty, v).text}`;
          if (inner.k === 'slice') return sliceValues(recvSlice(m, ty, v)).map((x) => keyParts(m, m.intern(inner.elem), x, depth + 1, hashed));
          return keyParts(m, inner, ty.name === 'Box' ? readAt(p.mem, p.path) : (p.mem.v as Value[])[2], depth + 1, hashed);
        }
        case 'VecDeque':
        case 'Vec':
          return vecElems(v).map((x) => keyParts(m, m.intern(ty.args[0]), x, depth + 1, hashed));
        case 'Option':
        case 'Result': {
          if (ty.name === 'Option' && v[0] === 0) return [0];
          const t = ty.name === 'Option' ? ty.args[0] : ty.args[v[0] as number];
          return [v[0], keyParts(m, m.intern(t), v[1], depth + 1, hashed)];
        }
        default:
          return null;
      }
    default:
      return null;
  }
}

/** FNV-1a over the key's string: a fixed stand-in for std's randomly seeded SipHash. */
function hashOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Fold the high bits in: small tables use only the low ones.
  h ^= h >>> 15;
  return h >>> 0;
}

// ------------------------------------------------------------ the table

/** The keys and hashes of a table's entries, in the entries' order (beside the block's value). */
interface KeyIndex {
  keys: string[];
  hashes: number[];
}
const INDEX = new WeakMap<Mem, KeyIndex>();

function indexOf(buf: Mem): KeyIndex {
  let ix = INDEX.get(buf);
  if (!ix) {
    ix = { keys: [], hashes: [] };
    INDEX.set(buf, ix);
  }
  return ix;
}

/** How many entries `buckets` buckets hold before the table grows (hashbrown's load factor 7/8). */
export function capacityOf(buckets: number): number {
  return buckets < 8 ? Math.max(buckets - 1, 0) : (buckets / 8) * 7;
}

/** The buckets hashbrown gives a table that must hold `cap` entries. */
function bucketsFor(cap: number): number {
  if (cap === 0) return 0;
  if (cap < 8) return cap < 4 ? 4 : 8;
  let n = 1;
  while (n < Math.floor((cap * 8) / 7)) n *= 2;
  return n;
}

interface Table {
  readonly h: Value[];
  readonly hmem: Mem;
  readonly hpath: readonly number[];
  readonly name: string;
  /** A map's `(K, V)` or a set's `T`: what one slot holds. */
  readonly entryTy: Ty;
  readonly keyTy: Ty;
  readonly valTy: Ty | null;
  /** A BTreeMap or BTreeSet: entries in key order. */
  readonly sorted: boolean;
}

/** The collection's type behind any references: `HashMap<K, V>` or `HashSet<T>`. */
function collTy(m: Machine, ty: Ty): Extract<Ty, { k: 'builtin' }> {
  let t = ty;
  while (t.k === 'ref') t = m.intern(t.inner);
  if (t.k !== 'builtin' || !isTable(t.name)) throw new Error(`expected a map or a set, got ${m.tyStr(ty)}`);
  return t;
}

function shapeOf(m: Machine, ty: Ty): { entryTy: Ty; keyTy: Ty; valTy: Ty | null; sorted: boolean } {
  const t = collTy(m, ty);
  const keyTy = m.intern(t.args[0]);
  const sorted = t.name === 'BTreeMap' || t.name === 'BTreeSet';
  if (!isMap(t.name)) return { entryTy: keyTy, keyTy, valTy: null, sorted };
  const valTy = m.intern(t.args[1]);
  return { entryTy: m.intern({ k: 'tuple', elems: [keyTy, valTy] }), keyTy, valTy, sorted };
}

/** The table a `&HashMap` / `&mut HashMap` (or a reference to one of those) points at. */
function tableAt(m: Machine, ty: Ty, p: Ptr): Table {
  for (let i = 0; i < 4; i++) {
    const v = readAt(p.mem, p.path);
    if (v instanceof Ptr) p = v;
    else break;
  }
  return { h: readAt(p.mem, p.path) as Value[], hmem: p.mem, hpath: p.path, name: p.name, ...shapeOf(m, ty) };
}

/** A table for a header being built (not in any memory the UI shows yet). */
function detachedTable(m: Machine, ty: Ty, h: Value[]): Table {
  const mem = new Mem(Region.Stack, ty, null);
  mem.v = h;
  return { h, hmem: mem, hpath: EMPTY_PATH, name: '', ...shapeOf(m, ty) };
}

function entries(t: Table): Value[] {
  const buf = t.h[0] as Mem | null;
  return buf ? (buf.v as Value[]) : [];
}

function keyOfEntry(t: Table, e: Value): Value {
  return t.valTy ? (e as Value[])[0] : e;
}

/** Where the entry of `key` is: the first of that key whose stored key `eq` accepts, when it is given. */
function find(t: Table, key: string, eq: KeyEq = null): number {
  const buf = t.h[0] as Mem | null;
  if (!buf) return -1;
  const keys = indexOf(buf).keys;
  let i = keys.indexOf(key);
  if (eq) while (i >= 0 && !eq(t.keyTy, keyOfEntry(t, (buf.v as Value[])[i]))) i = keys.indexOf(key, i + 1);
  return i;
}

/** The program's own `==` of a key, asked of each stored key of the same key string. */
type KeyEq = ((storedTy: Ty, stored: Value) => boolean) | null;

/**
 * For a key type with the program's own `impl Hash` in it (which may write less than `==` compares):
 * `==` against `v`, as std asks it of every key of the same hash.
 */
function ownEq(m: Machine, t: Table, ty: Ty, v: Value): KeyEq {
  if (t.sorted) return null;
  const [bt, bv] = unref(m, ty, v);
  let seen = OWN_HASH.get(m);
  if (!seen) OWN_HASH.set(m, (seen = new WeakMap()));
  let own = seen.get(bt);
  if (own === undefined) seen.set(bt, (own = hasOwnHash(m, bt, 0)));
  if (!own) return null;
  return (storedTy, stored) => {
    const [st, sv] = unref(m, storedTy, stored);
    return m.hooks.valueEq(m, st, sv, bv);
  };
}

/** `hasOwnHash` of the key types a run has seen. */
const OWN_HASH = new WeakMap<Machine, WeakMap<Ty, boolean>>();

/** Whether a value of `ty` is hashed, somewhere in it, by the program's own `impl Hash`. */
function hasOwnHash(m: Machine, ty: Ty, depth: number): boolean {
  if (depth > 8) return false;
  switch (ty.k) {
    case 'ref': return hasOwnHash(m, m.derefTy(ty), depth + 1);
    case 'tuple': return ty.elems.some((e) => hasOwnHash(m, m.intern(e), depth + 1));
    case 'array': case 'slice': return hasOwnHash(m, m.intern(ty.elem), depth + 1);
    case 'builtin': return ty.args.some((a) => hasOwnHash(m, m.intern(a), depth + 1));
    case 'adt': {
      if (m.userImpl('Hash', 'hash', ty)) return true;
      const def = m.adt(ty.adt);
      return def.variants.some((_, vi) => m.fieldTys(def, vi, ty.args).some((f) => hasOwnHash(m, m.intern(f), depth + 1)));
    }
    default: return false;
  }
}

/** A value behind its references. */
function unref(m: Machine, ty: Ty, v: Value): [Ty, Value] {
  while (ty.k === 'ref' && v instanceof Ptr) {
    const inner = m.derefTy(ty);
    if (inner.k === 'str' || inner.k === 'slice') break;
    v = readAt(v.mem, v.path);
    ty = inner;
  }
  return [ty, v];
}

function touchHeader(m: Machine, t: Table, field: number): void {
  if (!m.visible(t.hmem)) return;
  m.touch(t.hmem, [...t.hpath, field], `${t.name || 'self'}.${(t.sorted ? TREE_FIELDS : TABLE_FIELDS)[field]}`);
}
const TABLE_FIELDS = ['ptr', 'buckets', 'len'];
const TREE_FIELDS = ['root', 'height', 'len'];

function touchTable(m: Machine, t: Table): void {
  const buf = t.h[0] as Mem | null;
  if (buf) m.touch(buf, EMPTY_PATH, t.name ? `*${t.name}` : '*self');
  touchHeader(m, t, 2);
}

/** Moves the entries to a table of `buckets` buckets, re-sorted by their new buckets. */
function rehash(m: Machine, t: Table, buckets: number): void {
  const old = t.h[0] as Mem | null;
  const list = old ? (old.v as Value[]) : [];
  const ix = old ? indexOf(old) : { keys: [], hashes: [] };
  const mask = buckets - 1;
  const order = list.map((_, i) => i).sort((a, b) => (ix.hashes[a] & mask) - (ix.hashes[b] & mask) || a - b);
  const buf = m.alloc(m.intern({ k: 'slice', elem: t.entryTy }), order.map((i) => list[i]), { cap: buckets, whole: true });
  INDEX.set(buf, { keys: order.map((i) => ix.keys[i]), hashes: order.map((i) => ix.hashes[i]) });
  if (old) m.free(old);
  t.h[0] = buf;
  t.h[1] = buckets;
  touchHeader(m, t, 0);
  touchHeader(m, t, 1);
}

/** Makes room for `additional` more entries, as hashbrown's `reserve` does (a tree: whole nodes). */
function reserve(m: Machine, t: Table, additional: number): void {
  const len = t.h[2] as number;
  if (t.sorted) {
    const buf = t.h[0] as Mem | null;
    const slots = Math.ceil((len + additional) / NODE) * NODE;
    if (!buf) {
      const block = m.alloc(m.intern({ k: 'slice', elem: t.entryTy }), [], { cap: slots });
      INDEX.set(block, { keys: [], hashes: [] });
      t.h[0] = block;
      touchHeader(m, t, 0);
    } else if (slots > buf.cap) m.realloc(buf, slots);
    return;
  }
  const buckets = t.h[1] as number;
  if (len + additional <= capacityOf(buckets)) return;
  rehash(m, t, bucketsFor(Math.max(len + additional, capacityOf(buckets) + 1)));
}

/** Entries a B-tree node holds (std's B = 6: 2B - 1). */
const NODE = 11;

/** The height of the smallest tree of 11-entry nodes that holds `len` entries. */
function treeHeight(len: number): number {
  let h = 0;
  for (let cap = NODE; len > cap; cap = cap * (NODE + 1) + NODE) h++;
  return h;
}

/** Adds an entry whose key is not in the table yet; returns where it went. */
function insertNew(m: Machine, t: Table, key: string, entry: Value): number {
  reserve(m, t, 1);
  const buf = t.h[0] as Mem;
  const ix = indexOf(buf);
  let at = 0;
  let hash = 0;
  if (t.sorted) {
    // After every smaller key (binary search by the key's own order).
    const list = buf.v as Value[];
    const k = keyOfEntry(t, entry);
    let hi = list.length;
    while (at < hi) {
      const mid = (at + hi) >> 1;
      if ((m.hooks.valueCmp(m, t.keyTy, keyOfEntry(t, list[mid]), k) ?? 0) < 0) at = mid + 1;
      else hi = mid;
    }
  } else {
    hash = hashOf(key);
    const mask = (t.h[1] as number) - 1;
    const bucket = hash & mask;
    while (at < ix.hashes.length && (ix.hashes[at] & mask) <= bucket) at++;
  }
  (buf.v as Value[]).splice(at, 0, entry);
  ix.keys.splice(at, 0, key);
  ix.hashes.splice(at, 0, hash);
  t.h[2] = (t.h[2] as number) + 1;
  touchTable(m, t);
  setHeight(m, t);
  return at;
}

function setHeight(m: Machine, t: Table): void {
  if (!t.sorted) return;
  const h = treeHeight(t.h[2] as number);
  if (h === t.h[1]) return;
  t.h[1] = h;
  touchHeader(m, t, 1);
}

/** Takes the entry at `i` out of the table. */
function removeAt(m: Machine, t: Table, i: number): Value {
  const buf = t.h[0] as Mem;
  const ix = indexOf(buf);
  const [e] = (buf.v as Value[]).splice(i, 1);
  ix.keys.splice(i, 1);
  ix.hashes.splice(i, 1);
  t.h[2] = (t.h[2] as number) - 1;
  touchTable(m, t);
  setHeight(m, t);
  return e;
}

function slotPtr(t: Table, i: number, field: number, kind: PtrKind): Ptr {
  return new Ptr(t.h[0] as Mem, field < 0 ? [i] : [i, field], kind);
}

/** `insert` of a map: a new key goes in; an existing key keeps its entry (and its old key) and gets the value. */
function mapInsert(m: Machine, t: Table, k: Value, v: Value): Value {
  const key = keyOf(m, t.keyTy, k, !t.sorted);
  const i = find(t, key, ownEq(m, t, t.keyTy, k));
  if (i < 0) {
    insertNew(m, t, key, [k, v]);
    return NONE.slice();
  }
  const buf = t.h[0] as Mem;
  const e = (buf.v as Value[])[i] as Value[];
  const old = e[1];
  e[1] = v;
  m.touch(buf, [i, 1], `${t.name || 'self'}[${i}].1`);
  dropItem(m, t.keyTy, k);
  return some(old);
}

/** `insert` of a set: false, and the new value dropped, when an equal one is there. */
function setInsert(m: Machine, t: Table, x: Value): boolean {
  const key = keyOf(m, t.keyTy, x, !t.sorted);
  if (find(t, key, ownEq(m, t, t.keyTy, x)) >= 0) {
    dropItem(m, t.keyTy, x);
    return false;
  }
  insertNew(m, t, key, x);
  return true;
}

/** Drop glue of a map or set: its entries in table order, then its block. */
export function dropTable(m: Machine, ty: Ty, h: Value[], name: string): void {
  const buf = h[0] as Mem | null;
  if (!buf) return;
  const { entryTy } = shapeOf(m, ty);
  if (m.needsDrop(entryTy)) {
    const n = (buf.v as Value[]).length;
    for (let i = 0; i < n; i++) m.dropPlace(buf, [i], entryTy, `${name}[${i}]`);
  }
  m.free(buf);
}

/** `clone`: the same buckets and order, every entry cloned. */
export function cloneTable(m: Machine, ty: Ty, h: Value[]): Value[] {
  const buf = h[0] as Mem | null;
  if (!buf) return [null, 0, 0];
  const { entryTy } = shapeOf(m, ty);
  const { sorted } = shapeOf(m, ty);
  const copy = m.alloc(m.intern({ k: 'slice', elem: entryTy }), (buf.v as Value[]).map((e) => cloneValue(m, entryTy, e)), sorted ? { cap: buf.cap } : { cap: h[1] as number, whole: true });
  const ix = indexOf(buf);
  INDEX.set(copy, { keys: ix.keys.slice(), hashes: ix.hashes.slice() });
  return [copy, h[1], h[2]];
}

/** `==` of two maps or sets: the same keys (and equal values), whatever their order. */
export function tablesEqual(m: Machine, ty: Ty, a: Value[], b: Value[], valueEq: (t: Ty, x: Value, y: Value) => boolean): boolean {
  if (a[2] !== b[2]) return false;
  const ta = detachedTable(m, ty, a);
  const tb = detachedTable(m, ty, b);
  const ea = entries(ta);
  const eb = entries(tb);
  const ka = a[0] ? indexOf(a[0] as Mem).keys : [];
  for (let i = 0; i < ea.length; i++) {
    const j = find(tb, ka[i], ownEq(m, ta, ta.keyTy, keyOfEntry(ta, ea[i])));
    if (j < 0) return false;
    if (ta.valTy && !valueEq(ta.valTy, (ea[i] as Value[])[1], (eb[j] as Value[])[1])) return false;
  }
  return true;
}

/** The entries of a map or set, in iteration order (for Debug). */
export function tableEntries(h: Value[]): readonly Value[] {
  const buf = h[0] as Mem | null;
  return buf ? (buf.v as Value[]) : [];
}

/** A map or set from an iterator's items (`collect`, `extend` into an empty one), reserving as std does. */
export function collectTable(m: Machine, ty: Ty, it: IterVal): Value[] {
  const h: Value[] = [null, 0, 0];
  const t = detachedTable(m, ty, h);
  extendTable(m, t, it);
  return h;
}

function extendTable(m: Machine, t: Table, it: IterVal): void {
  // std reserves the iterator's lower bound (half of it when the table is not empty).
  const hint = it.sizeHint()[0];
  const want = (t.h[2] as number) === 0 ? hint : Math.floor((hint + 1) / 2);
  if (want > 0) reserve(m, t, want);
  for (let x = it.next(m); x !== DONE; x = it.next(m)) {
    if (t.valTy) {
      const old = mapInsert(m, t, (x as Value[])[0], (x as Value[])[1]);
      if (old[0] === 1) dropItem(m, t.valTy, old[1]);
    } else setInsert(m, t, x);
  }
  it.drop(m);
}

/** Iterating a map or set by value (`for (k, v) in map`, `into_iter`): the entries move out. */
export function tableIntoIter(m: Machine, ty: Ty, h: Value[]): IterVal {
  const { entryTy } = shapeOf(m, ty);
  const buf = h[0] as Mem | null;
  return new VecIntoIter(buf, 0, buf ? (buf.v as Value[]).length : 0, entryTy);
}

/** Iterating `&map` / `&mut map` / `&set`: pointers into the table (`(&K, &V)` pairs for a map). */
export function tableRefIter(m: Machine, ty: Ty, p: Ptr, mut: boolean): IterVal {
  const t = tableAt(m, ty, p);
  return refItems(t, t.valTy ? 'pairs' : 'keys', mut);
}

function refItems(t: Table, what: 'pairs' | 'keys' | 'values', mut: boolean): ListIter {
  const n = entries(t).length;
  const items: Value[] = new Array(n);
  const single = t.valTy === null;
  for (let i = 0; i < n; i++) {
    if (single) items[i] = slotPtr(t, i, -1, PtrKind.Ref);
    else if (what === 'keys') items[i] = slotPtr(t, i, 0, PtrKind.Ref);
    else if (what === 'values') items[i] = slotPtr(t, i, 1, mut ? PtrKind.Mut : PtrKind.Ref);
    else items[i] = [slotPtr(t, i, 0, PtrKind.Ref), slotPtr(t, i, 1, mut ? PtrKind.Mut : PtrKind.Ref)];
  }
  return new ListIter(items);
}

/** `into_keys` / `into_values`: one half of each entry moved out, the other dropped. */
class HalfIter extends IterVal {
  constructor(
    readonly inner: IterVal,
    readonly keep: 0 | 1,
    readonly otherTy: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return this.inner.sizeHint();
  }
  override next(m: Machine): Next {
    const e = this.inner.next(m);
    if (e === DONE) return DONE;
    dropItem(m, this.otherTy, (e as Value[])[1 - this.keep]);
    return (e as Value[])[this.keep];
  }
  override drop(m: Machine): void {
    this.inner.drop(m);
  }
}

// ------------------------------------------------------------ builtins

/** The method's name without its type (`remove` of `BTreeSet::remove`). */
const methodOf = (c: CallCtx) => c.name.slice(c.name.indexOf('::') + 2);
const recv = (m: Machine, c: CallCtx, args: Value[]) => tableAt(m, c.argTys[0], args[0] as Ptr);
/** Where the entry of the `&Q` a lookup is given is (-1: none). */
const lookup = (m: Machine, c: CallCtx, args: Value[], t: Table) => find(t, keyOf(m, c.argTys[1], args[1], !t.sorted), ownEq(m, t, c.argTys[1], args[1]));

def(['HashMap::new', 'HashSet::new'], () => [null, 0, 0]);
def(['HashMap::with_capacity', 'HashSet::with_capacity'], (m, args, c) => {
  const h: Value[] = [null, 0, 0];
  const n = Number(args[0]);
  if (n > 0) rehash(m, detachedTable(m, c.destTy, h), bucketsFor(n));
  return h;
});
def(['HashMap::from', 'HashSet::from'], (m, args, c) => collectTable(m, c.destTy, toIter(m, c.argTys[0], args[0])));
def(['HashMap::len', 'HashSet::len'], (m, args, c) => recv(m, c, args).h[2]);
def(['HashMap::is_empty', 'HashSet::is_empty'], (m, args, c) => recv(m, c, args).h[2] === 0);
def(['HashMap::capacity', 'HashSet::capacity'], (m, args, c) => capacityOf(recv(m, c, args).h[1] as number));
def(['HashMap::clear', 'HashSet::clear'], (m, args, c) => {
  const t = recv(m, c, args);
  const buf = t.h[0] as Mem | null;
  if (!buf) return UNIT_VALUE;
  // A hash table keeps its block and buckets; the entries are dropped in table order. A tree drops
  // its entries and frees its nodes.
  const n = (buf.v as Value[]).length;
  for (let i = 0; i < n; i++) m.dropPlace(buf, [i], t.entryTy, `${t.name || 'self'}[${i}]`);
  buf.v = [];
  INDEX.set(buf, { keys: [], hashes: [] });
  t.h[2] = 0;
  if (t.sorted) {
    m.free(buf);
    t.h[0] = null;
    t.h[1] = 0;
    touchHeader(m, t, 0);
    touchHeader(m, t, 1);
    touchHeader(m, t, 2);
  } else touchTable(m, t);
  return UNIT_VALUE;
});
def('HashMap::insert', (m, args, c) => mapInsert(m, recv(m, c, args), args[1], args[2]));
def('HashSet::insert', (m, args, c) => setInsert(m, recv(m, c, args), args[1]));
def(['HashMap::get', 'HashMap::get_mut'], (m, args, c) => {
  const t = recv(m, c, args);
  const i = lookup(m, c, args, t);
  return i < 0 ? NONE.slice() : some(slotPtr(t, i, 1, c.name.endsWith('_mut') ? PtrKind.Mut : PtrKind.Ref));
});
def('HashMap::get_key_value', (m, args, c) => {
  const t = recv(m, c, args);
  const i = lookup(m, c, args, t);
  return i < 0 ? NONE.slice() : some([slotPtr(t, i, 0, PtrKind.Ref), slotPtr(t, i, 1, PtrKind.Ref)]);
});
def('HashSet::get', (m, args, c) => {
  const t = recv(m, c, args);
  const i = lookup(m, c, args, t);
  return i < 0 ? NONE.slice() : some(slotPtr(t, i, -1, PtrKind.Ref));
});
def(['HashMap::contains_key', 'HashSet::contains'], (m, args, c) => lookup(m, c, args, recv(m, c, args)) >= 0);
def(['HashMap::remove', 'HashMap::remove_entry', 'HashSet::remove', 'HashSet::take'], (m, args, c) => {
  const t = recv(m, c, args);
  const i = lookup(m, c, args, t);
  const method = methodOf(c);
  if (!t.valTy && method === 'remove') {
    if (i < 0) return false;
    dropItem(m, t.keyTy, removeAt(m, t, i));
    return true;
  }
  if (i < 0) return NONE.slice();
  const e = removeAt(m, t, i);
  if (method === 'remove') {
    dropItem(m, t.keyTy, (e as Value[])[0]);
    return some((e as Value[])[1]);
  }
  return some(e);
});
def('HashMap::keys', (m, args, c) => refItems(recv(m, c, args), 'keys', false));
def(['HashMap::values', 'HashMap::values_mut'], (m, args, c) => refItems(recv(m, c, args), 'values', c.name.endsWith('_mut')));
def(['HashMap::iter', 'HashMap::iter_mut', 'HashSet::iter'], (m, args, c) => {
  const t = recv(m, c, args);
  return refItems(t, t.valTy ? 'pairs' : 'keys', c.name.endsWith('_mut'));
});
def(['HashMap::into_iter', 'HashSet::into_iter'], (m, args, c) => tableIntoIter(m, c.argTys[0], args[0]));
def(['HashMap::into_keys', 'HashMap::into_values'], (m, args, c) => {
  const { keyTy, valTy } = shapeOf(m, c.argTys[0]);
  const keys = c.name.endsWith('keys');
  return new HalfIter(tableIntoIter(m, c.argTys[0], args[0]), keys ? 0 : 1, keys ? valTy! : keyTy);
});
def(['HashMap::extend', 'HashSet::extend'], (m, args, c) => {
  extendTable(m, recv(m, c, args), toIter(m, c.argTys[1], args[1]));
  return UNIT_VALUE;
});
def(['HashMap::retain', 'HashSet::retain'], (m, args, c) => {
  const t = recv(m, c, args);
  const f = new Callable(m, c.argTys[1], args[1]);
  for (let i = 0; i < entries(t).length; ) {
    const keep = t.valTy ? f.call(m, [slotPtr(t, i, 0, PtrKind.Ref), slotPtr(t, i, 1, PtrKind.Mut)]) : f.call(m, [slotPtr(t, i, -1, PtrKind.Ref)]);
    if (keep) i++;
    else dropItem(m, t.entryTy, removeAt(m, t, i));
  }
  f.drop(m);
  return UNIT_VALUE;
});

// Set algebra: pointers into the receiver (and, for `union` and `symmetric_difference`, into the other set).
def(['HashSet::union', 'HashSet::intersection', 'HashSet::difference', 'HashSet::symmetric_difference'], (m, args, c) => {
  const a = recv(m, c, args);
  const b = tableAt(m, c.argTys[1], args[1] as Ptr);
  const inB = (i: number) => find(b, indexOf(a.h[0] as Mem).keys[i], ownEq(m, a, a.keyTy, entries(a)[i])) >= 0;
  const inA = (j: number) => find(a, indexOf(b.h[0] as Mem).keys[j], ownEq(m, b, b.keyTy, entries(b)[j])) >= 0;
  const items: Value[] = [];
  const na = entries(a).length;
  const nb = entries(b).length;
  const op = methodOf(c);
  for (let i = 0; i < na; i++) if ((op === 'union') || (op === 'intersection') === inB(i)) items.push(slotPtr(a, i, -1, PtrKind.Ref));
  if (op === 'union' || op === 'symmetric_difference') for (let j = 0; j < nb; j++) if (!inA(j)) items.push(slotPtr(b, j, -1, PtrKind.Ref));
  // A BTreeSet's answers come in order too.
  if (a.sorted) items.sort((x: Ptr, y: Ptr) => m.hooks.valueCmp(m, a.keyTy, readAt(x.mem, x.path), readAt(y.mem, y.path)) ?? 0);
  return new ListIter(items);
});
def(['HashSet::is_subset', 'HashSet::is_superset', 'HashSet::is_disjoint'], (m, args, c) => {
  let a = recv(m, c, args);
  let b = tableAt(m, c.argTys[1], args[1] as Ptr);
  if (methodOf(c) === 'is_superset') [a, b] = [b, a];
  const keys = a.h[0] ? indexOf(a.h[0] as Mem).keys : [];
  const inB = (k: string, i: number) => find(b, k, ownEq(m, a, a.keyTy, entries(a)[i])) >= 0;
  if (methodOf(c) === 'is_disjoint') return keys.every((k, i) => !inB(k, i));
  return keys.every(inB);
});

// The ends of a BTreeMap or BTreeSet.
def(['BTreeMap::first_key_value', 'BTreeMap::last_key_value', 'BTreeSet::first', 'BTreeSet::last'], (m, args, c) => {
  const t = recv(m, c, args);
  const n = entries(t).length;
  if (n === 0) return NONE.slice();
  const i = c.name.endsWith('first_key_value') || c.name.endsWith('first') ? 0 : n - 1;
  return some(t.valTy ? [slotPtr(t, i, 0, PtrKind.Ref), slotPtr(t, i, 1, PtrKind.Ref)] : slotPtr(t, i, -1, PtrKind.Ref));
});
def(['BTreeMap::pop_first', 'BTreeMap::pop_last', 'BTreeSet::pop_first', 'BTreeSet::pop_last'], (m, args, c) => {
  const t = recv(m, c, args);
  const n = entries(t).length;
  if (n === 0) return NONE.slice();
  return some(removeAt(m, t, c.name.endsWith('first') ? 0 : n - 1));
});

// `map.range(a..b)` (`a..=b`, `a..`, `..b`): the entries whose keys lie in it, in order.
def(['BTreeMap::range', 'BTreeSet::range'], (m, args, c) => {
  const t = recv(m, c, args);
  const rt = c.argTys[1];
  const r = args[1] as Value[];
  const inclusive = rt.k === 'builtin' && rt.name === 'RangeInclusive';
  const list = entries(t);
  const items: Value[] = [];
  for (let i = 0; i < list.length; i++) {
    const k = keyOfEntry(t, list[i]);
    if (r[0] !== null && r[0] !== undefined && (m.hooks.valueCmp(m, t.keyTy, k, r[0]) ?? 0) < 0) continue;
    if (r[1] !== null && r[1] !== undefined) {
      const d = m.hooks.valueCmp(m, t.keyTy, k, r[1]) ?? 0;
      if (d > 0 || (d === 0 && !inclusive)) continue;
    }
    items.push(t.valTy ? [slotPtr(t, i, 0, PtrKind.Ref), slotPtr(t, i, 1, PtrKind.Ref)] : slotPtr(t, i, -1, PtrKind.Ref));
  }
  return new ListIter(items);
});

// `map[&key]`: the value, or std's panic for a missing key.
export function indexTable(m: Machine, c: CallCtx, args: Value[], panicAt: string): Ptr {
  const t = recv(m, c, args);
  const i = lookup(m, c, args, t);
  if (i < 0) m.panic('no entry found for key', panicAt);
  return slotPtr(t, i, 1, PtrKind.Ref);
}

// ------------------------------------------------------------ entries

// An `Entry` is [the map's `&mut`, the key, the map's type]; using it up finds or inserts the key.
def(['HashMap::entry', 'BTreeMap::entry'], (m, args, c) => [args[0], args[1], collTy(m, c.argTys[0])]);

function entryParts(m: Machine, e: Value[]): { t: Table; key: string; i: number } {
  const t = tableAt(m, e[2] as Ty, e[0] as Ptr);
  const key = keyOf(m, t.keyTy, e[1], !t.sorted);
  return { t, key, i: find(t, key, ownEq(m, t, t.keyTy, e[1])) };
}

def(['Entry::or_insert', 'Entry::or_insert_with', 'Entry::or_default'], (m, args, c) => {
  const e = args[0] as Value[];
  const { t, key, i } = entryParts(m, e);
  const f = c.name === 'Entry::or_insert_with' ? new Callable(m, c.argTys[1], args[1]) : null;
  let at = i;
  if (i >= 0) {
    // Occupied: the entry's key is not needed (it is dropped), nor is the default.
    dropItem(m, t.keyTy, e[1]);
    if (c.name === 'Entry::or_insert') dropItem(m, t.valTy!, args[1]);
  } else {
    const v = c.name === 'Entry::or_insert' ? args[1] : f ? f.call(m, []) : defaultValue(m, t.valTy!);
    at = insertNew(m, t, key, [e[1], v]);
  }
  f?.drop(m);
  return slotPtr(t, at, 1, PtrKind.Mut);
});
def('Entry::and_modify', (m, args, c) => {
  const e = args[0] as Value[];
  const { t, i } = entryParts(m, e);
  const f = new Callable(m, c.argTys[1], args[1]);
  if (i >= 0) f.call(m, [slotPtr(t, i, 1, PtrKind.Mut)]);
  f.drop(m);
  return e;
});
def('Entry::key', (m, args) => {
  const p = args[0] as Ptr;
  return new Ptr(p.mem, [...p.path, 1], PtrKind.Ref);
});

// A BTreeMap or BTreeSet has the methods of its hash twin that the prelude gives it.
for (const [name, fn] of [...MAP_BUILTINS]) {
  const twin = name.replace(/^HashMap::/, 'BTreeMap::').replace(/^HashSet::/, 'BTreeSet::');
  if (twin !== name && !MAP_BUILTINS.has(twin)) MAP_BUILTINS.set(twin, fn);
}
