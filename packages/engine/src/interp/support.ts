// Helpers shared by the builtins: reading receivers of any pointer shape,
// cloning and default values with their heap effects, and iterator creation.

import { fixedLen, isCounted, isTable, type Ty } from '../types/ty.js';
import type { Machine } from './machine.js';
import { EMPTY_PATH } from './machine.js';
import { FnVal, Mem, Ptr, PtrKind, readAt, cloneInline, UNIT_VALUE, type Value } from './values.js';
import { cloneTable, tableIntoIter, tableRefIter } from './hashmap.js';
import { newString, newVec, stringText, strOf, vecElems } from './heapops.js';
import { CharsIter, IterVal, ListIter, RangeIter, SliceIter, UserIter, VecIntoIter, dropItem } from './iter.js';
import { utf8Len } from './fmtnum.js';
import { ChannelIter } from './threads.js';

export const USIZE_TY: Ty = Object.freeze({ k: 'int', int: 'usize' });

/** A `str` place: the cell holding the whole text, byte offset and length, and the text itself. */
export interface StrRef {
  readonly mem: Mem;
  readonly path: readonly number[];
  readonly off: number;
  readonly len: number;
  readonly text: string;
}

/** A slice place: the array container (cell + path), start and length. */
export interface SliceRef {
  readonly mem: Mem;
  readonly path: readonly number[];
  readonly off: number;
  readonly len: number;
  readonly elemTy: Ty;
  readonly name: string;
}

/** Follows references until a String/str; accepts &str, &String, &&str, String, char. */
export function recvStr(m: Machine, ty: Ty, v: Value): StrRef {
  for (let i = 0; i < 8; i++) {
    if (ty.k === 'ref' || (ty.k === 'builtin' && (ty.name === 'Box' || isCounted(ty.name)))) {
      const inner = m.derefTy(ty);
      if (inner.k === 'str') {
        const p = pointee(m, ty, v);
        const whole = readAt(p.mem, p.path) as string;
        const off = Math.max(p.off, 0);
        const len = p.len >= 0 ? p.len : utf8Len(whole);
        return { mem: p.mem, path: p.path, off, len, text: strOf(p) };
      }
      const p = pointee(m, ty, v);
      v = readAt(p.mem, p.path);
      ty = inner;
      continue;
    }
    break;
  }
  if (ty.k === 'builtin' && ty.name === 'String') {
    const h = v as Value[];
    const buf = (h[0] as Mem | null) ?? m.dangling;
    return { mem: buf, path: EMPTY_PATH, off: 0, len: h[2] as number, text: stringText(h) };
  }
  if (ty.k === 'char') {
    const text = String.fromCodePoint(v);
    return { mem: m.dangling, path: EMPTY_PATH, off: 0, len: utf8Len(text), text };
  }
  if (ty.k === 'str' && v instanceof Ptr) return recvStr(m, m.intern({ k: 'ref', mut: false, inner: ty, region: { k: 'anon' } }), v);
  throw new Error(`expected a string, got ${m.tyStr(ty)}`);
}

/** What a reference, a Box or an `Rc`/`Arc` points at (an Rc's value sits after its counts). */
function pointee(m: Machine, ty: Ty, v: Value): Ptr {
  if (ty.k !== 'builtin' || !isCounted(ty.name)) return v as Ptr;
  const loc = m.derefValue(ty, v);
  return new Ptr(loc.mem, loc.path, PtrKind.Ref, loc.off, loc.len, loc.dyn);
}

export function textOf(m: Machine, ty: Ty, v: Value): string {
  return recvStr(m, ty, v).text;
}

/** A `&str` pointing at bytes [off, off+len) of a StrRef's cell. */
export function subStr(s: StrRef, byteStart: number, byteLen: number): Ptr {
  return new Ptr(s.mem, s.path, PtrKind.Ref, s.off + byteStart, byteLen);
}

/** Follows references until a slice, array or Vec. */
export function recvSlice(m: Machine, ty: Ty, v: Value): SliceRef {
  let name = v instanceof Ptr ? v.name : '';
  for (let i = 0; i < 8; i++) {
    if (ty.k === 'ref' || (ty.k === 'builtin' && (ty.name === 'Box' || isCounted(ty.name)))) {
      const inner = m.derefTy(ty);
      const p = pointee(m, ty, v);
      if ((v as Ptr).name) name = (v as Ptr).name;
      if (inner.k === 'slice') {
        const whole = readAt(p.mem, p.path) as Value[];
        return { mem: p.mem, path: p.path, off: Math.max(p.off, 0), len: p.len >= 0 ? p.len : whole.length, elemTy: m.intern(inner.elem), name };
      }
      if (inner.k === 'array') return { mem: p.mem, path: p.path, off: 0, len: fixedLen(inner), elemTy: m.intern(inner.elem), name };
      v = readAt(p.mem, p.path);
      ty = inner;
      continue;
    }
    break;
  }
  if (ty.k === 'builtin' && (ty.name === 'Vec' || ty.name === 'VecDeque' || ty.name === 'BinaryHeap')) {
    const h = v as Value[];
    return { mem: (h[0] as Mem | null) ?? m.dangling, path: EMPTY_PATH, off: 0, len: h[2] as number, elemTy: m.intern(ty.args[0]), name };
  }
  if (ty.k === 'array') {
    const cell = m.tempMem(ty, v);
    return { mem: cell, path: EMPTY_PATH, off: 0, len: fixedLen(ty), elemTy: m.intern(ty.elem), name };
  }
  throw new Error(`expected a slice, got ${m.tyStr(ty)}`);
}

export function sliceValues(s: SliceRef): Value[] {
  const whole = readAt(s.mem, s.path) as Value[];
  return whole.slice(s.off, s.off + s.len);
}

export function elemPtr(s: SliceRef, i: number, mut: boolean): Ptr {
  return new Ptr(s.mem, [...s.path, s.off + i], mut ? PtrKind.Mut : PtrKind.Ref, -1, -1, null, s.name ? `${s.name}[${i}]` : '');
}

export function slicePtr(s: SliceRef, start: number, len: number, mut: boolean): Ptr {
  return new Ptr(s.mem, s.path, mut ? PtrKind.Mut : PtrKind.Ref, s.off + start, len, null, s.name);
}

/** Reads through a pointer (for `&T` arguments). */
export function deref(v: Value): Value {
  return v instanceof Ptr ? readAt(v.mem, v.path) : v;
}

/** `Clone::clone` of a value, allocating like std (String/Vec clones have cap = len). */
export function cloneValue(m: Machine, ty: Ty, v: Value): Value {
  if (m.isCopy(ty)) return cloneInline(v);
  switch (ty.k) {
    case 'ref':
      return v;
    case 'tuple':
      return ty.elems.map((e, i) => cloneValue(m, m.intern(e), v[i]));
    case 'array':
      return (v as Value[]).map((x) => cloneValue(m, m.intern(ty.elem), x));
    case 'closure':
      return ty.captures.map((c, i) => cloneValue(m, m.intern(c), v[i]));
    case 'adt': {
      const def = m.adt(ty.adt);
      if (!def.derives.includes('Clone')) {
        const target = m.userImpl('Clone', 'clone', ty);
        if (target && target.kind === 'user') return m.invoke(target.inst, [new Ptr(m.tempMem(ty, v), EMPTY_PATH, PtrKind.Ref)], m.curSpan);
      }
      const vi = def.kind === 'struct' ? 0 : (v[0] as number);
      const base = def.kind === 'struct' ? 0 : 1;
      const tys = m.fieldTys(def, vi, ty.args);
      const fields = tys.map((t, i) => cloneValue(m, m.intern(t), v[base + i]));
      return def.kind === 'struct' ? fields : [vi, ...fields];
    }
    case 'builtin': {
      const a0 = ty.args[0] ? m.intern(ty.args[0]) : ty;
      switch (ty.name) {
        case 'String':
          return newString(m, stringText(v));
        case 'BinaryHeap':
        case 'VecDeque':
        case 'Vec': {
          const elems = vecElems(v).map((x) => cloneValue(m, a0, x));
          return newVec(m, a0, elems, elems.length);
        }
        case 'HashMap':
        case 'HashSet':
        case 'BTreeMap':
        case 'BTreeSet':
          return cloneTable(m, ty, v);
        case 'Box': {
          const p = v as Ptr;
          // `impl Clone for Box<dyn Widget>` (the only way a boxed trait object clones): the program's `clone`.
          if (a0.k === 'dyn') {
            const target = m.userImpl('Clone', 'clone', ty);
            if (target && target.kind === 'user') return m.invoke(target.inst, [new Ptr(m.tempMem(ty, v), EMPTY_PATH, PtrKind.Ref)], m.curSpan);
          }
          const inner = cloneValue(m, a0, readAt(p.mem, p.path));
          return new Ptr(m.alloc(a0, inner), EMPTY_PATH, PtrKind.Box);
        }
        case 'Rc':
        case 'Arc': {
          const p = v as Ptr;
          const rc = p.mem.v as Value[];
          rc[0] = (rc[0] as number) + 1;
          m.touch(p.mem, [0], 'strong');
          return p;
        }
        case 'Weak': {
          const p = v as Ptr;
          if (!(p instanceof Ptr)) return v;
          const rc = p.mem.v as Value[];
          rc[1] = (rc[1] as number) + 1;
          m.touch(p.mem, [1], 'weak');
          return p;
        }
        case 'Option':
          return v[0] === 0 ? [0] : [1, cloneValue(m, a0, v[1])];
        case 'Result': {
          const t = v[0] === 0 ? a0 : m.intern(ty.args[1]);
          return [v[0], cloneValue(m, t, v[1])];
        }
        case 'RefCell':
          return [0, cloneValue(m, a0, v[1])];
        case 'Cell':
          return cloneValue(m, a0, v);
        case 'Range':
        case 'RangeInclusive':
          return cloneInline(v);
        default:
          return v;
      }
    }
    default:
      return v;
  }
}

/** `Default::default()` for a type. */
export function defaultValue(m: Machine, ty: Ty): Value {
  switch (ty.k) {
    case 'int':
      return 0;
    case 'float':
      return 0;
    case 'bool':
      return false;
    case 'char':
      return 0;
    case 'tuple':
      return ty.elems.length === 0 ? UNIT_VALUE : ty.elems.map((e) => defaultValue(m, m.intern(e)));
    case 'array':
      return Array.from({ length: fixedLen(ty) }, () => defaultValue(m, m.intern(ty.elem)));
    case 'builtin':
      switch (ty.name) {
        case 'String':
        case 'BinaryHeap':
        case 'VecDeque':
        case 'Vec':
        case 'HashMap':
        case 'HashSet':
        case 'BTreeMap':
        case 'BTreeSet':
          return [null, 0, 0];
        case 'Option':
          return [0];
        case 'RefCell':
        case 'Mutex':
        case 'RwLock':
          return [0, defaultValue(m, m.intern(ty.args[0]))];
        case 'Cell':
          return defaultValue(m, m.intern(ty.args[0]));
        case 'Box':
          return new Ptr(m.alloc(m.intern(ty.args[0]), defaultValue(m, m.intern(ty.args[0]))), EMPTY_PATH, PtrKind.Box);
        default:
          throw new Error(`no default value for ${m.tyStr(ty)}`);
      }
    case 'adt': {
      const target = m.userImpl('Default', 'default', ty);
      if (target && target.kind === 'user') return m.invoke(target.inst, [], m.curSpan);
      const def = m.adt(ty.adt);
      if (def.kind === 'enum') return [def.defaultVariant ?? 0];
      return m.fieldTys(def, 0, ty.args).map((t) => defaultValue(m, m.intern(t)));
    }
    case 'ref':
      if (ty.inner.k === 'str') return m.strLiteral('');
      // An empty slice: std's dangling pointer, length 0.
      if (ty.inner.k === 'slice') return new Ptr(m.dangling, EMPTY_PATH, ty.mut ? PtrKind.Mut : PtrKind.Ref, 0, 0);
      throw new Error(`no default value for ${m.tyStr(ty)}`);
    default:
      throw new Error(`no default value for ${m.tyStr(ty)}`);
  }
}

/** The item type of iterating a value of type `ty` (for `IntoIterator`). */
export function toIter(m: Machine, ty: Ty, v: Value): IterVal {
  if (v instanceof IterVal) return v;
  if (ty.k === 'builtin') {
    switch (ty.name) {
      case 'Range':
        return new RangeIter(v[0], v[1], false, m.intern(ty.args[0]));
      case 'RangeInclusive':
        return new RangeIter(v[0], v[1], true, m.intern(ty.args[0]), !!v[2]);
      case 'BinaryHeap':
      case 'VecDeque':
      case 'Vec': {
        const h = v as Value[];
        return new VecIntoIter(h[0] as Mem | null, 0, h[2] as number, m.intern(ty.args[0]));
      }
      case 'Option':
        return new ListIter(v[0] === 1 ? [v[1]] : [], 0, undefined, m.intern(ty.args[0]));
      case 'Result':
        // An Ok gives its value; an Err gives nothing, and its error is dropped with it.
        if (v[0] === 1) dropItem(m, m.intern(ty.args[1]), v[1]);
        return new ListIter(v[0] === 0 ? [v[1]] : [], 0, undefined, m.intern(ty.args[0]));
      // `for x in rx`: the loop owns the receiver.
      case 'Receiver':
        return new ChannelIter(v as Ptr, true, true, m.intern(ty.args[0]));
      case 'Iter':
        return v as IterVal;
      // A `Box<dyn Iterator>`: the iterator it holds, freed with the box.
      case 'Box':
        if ((v as Ptr).dyn) return new DynIter(m, v as Ptr, true);
        break;
      case 'HashMap':
      case 'HashSet':
      case 'BTreeMap':
      case 'BTreeSet':
        return tableIntoIter(m, ty, v);
    }
  }
  if (ty.k === 'array') return new ListIter((v as Value[]).slice(), 0, undefined, m.intern(ty.elem));
  if (ty.k === 'ref') {
    const inner = m.derefTy(ty);
    if (inner.k === 'str') return new CharsIter(strOf(v), 'chars');
    if (inner.k === 'slice' || inner.k === 'array' || (inner.k === 'builtin' && (inner.name === 'Vec' || inner.name === 'VecDeque' || inner.name === 'BinaryHeap'))) {
      const s = recvSlice(m, ty, v);
      return new SliceIter(s.mem, s.path.length ? s.path : EMPTY_PATH, s.off, s.off + s.len, ty.mut, s.name);
    }
    if (inner.k === 'builtin' && isTable(inner.name)) return tableRefIter(m, inner, v as Ptr, ty.mut);
    if (inner.k === 'builtin' && inner.name === 'Receiver') return new ChannelIter(readAt((v as Ptr).mem, (v as Ptr).path) as Ptr, true, false, m.intern(inner.args[0]));
    if (inner.k === 'builtin' && inner.name === 'Option') {
      const o = deref(v) as Value[];
      const p = v as Ptr;
      return new ListIter(o[0] === 1 ? [new Ptr(p.mem, [...p.path, 1], ty.mut ? PtrKind.Mut : PtrKind.Ref)] : []);
    }
    if (inner.k === 'builtin' && (inner.name === 'Iter' || inner.name === 'Range' || inner.name === 'RangeInclusive')) {
      return new ByRefIter(v as Ptr, inner);
    }
    if (inner.k === 'adt' && ty.mut) return new UserIter(m, inner, undefined, v as Ptr);
    if (inner.k === 'dyn' && ty.mut && (v as Ptr).dyn) return new DynIter(m, v as Ptr, false);
  }
  if (ty.k === 'adt') return new UserIter(m, ty, v);
  if (v instanceof FnVal) throw new Error('a function is not iterable');
  throw new Error(`cannot iterate over ${m.tyStr(ty)}`);
}

/** `(&mut iter).map(..)` and `for x in &mut it`: advances the iterator stored in a place. */
class ByRefIter extends IterVal {
  constructor(
    readonly p: Ptr,
    readonly ty: Ty,
  ) {
    super();
  }
  sizeHint(): [number, number | null] {
    const v = readAt(this.p.mem, this.p.path);
    return v instanceof IterVal ? v.sizeHint() : [0, null];
  }
  next(m: Machine) {
    return iterNextAt(m, this.ty, this.p);
  }
  /** `it.rfind(..)`, `it.nth_back(1)` on a std iterator held in a place. */
  override nextBack(m: Machine) {
    return iterNextBackAt(m, this.ty, this.p);
  }
}

/**
 * The iterator behind a `Box<dyn Iterator>` (owned: the box is freed when it is dropped) or a
 * `&mut dyn Iterator`: advanced where it lies, as std's `impl Iterator for Box<I>` and `for &mut I` do.
 */
class DynIter extends IterVal {
  private readonly at: Ptr;
  private readonly ty: Ty;
  constructor(
    private readonly m: Machine,
    private readonly p: Ptr,
    private readonly owned: boolean,
  ) {
    super();
    this.at = new Ptr(p.mem, p.path, PtrKind.Mut);
    this.ty = p.dyn!;
  }
  /** What the iterator inside says, as std forwards it (`collect` sizes its Vec by it). */
  sizeHint(): [number, number | null] {
    const v = readAt(this.at.mem, this.at.path);
    if (v instanceof IterVal) return v.sizeHint();
    if (this.ty.k === 'adt') return new UserIter(this.m, this.ty, undefined, this.at).sizeHint();
    if (this.ty.k === 'builtin' && (this.ty.name === 'Range' || this.ty.name === 'RangeInclusive')) return toIter(this.m, this.ty, (v as Value[]).slice()).sizeHint();
    return [0, null];
  }
  next(m: Machine) {
    return iterNextAt(m, this.ty, this.at);
  }
  override drop(m: Machine): void {
    if (!this.owned || !this.p.mem.live) return;
    if (m.needsDrop(this.ty)) m.dropPlace(this.p.mem, this.p.path, this.ty, '*_');
    m.free(this.p.mem);
  }
}

/** `DoubleEndedIterator::next_back` on the iterator stored at `p` (a Range's end moves in place, with a write event). */
export function iterNextBackAt(m: Machine, ty: Ty, p: Ptr): Value {
  const v = readAt(p.mem, p.path);
  if (v instanceof IterVal) return v.nextBack(m);
  if (ty.k === 'builtin' && (ty.name === 'Range' || ty.name === 'RangeInclusive') && (v as Value[])[1] !== null) {
    const r = v as Value[];
    const [start, end] = r;
    let out: Value;
    if (ty.name === 'Range') {
      if (compare(start, end) >= 0) return DONE_MARK;
      out = r[1] = dec(end);
    } else {
      if (r[2] || compare(start, end) > 0) return DONE_MARK;
      if (compare(start, end) === 0) r[2] = true;
      else r[1] = dec(end);
      out = end;
    }
    m.touch(p.mem, p.path, p.name || 'iter');
    return out;
  }
  throw new Error(`${m.tyStr(ty)} cannot be reversed`);
}

/** `Iterator::next` on the iterator stored at `p` (Range values advance in place, with a write event). */
export function iterNextAt(m: Machine, ty: Ty, p: Ptr): Value {
  const v = readAt(p.mem, p.path);
  if (v instanceof IterVal) return v.next(m);
  // `it.next()` through a `&mut dyn Iterator`: the pointer's vtable says which iterator.
  if (ty.k === 'dyn' && p.dyn) return iterNextAt(m, p.dyn, p);
  // `it.by_ref()` of a `Box<dyn Iterator>` or a `&mut dyn Iterator`: the iterator it points at.
  if (v instanceof Ptr && v.dyn && (ty.k === 'ref' || (ty.k === 'builtin' && ty.name === 'Box'))) return iterNextAt(m, v.dyn, new Ptr(v.mem, v.path, PtrKind.Mut));
  // A `&mut I` is an iterator too (a generic `I` given `&mut it`): the iterator it points at.
  if (v instanceof Ptr && ty.k === 'ref' && ty.mut) return iterNextAt(m, ty.inner, new Ptr(v.mem, v.path, PtrKind.Mut));
  if (ty.k === 'builtin' && (ty.name === 'Range' || ty.name === 'RangeInclusive')) {
    const r = v as Value[];
    const start = r[0];
    const end = r[1];
    if (ty.name === 'Range') {
      // `a..` (no end, null) counts up without stopping.
      if (end !== null && compare(start, end) >= 0) return DONE_MARK;
      r[0] = inc(start, ty);
    } else {
      if (r[2] || compare(start, end) > 0) return DONE_MARK;
      if (compare(start, end) === 0) r[2] = true;
      else r[0] = inc(start, ty);
    }
    m.touch(p.mem, p.path, p.name || 'iter');
    return start;
  }
  if (ty.k === 'adt') {
    const target = m.userImpl('Iterator', 'next', ty);
    if (!target || target.kind !== 'user') throw new Error(`${m.tyStr(ty)} is not an iterator`);
    const r = m.invoke(target.inst, [p], m.curSpan) as Value[];
    return r[0] === 1 ? r[1] : DONE_MARK;
  }
  throw new Error(`${m.tyStr(ty)} is not an iterator`);
}

import { DONE } from './iter.js';
import * as I from './ints.js';
const DONE_MARK = DONE;

function compare(a: Value, b: Value): number {
  return I.compareInt(a, b);
}

function dec(v: Value): Value {
  if (typeof v === 'number' && v > -Number.MAX_SAFE_INTEGER) return v - 1;
  return I.norm(I.big(v) - 1n);
}

function inc(v: Value, ty: Extract<Ty, { k: 'builtin' }>): Value {
  void ty;
  if (typeof v === 'number' && v < Number.MAX_SAFE_INTEGER) return v + 1;
  return I.norm(I.big(v) + 1n);
}
