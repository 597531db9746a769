// String and Vec operations with std's exact capacity policy and the
// events they cause: a header change is a `write` of one header field, an
// element push is a `write` of one element path, a growth is `heap_alloc`
// (first buffer) or `heap_realloc`.

import type { Ty } from '../types/ty.js';
import type { Machine } from './machine.js';
import { EMPTY_PATH } from './machine.js';
import { Mem, Ptr, Region, readAt, type Value } from './values.js';
import { byteSlice, utf8Len } from './fmtnum.js';

const STR: Ty = Object.freeze({ k: 'str' });

/** Where a String/Vec header lives, so its field changes can be shown. */
export interface HeaderRef {
  readonly mem: Mem;
  readonly path: readonly number[];
  readonly name: string;
}

/** A header not in memory yet (a fresh value being built): changes are not shown. */
export function detached(h: Value[]): HeaderRef {
  const mem = new Mem(Region.Stack, STR, null);
  mem.v = h;
  return { mem, path: EMPTY_PATH, name: '' };
}

export function headerAt(p: Ptr): { h: Value[]; ref: HeaderRef } {
  return { h: readAt(p.mem, p.path) as Value[], ref: { mem: p.mem, path: p.path, name: p.name } };
}

function touchField(m: Machine, ref: HeaderRef, field: number): void {
  if (!m.visible(ref.mem)) return;
  m.touch(ref.mem, [...ref.path, field], `${ref.name || 'self'}.${FIELD_NAMES[field]}`);
}
const FIELD_NAMES = ['ptr', 'cap', 'len'];

/** std's amortized growth: max(2 × cap, needed, MIN_NON_ZERO_CAP). */
export function grownCap(cap: number, needed: number, elemSize: number): number {
  const min = elemSize === 1 ? 8 : elemSize <= 1024 ? 4 : 1;
  return Math.max(cap * 2, needed, min);
}

export function stringText(h: Value[]): string {
  const buf = h[0] as Mem | null;
  return buf ? (buf.v as string) : '';
}

/** The text a `&str` points to. */
export function strOf(p: Value): string {
  if (!(p instanceof Ptr)) return '';
  const whole = readAt(p.mem, p.path);
  if (typeof whole !== 'string') return '';
  if (p.off <= 0 && (p.len < 0 || p.len === utf8Len(whole))) return whole;
  return byteSlice(whole, Math.max(p.off, 0), p.len);
}

/** A fresh String value with exactly `cap` bytes of capacity (no block when cap is 0). */
export function newString(m: Machine, text: string, cap: number = utf8Len(text)): Value[] {
  const len = utf8Len(text);
  const c = Math.max(cap, len);
  if (c === 0) return [null, 0, 0];
  const buf = m.alloc(STR, text, { cap: c });
  return [buf, c, len];
}

/** Makes room for `additional` more bytes/elements (`reserve`), growing like std. */
export function reserve(m: Machine, h: Value[], ref: HeaderRef, additional: number, elemTy: Ty | null, exact = false): void {
  const len = h[2] as number;
  const cap = h[1] as number;
  if (len + additional <= cap) return;
  const es = elemTy ? m.sizeOf(elemTy) : 1;
  const newCap = exact ? len + additional : grownCap(cap, len + additional, es);
  setCapacity(m, h, ref, newCap, elemTy);
}

export function setCapacity(m: Machine, h: Value[], ref: HeaderRef, newCap: number, elemTy: Ty | null): void {
  const buf = h[0] as Mem | null;
  if (buf) m.realloc(buf, newCap);
  else h[0] = m.alloc(elemTy ? m.intern({ k: 'slice', elem: elemTy }) : STR, elemTy ? [] : '', { cap: newCap });
  h[1] = newCap;
  if (!buf) touchField(m, ref, 0);
  else if (m.visible(ref.mem)) touchField(m, ref, 0);
  touchField(m, ref, 1);
}

export function pushStr(m: Machine, h: Value[], ref: HeaderRef, text: string): void {
  if (text.length === 0) return;
  const add = utf8Len(text);
  const len = h[2] as number;
  if (len + add > (h[1] as number)) {
    const newCap = grownCap(h[1] as number, len + add, 1);
    const buf = h[0] as Mem | null;
    if (buf) {
      buf.v = (buf.v as string) + text;
      m.realloc(buf, newCap);
      h[1] = newCap;
      touchField(m, ref, 0);
      touchField(m, ref, 1);
    } else {
      h[0] = m.alloc(STR, text, { cap: newCap });
      h[1] = newCap;
      touchField(m, ref, 0);
      touchField(m, ref, 1);
    }
  } else {
    const buf = h[0] as Mem;
    buf.v = (buf.v as string) + text;
    m.touch(buf, EMPTY_PATH, ref.name ? `*${ref.name}` : '*self');
  }
  h[2] = len + add;
  touchField(m, ref, 2);
}

/** Replaces a String's text in place (no capacity change unless it grows). */
export function setStringText(m: Machine, h: Value[], ref: HeaderRef, text: string): void {
  const len = utf8Len(text);
  if (len > (h[1] as number)) reserve(m, h, ref, len - (h[2] as number), null);
  const buf = h[0] as Mem | null;
  if (buf) {
    buf.v = text;
    m.touch(buf, EMPTY_PATH, ref.name ? `*${ref.name}` : '*self');
  }
  h[2] = len;
  touchField(m, ref, 2);
}

export function vecElems(h: Value[]): Value[] {
  const buf = h[0] as Mem | null;
  return buf ? (buf.v as Value[]) : [];
}

/** A fresh Vec with the given elements and capacity (no block when cap is 0). */
export function newVec(m: Machine, elemTy: Ty, elems: Value[], cap: number = elems.length): Value[] {
  const c = Math.max(cap, elems.length);
  // Zero-sized elements need no buffer, but the values are kept in one (as `push` does) to be read back.
  if (c === 0 || (m.sizeOf(elemTy) === 0 && elems.length === 0)) return [null, c === 0 ? 0 : c, elems.length];
  const buf = m.alloc(m.intern({ k: 'slice', elem: elemTy }), elems, { cap: c });
  return [buf, c, elems.length];
}

export function vecPush(m: Machine, h: Value[], ref: HeaderRef, elemTy: Ty, value: Value): void {
  const len = h[2] as number;
  if (len === h[1]) reserve(m, h, ref, 1, elemTy);
  // A zero-sized type's `with_capacity` made no buffer: the values still need one to be read back.
  else if (h[0] === null) setCapacity(m, h, ref, h[1] as number, elemTy);
  const buf = h[0] as Mem;
  (buf.v as Value[])[len] = value;
  h[2] = len + 1;
  m.touch(buf, [len], `${ref.name || 'self'}[${len}]`);
  touchField(m, ref, 2);
}

/** Sets len after elements were removed or rearranged; shows the whole buffer. */
export function vecChanged(m: Machine, h: Value[], ref: HeaderRef): void {
  const buf = h[0] as Mem | null;
  if (buf) {
    (buf.v as Value[]).length = h[2] as number;
    m.touch(buf, EMPTY_PATH, ref.name ? `*${ref.name}` : '*self');
  }
  touchField(m, ref, 2);
}
