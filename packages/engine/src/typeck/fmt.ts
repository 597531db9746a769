// Format strings of println!/format!/panic!/..., parsed at compile time as
// rustc does: `{}`, `{0}`, `{name}`, `{:?}`, `{:#?}`, `{:>8.2}`, `{:08b}`,
// `{{`/`}}`. Named arguments that are not explicit become implicit captures
// of variables in scope (Rust 2021 inline args).
import type { FmtPiece, FmtSpec } from '../mir/mir.js';

export interface ParsedFmt {
  readonly pieces: FmtPiece[];
  /** Names captured from scope, in first-use order; their arg index is `explicitCount + i`. */
  readonly captured: { name: string; offset: number }[];
  readonly error: { message: string; offset: number } | null;
  /** Highest explicit positional index used + 1 (to check against the argument count). */
  readonly positionalUsed: number;
  readonly usedExplicit: Set<number>;
}

const TRAITS: Record<string, FmtSpec['trait']> = {
  '': 'Display', '?': 'Debug', 'x?': 'Debug', 'X?': 'Debug', x: 'LowerHex', X: 'UpperHex', b: 'Binary', o: 'Octal', e: 'LowerExp', E: 'UpperExp', p: 'Pointer',
};

/** Parsed format strings, shared between runs (a program's strings repeat across edits). Read-only. */
const parsedCache = new Map<string, ParsedFmt>();
const PARSED_CACHE_LIMIT = 2000;

export function parseFormatString(s: string, explicitCount: number): ParsedFmt {
  const key = explicitCount + ':' + s;
  let r = parsedCache.get(key);
  if (!r) {
    if (parsedCache.size >= PARSED_CACHE_LIMIT) parsedCache.clear();
    r = parseUncached(s, explicitCount);
    for (const p of r.pieces) { if (p.k === 'arg') Object.freeze(p.spec); Object.freeze(p); }
    Object.freeze(r.pieces);
    parsedCache.set(key, r);
  }
  return r;
}

function parseUncached(s: string, explicitCount: number): ParsedFmt {
  const pieces: FmtPiece[] = [];
  const captured: { name: string; offset: number }[] = [];
  const usedExplicit = new Set<number>();
  let lit = '';
  let next = 0; // implicit positional counter
  let positionalUsed = 0;
  const flushLit = () => {
    if (lit) pieces.push({ k: 'lit', text: lit });
    lit = '';
  };
  const argIndex = (ref: string, offset: number): number => {
    if (/^\d+$/.test(ref)) {
      const n = Number(ref);
      positionalUsed = Math.max(positionalUsed, n + 1);
      usedExplicit.add(n);
      return n;
    }
    let i = captured.findIndex((c) => c.name === ref);
    if (i < 0) { captured.push({ name: ref, offset }); i = captured.length - 1; }
    return explicitCount + i;
  };
  const fail = (message: string, offset: number): ParsedFmt => ({ pieces, captured, error: { message, offset }, positionalUsed, usedExplicit });

  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '}') {
      if (s[i + 1] === '}') { lit += '}'; i += 2; continue; }
      return fail("invalid format string: unmatched `}` found", i);
    }
    if (c !== '{') { lit += c; i++; continue; }
    if (s[i + 1] === '{') { lit += '{'; i += 2; continue; }
    const close = s.indexOf('}', i);
    if (close < 0) return fail("invalid format string: expected `}` but string was terminated", i);
    const inner = s.slice(i + 1, close);
    const colon = inner.indexOf(':');
    const argRef = (colon < 0 ? inner : inner.slice(0, colon)).trim();
    const specText = colon < 0 ? '' : inner.slice(colon + 1);
    const spec = parseSpec(specText);
    if (!spec) return fail(`invalid format string: unknown format spec \`${specText}\``, i);
    flushLit();
    // `{:.*}` takes the precision from the next positional argument, before the value.
    let precision: FmtSpec['precision'] = spec.precision;
    if (spec.precisionStar) {
      precision = { arg: next };
      positionalUsed = Math.max(positionalUsed, next + 1);
      usedExplicit.add(next);
      next++;
    }
    let index: number;
    if (argRef === '') {
      index = next++;
      positionalUsed = Math.max(positionalUsed, index + 1);
      usedExplicit.add(index);
    } else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(argRef) || /^\d+$/.test(argRef)) {
      index = argIndex(argRef, i + 1);
    } else {
      return fail(`invalid format string: invalid argument name \`${argRef}\``, i);
    }
    const width: FmtSpec['width'] = spec.widthArg !== null ? { arg: argIndex(spec.widthArg, i + 1) } : spec.width;
    if (spec.precisionArg !== null) precision = { arg: argIndex(spec.precisionArg, i + 1) };
    pieces.push({
      k: 'arg', index,
      spec: { trait: spec.trait, fill: spec.fill, align: spec.align, sign: spec.sign, alternate: spec.alternate, zeroPad: spec.zeroPad, width, precision, ...(spec.debugHex ? { debugHex: spec.debugHex } : {}) },
    });
    i = close + 1;
  }
  flushLit();
  return { pieces, captured, error: null, positionalUsed, usedExplicit };
}

interface RawSpec {
  trait: FmtSpec['trait'];
  fill: string;
  align: FmtSpec['align'];
  sign: '+' | null;
  alternate: boolean;
  zeroPad: boolean;
  width: number | null;
  widthArg: string | null;
  precision: number | null;
  precisionArg: string | null;
  precisionStar: boolean;
  debugHex?: 'lower' | 'upper';
}

function parseSpec(t: string): RawSpec | null {
  const r: RawSpec = { trait: 'Display', fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, widthArg: null, precision: null, precisionArg: null, precisionStar: false };
  let i = 0;
  const alignOf = (c: string | undefined) => (c === '<' ? 'left' : c === '>' ? 'right' : c === '^' ? 'center' : null);
  const chars = Array.from(t);
  if (chars.length >= 2 && alignOf(chars[1])) { r.fill = chars[0]; r.align = alignOf(chars[1]); i = 2; }
  else if (alignOf(chars[0])) { r.align = alignOf(chars[0]); i = 1; }
  if (chars[i] === '+') { r.sign = '+'; i++; } else if (chars[i] === '-') i++;
  if (chars[i] === '#') { r.alternate = true; i++; }
  if (chars[i] === '0' && chars[i + 1] !== '$') { r.zeroPad = true; i++; }
  const count = (): { n: number | null; arg: string | null } | null => {
    // A count is digits (`{:8}`), or a name or digits before `$` (`{:w$}`): in `{:02x}` the 2 is the
    // width and the x the trait, so a bare count never reaches into the letters after it.
    let j = i;
    while (j < chars.length && /[A-Za-z0-9_]/.test(chars[j])) j++;
    const word = chars.slice(i, j).join('');
    if (chars[j] === '$' && word) { i = j + 1; return { n: null, arg: word }; }
    let d = i;
    while (d < chars.length && /[0-9]/.test(chars[d])) d++;
    if (d > i) { const n = Number(chars.slice(i, d).join('')); i = d; return { n, arg: null }; }
    return null;
  };
  const w = count();
  if (w) { r.width = w.n; r.widthArg = w.arg; }
  if (chars[i] === '.') {
    i++;
    if (chars[i] === '*') { r.precisionStar = true; i++; }
    else {
      const p = count();
      if (!p) return null;
      r.precision = p.n; r.precisionArg = p.arg;
    }
  }
  const ty = chars.slice(i).join('');
  if (!(ty in TRAITS)) return null;
  r.trait = TRAITS[ty];
  if (ty === 'x?' || ty === 'X?') r.debugHex = ty === 'x?' ? 'lower' : 'upper';
  return r;
}
