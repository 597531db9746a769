// Number and string formatting exactly as Rust's core::fmt prints them:
// shortest round-trip float digits, exact decimal expansion with
// round-half-to-even for `{:.N}`, padding, alignment, signs and `#` prefixes,
// and the escapes of `{:?}` for str and char.

import type { FmtSpec } from '../mir/mir.js';

/** Decimal digits and exponent of the shortest representation that round-trips (value = 0.D × 10^(exp+1)). */
function shortestDigits(v: number, f32: boolean): { digits: string; exp: number } {
  let s: string;
  if (f32) {
    s = v.toExponential(8);
    for (let p = 1; p <= 9; p++) {
      const cand = v.toPrecision(p);
      if (Math.fround(Number(cand)) === v) {
        s = Number(cand).toExponential();
        break;
      }
    }
  } else {
    s = v.toExponential();
  }
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s)!;
  let digits = m[1] + (m[2] ?? '');
  digits = digits.replace(/0+$/, '') || '0';
  return { digits, exp: Number(m[3]) };
}

function positional(digits: string, exp: number): string {
  const n = digits.length;
  if (exp >= n - 1) return digits + '0'.repeat(exp - (n - 1));
  if (exp >= 0) return digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  return '0.' + '0'.repeat(-exp - 1) + digits;
}

function special(v: number): string | null {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  return null;
}

function isNeg(v: number): boolean {
  return v < 0 || Object.is(v, -0);
}

/** `{}` of a float without precision: never an exponent. Sign included. */
export function floatDisplay(v: number, f32: boolean): string {
  const sp = special(v);
  if (sp) return sp;
  const sign = isNeg(v) ? '-' : '';
  if (v === 0) return sign + '0';
  const { digits, exp } = shortestDigits(Math.abs(v), f32);
  return sign + positional(digits, exp);
}

/** `{:?}` of a float: like Display with a `.0` for integers, exponent outside [1e-4, 1e16). */
export function floatDebug(v: number, f32: boolean): string {
  const sp = special(v);
  if (sp) return sp;
  const sign = isNeg(v) ? '-' : '';
  if (v === 0) return sign + '0.0';
  const a = Math.abs(v);
  const { digits, exp } = shortestDigits(a, f32);
  if (a < 1e-4 || a >= 1e16) return sign + expForm(digits, exp, 'e');
  const p = positional(digits, exp);
  return sign + (p.includes('.') ? p : p + '.0');
}

function expForm(digits: string, exp: number, e: string): string {
  return digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') + e + exp;
}

/** Mantissa and binary exponent with value = m × 2^e exactly. */
function decompose(v: number): { m: bigint; e: number } {
  const buf = new DataView(new ArrayBuffer(8));
  buf.setFloat64(0, v);
  const hi = buf.getUint32(0);
  const lo = buf.getUint32(4);
  const bexp = (hi >>> 20) & 0x7ff;
  let m = (BigInt(hi & 0xfffff) << 32n) | BigInt(lo);
  let e: number;
  if (bexp === 0) e = -1074;
  else {
    m |= 1n << 52n;
    e = bexp - 1075;
  }
  return { m, e };
}

/** round(a / b) with ties to even, for non-negative bigints. */
function divRoundEven(a: bigint, b: bigint): bigint {
  const q = a / b;
  const r = a - q * b;
  const twice = r * 2n;
  if (twice > b || (twice === b && q % 2n === 1n)) return q + 1n;
  return q;
}

/** `{:.N}`: the exact value rounded half-to-even to N decimals. Sign included. */
export function floatFixed(v: number, precision: number): string {
  const sp = special(v);
  if (sp) return sp;
  const sign = isNeg(v) ? '-' : '';
  const { m, e } = decompose(Math.abs(v));
  const pow10 = 10n ** BigInt(precision);
  const q = e >= 0 ? (m << BigInt(e)) * pow10 : divRoundEven(m * pow10, 1n << BigInt(-e));
  let s = q.toString();
  if (precision === 0) return sign + s;
  if (s.length <= precision) s = '0'.repeat(precision - s.length + 1) + s;
  return sign + s.slice(0, s.length - precision) + '.' + s.slice(s.length - precision);
}

/** `{:e}` / `{:.Ne}` / `{:E}`. Sign included. */
export function floatExp(v: number, f32: boolean, precision: number | null, upper: boolean): string {
  const sp = special(v);
  if (sp) return sp;
  const sign = isNeg(v) ? '-' : '';
  const e = upper ? 'E' : 'e';
  const a = Math.abs(v);
  if (precision === null) {
    if (a === 0) return sign + '0' + e + '0';
    const { digits, exp } = shortestDigits(a, f32);
    return sign + expForm(digits, exp, e);
  }
  if (a === 0) return sign + (precision > 0 ? '0.' + '0'.repeat(precision) : '0') + e + '0';
  // Round the exact value to precision+1 significant digits.
  const { m, e: be } = decompose(a);
  let exp10 = Math.floor(Math.log10(a));
  for (let attempt = 0; attempt < 3; attempt++) {
    const k = exp10 - precision; // q = round(a / 10^k)
    let num = be >= 0 ? m << BigInt(be) : m;
    let den = be >= 0 ? 1n : 1n << BigInt(-be);
    if (k >= 0) den *= 10n ** BigInt(k);
    else num *= 10n ** BigInt(-k);
    const q = divRoundEven(num, den).toString();
    if (q.length === precision + 2) {
      exp10++;
      continue;
    }
    if (q.length === precision) {
      exp10--;
      continue;
    }
    return sign + q[0] + (precision > 0 ? '.' + q.slice(1) : '') + e + exp10;
  }
  return sign + a.toExponential(precision).replace(/e\+?/, e);
}

/** Pads `s` to the spec's width; numbers right-align by default, everything else left. */
export function pad(s: string, width: number | null, spec: FmtSpec, defaultRight: boolean): string {
  if (width === null) return s;
  const len = charCount(s);
  if (len >= width) return s;
  const fill = spec.fill || ' ';
  const n = width - len;
  const align = spec.align ?? (defaultRight ? 'right' : 'left');
  if (align === 'left') return s + fill.repeat(n);
  if (align === 'right') return fill.repeat(n) + s;
  const before = Math.floor(n / 2);
  return fill.repeat(before) + s + fill.repeat(n - before);
}

/**
 * Pads a number: `sign` is '-', '+' or '', `prefix` e.g. "0x", `body` the digits.
 * With `0` the zeros go between sign/prefix and digits and alignment is ignored.
 */
export function padNumber(sign: string, prefix: string, body: string, width: number | null, spec: FmtSpec): string {
  if (spec.zeroPad && width !== null) {
    const len = sign.length + prefix.length + charCount(body);
    return sign + prefix + (len < width ? '0'.repeat(width - len) : '') + body;
  }
  return pad(sign + prefix + body, width, spec, true);
}

export function charCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

/** Truncates to `n` chars (precision on strings). */
export function truncateChars(s: string, n: number): string {
  let count = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue;
    if (count === n) return s.slice(0, i);
    count++;
  }
  return s;
}

/** Debug's escape of one char (`graphemes`: a combining mark too, as `{:?}` of a char or str does). */
function escapeChar(cp: number, inStr: boolean, graphemes = false): string {
  switch (cp) {
    case 0:
      return '\\0';
    case 9:
      return '\\t';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 0x5c:
      return '\\\\';
    case 0x22:
      return inStr ? '\\"' : '"';
    case 0x27:
      return inStr ? "'" : "\\'";
  }
  if (cp !== 0x20 && (cp >= 0xd800 && cp <= 0xdfff ? true : NOT_PRINTABLE.test(String.fromCodePoint(cp)) || (graphemes && GRAPHEME_EXTEND.test(String.fromCodePoint(cp))))) return `\\u{${cp.toString(16)}}`;
  return String.fromCodePoint(cp);
}

/**
 * What Debug escapes as `\u{..}` (core's `is_printable`): control and format characters, private
 * use, unassigned code points, and line, paragraph and space separators other than ' '.
 */
const NOT_PRINTABLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

/** `char::escape_default`: `\t`, `\r`, `\n`, quotes and backslash escaped, printable ASCII kept, all else `\u{..}`. */
export function escapeDefault(cp: number): string {
  switch (cp) {
    case 9: return '\\t';
    case 10: return '\\n';
    case 13: return '\\r';
    case 0x22: case 0x27: case 0x5c: return '\\' + String.fromCodePoint(cp);
  }
  return cp >= 0x20 && cp <= 0x7e ? String.fromCodePoint(cp) : escapeUnicode(cp);
}

export function escapeUnicode(cp: number): string {
  return `\\u{${cp.toString(16)}}`;
}

const GRAPHEME_EXTEND = /^\p{Grapheme_Extend}$/u;

/**
 * `char::escape_debug`: Debug's escapes with both quotes escaped. A combining mark is escaped where
 * nothing precedes it to combine with (a lone char, a str's first char).
 */
export function escapeDebug(cp: number, first: boolean): string {
  if (cp === 0x22 || cp === 0x27) return '\\' + String.fromCodePoint(cp);
  if (first && GRAPHEME_EXTEND.test(String.fromCodePoint(cp))) return escapeUnicode(cp);
  return escapeChar(cp, true);
}

export function debugStr(s: string): string {
  let out = '"';
  for (const ch of s) out += escapeChar(ch.codePointAt(0)!, true, true);
  return out + '"';
}

export function debugChar(cp: number): string {
  return "'" + escapeChar(cp, false, true) + "'";
}

/** UTF-8 length of a JS string. */
export function utf8Len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export function utf8CharLen(cp: number): number {
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

const ASCII = /^[\x00-\x7f]*$/;

/** The JS string index of UTF-8 byte offset `byte` in `s`, or -1 if it is not a char boundary. */
export function byteToIndex(s: string, byte: number): number {
  if (ASCII.test(s)) return byte <= s.length ? byte : -1;
  let b = 0;
  for (let i = 0; i <= s.length; i++) {
    if (b === byte) return i;
    if (b > byte || i === s.length) return -1;
    const c = s.charCodeAt(i);
    if (c < 0x80) b += 1;
    else if (c < 0x800) b += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      b += 4;
      i++;
    } else b += 3;
  }
  return -1;
}

/** The UTF-8 byte offset of JS string index `idx`. */
export function indexToByte(s: string, idx: number): number {
  return utf8Len(s.slice(0, idx));
}

/** The substring of `s` at UTF-8 bytes [off, off+len). Callers guarantee char boundaries. */
export function byteSlice(s: string, off: number, len: number): string {
  if (ASCII.test(s)) return s.slice(off, off + len);
  const a = byteToIndex(s, off);
  const b = byteToIndex(s, off + len);
  return s.slice(a < 0 ? 0 : a, b < 0 ? s.length : b);
}
