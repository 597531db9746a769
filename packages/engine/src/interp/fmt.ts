// `format!` and friends: Display / Debug / hex / binary / exp for every
// supported type, with width, fill, alignment, sign, zero padding, precision
// and `{:#?}` pretty printing (through a pad adapter, as std does). Derived
// Debug forwards the formatter's options to the fields, so `{:5?}` pads
// every leaf. User `Display` / `Debug` impls are called as real functions.

import { crateName, typeName } from './typename.js';
import type { FmtPiece, FmtSpec } from '../mir/mir.js';
import { isCounted, isGuard, type Ty } from '../types/ty.js';
import type { Machine } from './machine.js';
import { FnVal, MOVED, Mem, Ptr, PtrKind, Region, readAt, type Value } from './values.js';
import { cowHeldTy, isStdCow } from './types.js';
import * as I from './ints.js';
import { charCount, debugChar, debugStr, floatDebug, floatDisplay, floatExp, floatFixed, pad, padNumber, truncateChars, utf8Len } from './fmtnum.js';
import { stringText, strOf, vecElems } from './heapops.js';
import { tableEntries } from './hashmap.js';
import { durationDebug, threadDebugParts } from './threads.js';

/** Where formatted text goes; records write boundaries (String growth depends on them). */
export interface Sink {
  write(s: string): void;
}

export class Out implements Sink {
  readonly parts: string[] = [];
  write(s: string): void {
    if (s.length) this.parts.push(s);
  }
  text(): string {
    return this.parts.join('');
  }
}

/** Indents everything written through it by four spaces after each newline (std's PadAdapter). */
class PadAdapter implements Sink {
  private onNewline = true;
  constructor(private readonly inner: Sink) {}
  write(s: string): void {
    let start = 0;
    while (start < s.length) {
      const nl = s.indexOf('\n', start);
      const end = nl < 0 ? s.length : nl + 1;
      if (this.onNewline) this.inner.write('    ');
      this.inner.write(s.slice(start, end));
      this.onNewline = nl >= 0;
      start = end;
    }
  }
}

export const DEFAULT_SPEC: FmtSpec = Object.freeze({ trait: 'Display', fill: ' ', align: null, sign: null, alternate: false, zeroPad: false, width: null, precision: null });

/** A spec with width/precision resolved to numbers. */
interface Spec extends FmtSpec {
  readonly w: number | null;
  readonly p: number | null;
}

/** Formats pieces with argument pointers (`args[i]` is a reference to the i-th value, of type `&tys[i]`). */
export function formatPieces(m: Machine, out: Sink, pieces: readonly FmtPiece[], args: readonly Value[], tys: readonly Ty[]): void {
  for (const piece of pieces) {
    if (piece.k === 'lit') {
      out.write(piece.text);
      continue;
    }
    const spec = piece.spec;
    const w = spec.width === null ? null : typeof spec.width === 'number' ? spec.width : Number(readArg(args[spec.width.arg]));
    const p = spec.precision === null ? null : typeof spec.precision === 'number' ? spec.precision : Number(readArg(args[spec.precision.arg]));
    const full: Spec = { trait: spec.trait, fill: spec.fill, align: spec.align, sign: spec.sign, alternate: spec.alternate, zeroPad: spec.zeroPad, width: spec.width, precision: spec.precision, w, p, ...(spec.debugHex ? { debugHex: spec.debugHex } : {}) };
    const ptr = args[piece.index];
    const ty = tys[piece.index];
    formatValue(m, out, ty, readArg(ptr), full);
  }
}

function readArg(p: Value): Value {
  return p instanceof Ptr ? readAt(p.mem, p.path) : p;
}

/** Pieces' literal lengths and argument count: std's `Arguments::estimated_capacity`. */
export function estimatedCapacity(pieces: readonly FmtPiece[]): number {
  let lits = 0;
  let args = 0;
  for (const p of pieces) {
    if (p.k === 'lit') lits += utf8Len(p.text);
    else args++;
  }
  if (args === 0) return lits;
  if (pieces.length > 0 && pieces[0].k === 'arg' && lits < 16) return 0;
  return lits * 2;
}

function formatValue(m: Machine, out: Sink, ty: Ty, v: Value, spec: Spec): void {
  if (spec.trait === 'Debug') return debug(m, out, ty, v, spec);
  return display(m, out, ty, v, spec);
}

/** Looks through references, boxes and Rc to the value; returns the type and value behind. */
function peel(m: Machine, ty: Ty, v: Value): { ty: Ty; v: Value; ptr: Ptr | null } {
  let ptr: Ptr | null = null;
  for (let i = 0; i < 16; i++) {
    if (ty.k === 'ref' || (ty.k === 'builtin' && (ty.name === 'Box' || isCounted(ty.name)))) {
      if (!(v instanceof Ptr)) break;
      ptr = v;
      // A `dyn Any` (a thread's panic payload) shows nothing of what it holds.
      const declared = m.derefTy(ty);
      if (isDynAny(declared)) return { ty: declared, v, ptr };
      const inner = v.dyn ?? declared;
      if (inner.k === 'str' || inner.k === 'slice') {
        if (ty.k === 'ref' || ty.name === 'Box') return { ty: inner, v, ptr };
        // An `Rc<[T]>`: its elements sit after the counts.
        const loc = m.derefValue(ty, v);
        return { ty: inner, v: new Ptr(loc.mem, loc.path, PtrKind.Ref, loc.off, loc.len), ptr };
      }
      const loc = m.derefValue(ty, v);
      v = readAt(loc.mem, loc.path);
      // `&rest` of `[first, rest @ ..]` on an array: a view of some of its elements.
      if (inner.k === 'array' && loc.off >= 0 && Array.isArray(v)) v = v.slice(loc.off, loc.off + loc.len);
      ty = inner;
      continue;
    }
    if (ty.k === 'builtin' && isGuard(ty.name) && Array.isArray(v)) {
      const p = v[0] as Ptr;
      ty = m.intern(ty.args[0]);
      if (ty.k === 'str' || ty.k === 'slice') return { ty, v: p, ptr: p };
      v = readAt(p.mem, p.path);
      continue;
    }
    if (ty.k === 'opaque') {
      ty = m.intern(ty.actual);
      continue;
    }
    break;
  }
  return { ty, v, ptr };
}

/** Values with their own text (the parse errors of `str::parse`). */
function selfFormatting(v: Value): v is { debug(): string; display(): string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { debug?: unknown }).debug === 'function';
}

/**
 * A type the checker could not pin down (`{type error}`, an unresolved param) should not reach the
 * interpreter; if it does, the run stops there: printed by a guess, the value could be wrong.
 */
function knownTy(m: Machine, ty: Ty): Ty {
  if (ty.k !== 'error' && ty.k !== 'infer' && ty.k !== 'param') return ty;
  throw new Error(`formatting a value whose type was not inferred (\`${m.tyStr(ty)}\`)`);
}

function display(m: Machine, out: Sink, ty0: Ty, v0: Value, spec: Spec): void {
  const { ty, v } = peel(m, knownTy(m, ty0), v0);
  if (selfFormatting(v)) return writeStr(out, v.display(), spec);
  switch (ty.k) {
    case 'ptr':
      return writeStr(out, `0x${m.rawAddr(v).toString(16)}`, spec);
    case 'int':
      return fmtInt(out, ty, v, spec);
    case 'float':
      return fmtFloat(out, v, ty.float === 'f32', spec, false);
    case 'bool':
      return writeStr(out, v ? 'true' : 'false', spec);
    case 'char':
      return writeStr(out, String.fromCodePoint(v), spec);
    case 'str':
      return writeStr(out, strOf(v), spec);
    case 'builtin':
      if (ty.name === 'String') return writeStr(out, stringText(v), spec);
      break;
    case 'adt': {
      const adt = m.adt(ty.adt);
      if (isStdCow(adt)) return display(m, out, m.intern(cowHeldTy(ty, v)), v[1], spec);
      if (adt.isPrelude && (adt.name === 'FromUtf8Error' || adt.name === 'Utf8Error')) return writeStr(out, utf8ErrorText(adt.name === 'Utf8Error' ? v : v[1]), spec);
      const text = adt.isPrelude ? STD_ERROR_TEXTS[adt.name] : undefined;
      if (text) return writeStr(out, text[adt.kind === 'enum' ? (v[0] as number) : 0], spec);
      if (callUserFmt(m, out, 'Display', ty, v, spec)) return;
      break;
    }
  }
  if (callUserFmt(m, out, 'Display', ty, v, spec)) return;
  out.write(`<${m.tyStr(ty)}>`);
}

/** std's Display of its error types whose text is fixed (an enum's by variant). */
const STD_ERROR_TEXTS: Record<string, readonly string[]> = {
  TryFromIntError: ['out of range integral type conversion attempted'],
  FmtError: ['an error occurred when formatting an argument'],
  TryFromSliceError: ['could not convert slice to array'],
  // try_borrow's and try_borrow_mut's: the words of the panic the borrow would have been.
  BorrowError: ['RefCell already mutably borrowed'],
  BorrowMutError: ['RefCell already borrowed'],
  SendError: ['sending on a closed channel'],
  TrySendError: ['sending on a full channel', 'sending on a closed channel'],
  RecvError: ['receiving on a closed channel'],
  TryRecvError: ['receiving on an empty channel', 'receiving on a closed channel'],
};

/** std's Display of a Utf8Error value ([valid_up_to, error_len]). */
function utf8ErrorText(e: Value[]): string {
  const [validUpTo, errorLen] = e as [number, Value[]];
  return errorLen[0] === 1 ? `invalid utf-8 sequence of ${errorLen[1]} bytes from index ${validUpTo}` : `incomplete utf-8 byte sequence from index ${validUpTo}`;
}

function writeStr(out: Sink, s: string, spec: Spec): void {
  const t = spec.p !== null ? truncateChars(s, spec.p) : s;
  if (spec.w === null || charCount(t) >= spec.w) {
    out.write(t);
    return;
  }
  // std writes the fill characters one at a time around the text.
  const padded = pad(t, spec.w, spec, false);
  writePadded(out, padded, t);
}

function writePadded(out: Sink, padded: string, body: string): void {
  const at = padded.indexOf(body);
  const before = padded.slice(0, at);
  const after = padded.slice(at + body.length);
  for (const c of before) out.write(c);
  out.write(body);
  for (const c of after) out.write(c);
}

function intDigits(ty: Extract<Ty, { k: 'int' }>, v: I.IntVal, radix: number): string {
  const info = I.intInfo(ty.int);
  let b = I.big(v);
  if (b < 0n) b = BigInt.asUintN(info.bits, b);
  return b.toString(radix);
}

function fmtInt(out: Sink, ty: Extract<Ty, { k: 'int' }>, v: I.IntVal, spec: Spec): void {
  let sign = '';
  let prefix = '';
  let body: string;
  switch (spec.trait) {
    case 'LowerHex':
      body = intDigits(ty, v, 16);
      prefix = spec.alternate ? '0x' : '';
      break;
    case 'UpperHex':
      body = intDigits(ty, v, 16).toUpperCase();
      prefix = spec.alternate ? '0x' : '';
      break;
    case 'Binary':
      body = intDigits(ty, v, 2);
      prefix = spec.alternate ? '0b' : '';
      break;
    case 'Octal':
      body = intDigits(ty, v, 8);
      prefix = spec.alternate ? '0o' : '';
      break;
    case 'LowerExp':
    case 'UpperExp': {
      const s = I.intToString(v);
      const neg = s[0] === '-';
      return emitNumber(out, neg ? '-' : spec.sign === '+' ? '+' : '', '', intExp(neg ? s.slice(1) : s, spec.p, spec.trait === 'UpperExp'), spec);
    }
    default: {
      const s = I.intToString(v);
      if (s[0] === '-') {
        sign = '-';
        body = s.slice(1);
      } else {
        body = s;
        if (spec.sign === '+') sign = '+';
      }
    }
  }
  emitNumber(out, sign, prefix, body, spec);
}

function emitNumber(out: Sink, sign: string, prefix: string, body: string, spec: Spec): void {
  if (spec.w === null) {
    if (sign) out.write(sign);
    if (prefix) out.write(prefix);
    out.write(body);
    return;
  }
  const s = padNumber(sign, prefix, body, spec.w, spec);
  if (spec.zeroPad) {
    out.write(s);
    return;
  }
  writePadded(out, s, sign + prefix + body);
}

/**
 * `{:e}` of an integer, from its exact digits (`u64::MAX` keeps all twenty): trailing zeros dropped,
 * or rounded to `precision` digits after the point, half to even, as std does.
 */
function intExp(digits: string, precision: number | null, upper: boolean): string {
  let exp = digits.length - 1;
  let mant = digits.replace(/0+$/, '') || '0';
  if (precision !== null) {
    if (mant.length > precision + 1) {
      const keep = mant.slice(0, precision + 1);
      const rest = mant.slice(precision + 1);
      const up = rest[0] > '5' || (rest[0] === '5' && (/[1-9]/.test(rest.slice(1)) || Number(keep[keep.length - 1]) % 2 === 1));
      mant = up ? (BigInt(keep) + 1n).toString() : keep;
      if (mant.length > precision + 1) {
        exp++;
        mant = mant.slice(0, precision + 1);
      }
    } else mant = mant.padEnd(precision + 1, '0');
  }
  return `${mant[0]}${mant.length > 1 ? `.${mant.slice(1)}` : ''}${upper ? 'E' : 'e'}${exp}`;
}

function fmtFloat(out: Sink, v: number, f32: boolean, spec: Spec, debugForm: boolean, exp = spec.trait === 'LowerExp' || spec.trait === 'UpperExp'): void {
  let s: string;
  if (exp) s = floatExp(v, f32, spec.p, spec.trait === 'UpperExp');
  else if (spec.p !== null) s = floatFixed(v, spec.p);
  else s = debugForm ? floatDebug(v, f32) : floatDisplay(v, f32);
  let sign = '';
  if (s[0] === '-') {
    sign = '-';
    s = s.slice(1);
  } else if (spec.sign === '+' && s !== 'NaN') sign = '+';
  if (s === 'NaN' || s === 'inf') {
    emitNumber(out, sign, '', s, { ...spec, zeroPad: false });
    return;
  }
  emitNumber(out, sign, '', s, spec);
}

// ------------------------------------------------------------ Debug

function debug(m: Machine, out: Sink, ty0: Ty, v0: Value, spec: Spec): void {
  if (v0 === undefined || v0 === MOVED) {
    out.write('<uninit>');
    return;
  }
  const { ty, v } = peel(m, knownTy(m, ty0), v0);
  if (selfFormatting(v)) return writeStr(out, v.debug(), spec);
  switch (ty.k) {
    // A raw pointer shows its address, as std's Debug and `{:p}` do.
    case 'ptr':
      return writeStr(out, `0x${m.rawAddr(v).toString(16)}`, spec);
    case 'int':
      // (`{:x?}`: as `{:x}`, with `0x` under `#`.)
      return fmtInt(out, ty, v, { ...spec, trait: spec.debugHex ? (spec.debugHex === 'lower' ? 'LowerHex' : 'UpperHex') : 'Display' });
    case 'float':
      return fmtFloat(out, v, ty.float === 'f32', spec, true);
    case 'bool':
      return writeStr(out, v ? 'true' : 'false', spec);
    case 'char':
      out.write(debugChar(v));
      return;
    case 'str':
      out.write(debugStr(strOf(v)));
      return;
    case 'tuple':
      if (ty.elems.length === 0) return writeStr(out, '()', spec);
      return debugTuple(out, '', ty.elems.map((e, i) => (o: Sink) => debug(m, o, m.intern(e), v[i], spec)), spec, true);
    case 'array':
      return debugList(out, (v as Value[]).map((x) => (o: Sink) => debug(m, o, m.intern(ty.elem), x, spec)), spec);
    case 'slice': {
      const p = v as Ptr;
      const whole = readAt(p.mem, p.path) as Value[];
      const items = whole.slice(Math.max(p.off, 0), Math.max(p.off, 0) + (p.len >= 0 ? p.len : whole.length));
      return debugList(out, items.map((x) => (o: Sink) => debug(m, o, m.intern(ty.elem), x, spec)), spec);
    }
    case 'adt':
      return debugAdt(m, out, ty, v, spec);
    case 'builtin':
      return debugBuiltin(m, out, ty, v, spec);
    case 'fnptr':
    case 'fndef':
      out.write(v instanceof FnVal ? `0x${(0x5555_5555_1000 + v.fn * 0x40).toString(16)}` : 'fn');
      return;
    case 'closure':
      out.write('{closure}');
      return;
    case 'dyn':
      // std's `impl Debug for dyn Any`: `Any { .. }`.
      if (isDynAny(ty)) return debugStruct(out, 'Any', [], spec, true);
      out.write(m.tyStr(ty));
      return;
    default:
      out.write(m.tyStr(ty));
  }
}

function isDynAny(t: Ty): boolean {
  return t.k === 'dyn' && t.traits.some((b) => b.trait === 'Any');
}

type Field = (o: Sink) => void;

function debugStruct(out: Sink, name: string, fields: readonly [string, Field][], spec: Spec, nonExhaustive = false): void {
  out.write(name);
  if (fields.length === 0) {
    // `finish_non_exhaustive` with no fields: `Sender { .. }`.
    if (nonExhaustive) out.write(' { .. }');
    return;
  }
  if (spec.alternate) {
    out.write(' {\n');
    const pad = new PadAdapter(out);
    for (const [n, f] of fields) {
      pad.write(n);
      pad.write(': ');
      f(pad);
      pad.write(',\n');
    }
    if (nonExhaustive) pad.write('..\n');
    out.write('}');
    return;
  }
  out.write(' { ');
  fields.forEach(([n, f], i) => {
    if (i > 0) out.write(', ');
    out.write(n);
    out.write(': ');
    f(out);
  });
  out.write(nonExhaustive ? ', .. }' : ' }');
}

function debugTuple(out: Sink, name: string, fields: readonly Field[], spec: Spec, isTuple = false, nonExhaustive = false): void {
  out.write(name);
  if (fields.length === 0) {
    // `finish_non_exhaustive` with no fields: `T(..)`.
    if (nonExhaustive) out.write('(..)');
    return;
  }
  if (spec.alternate) {
    out.write('(\n');
    const pad = new PadAdapter(out);
    for (const f of fields) {
      f(pad);
      pad.write(',\n');
    }
    if (nonExhaustive) pad.write('..\n');
    out.write(')');
    return;
  }
  out.write('(');
  fields.forEach((f, i) => {
    if (i > 0) out.write(', ');
    f(out);
  });
  if (isTuple && fields.length === 1 && name === '') out.write(',');
  out.write(nonExhaustive ? ', ..)' : ')');
}

function debugList(out: Sink, items: readonly Field[], spec: Spec, open = '[', close = ']', nonExhaustive = false): void {
  if (spec.alternate) {
    out.write(open);
    if (items.length) {
      out.write('\n');
      const pad = new PadAdapter(out);
      for (const f of items) {
        f(pad);
        pad.write(',\n');
      }
      if (nonExhaustive) pad.write('..\n');
    } else if (nonExhaustive) out.write('..');
    out.write(close);
    return;
  }
  out.write(open);
  items.forEach((f, i) => {
    if (i > 0) out.write(', ');
    f(out);
  });
  if (nonExhaustive) out.write(items.length ? ', ..' : '..');
  out.write(close);
}

function debugAdt(m: Machine, out: Sink, ty: Extract<Ty, { k: 'adt' }>, v: Value, spec: Spec): void {
  const def = m.adt(ty.adt);
  if (!def.derives.includes('Debug') && callUserFmt(m, out, 'Debug', ty, v, spec)) return;
  if (isStdCow(def)) return debug(m, out, m.intern(cowHeldTy(ty, v)), v[1], spec);
  if (def.isPrelude && def.name === 'PhantomData') return out.write(`PhantomData<${typeName(m.program, crateName(m.opts.fileName), ty.args[0])}>`);
  if (def.isPrelude && def.name === 'FmtError') return out.write('Error');
  if (def.isPrelude && def.name === 'Duration') return writeStr(out, durationDebug(v as Value[]), spec);
  // std's: the value, or <uninit> while there is none.
  if (def.isPrelude && (def.name === 'OnceCell' || def.name === 'OnceLock')) {
    const o = (v as Value[])[0] as Value[];
    const inner = o[0] === 1 ? (x: Sink) => debug(m, x, m.intern(ty.args[0]), o[1], spec) : (x: Sink) => x.write('<uninit>');
    return debugTuple(out, def.name, [inner], spec);
  }
  if (def.isPrelude && def.name === 'DefaultHasher') return debugHasher(m, out, ty, v, spec);
  // std's channel errors do not show the value they give back.
  if (def.isPrelude && def.name === 'SendError') return debugStruct(out, 'SendError', [], spec, true);
  if (def.isPrelude && def.name === 'TrySendError') return out.write(`TrySendError::${v[0] === 0 ? 'Full' : 'Disconnected'}(..)`);
  if (def.isPrelude && def.name === 'Thread') {
    const t = threadDebugParts(m, v as Value[]);
    const fields: [string, Field][] = [
      ['id', (o) => debug(m, o, t.idTy, t.id, spec)],
      ['name', (o) => debug(m, o, t.nameTy, t.name, spec)],
    ];
    return debugStruct(out, 'Thread', fields, spec, true);
  }
  const vi = def.kind === 'struct' ? 0 : (v[0] as number);
  const base = def.kind === 'struct' ? 0 : 1;
  const variant = def.variants[vi];
  const tys = m.fieldTys(def, vi, ty.args);
  const name = variant.name;
  if (variant.shape === 'named') {
    debugStruct(out, name, variant.fields.map((f, i) => [f.name, (o: Sink) => debug(m, o, m.intern(tys[i]), v[base + i], spec)] as [string, Field]), spec);
  } else if (variant.shape === 'tuple') {
    debugTuple(out, name, variant.fields.map((_, i) => (o: Sink) => debug(m, o, m.intern(tys[i]), v[base + i], spec)), spec);
  } else {
    out.write(name);
  }
}

/** std's `DefaultHasher`: its SipHasher13 and the fields inside, as std nests and names them. */
function debugHasher(m: Machine, out: Sink, ty: Extract<Ty, { k: 'adt' }>, v: Value, spec: Spec): void {
  const def = m.adt(ty.adt);
  const tys = m.fieldTys(def, 0, ty.args);
  const field = (name: string): [string, Field] => {
    const i = def.variants[0].fields.findIndex((f) => f.name === name);
    return [name, (o: Sink) => debug(m, o, m.intern(tys[i]), v[i], spec)];
  };
  const state = (o: Sink) => debugStruct(o, 'State', ['v0', 'v2', 'v1', 'v3'].map(field), spec);
  const marker = (o: Sink) => o.write('PhantomData<core::hash::sip::Sip13Rounds>');
  const hasher = (o: Sink) => debugStruct(o, 'Hasher', [field('k0'), field('k1'), field('length'), ['state', state], field('tail'), field('ntail'), ['_marker', marker]], spec);
  debugTuple(out, 'DefaultHasher', [(o: Sink) => debugStruct(o, 'SipHasher13', [['hasher', hasher]], spec)], spec);
}

function debugBuiltin(m: Machine, out: Sink, ty: Extract<Ty, { k: 'builtin' }>, v: Value, spec: Spec): void {
  const a0 = ty.args[0] ? m.intern(ty.args[0]) : ty;
  switch (ty.name) {
    case 'String':
      out.write(debugStr(stringText(v)));
      return;
    case 'BinaryHeap':
    case 'VecDeque':
    case 'Vec':
      return debugList(out, vecElems(v).map((x) => (o: Sink) => debug(m, o, a0, x, spec)), spec);
    case 'HashSet':
    case 'BTreeSet':
      return debugList(out, tableEntries(v).map((x) => (o: Sink) => debug(m, o, a0, x, spec)), spec, '{', '}');
    case 'HashMap':
    case 'BTreeMap': {
      const vt = m.intern(ty.args[1]);
      const pairs = tableEntries(v).map((e) => (o: Sink) => {
        debug(m, o, a0, e[0], spec);
        o.write(': ');
        debug(m, o, vt, e[1], spec);
      });
      return debugList(out, pairs, spec, '{', '}');
    }
    case 'Option':
      if (v[0] === 0) return writeStr(out, 'None', spec);
      return debugTuple(out, 'Some', [(o) => debug(m, o, a0, v[1], spec)], spec);
    case 'Result': {
      const ok = v[0] === 0;
      const t = ok ? a0 : m.intern(ty.args[1]);
      return debugTuple(out, ok ? 'Ok' : 'Err', [(o) => debug(m, o, t, v[1], spec)], spec);
    }
    case 'RefCell':
      if (v[0] === -1) return debugStruct(out, 'RefCell', [['value', (o) => o.write('<borrowed>')]], spec);
      return debugStruct(out, 'RefCell', [['value', (o) => debug(m, o, a0, v[1], spec)]], spec);
    case 'Cell':
      return debugStruct(out, 'Cell', [['value', (o) => debug(m, o, a0, v, spec)]], spec);
    // std 1.95 prints a held lock's data as the string "<locked>", and ends with `..`.
    case 'Mutex':
    case 'RwLock': {
      const locked = ty.name === 'Mutex' ? v[0] !== 0 : v[0] === -1;
      const data: [string, Field] = ['data', (o) => (locked ? o.write(debugStr('<locked>')) : debug(m, o, a0, v[1], spec))];
      return debugStruct(out, ty.name, [data, ['poisoned', (o) => o.write(v[2] ? 'true' : 'false')]], spec, true);
    }
    case 'JoinHandle':
      return debugStruct(out, 'JoinHandle', [], spec, true);
    case 'Sender':
    case 'SyncSender':
    case 'Receiver':
      return debugStruct(out, ty.name, [], spec, true);
    case 'Weak':
      out.write('(Weak)');
      return;
    case 'Range':
      if (v[0] !== null) debug(m, out, a0, v[0], spec);
      out.write('..');
      if (v[1] !== null) debug(m, out, a0, v[1], spec);
      return;
    case 'RangeInclusive':
      debug(m, out, a0, v[0], spec);
      out.write('..=');
      debug(m, out, a0, v[1], spec);
      if (v[2]) out.write(' (exhausted)');
      return;
    default:
      out.write(m.tyStr(ty));
  }
}

/** Calls a user `impl Display/Debug for T` if there is one; the Formatter is a hidden cell. */
function callUserFmt(m: Machine, out: Sink, trait: 'Display' | 'Debug', ty: Ty, v: Value, spec: Spec): boolean {
  const target = m.userImpl(trait, 'fmt', ty);
  if (target === null || target.kind !== 'user') return false;
  const selfMem = m.tempMem(ty, v);
  // std's Formatter lives in the formatting machinery's frames, below the caller's: an address there.
  const fmtMem = m.tempMem(m.intern({ k: 'builtin', name: 'Formatter', args: [] }), new Formatter(out, spec), 128);
  const selfPtr = new Ptr(selfMem, [], PtrKind.Ref);
  const fPtr = new Ptr(fmtMem, [], PtrKind.Mut);
  m.invoke(target.inst, [selfPtr, fPtr], m.curSpan);
  return true;
}

/**
 * What `f.debug_struct("P")` (`debug_tuple`, `debug_list`, `debug_set`, `debug_map`) gives: the fields
 * written so far, each with the concrete type behind its `&dyn Debug`, printed by `finish` as
 * `#[derive(Debug)]` would print them (a map's entries as `key: value`).
 */
export class DebugBuilder {
  readonly fields: [string, Field][] = [];
  /** A map's `key(&k)` waiting for its `value(&v)`. */
  private key: Field | null = null;
  constructor(
    readonly f: Formatter,
    readonly kind: 'struct' | 'tuple' | 'list' | 'set' | 'map',
    readonly name: string,
  ) {}
  add(m: Machine, name: string, value: Ptr): void {
    this.fields.push([name, this.field(m, value)]);
  }
  /** `entry(&k, &v)` of a map, or its `key(&k)` / `value(&v)` halves. */
  addKey(m: Machine, key: Ptr): void {
    this.key = this.field(m, key);
  }
  addValue(m: Machine, value: Ptr): void {
    const key = this.key;
    this.key = null;
    const val = this.field(m, value);
    if (key) this.fields.push(['', (o) => { key(o); o.write(': '); val(o); }]);
  }
  /**
   * One item of `entries(iter)`, written at once (std writes as it goes): an owned item is dropped
   * right after, so its text is kept, not the value. A map's item is a `(key, value)` pair.
   */
  addItem(m: Machine, ty: Ty, v: Value, valueTy?: Ty): void {
    const text = (t: Ty, x: Value) => { const o = new Out(); debug(m, o, t, x, this.spec); return o.text(); };
    if (valueTy) {
      const [k, val] = [text(ty, (v as Value[])[0]), text(valueTy, (v as Value[])[1])];
      this.fields.push(['', (o) => { o.write(k); o.write(': '); o.write(val); }]);
    } else {
      const item = text(ty, v);
      this.fields.push(['', (o) => o.write(item)]);
    }
  }
  finish(nonExhaustive = false): void {
    const out = this.f.out;
    const items = this.fields.map(([, x]) => x);
    if (this.kind === 'struct') debugStruct(out, this.name, this.fields, this.spec, nonExhaustive);
    else if (this.kind === 'tuple') debugTuple(out, this.name, items, this.spec, false, nonExhaustive);
    else if (this.kind === 'list') debugList(out, items, this.spec, '[', ']', nonExhaustive);
    else debugList(out, items, this.spec, '{', '}', nonExhaustive);
  }
  private field(m: Machine, value: Ptr): Field {
    const ty = value.dyn;
    if (!ty) throw new Error('a Debug field without a vtable');
    const v = readAt(value.mem, value.path);
    return (o: Sink) => debug(m, o, ty, v, this.spec);
  }
  private get spec(): Spec {
    return { ...this.f.spec, w: this.f.spec.w ?? null, p: this.f.spec.p ?? null };
  }
}

/** The value behind `&mut Formatter` in user `fmt` methods. */
export class Formatter {
  constructor(
    readonly out: Sink,
    readonly spec: FmtSpec & { w?: number | null; p?: number | null },
  ) {}
}

/** `f.pad(s)` in a program's `impl Display`: the text with the formatter's own width, fill, alignment and precision. */
export function formatterPad(f: Formatter, s: string): void {
  writeStr(f.out, s, { ...f.spec, w: f.spec.w ?? null, p: f.spec.p ?? null });
}

export function writeArgsTo(m: Machine, f: Formatter, pieces: readonly FmtPiece[], args: readonly Value[], tys: readonly Ty[]): void {
  formatPieces(m, f.out, pieces, args, tys);
}

/** Formats one value with a spec (used by to_string and Debug of `main`'s error). */
export function formatOne(m: Machine, ty: Ty, v: Value, trait: FmtSpec['trait'] = 'Display', alternate = false): Out {
  const out = new Out();
  formatValue(m, out, ty, v, { ...DEFAULT_SPEC, trait, alternate, w: null, p: null });
  return out;
}
