// Iterators: every std iterator is an `IterVal` (the `Iter<T>` type of the
// type checker); adapters wrap an inner iterator and call closures through
// the machine. `size_hint` and `trustedLen` follow std so that `collect`
// allocates exactly the capacity std would.

import type { Ty } from '../types/ty.js';
import type { Machine } from './machine.js';
import { EMPTY_PATH } from './machine.js';
import { MOVED, Mem, Ptr, PtrKind, Region, readAt, type Value } from './values.js';
import * as I from './ints.js';
import { utf8CharLen, utf8Len } from './fmtnum.js';

export const DONE: unique symbol = Symbol('done');
export type Next = Value | typeof DONE;

export abstract class IterVal {
  /** std's `size_hint`: [lower, upper or null]. */
  abstract sizeHint(): [number, number | null];
  abstract next(m: Machine): Next;
  nextBack(m: Machine): Next {
    void m;
    throw new Error('this iterator cannot be reversed');
  }
  /** std's `nth`: `n` items passed over (and dropped: their type is `itemTy`), then the next one. */
  nth(m: Machine, n: number, itemTy: Ty): Next {
    for (let i = 0; i < n; i++) {
      const x = this.next(m);
      if (x === DONE) return DONE;
      dropItem(m, itemTy, x);
    }
    return this.next(m);
  }
  /** Whether std implements TrustedLen (collect then allocates exactly). */
  trustedLen(): boolean {
    return false;
  }
  /** Owning iterators free what they still hold. */
  drop(m: Machine): void {
    void m;
  }
}

/** `slice.iter()` / `iter_mut()`: pointers to the elements of an array container. */
export class SliceIter extends IterVal {
  constructor(
    readonly mem: Mem,
    readonly path: readonly number[],
    public front: number,
    public back: number,
    readonly mut: boolean,
    readonly name: string,
  ) {
    super();
  }
  override sizeHint(): [number, number] {
    return [this.back - this.front, this.back - this.front];
  }
  override trustedLen(): boolean {
    return true;
  }
  private at(i: number): Ptr {
    const p = this.path.length === 0 ? [i] : [...this.path, i];
    return new Ptr(this.mem, p, this.mut ? PtrKind.Mut : PtrKind.Ref, -1, -1, null, this.name ? `${this.name}[${i}]` : '');
  }
  override next(): Next {
    if (this.front >= this.back) return DONE;
    return this.at(this.front++);
  }
  override nextBack(): Next {
    if (this.front >= this.back) return DONE;
    return this.at(--this.back);
  }
}

/** `vec.into_iter()`: moves elements out of the buffer, frees it when dropped. */
export class VecIntoIter extends IterVal {
  constructor(
    readonly buf: Mem | null,
    public front: number,
    public back: number,
    readonly elemTy: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number] {
    return [this.back - this.front, this.back - this.front];
  }
  override trustedLen(): boolean {
    return true;
  }
  private take(i: number): Value {
    const arr = this.buf!.v as Value[];
    const v = arr[i];
    arr[i] = MOVED;
    return v;
  }
  override next(): Next {
    if (this.front >= this.back) return DONE;
    return this.take(this.front++);
  }
  override nextBack(): Next {
    if (this.front >= this.back) return DONE;
    return this.take(--this.back);
  }
  override drop(m: Machine): void {
    if (!this.buf) return;
    if (m.needsDrop(this.elemTy)) {
      for (let i = this.front; i < this.back; i++) m.dropPlace(this.buf, [i], this.elemTy, `[${i}]`);
    }
    this.front = this.back;
    m.free(this.buf);
  }
}

/** Values already computed (array into_iter, drain, Option::iter, split results). */
export class ListIter extends IterVal {
  constructor(
    readonly items: Value[],
    public front = 0,
    public back = items.length,
    readonly elemTy: Ty | null = null,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [this.back - this.front, this.back - this.front];
  }
  override trustedLen(): boolean {
    return true;
  }
  override next(): Next {
    return this.front < this.back ? this.items[this.front++] : DONE;
  }
  override nextBack(): Next {
    return this.front < this.back ? this.items[--this.back] : DONE;
  }
  override drop(m: Machine): void {
    if (!this.elemTy || !m.needsDrop(this.elemTy)) return;
    for (let i = this.front; i < this.back; i++) {
      const cell = m.tempMem(this.elemTy, this.items[i]);
      m.dropPlace(cell, EMPTY_PATH, this.elemTy, '_');
    }
    this.front = this.back;
  }
}

/**
 * The pieces of a string pattern search (split, lines, matches...), found at once: std's iterators
 * find them one by one, so their size hint says nothing (0, None), and `collect` grows its Vec as std's does.
 */
export class PiecesIter extends ListIter {
  override sizeHint(): [number, number | null] {
    return [0, null];
  }
  override trustedLen(): boolean {
    return false;
  }
}

/** Ranges of integers (or chars) as iterators. */
export class RangeIter extends IterVal {
  constructor(
    public cur: Value,
    public end: Value,
    readonly inclusive: boolean,
    readonly ty: Ty,
    public exhausted = false,
  ) {
    super();
  }
  /** `a..`: no end (open bounds are null). */
  private get unbounded(): boolean {
    return this.end === null;
  }
  private remaining(): number {
    if (this.exhausted) return 0;
    if (this.unbounded) return Number.MAX_SAFE_INTEGER;
    const d = typeof this.cur === 'number' && typeof this.end === 'number' ? this.end - this.cur : Number(I.big(this.end) - I.big(this.cur));
    return Math.max(0, this.inclusive ? d + 1 : d);
  }
  override sizeHint(): [number, number | null] {
    const n = this.remaining();
    return [n, this.unbounded ? null : n];
  }
  override trustedLen(): boolean {
    return !this.unbounded;
  }
  override next(): Next {
    const cur = this.cur;
    if (this.unbounded) {
      this.cur = typeof cur === 'number' && cur < Number.MAX_SAFE_INTEGER ? cur + 1 : I.norm(I.big(cur) + 1n);
      return cur;
    }
    if (typeof cur === 'number' && typeof this.end === 'number' && !this.inclusive) {
      if (cur >= this.end) return DONE;
      this.cur = cur < Number.MAX_SAFE_INTEGER ? cur + 1 : I.norm(BigInt(cur) + 1n);
      return cur;
    }
    if (this.remaining() <= 0) return DONE;
    if (this.inclusive && I.compareInt(cur, this.end) === 0) this.exhausted = true;
    else this.cur = I.norm(I.big(cur) + 1n);
    return cur;
  }
  override nextBack(): Next {
    if (this.remaining() <= 0) return DONE;
    if (this.inclusive) {
      const v = this.end;
      if (I.compareInt(this.cur, this.end) === 0) this.exhausted = true;
      else this.end = I.norm(I.big(this.end) - 1n);
      return v;
    }
    this.end = I.norm(I.big(this.end) - 1n);
    return this.end;
  }
}

/** `str.chars()`, `char_indices()`, `bytes()`. */
export class CharsIter extends IterVal {
  private readonly cps: number[];
  private readonly offsets: number[];
  private front = 0;
  private back: number;
  constructor(
    text: string,
    readonly mode: 'chars' | 'indices' | 'bytes',
    /** The string it reads (for `as_str`): its cell, path and first byte. */
    readonly src: { readonly mem: Mem; readonly path: readonly number[]; readonly off: number } | null = null,
  ) {
    super();
    this.cps = [];
    this.offsets = [];
    if (mode === 'bytes') {
      for (const b of new TextEncoder().encode(text)) this.cps.push(b);
    } else {
      let off = 0;
      for (const ch of text) {
        const cp = ch.codePointAt(0)!;
        this.cps.push(cp);
        this.offsets.push(off);
        off += utf8CharLen(cp);
      }
    }
    this.back = this.cps.length;
    this.bytes = utf8Len(text);
  }
  private readonly bytes: number;
  override sizeHint(): [number, number | null] {
    if (this.mode === 'bytes') return [this.back - this.front, this.back - this.front];
    // std's: a char is 1 to 4 of the bytes left.
    const [a, b] = this.rest();
    return [Math.ceil((b - a) / 4), b - a];
  }
  override trustedLen(): boolean {
    return this.mode === 'bytes';
  }
  private item(i: number): Value {
    return this.mode === 'indices' ? [this.offsets[i], this.cps[i]] : this.cps[i];
  }
  override next(): Next {
    return this.front < this.back ? this.item(this.front++) : DONE;
  }
  override nextBack(): Next {
    return this.front < this.back ? this.item(--this.back) : DONE;
  }
  /** The bytes not read yet: [first, end). */
  rest(): [number, number] {
    const at = (i: number) => (i < this.offsets.length ? this.offsets[i] : this.bytes);
    return [at(this.front), at(this.back)];
  }
}

/** A closure (or fn) kept in a hidden cell, so FnMut state persists across calls. */
export class Callable {
  private readonly mem: Mem;
  private readonly refTy: Ty;
  constructor(
    m: Machine,
    readonly ty: Ty,
    value: Value,
  ) {
    this.mem = new Mem(Region.Stack, ty, null);
    this.mem.v = value;
    this.refTy = m.intern({ k: 'ref', mut: true, inner: ty, region: { k: 'anon' } });
  }
  call(m: Machine, args: Value[]): Value {
    return m.callValue(this.refTy, new Ptr(this.mem, EMPTY_PATH, PtrKind.Mut), args);
  }
  /** Calls it with `&x` (filter, find, take_while, max_by_key...): `x` in a hidden cell of type `ty`. */
  callOnRef(m: Machine, ty: Ty, x: Value): Value {
    return this.call(m, [new Ptr(m.tempMem(ty, x), EMPTY_PATH, PtrKind.Ref)]);
  }
  drop(m: Machine): void {
    if (m.needsDrop(this.ty) && this.mem.v !== undefined) m.dropPlace(this.mem, EMPTY_PATH, this.ty, '_');
    this.mem.v = undefined;
  }
}

abstract class Adapter extends IterVal {
  constructor(readonly inner: IterVal) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return this.inner.sizeHint();
  }
  override trustedLen(): boolean {
    return this.inner.trustedLen();
  }
  override drop(m: Machine): void {
    this.inner.drop(m);
  }
}

export class MapIter extends Adapter {
  constructor(
    inner: IterVal,
    readonly f: Callable,
  ) {
    super(inner);
  }
  override next(m: Machine): Next {
    const x = this.inner.next(m);
    return x === DONE ? DONE : this.f.call(m, [x]);
  }
  override nextBack(m: Machine): Next {
    const x = this.inner.nextBack(m);
    return x === DONE ? DONE : this.f.call(m, [x]);
  }
  override drop(m: Machine): void {
    this.inner.drop(m);
    this.f.drop(m);
  }
}

/** `peekable()`: an iterator that can hold the next item back (`peek` looks at it, `next` hands it out). */
export class PeekIter extends Adapter {
  /** The item `peek` took out of the inner iterator (DONE when it found the end), or null. */
  peeked: Next | null = null;
  /** Where a peeked item lives while `peek`'s reference to it is in use. */
  cell: Mem | null = null;
  override next(m: Machine): Next {
    if (this.peeked !== null) {
      const x = this.peeked;
      this.peeked = null;
      this.cell = null;
      return x;
    }
    return this.inner.next(m);
  }
  peek(m: Machine): Next {
    if (this.peeked === null) this.peeked = this.inner.next(m);
    return this.peeked;
  }
  override sizeHint(): [number, number | null] {
    const [lo, hi] = this.inner.sizeHint();
    const extra = this.peeked !== null && this.peeked !== DONE ? 1 : 0;
    return [lo + extra, hi === null ? null : hi + extra];
  }
}

/**
 * `flat_map(f)` and `flatten()`: each item (through `f`) becomes an iterator whose items come out in
 * turn. `toIter` makes that iterator of a value (a Vec, an Option, a range, another iterator).
 */
export class FlattenIter extends Adapter {
  private front: IterVal | null = null;
  constructor(
    inner: IterVal,
    readonly f: Callable | null,
    readonly toIter: (m: Machine, v: Value) => IterVal,
  ) {
    super(inner);
  }
  override sizeHint(): [number, number | null] {
    return [0, null];
  }
  override trustedLen(): boolean {
    return false;
  }
  override next(m: Machine): Next {
    for (;;) {
      if (this.front) {
        const x = this.front.next(m);
        if (x !== DONE) return x;
        this.front.drop(m);
        this.front = null;
      }
      const outer = this.inner.next(m);
      if (outer === DONE) return DONE;
      this.front = this.toIter(m, this.f ? this.f.call(m, [outer]) : outer);
    }
  }
  override drop(m: Machine): void {
    this.front?.drop(m);
    this.inner.drop(m);
    this.f?.drop(m);
  }
}

/**
 * An adapter with a closure that may skip items (`filter`, `filter_map`, `take_while`): as in std,
 * its lower size bound is 0 and it is not TrustedLen, and dropping it drops the closure too.
 */
abstract class SkippingAdapter extends Adapter {
  constructor(
    inner: IterVal,
    readonly f: Callable,
  ) {
    super(inner);
  }
  override sizeHint(): [number, number | null] {
    return [0, this.inner.sizeHint()[1]];
  }
  override trustedLen(): boolean {
    return false;
  }
  override drop(m: Machine): void {
    this.inner.drop(m);
    this.f.drop(m);
  }
}

/** `filter_map`: the closure's `Some(x)` are the items, its `None` are skipped. */
export class FilterMapIter extends SkippingAdapter {
  override next(m: Machine): Next {
    for (;;) {
      const x = this.inner.next(m);
      if (x === DONE) return DONE;
      const o = this.f.call(m, [x]) as Value[];
      if (o[0] === 1) return o[1];
    }
  }
}

/** `map_while`: the closure's `Some(x)` are the items, up to its first `None` (std's MapWhile is not fused either). */
export class MapWhileIter extends SkippingAdapter {
  override next(m: Machine): Next {
    const x = this.inner.next(m);
    if (x === DONE) return DONE;
    const o = this.f.call(m, [x]) as Value[];
    return o[0] === 1 ? o[1] : DONE;
  }
}

/** `filter`: the predicate gets `&item`. */
export class FilterIter extends SkippingAdapter {
  constructor(
    inner: IterVal,
    f: Callable,
    readonly itemTy: Ty,
  ) {
    super(inner, f);
  }
  private test(m: Machine, x: Value): boolean {
    return !!this.f.callOnRef(m, this.itemTy, x);
  }
  override next(m: Machine): Next {
    for (;;) {
      const x = this.inner.next(m);
      if (x === DONE) return DONE;
      if (this.test(m, x)) return x;
      dropItem(m, this.itemTy, x);
    }
  }
  override nextBack(m: Machine): Next {
    for (;;) {
      const x = this.inner.nextBack(m);
      if (x === DONE) return DONE;
      if (this.test(m, x)) return x;
      dropItem(m, this.itemTy, x);
    }
  }
}

/** `inspect`: each item is lent to the closure, then passed on unchanged. */
export class InspectIter extends Adapter {
  constructor(
    inner: IterVal,
    readonly f: Callable,
    readonly itemTy: Ty,
  ) {
    super(inner);
  }
  override next(m: Machine): Next {
    const x = this.inner.next(m);
    if (x !== DONE) this.f.callOnRef(m, this.itemTy, x);
    return x;
  }
  override nextBack(m: Machine): Next {
    const x = this.inner.nextBack(m);
    if (x !== DONE) this.f.callOnRef(m, this.itemTy, x);
    return x;
  }
  override drop(m: Machine): void {
    this.inner.drop(m);
    this.f.drop(m);
  }
}

export function dropItem(m: Machine, ty: Ty, v: Value): void {
  if (!m.needsDrop(ty)) return;
  const cell = m.tempMem(ty, v);
  m.dropPlace(cell, EMPTY_PATH, ty, '_');
}

export class EnumerateIter extends Adapter {
  private count = 0;
  override next(m: Machine): Next {
    const x = this.inner.next(m);
    return x === DONE ? DONE : [this.count++, x];
  }
  override nextBack(m: Machine): Next {
    const [n] = this.inner.sizeHint();
    const x = this.inner.nextBack(m);
    return x === DONE ? DONE : [this.count + n - 1, x];
  }
}

export class RevIter extends Adapter {
  override next(m: Machine): Next {
    return this.inner.nextBack(m);
  }
  override nextBack(m: Machine): Next {
    return this.inner.next(m);
  }
}

export class SkipIter extends Adapter {
  constructor(
    inner: IterVal,
    private n: number,
    private readonly itemTy: Ty,
  ) {
    super(inner);
  }
  override sizeHint(): [number, number | null] {
    const [lo, hi] = this.inner.sizeHint();
    return [Math.max(0, lo - this.n), hi === null ? null : Math.max(0, hi - this.n)];
  }
  override trustedLen(): boolean {
    return false;
  }
  /** std's: the first call passes over the `n` items with the inner iterator's `nth`. */
  override next(m: Machine): Next {
    if (this.n === 0) return this.inner.next(m);
    const n = this.n;
    this.n = 0;
    return this.inner.nth(m, n, this.itemTy);
  }
  /** std's, for an inner iterator of known length: the back, while more than the skipped part is left. */
  override nextBack(m: Machine): Next {
    return this.inner.sizeHint()[0] > this.n ? this.inner.nextBack(m) : DONE;
  }
}

export class TakeIter extends Adapter {
  constructor(
    inner: IterVal,
    private n: number,
  ) {
    super(inner);
  }
  override sizeHint(): [number, number | null] {
    const [lo, hi] = this.inner.sizeHint();
    return [Math.min(lo, this.n), hi === null ? this.n : Math.min(hi, this.n)];
  }
  override next(m: Machine): Next {
    if (this.n <= 0) return DONE;
    this.n--;
    return this.inner.next(m);
  }
  /** std's `nth_back(len - n)`: the last of the first n items, passing over those after them. */
  override nextBack(m: Machine): Next {
    if (this.n <= 0) return DONE;
    let skip = Math.max(0, this.inner.sizeHint()[0] - this.n);
    this.n--;
    while (skip-- > 0) if (this.inner.nextBack(m) === DONE) return DONE;
    return this.inner.nextBack(m);
  }
}

/** `take_while` / `skip_while`: the predicate gets `&item`; take_while stops at the first miss, skip_while skips until it. */
export class WhileIter extends SkippingAdapter {
  private done = false;
  constructor(
    inner: IterVal,
    f: Callable,
    readonly itemTy: Ty,
    readonly take: boolean,
  ) {
    super(inner, f);
  }
  override next(m: Machine): Next {
    if (this.take && this.done) return DONE;
    for (;;) {
      const x = this.inner.next(m);
      if (x === DONE) return DONE;
      if (!this.take && this.done) return x;
      const hit = !!this.f.callOnRef(m, this.itemTy, x);
      if (this.take) {
        if (hit) return x;
        this.done = true;
        dropItem(m, this.itemTy, x);
        return DONE;
      }
      if (!hit) {
        this.done = true;
        return x;
      }
      dropItem(m, this.itemTy, x);
    }
  }
}

export class StepByIter extends Adapter {
  private first = true;
  constructor(
    inner: IterVal,
    private readonly step: number,
    private readonly itemTy: Ty,
  ) {
    super(inner);
  }
  override sizeHint(): [number, number | null] {
    const [lo, hi] = this.inner.sizeHint();
    const f = (n: number) => (this.first ? (n === 0 ? 0 : 1 + Math.floor((n - 1) / this.step)) : Math.floor(n / this.step));
    return [f(lo), hi === null ? null : f(hi)];
  }
  /** std's: the first item, then each `nth(step - 1)`. */
  override next(m: Machine): Next {
    const n = this.first ? 0 : this.step - 1;
    this.first = false;
    return this.inner.nth(m, n, this.itemTy);
  }
}

export class ZipIter extends IterVal {
  constructor(
    readonly a: IterVal,
    readonly b: IterVal,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    const [al, ah] = this.a.sizeHint();
    const [bl, bh] = this.b.sizeHint();
    return [Math.min(al, bl), ah === null ? bh : bh === null ? ah : Math.min(ah, bh)];
  }
  override trustedLen(): boolean {
    return this.a.trustedLen() && this.b.trustedLen();
  }
  override next(m: Machine): Next {
    const x = this.a.next(m);
    if (x === DONE) return DONE;
    const y = this.b.next(m);
    if (y === DONE) return DONE;
    return [x, y];
  }
  override drop(m: Machine): void {
    this.a.drop(m);
    this.b.drop(m);
  }
}

export class ChainIter extends IterVal {
  constructor(
    readonly a: IterVal,
    readonly b: IterVal,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    const [al, ah] = this.a.sizeHint();
    const [bl, bh] = this.b.sizeHint();
    return [al + bl, ah === null || bh === null ? null : ah + bh];
  }
  override trustedLen(): boolean {
    return this.a.trustedLen() && this.b.trustedLen();
  }
  override next(m: Machine): Next {
    const x = this.a.next(m);
    return x === DONE ? this.b.next(m) : x;
  }
  override nextBack(m: Machine): Next {
    const x = this.b.nextBack(m);
    return x === DONE ? this.a.nextBack(m) : x;
  }
  override drop(m: Machine): void {
    this.a.drop(m);
    this.b.drop(m);
  }
}

/** `cloned()` / `copied()`: items are references; yields clones of the referents. */
export class ClonedIter extends Adapter {
  constructor(
    inner: IterVal,
    readonly elemTy: Ty,
    readonly clone: (m: Machine, ty: Ty, v: Value) => Value,
  ) {
    super(inner);
  }
  private get(m: Machine, x: Next): Next {
    if (x === DONE) return DONE;
    const p = x as Ptr;
    return this.clone(m, this.elemTy, readAt(p.mem, p.path));
  }
  override next(m: Machine): Next {
    return this.get(m, this.inner.next(m));
  }
  override nextBack(m: Machine): Next {
    return this.get(m, this.inner.nextBack(m));
  }
}

/** A user type implementing `Iterator`: calls its `next`. */
export class UserIter extends IterVal {
  private readonly mem: Mem | null;
  /** `&mut self` for the program's `next`: the iterator itself, or what a `&mut` to one points at. */
  private readonly self: Ptr;
  constructor(
    private readonly m: Machine,
    readonly ty: Ty,
    value: Value,
    /** Given for an iterator reached through `&mut` (`(&mut it).nth(1)`): it stays the caller's. */
    borrowed: Ptr | null = null,
  ) {
    super();
    if (borrowed) {
      this.mem = null;
      this.self = new Ptr(borrowed.mem, borrowed.path, PtrKind.Mut);
    } else {
      this.mem = new Mem(Region.Stack, ty, null);
      this.mem.v = value;
      this.self = new Ptr(this.mem, EMPTY_PATH, PtrKind.Mut);
    }
  }
  /** std's default `(0, None)`, unless the program wrote its own `size_hint` (std calls it where it would: `collect`'s capacity). */
  override sizeHint(): [number, number | null] {
    const target = this.m.userImpl('Iterator', 'size_hint', this.ty);
    if (!target || target.kind !== 'user') return [0, null];
    const self = new Ptr(this.self.mem, this.self.path, PtrKind.Ref);
    const [lo, hi] = this.m.invoke(target.inst, [self], this.m.curSpan) as [Value, Value[]];
    return [Number(lo), hi[0] === 1 ? Number(hi[1]) : null];
  }
  override next(m: Machine): Next {
    return this.call(m, 'Iterator', 'next');
  }
  /** The program's own `nth`, where it wrote one (std's adapters call it: `skip`, `step_by`). */
  override nth(m: Machine, n: number, itemTy: Ty): Next {
    const target = m.userImpl('Iterator', 'nth', this.ty);
    if (!target || target.kind !== 'user') return super.nth(m, n, itemTy);
    const r = m.invoke(target.inst, [this.self, n], m.curSpan) as Value[];
    return r[0] === 1 ? r[1] : DONE;
  }
  /** The program's `DoubleEndedIterator::next_back` (typeck lets only an iterator that has one be reversed). */
  override nextBack(m: Machine): Next {
    return this.call(m, 'DoubleEndedIterator', 'next_back');
  }
  private call(m: Machine, trait: string, method: string): Next {
    const target = m.userImpl(trait, method, this.ty);
    if (!target || target.kind !== 'user') throw new Error(`${m.tyStr(this.ty)} has no ${method}`);
    const r = m.invoke(target.inst, [this.self], m.curSpan) as Value[];
    return r[0] === 1 ? r[1] : DONE;
  }
  override drop(m: Machine): void {
    if (!this.mem) return;
    if (this.mem.v !== undefined && m.needsDrop(this.ty)) m.dropPlace(this.mem, EMPTY_PATH, this.ty, '_');
    this.mem.v = undefined;
  }
}
