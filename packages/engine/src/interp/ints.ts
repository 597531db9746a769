// Integer arithmetic with Rust's semantics for every integer type.
// Values are canonical: a JS number when the value is a safe integer, else a
// bigint. Fast paths stay in numbers; anything that might leave the safe
// range is redone exactly with bigints.

import type { IntTy } from '../types/ty.js';
import { intBits, isSigned } from '../types/ty.js';

export type IntVal = number | bigint;

export interface IntInfo {
  readonly ty: IntTy;
  readonly bits: number;
  readonly signed: boolean;
  readonly min: bigint;
  readonly max: bigint;
  /** Range as numbers when exact (bits <= 32), else ±Infinity-free approximations unused by fast paths. */
  readonly minN: number;
  readonly maxN: number;
  /** Bits <= 32: every value is a number and results of + - fit in a double exactly. */
  readonly small: boolean;
}

const infos = new Map<IntTy, IntInfo>();

export function intInfo(t: IntTy): IntInfo {
  let i = infos.get(t);
  if (!i) {
    const bits = intBits(t);
    const signed = isSigned(t);
    const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
    const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
    i = { ty: t, bits, signed, min, max, minN: Number(min), maxN: Number(max), small: bits <= 32 };
    infos.set(t, i);
  }
  return i;
}

export function norm(b: bigint): IntVal {
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : b;
}

export function big(v: IntVal): bigint {
  return typeof v === 'bigint' ? v : BigInt(v);
}

function inRange(info: IntInfo, b: bigint): boolean {
  return b >= info.min && b <= info.max;
}

/** Wraps an exact integer into the type's range (two's complement). */
export function wrapInt(info: IntInfo, v: IntVal): IntVal {
  if (typeof v === 'number' && v >= info.minN && v <= info.maxN && info.small) return v;
  if (typeof v === 'number' && !info.small && Number.isSafeInteger(v) && (info.signed || v >= 0)) return v;
  const b = big(v);
  return norm(info.signed ? BigInt.asIntN(info.bits, b) : BigInt.asUintN(info.bits, b));
}

/** Exact result if it fits the type, else null (overflow). */
export function checkedAdd(info: IntInfo, a: IntVal, b: IntVal): IntVal | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a + b;
    if (info.small) return r >= info.minN && r <= info.maxN ? r : null;
    if (Number.isSafeInteger(r)) return info.signed || r >= 0 ? r : null;
  }
  const r = big(a) + big(b);
  return inRange(info, r) ? norm(r) : null;
}

export function checkedSub(info: IntInfo, a: IntVal, b: IntVal): IntVal | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a - b;
    if (info.small) return r >= info.minN && r <= info.maxN ? r : null;
    if (Number.isSafeInteger(r)) return info.signed || r >= 0 ? r : null;
  }
  const r = big(a) - big(b);
  return inRange(info, r) ? norm(r) : null;
}

export function checkedMul(info: IntInfo, a: IntVal, b: IntVal): IntVal | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = a * b;
    if (Number.isSafeInteger(r)) {
      if (info.small) return r >= info.minN && r <= info.maxN ? r : null;
      return info.signed || r >= 0 ? (r === 0 ? 0 : r) : null;
    }
  }
  const r = big(a) * big(b);
  return inRange(info, r) ? norm(r) : null;
}

/** Division truncating toward zero; the caller checks for zero. Null on MIN / -1. */
export function checkedDiv(info: IntInfo, a: IntVal, b: IntVal): IntVal | null {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = Math.trunc(a / b);
    if (info.small) return r >= info.minN && r <= info.maxN ? r + 0 : null;
    if (Number.isSafeInteger(a) && Math.abs(a) < 2 ** 52) return r + 0;
  }
  const r = big(a) / big(b);
  return inRange(info, r) ? norm(r) : null;
}

export function checkedRem(info: IntInfo, a: IntVal, b: IntVal): IntVal | null {
  if (info.signed && big(b) === -1n && big(a) === info.min) return null;
  if (typeof a === 'number' && typeof b === 'number') return (a % b) + 0;
  return norm(big(a) % big(b));
}

export function isZero(v: IntVal): boolean {
  return v === 0 || v === 0n;
}

export function checkedNeg(info: IntInfo, a: IntVal): IntVal | null {
  if (!info.signed) return isZero(a) ? 0 : null;
  if (typeof a === 'number' && info.small) {
    const r = -a + 0;
    return r <= info.maxN ? r : null;
  }
  const r = -big(a);
  return inRange(info, r) ? norm(r) : null;
}

export function bitAnd(info: IntInfo, a: IntVal, b: IntVal): IntVal {
  return wrapInt(info, big(a) & big(b));
}
export function bitOr(info: IntInfo, a: IntVal, b: IntVal): IntVal {
  return wrapInt(info, big(a) | big(b));
}
export function bitXor(info: IntInfo, a: IntVal, b: IntVal): IntVal {
  return wrapInt(info, big(a) ^ big(b));
}
export function bitNot(info: IntInfo, a: IntVal): IntVal {
  return wrapInt(info, ~big(a));
}

/** Null when the shift amount is out of range (debug builds panic). */
export function shl(info: IntInfo, a: IntVal, amount: IntVal): IntVal | null {
  const n = big(amount);
  if (n < 0n || n >= BigInt(info.bits)) return null;
  return wrapInt(info, big(a) << n);
}

export function shr(info: IntInfo, a: IntVal, amount: IntVal): IntVal | null {
  const n = big(amount);
  if (n < 0n || n >= BigInt(info.bits)) return null;
  return norm(big(a) >> n); // arithmetic for signed, logical for unsigned (values are non-negative)
}

export function compareInt(a: IntVal, b: IntVal): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const x = big(a);
  const y = big(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function intEq(a: IntVal, b: IntVal): boolean {
  if (typeof a === typeof b) return a === b;
  return big(a) === big(b);
}

/** `f as int`: saturating, NaN → 0. */
export function floatToInt(info: IntInfo, f: number): IntVal {
  if (Number.isNaN(f)) return 0;
  const t = Math.trunc(f);
  if (info.small) return Math.min(Math.max(t, info.minN), info.maxN) + 0;
  if (t <= Number(info.min)) return norm(info.min);
  if (t >= Number(info.max)) return norm(info.max);
  return Number.isSafeInteger(t) ? t + 0 : norm(BigInt(t));
}

export function intToFloat(v: IntVal): number {
  return typeof v === 'number' ? v : Number(v);
}

export function intToString(v: IntVal): string {
  return typeof v === 'number' ? String(v) : v.toString();
}

/** Parses a decimal integer the way `str::parse::<int>()` does; null on error. */
export function parseInt(info: IntInfo, s: string): IntVal | null | 'overflow' {
  if (!/^[+-]?\d+$/.test(s)) return null;
  if (s[0] === '-' && !info.signed) return null;
  const b = BigInt(s);
  return inRange(info, b) ? norm(b) : 'overflow';
}
