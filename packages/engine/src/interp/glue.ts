// Drop glue (what dropping each kind of value does, in rustc's order),
// structural equality and ordering (derived PartialEq / PartialOrd and the
// built-in comparisons), and `String + &str`.

import type { Ty } from '../types/ty.js';
import { ANON, fixedLen, isCounted, isGuard, isSharedGuard } from '../types/ty.js';
import type { Machine, MachineHooks } from './machine.js';
import { EMPTY_PATH } from './machine.js';
import { MOVED, Mem, Ptr, PtrKind, readAt, type Value } from './values.js';
import * as I from './ints.js';
import { detached, pushStr, stringText, strOf, vecElems } from './heapops.js';
import { IterVal, dropItem } from './iter.js';
import { dropTable, tableEntries, tablesEqual } from './hashmap.js';
import { dropJoinHandle, dropReceiver, dropSender, lockReleased } from './threads.js';
import { PanicSignal } from './signals.js';

function sub(path: readonly number[], k: number): number[] {
  const p = path.slice();
  p.push(k);
  return p;
}

/**
 * Drops the parts of a value in turn. When one's drop panics, the rest are still dropped (as
 * rustc's drop glue does while unwinding; a second panic aborts), then the panic goes on.
 */
function dropEach(m: Machine, n: number, dropOne: (i: number) => void): void {
  let panic: PanicSignal | null = null;
  for (let i = 0; i < n; i++) {
    try {
      dropOne(i);
    } catch (e) {
      if (!(e instanceof PanicSignal)) throw e;
      // A drop run by that unwinding panicked too.
      if (panic) m.panicInCleanup();
      panic = e;
    }
  }
  if (panic) throw panic;
}

export function dropGlue(m: Machine, mem: Mem, path: readonly number[], ty: Ty, name: string, v: Value): void {
  switch (ty.k) {
    case 'adt': {
      const def = m.adt(ty.adt);
      // std's ManuallyDrop: its value is dropped by `ManuallyDrop::drop` only.
      if (def.isPrelude && (def.name === 'ManuallyDrop' || def.name === 'MaybeUninit')) return;
      const variant = def.kind === 'struct' ? 0 : (readAt(mem, path)[0] as number);
      const base = def.kind === 'struct' ? 0 : 1;
      const tys = m.fieldTys(def, variant, ty.args);
      const fields = def.variants[variant]?.fields ?? [];
      // Its `Drop::drop` first, then its fields (still dropped when `drop` panicked).
      const custom = def.dropFn !== null ? 1 : 0;
      dropEach(m, custom + tys.length, (k) => {
        if (k < custom) {
          const inst = m.inst(m.program.fns[def.dropFn!], ty.args);
          m.invoke(inst, [new Ptr(mem, path, PtrKind.Mut, -1, -1, null, name)], m.curSpan, 'drop');
          return;
        }
        const i = k - custom;
        const ft = m.intern(tys[i]);
        if (m.needsDrop(ft)) m.dropPlace(mem, sub(path, base + i), ft, `${name}.${fields[i]?.name ?? i}`);
      });
      return;
    }
    case 'tuple':
      dropEach(m, ty.elems.length, (i) => {
        const t = m.intern(ty.elems[i]);
        if (m.needsDrop(t)) m.dropPlace(mem, sub(path, i), t, `${name}.${i}`);
      });
      return;
    case 'closure':
      dropEach(m, ty.captures.length, (i) => {
        const t = m.intern(ty.captures[i]);
        if (m.needsDrop(t)) m.dropPlace(mem, sub(path, i), t, `${name}.${i}`);
      });
      return;
    case 'array': {
      const t = m.intern(ty.elem);
      dropEach(m, fixedLen(ty), (i) => m.dropPlace(mem, sub(path, i), t, `${name}[${i}]`));
      return;
    }
    // A `Box<[T]>`'s elements: as many as its buffer holds.
    case 'slice': {
      const t = m.intern(ty.elem);
      const n = Array.isArray(v) ? v.length : 0;
      dropEach(m, n, (i) => m.dropPlace(mem, sub(path, i), t, `${name}[${i}]`));
      return;
    }
    case 'builtin':
      return dropBuiltin(m, mem, path, ty, name, v);
    default:
      return;
  }
}

function dropBuiltin(m: Machine, mem: Mem, path: readonly number[], ty: Extract<Ty, { k: 'builtin' }>, name: string, v: Value): void {
  const a0 = ty.name === 'String' || ty.name === 'Iter' || isGuard(ty.name) || isCounted(ty.name) || ty.name === 'Weak' ? ty : ty.args[0] ? m.intern(ty.args[0]) : ty;
  switch (ty.name) {
    case 'String': {
      const buf = v[0] as Mem | null;
      if (buf) m.free(buf);
      return;
    }
    case 'BinaryHeap':
    case 'VecDeque':
    case 'Vec': {
      const buf = v[0] as Mem | null;
      if (!buf) return;
      // The buffer is freed even when an element's drop panics.
      dropEach(m, 2, (k) => {
        if (k === 1) m.free(buf);
        else if (m.needsDrop(a0)) dropEach(m, v[2] as number, (i) => m.dropPlace(buf, [i], a0, `${name}[${i}]`));
      });
      return;
    }
    case 'HashMap':
    case 'HashSet':
    case 'BTreeMap':
    case 'BTreeSet':
      return dropTable(m, ty, v as Value[], name);
    case 'Entry':
      // An entry never used: its key goes with it.
      return dropItem(m, a0, (v as Value[])[1]);
    case 'Box': {
      const p = v as Ptr;
      // An empty `Box<[T]>` points at no allocation.
      if (p.mem === m.dangling) return;
      const inner = p.dyn ?? a0;
      dropEach(m, 2, (k) => {
        if (k === 1) m.free(p.mem);
        else if (m.needsDrop(inner)) m.dropPlace(p.mem, p.path, inner, `*${name}`);
      });
      return;
    }
    case 'Rc':
    case 'Arc': {
      const p = v as Ptr;
      const rc = p.mem.v as Value[];
      rc[0] = (rc[0] as number) - 1;
      if (rc[0] === 0) {
        m.touch(p.mem, [0], `${name}.strong`);
        m.dropPlace(p.mem, [2], p.dyn ?? (ty.args[0] ? m.intern(ty.args[0]) : ty), `*${name}`);
        rc[1] = (rc[1] as number) - 1;
        if (rc[1] === 0) m.free(p.mem);
        else m.touch(p.mem, [1], `${name}.weak`);
      } else {
        m.touch(p.mem, [0], `${name}.strong`);
      }
      return;
    }
    case 'Weak': {
      const p = v as Ptr;
      if (!(p instanceof Ptr) || !p.mem.live) return;
      const rc = p.mem.v as Value[];
      rc[1] = (rc[1] as number) - 1;
      if (rc[1] === 0 && rc[0] === 0) m.free(p.mem);
      else m.touch(p.mem, [1], `${name}.weak`);
      return;
    }
    case 'Option':
      if (v[0] === 1) m.dropPlace(mem, sub(path, 1), a0, `${name}.0`);
      return;
    case 'Result': {
      const t = v[0] === 0 ? a0 : m.intern(ty.args[1]);
      m.dropPlace(mem, sub(path, 1), t, `${name}.0`);
      return;
    }
    case 'RefCell':
    case 'Mutex':
    case 'RwLock':
      m.dropPlace(mem, sub(path, 1), a0, `${name}.${ty.name === 'RefCell' ? 'value' : 'data'}`);
      return;
    case 'JoinHandle':
      return dropJoinHandle(m, v as Value[], a0, name);
    case 'Sender':
    case 'SyncSender':
      return dropSender(m, v as Ptr, a0, name);
    case 'Receiver':
      return dropReceiver(m, v as Ptr, a0, name);
    case 'Cell':
      dropGlue(m, mem, path, a0, name, v);
      return;
    case 'Ref':
    case 'RefMut':
    case 'MutexGuard':
    case 'RwLockReadGuard':
    case 'RwLockWriteGuard': {
      // Releases the borrow or the lock: one reader fewer, or free again.
      const cell = v[1] as Ptr;
      const flagPath = sub(cell.path, 0);
      const flag = readAt(cell.mem, flagPath) as number;
      cell.mem.v === undefined || writeFlag(cell.mem, flagPath, isSharedGuard(ty.name) ? flag - 1 : 0);
      // A lock released while its thread unwinds from a panic is poisoned (its third slot; see threads.ts).
      if (m.panicking && (ty.name === 'MutexGuard' || ty.name === 'RwLockWriteGuard') && cell.mem.v !== undefined) writeFlag(cell.mem, sub(cell.path, 2), 1);
      m.touch(cell.mem, flagPath, `${cell.name || 'cell'}.borrow`);
      // Threads waiting for the lock go on (not while this one unwinds: they would run as if panicking).
      if (ty.name !== 'Ref' && ty.name !== 'RefMut' && !m.panicking && cell.mem.v !== undefined) lockReleased(m, cell.mem, cell.path);
      return;
    }
    case 'Iter':
      if (v instanceof IterVal) v.drop(m);
      return;
    default:
      return;
  }
}

function writeFlag(mem: Mem, path: number[], value: number): boolean {
  let cur = mem.v;
  for (let i = 0; i < path.length - 1; i++) cur = cur[path[i]];
  cur[path[path.length - 1]] = value;
  return true;
}

// ------------------------------------------------------------ comparisons

/** Looks through references / boxes: the comparable type and value. */
function deref(m: Machine, ty: Ty, v: Value): { ty: Ty; v: Value } {
  for (let i = 0; i < 16; i++) {
    if ((ty.k === 'ref' || (ty.k === 'builtin' && (ty.name === 'Box' || isCounted(ty.name)))) && v instanceof Ptr) {
      const inner = m.derefTy(ty);
      // A fat pointer read through the other side's type (`&String == &str`, `&Vec<T> == &[T]`) is
      // already what it points at: its text or its elements, not the whole buffer under it.
      const loc = m.derefValue(ty, v);
      // An `Rc<str>`'s text sits after its counts: the pointer to compare is the one to the text.
      if (inner.k === 'str' || inner.k === 'slice' || v.len >= 0) return { ty: inner, v: ty.k === 'builtin' && isCounted(ty.name) ? new Ptr(loc.mem, loc.path, PtrKind.Ref, loc.off, loc.len) : v };
      v = readAt(loc.mem, loc.path);
      ty = inner;
      continue;
    }
    break;
  }
  return { ty, v };
}

/** The text of a String header or of a `&str` (or of a reference to a String). */
function textAny(v: Value): string {
  // `&String == &str` reads both through the left's type: the right is then the str's text itself.
  if (typeof v === 'string') return v;
  if (isCowValue(v)) return textAny(v[1]); // `"x" == cow`: what the Cow holds
  if (!(v instanceof Ptr)) return stringText(v);
  // A `&str` is a fat pointer (it has a length); a thin one points at a String's header.
  if (v.len < 0) {
    const target = readAt(v.mem, v.path);
    if (Array.isArray(target)) return stringText(target);
  }
  return strOf(v);
}

function sliceItems(v: Value): Value[] {
  const p = v as Ptr;
  const whole = readAt(p.mem, p.path) as Value[];
  const off = Math.max(p.off, 0);
  return whole.slice(off, off + (p.len >= 0 ? p.len : whole.length));
}

/** A `Cow`'s value, [0, &B] or [1, O], beside what it compares with (a String header has three fields). */
function isCowValue(v: Value): v is Value[] {
  return Array.isArray(v) && v.length === 2 && (v[0] === 0 || v[0] === 1);
}

/** std's `PartialEq` of `Cow`: by what it derefs to, whichever variant each side is (and with a &str, a String, a slice). */
function cowCmp(m: Machine, ty: Extract<Ty, { k: 'adt' }>, a: Value, b: Value, eqOnly: boolean): number | null {
  const inner = m.intern(ty.args[0]);
  if (inner.k === 'str') return strCmp(textAny(a), textAny(b));
  if (inner.k === 'slice') {
    const items = (x: Value): Value[] => (isCowValue(x) ? (x[0] === 0 ? sliceItems(x[1]) : vecElems(x[1])) : x instanceof Ptr ? sliceItems(x) : vecElems(x));
    return listCmp(m, m.intern(inner.elem), items(a), items(b), eqOnly);
  }
  const value = (x: Value[]): Value => (x[0] === 0 ? readAt((x[1] as Ptr).mem, (x[1] as Ptr).path) : x[1]);
  return valueCmp(m, inner, value(a), value(b), eqOnly);
}

export function valueEq(m: Machine, ty0: Ty, a0: Value, b0: Value): boolean {
  return valueCmp(m, ty0, a0, b0, true) === 0;
}

/** Three-way comparison; `eqOnly` skips ordering work. Null when unordered (NaN). */
export function valueCmp(m: Machine, ty0: Ty, a0: Value, b0: Value, eqOnly = false): number | null {
  const A = deref(m, ty0, a0);
  const B = deref(m, ty0, b0);
  const ty = A.ty;
  const a = A.v;
  const b = B.v;
  switch (ty.k) {
    case 'int':
      return I.compareInt(a, b);
    case 'float':
      if (Number.isNaN(a) || Number.isNaN(b)) return eqOnly ? 1 : null;
      return a < b ? -1 : a > b ? 1 : 0;
    case 'bool':
      return (a ? 1 : 0) - (b ? 1 : 0);
    case 'char':
      return a < b ? -1 : a > b ? 1 : 0;
    case 'str':
      return strCmp(textAny(a), textAny(b));
    case 'slice':
      return listCmp(m, m.intern(ty.elem), sliceItems(a), sliceItems(b), eqOnly);
    case 'tuple':
      return listCmpTys(m, ty.elems.map((e) => m.intern(e)), a, b, eqOnly);
    case 'array':
      return listCmp(m, m.intern(ty.elem), a, b, eqOnly);
    case 'adt': {
      const user = m.userImpl(eqOnly ? 'PartialEq' : 'PartialOrd', eqOnly ? 'eq' : 'partial_cmp', ty, m.intern({ k: 'ref', mut: false, inner: ty, region: ANON }));
      if (user && user.kind === 'user') {
        const r = m.invoke(user.inst, [new Ptr(m.tempMem(ty, a), EMPTY_PATH, PtrKind.Ref), new Ptr(m.tempMem(ty, b), EMPTY_PATH, PtrKind.Ref)], m.curSpan);
        if (eqOnly) return r ? 0 : 1;
        if (Array.isArray(r) && r[0] === 1) return orderingValue(r[1]);
        return null;
      }
      const def = m.adt(ty.adt);
      if (def.isPrelude && def.name === 'Cow') return cowCmp(m, ty, a, b, eqOnly);
      // std::cmp::Reverse (the prelude's, not a program's own): the other way round.
      if (def.name === 'Reverse' && def.isPrelude) {
        const r = listCmpTys(m, m.fieldTys(def, 0, ty.args).map((t) => m.intern(t)), a, b, eqOnly);
        return r === null || eqOnly ? r : -r;
      }
      if (def.kind === 'struct') return listCmpTys(m, m.fieldTys(def, 0, ty.args).map((t) => m.intern(t)), a, b, eqOnly);
      if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
      return listCmpTys(m, m.fieldTys(def, a[0], ty.args).map((t) => m.intern(t)), a.slice(1), b.slice(1), eqOnly);
    }
    case 'builtin':
      switch (ty.name) {
        case 'String':
          // `s == "x"`, `"x" == s`: a String compares with a &str by its text.
          return strCmp(textAny(a), textAny(b));
        case 'VecDeque':
        case 'Vec':
          return listCmp(m, m.intern(ty.args[0]), vecElems(a), vecElems(b), eqOnly);
        case 'HashMap':
        case 'HashSet':
          // Hash maps and sets have `==` (whatever their order) but no ordering.
          if (!eqOnly) return null;
          return tablesEqual(m, ty, a, b, (t, x, y) => valueCmp(m, t, x, y, true) === 0) ? 0 : 1;
        case 'BTreeMap':
        case 'BTreeSet': {
          // Ordered ones compare as the sequences of their entries.
          const et = ty.name === 'BTreeMap' ? m.intern({ k: 'tuple', elems: ty.args }) : m.intern(ty.args[0]);
          return listCmp(m, et, tableEntries(a) as Value[], tableEntries(b) as Value[], eqOnly);
        }
        case 'Option':
        case 'Result': {
          if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
          if (ty.name === 'Option' && a[0] === 0) return 0;
          const t = m.intern(ty.name === 'Option' ? ty.args[0] : ty.args[a[0]]);
          return valueCmp(m, t, a[1], b[1], eqOnly);
        }
        case 'RefCell':
          return valueCmp(m, m.intern(ty.args[0]), a[1], b[1], eqOnly);
        case 'Cell':
          return valueCmp(m, m.intern(ty.args[0]), a, b, eqOnly);
        case 'Range':
        case 'RangeInclusive':
          return listCmp(m, m.intern(ty.args[0]), a.slice(0, 2), b.slice(0, 2), eqOnly);
        default:
          return a === b ? 0 : 1;
      }
    default:
      return a === b ? 0 : 1;
  }
}

/** A user `Ordering` enum value (Less, Equal, Greater as variants 0..2) to -1/0/1. */
function orderingValue(v: Value): number {
  const idx = Array.isArray(v) ? (v[0] as number) : Number(v);
  return idx - 1;
}

function strCmp(a: string, b: string): number {
  if (a === b) return 0;
  // Byte order of UTF-8 equals code point order.
  const ca = [...a];
  const cb = [...b];
  const n = Math.min(ca.length, cb.length);
  for (let i = 0; i < n; i++) {
    if (ca[i] !== cb[i]) return ca[i].codePointAt(0)! < cb[i].codePointAt(0)! ? -1 : 1;
  }
  return ca.length - cb.length < 0 ? -1 : ca.length === cb.length ? 0 : 1;
}

function listCmp(m: Machine, t: Ty, a: Value[], b: Value[], eqOnly: boolean): number | null {
  if (eqOnly && a.length !== b.length) return 1;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const c = valueCmp(m, t, a[i], b[i], eqOnly);
    if (c !== 0) return c;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

function listCmpTys(m: Machine, tys: Ty[], a: Value[], b: Value[], eqOnly: boolean): number | null {
  for (let i = 0; i < tys.length; i++) {
    if (a[i] === MOVED || b[i] === MOVED) continue;
    const c = valueCmp(m, tys[i], a[i], b[i], eqOnly);
    if (c !== 0) return c;
  }
  return 0;
}

/** `String + &str`: appends to the left operand's buffer (which it owns) and returns it. */
export function concatString(m: Machine, a: Value, b: Value): Value {
  const h = a as Value[];
  pushStr(m, h, detached(h), b instanceof Ptr ? strOf(b) : Array.isArray(b) ? stringText(b) : String(b));
  return h;
}

export const HOOKS: MachineHooks = {
  dropGlue,
  valueEq,
  valueCmp: (m, ty, a, b) => valueCmp(m, ty, a, b, false),
  concatString,
};
