// The std builtins of `std/prelude.ts`, by name ("Vec::push", "str::len",
// "Option::unwrap", "fmt::print", ...). Receivers follow the declared
// signatures: `&self` / `&mut self` arrive as pointers, `self` by value.

import { crateName, typeName } from './typename.js';
import type { FmtPiece } from '../mir/mir.js';
import { fixedLen, isMap, isTable, type Ty } from '../types/ty.js';
import type { BuiltinFn, CallCtx, Machine } from './machine.js';
import { EMPTY_PATH, RUSTC_LIBRARY, rangeValue } from './machine.js';
import { MOVED, Mem, Ptr, PtrKind, Region, UNIT_VALUE, cloneInline, readAt, writeAt, type Value } from './values.js';
import * as I from './ints.js';
import { byteToIndex, escapeDebug, escapeDefault, escapeUnicode, floatDebug, utf8CharLen, utf8Len } from './fmtnum.js';
import { DEFAULT_SPEC, DebugBuilder, Formatter, Out, formatterPad, estimatedCapacity, formatOne, formatPieces } from './fmt.js';
import { detached, grownCap, headerAt, newString, newVec, pushStr, reserve, setCapacity, setStringText, stringText, strOf, vecChanged, vecElems, vecPush, type HeaderRef } from './heapops.js';
import { type Next, Callable, ChainIter, CharsIter, ClonedIter, DONE, EnumerateIter, FilterIter, FilterMapIter, FlattenIter, MapWhileIter, InspectIter, PeekIter, IterVal, ListIter, MapIter, PiecesIter, RevIter, SkipIter, StepByIter, TakeIter, UserIter, WhileIter, ZipIter, dropItem } from './iter.js';
import { ExitSignal, PanicSignal } from './signals.js';
import { byteOffsets, findMatches, piecesBetween, type Match, type StrPattern } from './strpat.js';
import { MAP_BUILTINS, collectTable, indexTable } from './hashmap.js';
import { HASH_BUILTINS } from './hash.js';
import { ChannelIter, THREAD_BUILTINS } from './threads.js';
import { type SliceRef, USIZE_TY, cloneValue, defaultValue, deref, elemPtr, iterNextAt, iterNextBackAt, recvSlice, recvStr, sliceValues, slicePtr, subStr, textOf, toIter } from './support.js';

const B = new Map<string, BuiltinFn>();
const def = (names: string | string[], fn: BuiltinFn) => {
  for (const n of Array.isArray(names) ? names : [names]) B.set(n, fn);
};

const NONE: Value[] = [0];
const some = (v: Value): Value[] => [1, v];
const ok = (v: Value): Value[] => [0, v];
const err = (v: Value): Value[] => [1, v];

/** The parse error payload of `str::parse` (its Debug/Display mimic std's). */
export class ParseErrVal {
  constructor(
    readonly kind: 'Empty' | 'InvalidDigit' | 'PosOverflow' | 'NegOverflow' | 'Float' | 'FloatEmpty' | 'Bool' | 'Char' | 'CharEmpty',
  ) {}
  debug(): string {
    if (this.kind === 'Float') return 'ParseFloatError { kind: Invalid }';
    if (this.kind === 'FloatEmpty') return 'ParseFloatError { kind: Empty }';
    if (this.kind === 'CharEmpty') return 'ParseCharError { kind: EmptyString }';
    if (this.kind === 'Bool') return 'ParseBoolError';
    if (this.kind === 'Char') return 'ParseCharError { kind: TooManyChars }';
    return `ParseIntError { kind: ${this.kind} }`;
  }
  display(): string {
    switch (this.kind) {
      case 'Empty':
        return 'cannot parse integer from empty string';
      case 'InvalidDigit':
        return 'invalid digit found in string';
      case 'PosOverflow':
        return 'number too large to fit in target type';
      case 'NegOverflow':
        return 'number too small to fit in target type';
      case 'Float':
        return 'invalid float literal';
      case 'FloatEmpty':
        return 'cannot parse float from empty string';
      case 'CharEmpty':
        return 'cannot parse char from empty string';
      case 'Bool':
        return 'provided string was not `true` or `false`';
      default:
        return 'too many characters in string';
    }
  }
}

/** The byte range `[a, b)` a range argument (`..`, `a..`, `..b`, `a..b`, `a..=b`) names in a text of `len` bytes. */
function byteRange(range: Value, rt: Ty, len: number): [number, number] {
  const r = range as Value[];
  const a = r[0] === null || r[0] === undefined ? 0 : Number(r[0]);
  const b = (r[1] === null || r[1] === undefined ? len : Number(r[1])) + (rt.k === 'builtin' && rt.name === 'RangeInclusive' ? 1 : 0);
  return [a, b];
}
function argTy(c: CallCtx, i: number): Ty {
  return c.argTys[i];
}
/** The referent type of argument i (`&T` → T). */
function refTy(m: Machine, c: CallCtx, i: number): Ty {
  return m.derefTy(c.argTys[i]);
}
function strArg(m: Machine, c: CallCtx, args: Value[], i: number): string {
  return textOf(m, c.argTys[i], args[i]);
}
/** The element type of a Vec header reached through `&mut Vec<T>` (arg 0). */
function vecElemTy(m: Machine, c: CallCtx): Ty {
  let t = c.argTys[0];
  while (t.k === 'ref') t = m.intern(t.inner);
  if (t.k === 'builtin' && t.args[0]) return m.intern(t.args[0]);
  return c.tyArgs[0] ?? USIZE_TY;
}
function vecHeader(m: Machine, args: Value[]): { h: Value[]; ref: HeaderRef } {
  let p = args[0] as Ptr;
  // `&mut &mut Vec` (a reborrow through a reference local): follow to the header.
  for (let i = 0; i < 4; i++) {
    const v = readAt(p.mem, p.path);
    if (v instanceof Ptr) p = v;
    else break;
  }
  return headerAt(p);
}
function track(m: Machine, c: CallCtx): string {
  return m.methodLocation(c.span);
}
function bracket(m: Machine, c: CallCtx): string {
  return (c.span && m.bracketLocation(c.span)) ?? m.spanLocation(c.span);
}

// ------------------------------------------------------------ fmt

function fmtArgs(m: Machine, c: CallCtx, args: Value[], from: number): { pieces: readonly FmtPiece[]; vals: Value[]; tys: Ty[] } {
  const pieces = (args[from] as { pieces: readonly FmtPiece[] }).pieces;
  const vals = args.slice(from + 1);
  const tys = vals.map((_, i) => c.tyArgs[i] ?? m.derefTy(c.argTys[from + 1 + i]));
  return { pieces, vals, tys };
}

def(['fmt::print', 'fmt::eprint'], (m, args, c) => {
  const { pieces, vals, tys } = fmtArgs(m, c, args, 0);
  const out = new Out();
  formatPieces(m, out, pieces, vals, tys);
  m.emitOutput(c.name === 'fmt::print' ? 'stdout' : 'stderr', out.text());
  return UNIT_VALUE;
});

// dbg!: `[main.rs:3:13] a * 2 = 4` on stderr, the location being the macro's.
def('fmt::dbg', (m, args, c) => {
  const { pieces, vals, tys } = fmtArgs(m, c, args, 0);
  const out = new Out();
  out.write(`[${m.spanLocation(c.span)}]`);
  if (pieces.length > 0) out.write(' ');
  formatPieces(m, out, pieces, vals, tys);
  m.emitOutput('stderr', pieces.length > 0 ? out.text() : out.text() + '\n');
  return UNIT_VALUE;
});

def('fmt::format', (m, args, c) => {
  const { pieces, vals, tys } = fmtArgs(m, c, args, 0);
  const out = new Out();
  formatPieces(m, out, pieces, vals, tys);
  return stringFromWrites(m, out.parts, estimatedCapacity(pieces));
});

def('fmt::panic', (m, args, c) => {
  const { pieces, vals, tys } = fmtArgs(m, c, args, 0);
  const out = new Out();
  formatPieces(m, out, pieces, vals, tys);
  // Nothing formatted in: std's payload is the `&'static str` itself.
  m.panic(out.text(), m.spanLocation(c.span), pieces.every((p) => p.k === 'lit'));
});

// `assert!(c)` failed: the message is "assertion failed: <source of c>", at the macro's call.
def('assert::failed', (m, args, c) => m.panic(strArg(m, c, args, 0), m.spanLocation(c.span), true));
// `assert_eq!`/`assert_ne!` failed: both sides printed with Debug, as core::panicking::assert_failed does.
def('assert::eq_failed', (m, args, c) => {
  const kind = strArg(m, c, args, 0);
  let msg = `assertion \`left ${kind} right\` failed`;
  if (args.length > 3) {
    const { pieces, vals, tys } = fmtArgs(m, { ...c, tyArgs: c.tyArgs.slice(2) }, args, 3);
    const out = new Out();
    formatPieces(m, out, pieces, vals, tys);
    msg += `: ${out.text()}`;
  }
  const left = formatOne(m, m.intern(c.tyArgs[0]), deref(args[1]), 'Debug').text();
  const right = formatOne(m, m.intern(c.tyArgs[1]), deref(args[2]), 'Debug').text();
  m.panic(`${msg}\n  left: ${left}\n right: ${right}`, m.spanLocation(c.span));
});

def(['fmt::write', 'Formatter::write_fmt'], (m, args, c) => {
  const f = deref(args[0]);
  const { pieces, vals, tys } = fmtArgs(m, c, args, 1);
  if (f instanceof Formatter) formatPieces(m, f.out, pieces, vals, tys);
  else if (Array.isArray(f)) {
    const out = new Out();
    formatPieces(m, out, pieces, vals, tys);
    const { h, ref } = vecHeader(m, args);
    pushStr(m, h, ref, out.text());
  }
  return ok(UNIT_VALUE);
});

// A hand-written `impl Debug`'s builders (the builder is a hidden value, as the Formatter is).
const DEBUG_BUILDERS: Record<string, DebugBuilder['kind']> = {
  'Formatter::debug_struct': 'struct', 'Formatter::debug_tuple': 'tuple', 'Formatter::debug_list': 'list', 'Formatter::debug_set': 'set', 'Formatter::debug_map': 'map',
};
def(Object.keys(DEBUG_BUILDERS), (m, args, c) => {
  const f = deref(args[0]);
  if (!(f instanceof Formatter)) throw new Error('a debug builder without a Formatter');
  const kind = DEBUG_BUILDERS[c.name];
  return new DebugBuilder(f, kind, kind === 'struct' || kind === 'tuple' ? strArg(m, c, args, 1) : '') as unknown as Value;
});
function debugBuilder(args: Value[]): DebugBuilder {
  return deref(args[0]) as unknown as DebugBuilder;
}
def(['DebugStruct::field', 'DebugTuple::field', 'DebugList::entry', 'DebugSet::entry'], (m, args, c) => {
  const named = c.name === 'DebugStruct::field';
  debugBuilder(args).add(m, named ? strArg(m, c, args, 1) : '', (named ? args[2] : args[1]) as Ptr);
  return args[0];
});
def(['DebugMap::entry', 'DebugMap::key', 'DebugMap::value'], (m, args, c) => {
  const b = debugBuilder(args);
  if (c.name !== 'DebugMap::value') b.addKey(m, args[1] as Ptr);
  if (c.name !== 'DebugMap::key') b.addValue(m, args[c.name === 'DebugMap::entry' ? 2 : 1] as Ptr);
  return args[0];
});
// `entries(iter)`: each item written, then dropped if the iterator owned it.
def(['DebugList::entries', 'DebugSet::entries', 'DebugMap::entries'], (m, args, c) => {
  const b = debugBuilder(args);
  const map = c.name === 'DebugMap::entries';
  const [kt, vt] = [m.intern(c.tyArgs[0]), map ? m.intern(c.tyArgs[1]) : undefined];
  const itemTy: Ty = vt ? { k: 'tuple', elems: [kt, vt] } : kt;
  const it = toIter(m, argTy(c, 1), args[1]);
  for (let x = it.next(m); x !== DONE; x = it.next(m)) {
    b.addItem(m, kt, x, vt);
    dropItem(m, itemTy, x);
  }
  it.drop(m);
  return args[0];
});
def(['DebugStruct::finish', 'DebugTuple::finish', 'DebugList::finish', 'DebugSet::finish', 'DebugMap::finish'], (m, args) => {
  debugBuilder(args).finish();
  return ok(UNIT_VALUE);
});
def(['DebugStruct::finish_non_exhaustive', 'DebugTuple::finish_non_exhaustive', 'DebugList::finish_non_exhaustive', 'DebugSet::finish_non_exhaustive', 'DebugMap::finish_non_exhaustive'], (m, args) => {
  debugBuilder(args).finish(true);
  return ok(UNIT_VALUE);
});

def('Formatter::pad', (m, args, c) => {
  const f = deref(args[0]);
  if (f instanceof Formatter) formatterPad(f, strArg(m, c, args, 1));
  return ok(UNIT_VALUE);
});
// What the `{}` being written asked for.
function formatterArg(args: Value[]): Formatter {
  const f = deref(args[0]);
  if (!(f instanceof Formatter)) throw new Error('a Formatter method without a Formatter');
  return f;
}
def(['Formatter::width', 'Formatter::precision'], (m, args, c) => {
  const spec = formatterArg(args).spec;
  const n = c.name.endsWith('width') ? spec.w : spec.p;
  return n === null || n === undefined ? NONE.slice() : some(n);
});
def('Formatter::alternate', (m, args) => formatterArg(args).spec.alternate);
def('Formatter::sign_plus', (m, args) => formatterArg(args).spec.sign === '+');
def('Formatter::fill', (m, args) => formatterArg(args).spec.fill.codePointAt(0)!);
def('Formatter::write_str', (m, args, c) => {
  const f = deref(args[0]);
  if (f instanceof Formatter) f.out.write(strArg(m, c, args, 1));
  return ok(UNIT_VALUE);
});

/** A String built by a sequence of writes starting from `cap` bytes: std's growth, one final block. */
function stringFromWrites(m: Machine, parts: readonly string[], initialCap: number): Value[] {
  let cap = initialCap;
  let len = 0;
  for (const p of parts) {
    const n = utf8Len(p);
    if (len + n > cap) cap = grownCap(cap, len + n, 1);
    len += n;
  }
  return newString(m, parts.join(''), cap);
}

function toStringOf(m: Machine, ty: Ty, v: Value): Value[] {
  let t = ty;
  let x = v;
  while (t.k === 'ref' && x instanceof Ptr && m.derefTy(t).k !== 'str') {
    // Through a `&dyn Error`: the concrete type's Display.
    const next = x.dyn ?? m.derefTy(t);
    x = readAt(x.mem, x.path);
    t = next;
  }
  if (t.k === 'ref' || t.k === 'str' || (t.k === 'builtin' && t.name === 'String')) return newString(m, textOf(m, t, x));
  if (t.k === 'char' || t.k === 'bool') return newString(m, t.k === 'bool' ? String(x) : String.fromCodePoint(x));
  if (t.k === 'int') {
    const s = I.intToString(x);
    const info = I.intInfo(t.int);
    if (!info.signed) return newString(m, s);
    const maxDigits = info.max.toString().length;
    return newString(m, s, maxDigits + (s[0] === '-' ? 1 : 0));
  }
  const out = formatOne(m, t, x, 'Display');
  return stringFromWrites(m, out.parts, 0);
}

// An error boxed as `Box<dyn Error>` (by `?` or `into()`): a `&str` or `String` becomes a boxed String
// (std's private StringError, which prints as the String does).
def('Box::dyn_error', (m, args, c) => {
  const t = argTy(c, 0);
  const isText = t.k === 'ref' || (t.k === 'builtin' && t.name === 'String');
  const concrete = isText ? m.intern({ k: 'builtin', name: 'String', args: [] }) : t;
  const value = t.k === 'ref' ? newString(m, textOf(m, t, args[0])) : args[0];
  return new Ptr(m.alloc(concrete, value), EMPTY_PATH, PtrKind.Box, -1, -1, concrete);
});
def(['ToString::to_string', 'int::to_string', 'float::to_string', 'char::to_string', 'str::to_string', 'str::to_owned', 'String::to_string', 'bool::to_string'], (m, args, c) => toStringOf(m, argTy(c, 0), args[0]));

// ------------------------------------------------------------ String

def('String::new', () => [null, 0, 0]);
def(['String::from', 'From::from', 'Into::into', 'str::into', 'String::from_str', 'String::from_into'], (m, args, c) => {
  const t = argTy(c, 0);
  if (t.k === 'builtin' && t.name === 'String') return args[0];
  if (t.k === 'char') return newString(m, String.fromCodePoint(args[0]));
  return newString(m, textOf(m, t, args[0]));
});
def('From::identity', (m, args) => args[0]);
// Option<Result<U, E>> ↔ Result<Option<U>, E>: None is Ok(None), and the other way round.
def('Option::flatten', (m, args) => {
  const o = args[0] as Value[];
  return o[0] === 0 ? NONE.slice() : o[1];
});
def('Option::transpose', (m, args) => {
  const o = args[0] as Value[];
  if (o[0] === 0) return ok(NONE.slice());
  const r = o[1] as Value[];
  return r[0] === 0 ? ok(some(r[1])) : err(r[1]);
});
def('Result::transpose', (m, args) => {
  const r = args[0] as Value[];
  if (r[0] === 1) return some(err(r[1]));
  const o = r[1] as Value[];
  return o[0] === 0 ? NONE.slice() : some(ok(o[1]));
});
// `u8::try_from(x)`, `x.try_into()`: the value if the target type holds it, else TryFromIntError(()).
def(['int::try_from', 'int::try_into'], (m, args, c) => {
  const d = c.destTy;
  const to = d.k === 'builtin' && d.name === 'Result' ? m.intern(d.args[0]) : d;
  if (to.k !== 'int') return ok(m.castValue(args[0], argTy(c, 0), to));
  const info = I.intInfo(to.int);
  const v = I.big(args[0]);
  return v < info.min || v > info.max ? err([UNIT_VALUE]) : ok(I.norm(v));
});
// Ranges: [start, end] (RangeInclusive: [start, end, exhausted]), compared as their element type.
function rangeParts(m: Machine, c: CallCtx, args: Value[]): { r: Value[]; t: Ty; inclusive: boolean } {
  const rt = m.derefTy(argTy(c, 0)) as Extract<Ty, { k: 'builtin' }>;
  return { r: deref(args[0]) as Value[], t: m.intern(rt.args[0]), inclusive: rt.name === 'RangeInclusive' };
}
const rangeCmp = (m: Machine, t: Ty, a: Value, b: Value): number => m.hooks.valueCmp(m, t, a, b) ?? 0;
def(['Range::contains', 'RangeInclusive::contains'], (m, args, c) => {
  const { r, t, inclusive } = rangeParts(m, c, args);
  const x = deref(args[1]);
  return rangeCmp(m, t, r[0], x) <= 0 && (inclusive ? rangeCmp(m, t, x, r[1]) <= 0 : rangeCmp(m, t, x, r[1]) < 0);
});
def(['Range::is_empty', 'RangeInclusive::is_empty'], (m, args, c) => {
  const { r, t, inclusive } = rangeParts(m, c, args);
  return inclusive ? !!r[2] || rangeCmp(m, t, r[0], r[1]) > 0 : rangeCmp(m, t, r[0], r[1]) >= 0;
});
def('Range::len', (m, args, c) => {
  const { r } = rangeParts(m, c, args);
  const n = I.big(r[1]) - I.big(r[0]);
  return n > 0n ? I.norm(n) : 0;
});
def(['RangeInclusive::start', 'RangeInclusive::end'], (m, args, c) => {
  const p = args[0] as Ptr;
  return new Ptr(p.mem, [...p.path, c.name.endsWith('start') ? 0 : 1], PtrKind.Ref);
});
/** A Vec's (or String's) buffer as a `Box<[T]>` (`Box<str>`): shrunk to its length first (a reallocation when it had spare room). */
function boxedSlice(m: Machine, h: Value[]): Ptr {
  const buf = h[0] as Mem | null;
  const len = h[2] as number;
  // An empty boxed slice owns no allocation: std's dangling pointer.
  if (!buf || len === 0) {
    if (buf) m.free(buf);
    return new Ptr(m.dangling, EMPTY_PATH, PtrKind.Box, 0, 0);
  }
  if ((h[1] as number) > len) m.realloc(buf, len);
  return new Ptr(buf, EMPTY_PATH, PtrKind.Box, 0, len);
}
def('Vec::into_boxed_slice', (m, args) => boxedSlice(m, args[0] as Value[]));
// A String's buffer shrunk to its length (`into_boxed_str`), or a fresh block holding a `&str`'s text.
def(['String::into_boxed_str', 'str::into_boxed_str'], (m, args, c) => {
  if (c.name === 'str::into_boxed_str') {
    const text = strArg(m, c, args, 0);
    if (text.length === 0) return new Ptr(m.dangling, EMPTY_PATH, PtrKind.Box, 0, 0);
    return new Ptr(m.alloc(m.intern({ k: 'str' }), text), EMPTY_PATH, PtrKind.Box, 0, utf8Len(text));
  }
  return boxedSlice(m, args[0] as Value[]);
});
def('slice::array_map', (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  const out = (args[0] as Value[]).map((x) => f.call(m, [x]));
  f.drop(m);
  return out;
});
// `slice.try_into()` as a `[T; N]`: a copy of the elements when the slice has exactly N, else TryFromSliceError(()).
def('slice::slice_try_into', (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const d = c.destTy;
  const arr = d.k === 'builtin' && d.name === 'Result' ? m.intern(d.args[0]) : d;
  if (arr.k !== 'array' || fixedLen(arr) !== s.len) return err([UNIT_VALUE]);
  return ok(sliceValues(s).map((x) => cloneValue(m, s.elemTy, x)));
});
def(['Box::slice_into_vec', 'Box::str_into_string'], (m, args) => {
  const p = args[0] as Ptr;
  if (p.mem === m.dangling) return [null, 0, 0];
  return [p.mem, p.len, p.len];
});
def('Weak::strong_count', (m, args) => {
  const p = deref(args[0]);
  return p instanceof Ptr && p.mem.live ? ((p.mem.v as Value[])[0] as number) : 0;
});
// std counts the Weak pointers while a strong one is left, and says 0 after.
def('Weak::weak_count', (m, args) => {
  const p = deref(args[0]);
  if (!(p instanceof Ptr) || !p.mem.live) return 0;
  const rc = p.mem.v as Value[];
  return rc[0] === 0 ? 0 : (rc[1] as number) - 1;
});
def('Option::and', (m, args, c) => {
  const o = args[0] as Value[];
  if (o[0] === 1) {
    dropItem(m, payloadTy(m, c), o[1]);
    return args[1];
  }
  dropItem(m, c.argTys[1], args[1]);
  return NONE.slice();
});
// Ok wins for `or`, Err for `and`; the value not returned is dropped.
def(['Result::or', 'Result::and'], (m, args, c) => {
  const r = args[0] as Value[];
  const keep = c.name === 'Result::or' ? r[0] === 0 : r[0] === 1;
  if (keep) {
    dropItem(m, c.argTys[1], args[1]);
    return r;
  }
  dropItem(m, payloadTy(m, c, r[0]), r[1]);
  return args[1];
});
// `e.kind()`: std's IntErrorKind, the prelude enum, in a cell of its own to point at.
def('ParseIntError::kind', (m, args, c) => {
  const e = deref(args[0]);
  const kinds = ['Empty', 'InvalidDigit', 'PosOverflow', 'NegOverflow', 'Zero'];
  const index = e instanceof ParseErrVal ? Math.max(0, kinds.indexOf(e.kind)) : 1;
  const t = m.derefTy(c.destTy);
  return new Ptr(m.tempMem(t, [index]), EMPTY_PATH, PtrKind.Ref);
});
def('String::retain', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const f = new Callable(m, argTy(c, 1), args[1]);
  let kept = '';
  for (const ch of stringText(h)) if (f.call(m, [ch.codePointAt(0)])) kept += ch;
  f.drop(m);
  setStringText(m, h, ref, kept);
  return UNIT_VALUE;
});
def('String::drain', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  const len = h[2] as number;
  const [a, b] = byteRange(args[1], argTy(c, 1), len);
  if (a > b) m.panic(`slice index starts at ${a} but ends at ${b}`, track(m, c));
  if (b > len) m.panic(`range end index ${b} out of range for slice of length ${len}`, track(m, c));
  const [i, j] = [byteToIndex(text, a), byteToIndex(text, b)];
  if (i < 0 || j < 0) m.panic('assertion failed: self.is_char_boundary(start)', track(m, c), true);
  setStringText(m, h, ref, text.slice(0, i) + text.slice(j));
  return new CharsIter(text.slice(i, j), 'chars');
});
def('str::is_char_boundary', (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const i = Number(args[1]);
  return i === 0 || i === s.len || (i < s.len && byteToIndex(s.text, i) >= 0);
});
def('str::get', (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const [a, b] = byteRange(args[1], argTy(c, 1), s.len);
  const ok = a <= b && b <= s.len && (a === s.len || byteToIndex(s.text, a) >= 0) && (b === s.len || byteToIndex(s.text, b) >= 0);
  return ok ? some(subStr(s, a, b - a)) : NONE.slice();
});
def('bool::then_some', (m, args) => (args[0] ? some(args[1]) : NONE.slice()));
def('bool::then', (m, args, c) => {
  // The closure is taken by value: called or not, what it captured goes at the end of the call.
  const f = new Callable(m, argTy(c, 1), args[1]);
  const r = args[0] ? some(f.call(m, [])) : NONE.slice();
  f.drop(m);
  return r;
});
def('char::into', (m, args, c) => (c.destTy.k === 'builtin' && c.destTy.name === 'String' ? newString(m, String.fromCodePoint(args[0])) : args[0]));
def('String::with_capacity', (m, args) => newString(m, '', Number(args[0])));

/**
 * Where UTF-8 decoding of `bytes` fails, as std's validation reports it: the length of the valid
 * prefix, and the length of the invalid sequence after it (null: the input ends inside a char).
 */
export function utf8Failure(bytes: readonly number[]): { validUpTo: number; errorLen: number | null } | null {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    // The sequence length and the range its second byte must fall in (the rest are 0x80..=0xBF).
    let n: number, lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) n = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      n = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      n = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return { validUpTo: i, errorLen: 1 };
    for (let k = 1; k < n; k++) {
      if (i + k >= bytes.length) return { validUpTo: i, errorLen: null };
      const x = bytes[i + k];
      if (k === 1 ? x < lo || x > hi : x < 0x80 || x > 0xbf) return { validUpTo: i, errorLen: k };
    }
    i += n;
  }
  return null;
}

// A Vec<u8> becomes a String (or back) in the same buffer: the block is freed and taken again at
// once, so the allocator hands back the same address, now holding the other type.
def('String::from_utf8', (m, args) => {
  const h = args[0] as Value[];
  const bytes = vecElems(h) as number[];
  const failure = utf8Failure(bytes);
  if (failure) {
    const { validUpTo, errorLen } = failure;
    return err([h, [validUpTo, errorLen === null ? NONE.slice() : some(errorLen)]]);
  }
  const buf = h[0] as Mem | null;
  if (!buf) return ok([null, h[1], 0]);
  m.free(buf);
  return ok(newString(m, new TextDecoder().decode(new Uint8Array(bytes)), h[1] as number));
});
def('String::from_utf8_lossy', (m, args, c) => {
  const bytes = sliceValues(recvSlice(m, argTy(c, 0), args[0])) as number[];
  const decode = (xs: number[]) => new TextDecoder().decode(new Uint8Array(xs));
  if (!utf8Failure(bytes)) {
    const mem = m.tempMem(m.intern({ k: 'str' }), decode(bytes));
    mem.size = bytes.length;
    return [0, new Ptr(mem, EMPTY_PATH, PtrKind.Ref, 0, bytes.length)];
  }
  // std's: a String of the bytes' length, each valid run then U+FFFD pushed on (growing as push_str does).
  let text = '';
  let cap = bytes.length;
  let len = 0;
  const push = (piece: string) => {
    const needed = len + utf8Len(piece);
    if (needed > cap) cap = grownCap(cap, needed, 1);
    text += piece;
    len = needed;
  };
  for (let i = 0; i < bytes.length;) {
    const rest = bytes.slice(i);
    const failure = utf8Failure(rest);
    if (!failure) { push(decode(rest)); break; }
    push(decode(rest.slice(0, failure.validUpTo)));
    push('\uFFFD');
    i += failure.validUpTo + (failure.errorLen ?? rest.length - failure.validUpTo);
  }
  return [1, newString(m, text, cap)];
});
def('String::into_bytes', (m, args) => {
  const h = args[0] as Value[];
  const buf = h[0] as Mem | null;
  if (!buf) return [null, h[1], 0];
  const bytes = [...new TextEncoder().encode(buf.v as string)];
  m.free(buf);
  return newVec(m, m.intern({ k: 'int', int: 'u8' }), bytes, h[1] as number);
});
def('str::from_utf8', (m, args, c) => {
  const bytes = sliceValues(recvSlice(m, argTy(c, 0), args[0])) as number[];
  const failure = utf8Failure(bytes);
  if (failure) return err([failure.validUpTo, failure.errorLen === null ? NONE.slice() : some(failure.errorLen)]);
  const mem = m.tempMem(m.intern({ k: 'str' }), new TextDecoder().decode(new Uint8Array(bytes)));
  mem.size = bytes.length;
  return ok(new Ptr(mem, EMPTY_PATH, PtrKind.Ref, 0, bytes.length));
});
def('FromUtf8Error::into_bytes', (m, args) => (args[0] as Value[])[0]);
def('FromUtf8Error::utf8_error', (m, args) => cloneInline(readAt((args[0] as Ptr).mem, (args[0] as Ptr).path)[1]));
def('Utf8Error::valid_up_to', (m, args) => readAt((args[0] as Ptr).mem, (args[0] as Ptr).path)[0]);
def('Utf8Error::error_len', (m, args) => cloneInline(readAt((args[0] as Ptr).mem, (args[0] as Ptr).path)[1]));
def('String::push_str', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  pushStr(m, h, ref, strArg(m, c, args, 1));
  return UNIT_VALUE;
});
// std's Extend<char> (and <&char>) reserves the size hint's lower bound first; <&str> and <String> push each piece.
def('String::extend', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const item = m.intern(c.tyArgs[0]);
  const it = toIter(m, argTy(c, 1), args[1]);
  const chars = item.k === 'char' || (item.k === 'ref' && item.inner.k === 'char');
  if (chars) reserve(m, h, ref, it.sizeHint()[0], null);
  for (let x = it.next(m); x !== DONE; x = it.next(m)) {
    pushStr(m, h, ref, chars ? String.fromCodePoint(deref(x) as number) : textOf(m, item, x));
    if (m.needsDrop(item)) dropItem(m, item, x);
  }
  it.drop(m);
  return UNIT_VALUE;
});
def('String::push', (m, args) => {
  const { h, ref } = vecHeader(m, args);
  pushStr(m, h, ref, String.fromCodePoint(args[1]));
  return UNIT_VALUE;
});
// fmt::Write for String: the same appends, which never fail.
def(['String::write_str', 'String::write_char'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  pushStr(m, h, ref, c.name === 'String::write_char' ? String.fromCodePoint(args[1]) : strArg(m, c, args, 1));
  return ok(UNIT_VALUE);
});
def('String::pop', (m, args) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  if (!text.length) return NONE;
  const chars = [...text];
  const last = chars.pop()!;
  setStringText(m, h, ref, chars.join(''));
  return some(last.codePointAt(0)!);
});
// ------------------------------------------------------------ Ord::cmp

/** An `Ordering` value from a comparison's sign: its variants are Less, Equal, Greater in that order. */
const ordering = (sign: number): Value => [sign < 0 ? 0 : sign === 0 ? 1 : 2];
// `a.cmp(&b)`: both are references, which the machine's comparison looks through (strings by code point).
def(['int::cmp', 'char::cmp', 'str::cmp'], (m, args, c) => ordering(m.hooks.valueCmp(m, argTy(c, 0), args[0], args[1]) ?? 0));
// Floats have no order with NaN: `partial_cmp` is None then.
def(['int::partial_cmp', 'float::partial_cmp'], (m, args, c) => {
  const sign = m.hooks.valueCmp(m, argTy(c, 0), args[0], args[1]);
  return sign === null || sign === undefined || Number.isNaN(sign) ? NONE.slice() : some(ordering(sign));
});
// NaN (which the machine keeps without its sign: as std's `NAN`) after everything, -0.0 before 0.0.
def('float::total_cmp', (m, args) => {
  const a = deref(args[0]) as number, b = deref(args[1]) as number;
  if (Number.isNaN(a) || Number.isNaN(b)) return ordering(Number(Number.isNaN(a)) - Number(Number.isNaN(b)));
  if (a === b) return ordering(Number(Object.is(b, -0)) - Number(Object.is(a, -0)));
  return ordering(a < b ? -1 : 1);
});
const sign = (o: Value): number => ((o as Value[])[0] as number) - 1;
def('Ordering::then', (m, args) => (sign(args[0]) !== 0 ? args[0] : args[1]));
def('Ordering::then_with', (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  const r = sign(args[0]) !== 0 ? args[0] : f.call(m, []);
  f.drop(m);
  return r;
});
def('Ordering::reverse', (m, args) => ordering(-sign(args[0])));
def('Ordering::is_eq', (m, args) => sign(args[0]) === 0);
def('Ordering::is_ne', (m, args) => sign(args[0]) !== 0);
def('Ordering::is_lt', (m, args) => sign(args[0]) < 0);
def('Ordering::is_gt', (m, args) => sign(args[0]) > 0);
def('Ordering::is_le', (m, args) => sign(args[0]) <= 0);
def('Ordering::is_ge', (m, args) => sign(args[0]) >= 0);

def(['String::len', 'str::len'], (m, args, c) => recvStr(m, argTy(c, 0), args[0]).len);
def(['String::is_empty', 'str::is_empty'], (m, args, c) => recvStr(m, argTy(c, 0), args[0]).len === 0);
def('String::capacity', (m, args) => vecHeader(m, args).h[1]);
// `x.as_ref()` through a `T: AsRef<U>` bound: std's impl of the type T is at run time.
def(['AsRef::as_ref', 'AsMut::as_mut'], (m, args, c) => {
  const target = m.intern(c.tyArgs[c.tyArgs.length - 1]);
  const ty = argTy(c, 0);
  let inner = m.derefTy(ty);
  while (inner.k === 'ref' || (inner.k === 'builtin' && inner.name === 'Box')) inner = m.derefTy(inner);
  const text = inner.k === 'str' || (inner.k === 'builtin' && inner.name === 'String');
  if (target.k === 'str' && text) {
    const s = recvStr(m, ty, args[0]);
    return subStr(s, 0, s.len);
  }
  if (target.k === 'slice' && text) return B.get('str::as_bytes')!(m, args, c);
  if (target.k === 'slice') {
    const s = recvSlice(m, ty, args[0]);
    return slicePtr(s, 0, s.len, c.name === 'AsMut::as_mut');
  }
  // std's impls for references and Box: through them, to the value of the type asked for, or to a
  // type of the program with its own impl (`shout(&slug)` with `impl AsRef<str> for Slug`).
  let t = ty;
  let v = args[0];
  const method = c.name === 'AsMut::as_mut' ? 'as_mut' : 'as_ref';
  for (let i = 0; i < 8 && (t.k === 'ref' || (t.k === 'builtin' && t.name === 'Box')); i++) {
    const inner = m.derefTy(t);
    if (m.tyStr(inner) === m.tyStr(target)) return v;
    const own = inner.k === 'adt' ? m.userImpl(method === 'as_mut' ? 'AsMut' : 'AsRef', method, inner) : null;
    if (own && own.kind === 'user') return m.invoke(own.inst, [v], m.curSpan);
    v = readAt((v as Ptr).mem, (v as Ptr).path);
    t = inner;
  }
  throw new Error(`no AsRef<${m.tyStr(target)}> for ${m.tyStr(ty)}`);
});
def(['String::as_str', 'String::deref', 'String::as_ref', 'String::borrow'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  return subStr(s, 0, s.len);
});
def(['String::make_ascii_uppercase', 'String::make_ascii_lowercase'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  setStringText(m, h, ref, c.name.endsWith('uppercase') ? text.replace(/[a-z]/g, (ch) => ch.toUpperCase()) : text.replace(/[A-Z]/g, (ch) => ch.toLowerCase()));
  return UNIT_VALUE;
});
def('str::is_ascii', (m, args, c) => /^[\x00-\x7f]*$/.test(strArg(m, c, args, 0)));
def('String::clear', (m, args) => {
  const { h, ref } = vecHeader(m, args);
  setStringText(m, h, ref, '');
  return UNIT_VALUE;
});
def('String::replace_range', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  const len = h[2] as number;
  const [a, b] = byteRange(args[1], argTy(c, 1), len);
  const [i, j] = [byteToIndex(text, a), byteToIndex(text, b)];
  if (i < 0) m.panic('assertion failed: self.is_char_boundary(n)', track(m, c), true);
  if (j < 0) m.panic('assertion failed: self.is_char_boundary(n)', track(m, c), true);
  if (a > b) m.panic(`slice index starts at ${a} but ends at ${b}`, track(m, c));
  setStringText(m, h, ref, text.slice(0, i) + strArg(m, c, args, 2) + text.slice(j));
  return UNIT_VALUE;
});
// `s.split_off(at)`: the bytes from `at` on move to a new String; `s` keeps the rest (and its capacity).
def('String::split_off', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  const at = Number(args[1]);
  const i = at > (h[2] as number) ? -1 : byteToIndex(text, at);
  if (i < 0) m.panic('assertion failed: self.is_char_boundary(at)', track(m, c), true);
  const rest = text.slice(i);
  setStringText(m, h, ref, text.slice(0, i));
  return newString(m, rest, utf8Len(rest));
});
def('String::truncate', (m, args) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  const n = Number(args[1]);
  if (n >= (h[2] as number)) return UNIT_VALUE;
  const idx = byteToIndex(text, n);
  if (idx < 0) m.panic('assertion failed: self.is_char_boundary(new_len)');
  setStringText(m, h, ref, text.slice(0, idx));
  return UNIT_VALUE;
});
def('String::insert', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  const at = Number(args[1]);
  const idx = byteToIndex(text, at);
  if (idx < 0) m.panic('assertion failed: self.is_char_boundary(idx)', track(m, c), true);
  const ch = String.fromCodePoint(args[2]);
  reserve(m, h, ref, utf8Len(ch), null);
  setStringText(m, h, ref, text.slice(0, idx) + ch + text.slice(idx));
  return UNIT_VALUE;
});
def('String::remove', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  const at = Number(args[1]);
  const idx = byteToIndex(text, at);
  if (at >= (h[2] as number)) m.panic('cannot remove a char from the end of a string', track(m, c));
  if (idx < 0) m.panic('assertion failed: self.is_char_boundary(idx)', track(m, c), true);
  const ch = text.codePointAt(idx)!;
  setStringText(m, h, ref, text.slice(0, idx) + text.slice(idx + String.fromCodePoint(ch).length));
  return ch;
});
def('String::insert_str', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const text = stringText(h);
  const idx = byteToIndex(text, Number(args[1]));
  if (idx < 0) m.panic('assertion failed: self.is_char_boundary(idx)', track(m, c), true);
  const piece = strArg(m, c, args, 2);
  reserve(m, h, ref, utf8Len(piece), null);
  setStringText(m, h, ref, text.slice(0, idx) + piece + text.slice(idx));
  return UNIT_VALUE;
});
def(['String::add', 'Add::add'], (m, args, c) => {
  const h = args[0] as Value[];
  pushStr(m, h, detached(h), strArg(m, c, args, 1));
  return h;
});
def(['String::add_assign', 'AddAssign::add_assign'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  pushStr(m, h, ref, strArg(m, c, args, 1));
  return UNIT_VALUE;
});

// ------------------------------------------------------------ str

def('str::to_uppercase', (m, args, c) => {
  const t = strArg(m, c, args, 0);
  const up = t.toUpperCase();
  return newString(m, up, Math.max(utf8Len(t), utf8Len(up)));
});
def('str::to_lowercase', (m, args, c) => {
  const t = strArg(m, c, args, 0);
  const lo = t.toLowerCase();
  return newString(m, lo, Math.max(utf8Len(t), utf8Len(lo)));
});
const asciiLower = (t: string) => t.replace(/[A-Z]/g, (ch) => ch.toLowerCase());
def(['str::to_ascii_lowercase', 'str::to_ascii_uppercase'], (m, args, c) => {
  const t = strArg(m, c, args, 0);
  return newString(m, c.name.endsWith('lowercase') ? asciiLower(t) : t.replace(/[a-z]/g, (ch) => ch.toUpperCase()));
});
def('str::eq_ignore_ascii_case', (m, args, c) => asciiLower(strArg(m, c, args, 0)) === asciiLower(strArg(m, c, args, 1)));
const WS = /[\s]/u;
function trimRange(text: string, start: boolean, end: boolean): [number, number] {
  const chars = [...text];
  let a = 0;
  let b = chars.length;
  if (start) while (a < b && WS.test(chars[a])) a++;
  if (end) while (b > a && WS.test(chars[b - 1])) b--;
  const byteA = utf8Len(chars.slice(0, a).join(''));
  const byteLen = utf8Len(chars.slice(a, b).join(''));
  return [byteA, byteLen];
}
def(['str::trim_matches', 'str::trim_start_matches', 'str::trim_end_matches'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const pred = charPredicate(m, argTy(c, 1), args[1]);
  if (pred) {
    const chars = [...s.text];
    let a = 0, b = chars.length;
    if (!c.name.endsWith('_end_matches')) while (a < b && pred(chars[a].codePointAt(0)!)) a++;
    if (!c.name.endsWith('_start_matches')) while (b > a && pred(chars[b - 1].codePointAt(0)!)) b--;
    const byteA = utf8Len(chars.slice(0, a).join(''));
    return subStr(s, byteA, utf8Len(chars.slice(a, b).join('')));
  }
  const pat = patternOf(m, argTy(c, 1), args[1]);
  let a = 0, b = s.text.length;
  if (pat.length > 0) {
    if (!c.name.endsWith('_end_matches')) while (s.text.startsWith(pat, a) && a + pat.length <= b) a += pat.length;
    if (!c.name.endsWith('_start_matches')) while (b - pat.length >= a && s.text.endsWith(pat, b) && b > a) b -= pat.length;
  }
  const byteA = utf8Len(s.text.slice(0, a));
  return subStr(s, byteA, utf8Len(s.text.slice(a, b)));
});
def(['str::trim', 'str::trim_start', 'str::trim_end'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const [a, n] = trimRange(s.text, !c.name.endsWith('_end'), !c.name.endsWith('_start'));
  return subStr(s, a, n);
});
def('str::chars', (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  return new CharsIter(s.text, 'chars', s);
});
// `chars.as_str()`: what is left of the string, pointing into it.
def('Iter::as_str', (m, args) => {
  const it = deref(args[0]);
  if (!(it instanceof CharsIter) || !it.src) return m.strLiteral('');
  const [a, b] = it.rest();
  return new Ptr(it.src.mem, it.src.path, PtrKind.Ref, it.src.off + a, b - a);
});
def('str::char_indices', (m, args, c) => new CharsIter(strArg(m, c, args, 0), 'indices'));
def('str::bytes', (m, args, c) => new CharsIter(strArg(m, c, args, 0), 'bytes'));
def('str::split_at', (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const mid = Number(args[1]);
  if (mid > s.len) m.panic(`end byte index ${mid} is out of bounds of \`${s.text}\``, track(m, c));
  if (byteToIndex(s.text, mid) < 0) m.panic(`byte index ${mid} is not a char boundary of \`${s.text}\``, track(m, c));
  return [subStr(s, 0, mid), subStr(s, mid, s.len - mid)];
});
def('str::as_bytes', (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const bytes = [...new TextEncoder().encode(s.text)];
  const cell = m.tempMem(m.intern({ k: 'array', elem: { k: 'int', int: 'u8' }, len: bytes.length }), bytes);
  return new Ptr(cell, EMPTY_PATH, PtrKind.Ref, 0, bytes.length);
});

/**
 * A pattern that matches single chars: a closure or fn taking a char (`char::is_whitespace`), or a
 * set of chars (`&[' ', ',']`). Null for a string or char pattern.
 */
function charPredicate(m: Machine, ty: Ty, v: Value): ((cp: number) => boolean) | null {
  let t = ty;
  let x = v;
  while (t.k === 'ref' && x instanceof Ptr) {
    const inner = m.derefTy(t);
    if (inner.k === 'str') return null;
    if (inner.k === 'slice' || inner.k === 'array') {
      const set = new Set(sliceValues(recvSlice(m, t, x)) as number[]);
      return (cp) => set.has(cp);
    }
    x = readAt(x.mem, x.path);
    t = inner;
  }
  if (t.k === 'array') {
    const set = new Set(x as number[]);
    return (cp) => set.has(cp);
  }
  if (t.k !== 'closure' && t.k !== 'fndef' && t.k !== 'fnptr') return null;
  const f = new Callable(m, t, x);
  const test = (cp: number) => !!f.call(m, [cp]);
  // The closure was taken by value: what it captured goes once the search is done.
  m.afterBuiltin(() => f.drop(m));
  return test;
}

function patternOf(m: Machine, ty: Ty, v: Value): string {
  if (ty.k === 'char') return String.fromCodePoint(v);
  return textOf(m, ty, v);
}

/** The pattern argument of a str method: a string or char, a set of chars, or a char predicate. */
function patternArg(m: Machine, ty: Ty, v: Value): StrPattern {
  const test = charPredicate(m, ty, v);
  return test ? { test } : { text: patternOf(m, ty, v) };
}

/** `&str`s into `s` for [start, end) ranges of its text (UTF-16 indices). */
function substrings(s: ReturnType<typeof recvStr>, ranges: readonly Match[]): Ptr[] {
  const byte = byteOffsets(s.text);
  return ranges.map(([a, b]) => subStr(s, byte(a), byte(b) - byte(a)));
}

// split, rsplit, splitn, rsplitn, split_terminator, split_inclusive: pieces between the matches.
def(['str::split', 'str::rsplit', 'str::split_terminator', 'str::split_inclusive'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const fromEnd = c.name === 'str::rsplit';
  const matches = findMatches(s.text, patternArg(m, argTy(c, 1), args[1]), fromEnd);
  let pieces = piecesBetween(s.text, matches, fromEnd);
  if (c.name === 'str::split_inclusive') {
    // Each piece keeps the match that ends it; no empty piece after a final match.
    pieces = matches.map(([, b], i) => [i === 0 ? 0 : matches[i - 1][1], b] as Match);
    const last = matches.length ? matches[matches.length - 1][1] : 0;
    if (last < s.text.length || s.text.length === 0) pieces.push([last, s.text.length]);
    if (s.text.length === 0) pieces = [];
  }
  // split_terminator: no empty piece after a final separator.
  if (c.name === 'str::split_terminator' && pieces.length > 0) {
    const [a, b] = pieces[pieces.length - 1];
    if (a === b) pieces.pop();
  }
  return new PiecesIter(substrings(s, pieces));
});
def(['str::splitn', 'str::rsplitn'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const n = Number(args[1]);
  const fromEnd = c.name === 'str::rsplitn';
  if (n === 0) return new PiecesIter([]);
  // The last piece is the rest of the text, separators and all.
  const matches = findMatches(s.text, patternArg(m, argTy(c, 2), args[2]), fromEnd, n - 1);
  return new PiecesIter(substrings(s, piecesBetween(s.text, matches, fromEnd)));
});
def(['str::matches', 'str::rmatches'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  return new PiecesIter(substrings(s, findMatches(s.text, patternArg(m, argTy(c, 1), args[1]), c.name === 'str::rmatches')));
});
def(['str::match_indices', 'str::rmatch_indices'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const matches = findMatches(s.text, patternArg(m, argTy(c, 1), args[1]), c.name === 'str::rmatch_indices');
  const byte = byteOffsets(s.text);
  const strs = substrings(s, matches);
  return new PiecesIter(matches.map(([a], i) => [byte(a), strs[i]]));
});
// split_ascii_whitespace splits at ' ', '\t', '\n', '\x0C' and '\r' only.
def(['str::split_whitespace', 'str::split_ascii_whitespace'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const items: Ptr[] = [];
  const re = c.name === 'str::split_ascii_whitespace' ? /[^ \t\n\f\r]+/gu : /\S+/gu;
  for (let r = re.exec(s.text); r; r = re.exec(s.text)) items.push(subStr(s, utf8Len(s.text.slice(0, r.index)), utf8Len(r[0])));
  return new PiecesIter(items);
});
def('str::lines', (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const items: Ptr[] = [];
  let b = 0;
  const parts = s.text.split('\n');
  parts.forEach((line, i) => {
    if (i === parts.length - 1 && line === '') return;
    const n = utf8Len(line);
    items.push(subStr(s, b, line.endsWith('\r') ? n - 1 : n));
    b += n + 1;
  });
  return new PiecesIter(items);
});
def(['str::contains', 'str::starts_with', 'str::ends_with'], (m, args, c) => {
  const t = strArg(m, c, args, 0);
  const pred = charPredicate(m, argTy(c, 1), args[1]);
  if (pred) {
    const chars = [...t];
    if (c.name === 'str::contains') return chars.some((ch) => pred(ch.codePointAt(0)!));
    const ch = c.name === 'str::starts_with' ? chars[0] : chars[chars.length - 1];
    return ch !== undefined && pred(ch.codePointAt(0)!);
  }
  const pat = patternOf(m, argTy(c, 1), args[1]);
  return c.name === 'str::contains' ? t.includes(pat) : c.name === 'str::starts_with' ? t.startsWith(pat) : t.endsWith(pat);
});
def(['str::find', 'str::rfind'], (m, args, c) => {
  const t = strArg(m, c, args, 0);
  const [match] = findMatches(t, patternArg(m, argTy(c, 1), args[1]), c.name === 'str::rfind', 1);
  return match ? some(byteOffsets(t)(match[0])) : NONE;
});
def(['str::split_once', 'str::rsplit_once'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const [match] = findMatches(s.text, patternArg(m, argTy(c, 1), args[1]), c.name === 'str::rsplit_once', 1);
  if (!match) return NONE.slice();
  const [before, after] = substrings(s, [[0, match[0]], [match[1], s.text.length]]);
  return some([before, after]);
});
def(['str::strip_prefix', 'str::strip_suffix'], (m, args, c) => {
  const s = recvStr(m, argTy(c, 0), args[0]);
  const pat = patternArg(m, argTy(c, 1), args[1]);
  const prefix = c.name.endsWith('prefix');
  let cut: number;
  if ('text' in pat) {
    if (prefix ? !s.text.startsWith(pat.text) : !s.text.endsWith(pat.text)) return NONE.slice();
    cut = prefix ? pat.text.length : s.text.length - pat.text.length;
  } else {
    // A char pattern strips one char.
    const [match] = findMatches(s.text, pat, !prefix, 1);
    if (!match || (prefix ? match[0] !== 0 : match[1] !== s.text.length)) return NONE.slice();
    cut = prefix ? match[1] : match[0];
  }
  return some(substrings(s, [prefix ? [cut, s.text.length] : [0, cut]])[0]);
});
def(['str::replace', 'str::replacen'], (m, args, c) => {
  const t = strArg(m, c, args, 0);
  const limit = c.name === 'str::replacen' ? Number(args[3]) : Infinity;
  const matches = findMatches(t, patternArg(m, argTy(c, 1), args[1]), false, limit);
  const to = strArg(m, c, args, 2);
  const writes: string[] = [];
  let prev = 0;
  for (const [a, b] of matches) {
    writes.push(t.slice(prev, a), to);
    prev = b;
  }
  writes.push(t.slice(prev));
  // replace grows a String from the text's length as it writes; replacen starts at that capacity.
  return c.name === 'str::replace' ? stringFromWrites(m, writes, utf8Len(t)) : newString(m, writes.join(''), utf8Len(t));
});
def('str::repeat', (m, args, c) => newString(m, strArg(m, c, args, 0).repeat(Number(args[1]))));
def('str::parse', (m, args, c) => {
  const t = strArg(m, c, args, 0);
  let target = c.tyArgs[0];
  if (!target || target.k === 'param' || target.k === 'infer') {
    const d = c.destTy;
    target = d.k === 'builtin' && d.name === 'Result' ? m.intern(d.args[0]) : USIZE_TY;
  }
  return parseTo(target, t);
});

function parseTo(t: Ty, s: string): Value {
  if (t.k === 'int') {
    if (s.length === 0) return err(new ParseErrVal('Empty'));
    const info = I.intInfo(t.int);
    const r = I.parseInt(info, s);
    if (r === null) return err(new ParseErrVal(s === '-' || s === '+' ? 'InvalidDigit' : 'InvalidDigit'));
    if (r === 'overflow') return err(new ParseErrVal(s[0] === '-' ? 'NegOverflow' : 'PosOverflow'));
    return ok(r);
  }
  if (t.k === 'float') {
    if (s.length === 0) return err(new ParseErrVal('FloatEmpty'));
    if (!/^[+-]?(\d+\.?\d*([eE][+-]?\d+)?|\.\d+([eE][+-]?\d+)?|inf|infinity|nan)$/i.test(s)) return err(new ParseErrVal('Float'));
    const v = /^[+-]?inf/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : /nan/i.test(s) ? NaN : Number(s);
    return ok(t.float === 'f32' ? Math.fround(v) : v);
  }
  if (t.k === 'bool') return s === 'true' ? ok(true) : s === 'false' ? ok(false) : err(new ParseErrVal('Bool'));
  if (t.k === 'char') return [...s].length === 1 ? ok(s.codePointAt(0)) : err(new ParseErrVal(s.length === 0 ? 'CharEmpty' : 'Char'));
  return err(new ParseErrVal('InvalidDigit'));
}

// ------------------------------------------------------------ Vec

def(['Vec::new', 'VecDeque::new', 'BinaryHeap::new'], () => [null, 0, 0]);
def(['Vec::with_capacity', 'VecDeque::with_capacity', 'BinaryHeap::with_capacity'], (m, args, c) => {
  const t = c.destTy.k === 'builtin' && c.destTy.args[0] ? m.intern(c.destTy.args[0]) : (c.tyArgs[0] ?? USIZE_TY);
  return newVec(m, t, [], Number(args[0]));
});
def(['vec::from_elem', 'vec::from_array', 'Vec::from', 'VecDeque::from', 'BinaryHeap::from', 'slice::into_vec'], (m, args, c) => {
  const t = c.destTy.k === 'builtin' && c.destTy.args[0] ? m.intern(c.destTy.args[0]) : (c.tyArgs[0] ?? USIZE_TY);
  if (c.name === 'vec::from_elem') {
    const n = Number(args[1]);
    const items: Value[] = [];
    for (let i = 0; i < n; i++) items.push(i === n - 1 ? args[0] : cloneValue(m, t, args[0]));
    if (n === 0) dropItem(m, t, args[0]);
    return newVec(m, t, items, n);
  }
  const a0 = argTy(c, 0);
  // std's `VecDeque::from(vec)` keeps the Vec's buffer; `BinaryHeap::from(vec)` keeps it too and heapifies it.
  if (c.name === 'VecDeque::from' && a0.k === 'builtin' && a0.name === 'Vec') return args[0];
  if (c.name === 'BinaryHeap::from') {
    const h = a0.k === 'builtin' && a0.name === 'Vec' ? (args[0] as Value[]) : newVec(m, t, args[0] as Value[], (args[0] as Value[]).length);
    heapRebuild(m, t, vecElems(h));
    return h;
  }
  const items = a0.k === 'array' ? (args[0] as Value[]) : sliceValues(recvSlice(m, a0, args[0])).map((x) => cloneValue(m, t, x));
  return newVec(m, t, items, items.length);
});
def(['Vec::push', 'VecDeque::push_back'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  vecPush(m, h, ref, vecElemTy(m, c), args[1]);
  return UNIT_VALUE;
});
def(['Vec::pop', 'VecDeque::pop_back'], (m, args) => {
  const { h, ref } = vecHeader(m, args);
  const len = h[2] as number;
  if (len === 0) return NONE;
  const v = vecElems(h)[len - 1];
  h[2] = len - 1;
  vecChanged(m, h, ref);
  return some(v);
});
def(['Vec::len', 'VecDeque::len', 'BinaryHeap::len', 'slice::len'], (m, args, c) => recvSlice(m, argTy(c, 0), args[0]).len);
def(['Vec::is_empty', 'VecDeque::is_empty', 'BinaryHeap::is_empty', 'slice::is_empty'], (m, args, c) => recvSlice(m, argTy(c, 0), args[0]).len === 0);
// A Vec of a zero-sized type never needs room: std says usize::MAX (VecDeque's is usize::MAX too).
def(['Vec::capacity', 'VecDeque::capacity', 'BinaryHeap::capacity'], (m, args, c) => (m.sizeOf(vecElemTy(m, c)) === 0 ? USIZE_MAX : vecHeader(m, args).h[1]));
// Capacity by hand: `reserve` grows as a push would (amortized), `reserve_exact` to exactly what is
// asked; `shrink_to_fit`/`shrink_to` reallocate down to the length (or the bound), freeing an empty buffer.
def(['Vec::reserve', 'Vec::reserve_exact', 'String::reserve', 'String::reserve_exact'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  reserve(m, h, ref, Number(args[1]), c.name.startsWith('Vec') ? vecElemTy(m, c) : null, c.name.endsWith('exact'));
  return UNIT_VALUE;
});
def(['Vec::shrink_to_fit', 'Vec::shrink_to', 'String::shrink_to_fit', 'String::shrink_to'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const len = h[2] as number;
  const target = Math.max(len, c.name.endsWith('shrink_to') ? Number(args[1]) : 0);
  const buf = h[0] as Mem | null;
  if (target >= (h[1] as number) || !buf) return UNIT_VALUE;
  if (target === 0) {
    m.free(buf);
    h[0] = null;
    h[1] = 0;
    vecChanged(m, h, ref);
  } else setCapacity(m, h, ref, target, c.name.startsWith('Vec') ? vecElemTy(m, c) : null);
  return UNIT_VALUE;
});
def(['Vec::insert', 'VecDeque::insert'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const idx = Number(args[1]);
  const len = h[2] as number;
  if (idx > len) m.panic(`insertion index (is ${idx}) should be <= len (is ${len})`, track(m, c));
  if (len === h[1]) reserve(m, h, ref, 1, vecElemTy(m, c));
  const arr = vecElems(h);
  arr.splice(idx, 0, args[2]);
  h[2] = len + 1;
  vecChanged(m, h, ref);
  return UNIT_VALUE;
});
def('Vec::remove', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const idx = Number(args[1]);
  const len = h[2] as number;
  if (idx >= len) m.panic(`removal index (is ${idx}) should be < len (is ${len})`, track(m, c));
  const [v] = vecElems(h).splice(idx, 1);
  h[2] = len - 1;
  vecChanged(m, h, ref);
  return v;
});
// ------------------------------------------------------------ BinaryHeap
// std's algorithms (alloc/collections/binary_heap), so the order {:?} and iter() show is std's: a
// "hole" moves up or down while the element it holds orders above (below) its parent (children).

/** Moves the element at `pos` up towards `start` while it is greater than its parent; where it ends. */
function siftUp(m: Machine, t: Ty, xs: Value[], start: number, pos: number): number {
  const elem = xs[pos];
  while (pos > start) {
    const parent = (pos - 1) >> 1;
    if ((m.hooks.valueCmp(m, t, elem, xs[parent]) ?? 0) <= 0) break;
    xs[pos] = xs[parent];
    pos = parent;
  }
  xs[pos] = elem;
  return pos;
}
/** Moves the element at `pos` down (within `end`) while the greater of its children is greater. */
function siftDownRange(m: Machine, t: Ty, xs: Value[], pos: number, end: number): void {
  const cmp = (a: Value, b: Value) => m.hooks.valueCmp(m, t, a, b) ?? 0;
  const elem = xs[pos];
  let child = 2 * pos + 1;
  while (child + 1 < end) {
    if (cmp(xs[child], xs[child + 1]) <= 0) child++;
    if (cmp(elem, xs[child]) >= 0) break;
    xs[pos] = xs[child];
    pos = child;
    child = 2 * pos + 1;
  }
  if (child === end - 1 && cmp(elem, xs[child]) < 0) {
    xs[pos] = xs[child];
    pos = child;
  }
  xs[pos] = elem;
}
/** `pop`'s sift: the hole goes all the way down along the greater children, then up. */
function siftDownToBottom(m: Machine, t: Ty, xs: Value[], pos: number): void {
  const end = xs.length;
  const start = pos;
  const elem = xs[pos];
  let child = 2 * pos + 1;
  while (child + 1 < end) {
    if ((m.hooks.valueCmp(m, t, xs[child], xs[child + 1]) ?? 0) <= 0) child++;
    xs[pos] = xs[child];
    pos = child;
    child = 2 * pos + 1;
  }
  if (child === end - 1) {
    xs[pos] = xs[child];
    pos = child;
  }
  xs[pos] = elem;
  siftUp(m, t, xs, start, pos);
}
function heapRebuild(m: Machine, t: Ty, xs: Value[]): void {
  for (let n = xs.length >> 1; n > 0; ) siftDownRange(m, t, xs, --n, xs.length);
}
def('BinaryHeap::push', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const t = vecElemTy(m, c);
  vecPush(m, h, ref, t, args[1]);
  siftUp(m, t, vecElems(h), 0, (h[2] as number) - 1);
  vecChanged(m, h, ref);
  return UNIT_VALUE;
});
def('BinaryHeap::pop', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const xs = vecElems(h);
  if (xs.length === 0) return NONE;
  let item = xs.pop();
  h[2] = xs.length;
  if (xs.length > 0) {
    [item, xs[0]] = [xs[0], item];
    siftDownToBottom(m, vecElemTy(m, c), xs, 0);
  }
  vecChanged(m, h, ref);
  return some(item);
});
def(['BinaryHeap::into_vec', 'BinaryHeap::into_sorted_vec'], (m, args, c) => {
  const h = args[0] as Value[];
  if (c.name.endsWith('sorted_vec')) {
    const xs = vecElems(h);
    for (let end = xs.length; end > 1; ) {
      end--;
      [xs[0], xs[end]] = [xs[end], xs[0]];
      siftDownRange(m, vecElemTy(m, c), xs, 0, end);
    }
  }
  return h;
});
// std extends the Vec, then restores the heap: sifting each new element up, or rebuilding the whole
// heap where that is cheaper (its `rebuild_tail`).
def('BinaryHeap::extend', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const t = vecElemTy(m, c);
  const start = h[2] as number;
  const it = toIter(m, argTy(c, 1), args[1]);
  reserve(m, h, ref, it.sizeHint()[0], t);
  for (let x = it.next(m); x !== DONE; x = it.next(m)) vecPush(m, h, ref, t, x);
  it.drop(m);
  const xs = vecElems(h);
  const tail = xs.length - start;
  if (tail > 0) {
    const log2 = (x: number) => 31 - Math.clz32(x);
    const rebuild = start < tail || (xs.length <= 2048 ? 2 * xs.length < tail * log2(start) : 2 * xs.length < tail * 11);
    if (rebuild) heapRebuild(m, t, xs);
    else for (let i = start; i < xs.length; i++) siftUp(m, t, xs, 0, i);
  }
  vecChanged(m, h, ref);
  return UNIT_VALUE;
});

// A VecDeque's ends. Its elements are kept in queue order, so the front is the buffer's start.
def('VecDeque::push_front', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  if (h[2] === h[1]) reserve(m, h, ref, 1, vecElemTy(m, c));
  vecElems(h).unshift(args[1]);
  h[2] = (h[2] as number) + 1;
  vecChanged(m, h, ref);
  return UNIT_VALUE;
});
def(['VecDeque::pop_front', 'VecDeque::remove'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const idx = c.name === 'VecDeque::remove' ? Number(args[1]) : 0;
  if (idx >= (h[2] as number)) return NONE;
  const [v] = vecElems(h).splice(idx, 1);
  h[2] = (h[2] as number) - 1;
  vecChanged(m, h, ref);
  return some(v);
});
def(['VecDeque::rotate_left', 'VecDeque::rotate_right'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const n = Number(args[1]);
  const len = h[2] as number;
  if (n > len) m.panic('assertion failed: n <= self.len()', track(m, c), true);
  const arr = vecElems(h);
  const k = c.name === 'VecDeque::rotate_left' ? n : (len - n) % Math.max(len, 1);
  arr.push(...arr.splice(0, k));
  vecChanged(m, h, ref);
  return UNIT_VALUE;
});
def('Vec::swap_remove', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const idx = Number(args[1]);
  const len = h[2] as number;
  if (idx >= len) m.panic(`swap_remove index (is ${idx}) should be < len (is ${len})`, track(m, c));
  const arr = vecElems(h);
  const v = arr[idx];
  arr[idx] = arr[len - 1];
  h[2] = len - 1;
  vecChanged(m, h, ref);
  return v;
});
def(['Vec::truncate', 'Vec::clear', 'VecDeque::truncate', 'VecDeque::clear', 'BinaryHeap::clear'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const n = c.name.endsWith('::clear') ? 0 : Number(args[1]);
  const len = h[2] as number;
  if (n >= len) return UNIT_VALUE;
  const t = vecElemTy(m, c);
  const buf = h[0] as Mem;
  // Drops the tail in order, then shortens.
  h[2] = n;
  for (let i = n; i < len; i++) m.dropPlace(buf, [i], t, `${ref.name || 'self'}[${i}]`);
  vecChanged(m, h, ref);
  return UNIT_VALUE;
});
def('Vec::extend_from_slice', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const t = vecElemTy(m, c);
  vecPushAll(m, h, ref, t, sliceValues(recvSlice(m, argTy(c, 1), args[1])).map((x) => cloneValue(m, t, x)));
  return UNIT_VALUE;
});
// Shorter: the tail is dropped, as `truncate`; longer: clones of the value (the value itself last),
// or the closure's results, after one reservation.
def(['Vec::resize', 'Vec::resize_with'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const t = vecElemTy(m, c);
  const n = Number(args[1]);
  const len = h[2] as number;
  const withFn = c.name === 'Vec::resize_with';
  const f = withFn ? new Callable(m, argTy(c, 2), args[2]) : null;
  if (n <= len) {
    if (n < len) {
      h[2] = n;
      for (let i = n; i < len; i++) m.dropPlace(h[0] as Mem, [i], t, `${ref.name || 'self'}[${i}]`);
      vecChanged(m, h, ref);
    }
    if (!withFn) dropItem(m, t, args[2]);
  } else {
    reserve(m, h, ref, n - len, t);
    for (let i = len; i < n; i++) vecPush(m, h, ref, t, f ? f.call(m, []) : i === n - 1 ? args[2] : cloneValue(m, t, args[2]));
  }
  f?.drop(m);
  return UNIT_VALUE;
});
/** Pushes `items` after reserving room for all of them at once, as `extend` from a slice does. */
function vecPushAll(m: Machine, h: Value[], ref: HeaderRef, t: Ty, items: readonly Value[]): void {
  reserve(m, h, ref, items.length, t);
  for (const x of items) vecPush(m, h, ref, t, x);
}
def(['Vec::extend', 'VecDeque::extend'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const t = vecElemTy(m, c);
  const from = argTy(c, 1);
  const it = toIter(m, from, args[1]);
  reserve(m, h, ref, it.sizeHint()[0], t);
  // `Extend<&T>` of Copy values: the values the references point at.
  const item = from.k === 'builtin' && from.name === 'Iter' ? from.args[0] : null;
  const copies = item !== null && item.k === 'ref' && m.tyStr(m.intern(item.inner)) === m.tyStr(t);
  for (let x = it.next(m); x !== DONE; x = it.next(m)) vecPush(m, h, ref, t, copies ? cloneInline(deref(x)) : x);
  it.drop(m);
  return UNIT_VALUE;
});
def(['Vec::as_slice', 'Vec::as_mut_slice', 'Vec::deref', 'Vec::deref_mut', 'VecDeque::make_contiguous'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  return slicePtr(s, 0, s.len, c.name.includes('mut'));
});
def(['Vec::retain', 'VecDeque::retain', 'Vec::retain_mut'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const t = vecElemTy(m, c);
  const f = new Callable(m, argTy(c, 1), args[1]);
  const buf = h[0] as Mem | null;
  if (!buf) return UNIT_VALUE;
  const arr = buf.v as Value[];
  const keep: Value[] = [];
  // retain_mut's closure may change the element before deciding: what it keeps is the changed one.
  const kind = c.name === 'Vec::retain_mut' ? PtrKind.Mut : PtrKind.Ref;
  for (let i = 0; i < arr.length; i++) {
    if (f.call(m, [new Ptr(buf, [i], kind)])) keep.push(arr[i]);
    else m.dropPlace(buf, [i], t, `${ref.name || 'self'}[${i}]`);
  }
  f.drop(m);
  buf.v = keep;
  h[2] = keep.length;
  vecChanged(m, h, ref);
  return UNIT_VALUE;
});
def('Vec::drain_all', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const items = vecElems(h).slice();
  h[2] = 0;
  vecChanged(m, h, ref);
  return new ListIter(items, 0, undefined, vecElemTy(m, c));
});
// The drained elements leave the Vec at once (the borrow checker keeps it untouched while the
// `Drain` lives); those not taken are dropped with the iterator.
def(['Vec::drain', 'VecDeque::drain', 'BinaryHeap::drain'], (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const rt = argTy(c, 1);
  const elems = vecElems(h);
  const [a, b] = rangeBounds(m, c, args[1] as Value[], rt.k === 'builtin' && rt.name === 'RangeInclusive', elems.length, false);
  const items = elems.slice(a, b);
  const buf = h[0] as Mem | null;
  if (buf) buf.v = [...elems.slice(0, a), ...elems.slice(b)];
  h[2] = elems.length - items.length;
  vecChanged(m, h, ref);
  return new ListIter(items, 0, undefined, vecElemTy(m, c));
});
def(['Vec::sort', 'slice::sort', 'Vec::sort_unstable', 'slice::sort_unstable'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const arr = readAt(s.mem, s.path) as Value[];
  const part = arr.slice(s.off, s.off + s.len);
  part.sort((a, b) => m.hooks.valueCmp(m, s.elemTy, a, b) ?? 0);
  for (let i = 0; i < part.length; i++) arr[s.off + i] = part[i];
  m.touch(s.mem, s.path, s.name);
  return UNIT_VALUE;
});
/** An `Ordering` a closure returned, as -1, 0 or 1 (Less, Equal, Greater are variants 0, 1, 2). */
function orderingOf(o: Value): number {
  return (Array.isArray(o) ? (o[0] as number) : Number(o)) - 1;
}
def(['Vec::sort_by_key', 'slice::sort_by_key', 'Vec::sort_by', 'slice::sort_by', 'slice::sort_unstable_by', 'slice::sort_unstable_by_key', 'slice::sort_by_cached_key'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const arr = readAt(s.mem, s.path) as Value[];
  const f = new Callable(m, argTy(c, 1), args[1]);
  const part = arr.slice(s.off, s.off + s.len);
  const cell = (v: Value) => new Ptr(m.tempMem(s.elemTy, v), EMPTY_PATH, PtrKind.Ref);
  if (c.name.endsWith('_key')) {
    const keyTy = c.tyArgs[c.tyArgs.length - 1] ?? USIZE_TY;
    const keyed = part.map((v) => ({ v, k: f.call(m, [cell(v)]) }));
    keyed.sort((a, b) => m.hooks.valueCmp(m, keyTy, a.k, b.k) ?? 0);
    keyed.forEach((x, i) => (arr[s.off + i] = x.v));
    // The keys (a `to_lowercase()` String each) are the sort's own: freed once it is done.
    keyed.forEach((x) => dropItem(m, m.intern(keyTy), x.k));
  } else {
    part.sort((a, b) => orderingOf(f.call(m, [cell(a), cell(b)])));
    part.forEach((x, i) => (arr[s.off + i] = x));
  }
  m.touch(s.mem, s.path, s.name);
  return UNIT_VALUE;
});
/**
 * std's `is_sorted_by`: each item in order with the next (`inOrder`), to the first pair that is not. The
 * walk's own items (an iterator's, the keys it computed) are dropped as std drops them, the later first.
 */
function sortedWalk(m: Machine, next: () => Value, inOrder: (a: Value, b: Value) => boolean, drop: (v: Value) => void): boolean {
  let last = next();
  if (last === DONE) return true;
  for (let x = next(); x !== DONE; x = next()) {
    if (!inOrder(last, x)) {
      drop(x);
      drop(last);
      return false;
    }
    drop(last);
    last = x;
  }
  drop(last);
  return true;
}
/** PartialOrd's `a <= b` (false where there is no order: a NaN). */
const partialLe = (m: Machine, t: Ty, a: Value, b: Value): boolean => {
  const o = m.hooks.valueCmp(m, t, a, b);
  return o !== null && !Number.isNaN(o) && o <= 0;
};
def(['slice::is_sorted', 'slice::is_sorted_by', 'slice::is_sorted_by_key'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const part = (readAt(s.mem, s.path) as Value[]).slice(s.off, s.off + s.len);
  const cell = (v: Value) => new Ptr(m.tempMem(s.elemTy, v), EMPTY_PATH, PtrKind.Ref);
  let i = 0;
  const elems = () => (i < part.length ? part[i++] : DONE);
  if (c.name === 'slice::is_sorted') return sortedWalk(m, elems, (a, b) => partialLe(m, s.elemTy, a, b), () => {});
  const f = new Callable(m, argTy(c, 1), args[1]);
  // The keys, computed one at a time as the walk needs them (std maps the slice's iterator).
  const keyTy = m.intern(c.tyArgs[c.tyArgs.length - 1] ?? USIZE_TY);
  const keys = () => (i < part.length ? f.call(m, [cell(part[i++])]) : DONE);
  const sorted = c.name === 'slice::is_sorted_by'
    ? sortedWalk(m, elems, (a, b) => !!f.call(m, [cell(a), cell(b)]), () => {})
    : sortedWalk(m, keys, (a, b) => partialLe(m, keyTy, a, b), (k) => dropItem(m, keyTy, k));
  f.drop(m);
  return sorted;
});
def(['Iter::is_sorted', 'Iterator::is_sorted', 'Iter::is_sorted_by', 'Iterator::is_sorted_by', 'Iter::is_sorted_by_key', 'Iterator::is_sorted_by_key'], (m, args, c) => {
  const t = itemTyOf(m, c);
  const it = iterArg(m, c, args);
  const f = c.name.endsWith('is_sorted') ? null : new Callable(m, argTy(c, 1), args[1]);
  const ref = (v: Value) => new Ptr(m.tempMem(t, v), EMPTY_PATH, PtrKind.Ref);
  let sorted: boolean;
  if (!f) sorted = sortedWalk(m, () => it.next(m), (a, b) => partialLe(m, t, a, b), (x) => dropItem(m, t, x));
  else if (c.name.endsWith('is_sorted_by')) sorted = sortedWalk(m, () => it.next(m), (a, b) => !!f.call(m, [ref(a), ref(b)]), (x) => dropItem(m, t, x));
  else {
    // `self.map(f).is_sorted()`: each item goes to the key closure, the keys are compared.
    const keyTy = m.intern(c.tyArgs[c.tyArgs.length - 1] ?? USIZE_TY);
    const keys = () => {
      const x = it.next(m);
      return x === DONE ? DONE : f.call(m, [x]);
    };
    sorted = sortedWalk(m, keys, (a, b) => partialLe(m, keyTy, a, b), (k) => dropItem(m, keyTy, k));
  }
  it.drop(m);
  f?.drop(m);
  return sorted;
});
def('Vec::append', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const other = vecHeader(m, [args[1]]);
  const t = vecElemTy(m, c);
  const moved = vecElems(other.h).slice();
  other.h[2] = 0;
  vecChanged(m, other.h, other.ref);
  vecPushAll(m, h, ref, t, moved);
  return UNIT_VALUE;
});
/**
 * Keeps the first of each run of consecutive elements whose keys are equal, dropping the others (`dedup`,
 * `dedup_by_key`); with `same`, those it calls the same as the last kept (`dedup_by(|a, b| ..)`, a the later one).
 */
function dedupBy(m: Machine, args: Value[], c: CallCtx, keyFn: Callable | null, same: Callable | null = null): Value {
  const { h, ref } = vecHeader(m, args);
  const t = vecElemTy(m, c);
  const buf = h[0] as Mem | null;
  if (!buf) return UNIT_VALUE;
  const keyTy = keyFn ? (c.tyArgs[c.tyArgs.length - 1] ?? USIZE_TY) : t;
  const arr = buf.v as Value[];
  const keep: Value[] = [];
  let lastKey: Value = undefined;
  let kept = -1;
  for (let i = 0; i < arr.length; i++) {
    if (same) {
      if (kept >= 0 && same.call(m, [new Ptr(buf, [i], PtrKind.Mut), new Ptr(buf, [kept], PtrKind.Mut)])) m.dropPlace(buf, [i], t, `[${i}]`);
      else {
        keep.push(arr[i]);
        kept = i;
      }
      continue;
    }
    const k = keyFn ? keyFn.call(m, [new Ptr(buf, [i], PtrKind.Mut)]) : arr[i];
    if (keep.length && m.hooks.valueEq(m, keyTy, lastKey, k)) m.dropPlace(buf, [i], t, `[${i}]`);
    else keep.push(arr[i]);
    lastKey = k;
  }
  keyFn?.drop(m);
  same?.drop(m);
  buf.v = keep;
  h[2] = keep.length;
  vecChanged(m, h, ref);
  return UNIT_VALUE;
}
def('Vec::dedup', (m, args, c) => dedupBy(m, args, c, null));
def('Vec::dedup_by_key', (m, args, c) => dedupBy(m, args, c, new Callable(m, argTy(c, 1), args[1])));
def('Vec::dedup_by', (m, args, c) => dedupBy(m, args, c, null, new Callable(m, argTy(c, 1), args[1])));
// The elements from `at` on move to a new Vec of that length; the old one keeps its buffer and capacity.
def('Vec::split_off', (m, args, c) => {
  const { h, ref } = vecHeader(m, args);
  const at = Number(args[1]);
  const len = h[2] as number;
  if (at > len) m.panic(`\`at\` split index (is ${at}) should be <= len (is ${len})`, track(m, c));
  const tail = vecElems(h).splice(at);
  h[2] = at;
  vecChanged(m, h, ref);
  return newVec(m, vecElemTy(m, c), tail, tail.length);
});
def(['Vec::reverse', 'slice::reverse'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const arr = readAt(s.mem, s.path) as Value[];
  const part = arr.slice(s.off, s.off + s.len).reverse();
  part.forEach((x, i) => (arr[s.off + i] = x));
  m.touch(s.mem, s.path, s.name);
  return UNIT_VALUE;
});

// ------------------------------------------------------------ slices

def(['slice::iter', 'Vec::iter', 'VecDeque::iter', 'BinaryHeap::iter'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  return toIter(m, m.intern({ k: 'ref', mut: false, inner: { k: 'slice', elem: s.elemTy }, region: { k: 'anon' } }), slicePtr(s, 0, s.len, false));
});
// memviz keeps a VecDeque's elements in order from the buffer's start: a Vec's header as it is.
def('VecDeque::deque_into_vec', (m, args) => args[0]);
def(['Option::iter', 'Option::iter_mut'], (m, args, c) => toIter(m, argTy(c, 0), args[0]));
def(['slice::iter_mut', 'Vec::iter_mut', 'VecDeque::iter_mut'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  return toIter(m, m.intern({ k: 'ref', mut: true, inner: { k: 'slice', elem: s.elemTy }, region: { k: 'anon' } }), slicePtr(s, 0, s.len, true));
});
def(['slice::get', 'slice::get_mut', 'Vec::get', 'Vec::get_mut', 'VecDeque::get', 'VecDeque::get_mut'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const i = Number(args[1]);
  return i < s.len ? some(elemPtr(s, i, c.name.endsWith('_mut'))) : NONE;
});
// `v.get(1..3)`: the subslice, or None where the range does not fit (std's `SliceIndex::get`).
def(['slice::get_range', 'slice::get_range_mut'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const [a, b] = byteRange(args[1], argTy(c, 1), s.len);
  return a <= b && b <= s.len ? some(slicePtr(s, a, b - a, c.name.endsWith('_mut'))) : NONE;
});
def(['slice::starts_with', 'slice::ends_with', 'slice::strip_prefix', 'slice::strip_suffix'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const needle = recvSlice(m, argTy(c, 1), args[1]);
  const atEnd = c.name.endsWith('ends_with') || c.name.endsWith('suffix');
  const from = atEnd ? s.len - needle.len : 0;
  const xs = sliceValues(s);
  const matches = needle.len <= s.len && sliceValues(needle).every((y, i) => m.hooks.valueEq(m, s.elemTy, xs[from + i], y));
  if (c.name.endsWith('_with')) return matches;
  if (!matches) return NONE;
  return some(atEnd ? slicePtr(s, 0, from, false) : slicePtr(s, needle.len, s.len - needle.len, false));
});
def(['slice::first', 'slice::first_mut', 'VecDeque::front', 'VecDeque::front_mut', 'BinaryHeap::peek'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  return s.len ? some(elemPtr(s, 0, c.name.endsWith('_mut'))) : NONE;
});
def(['slice::last', 'slice::last_mut', 'VecDeque::back', 'VecDeque::back_mut'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  return s.len ? some(elemPtr(s, s.len - 1, c.name.endsWith('_mut'))) : NONE;
});
// `v == [1, 2]`, `slice == &[1, 2]`: two sequences of different types (each reached through its reference).
def('seq::eq', (m, args, c) => {
  const a = recvSlice(m, argTy(c, 0), args[0]);
  const b = recvSlice(m, argTy(c, 1), args[1]);
  if (a.len !== b.len) return false;
  const xs = sliceValues(a);
  const ys = sliceValues(b);
  return xs.every((x, i) => m.hooks.valueEq(m, a.elemTy, x, ys[i]));
});
// std's binary search (the branchless one of 1.95): Ok(a match) or Err(where it would go).
def(['slice::binary_search', 'slice::binary_search_by', 'slice::binary_search_by_key', 'slice::partition_point'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const xs = sliceValues(s);
  const point = c.name.endsWith('partition_point');
  if (xs.length === 0) return point ? 0 : err(0);
  const cell = (i: number) => elemPtr(s, i, false);
  let cmp: (i: number) => number;
  if (point) {
    // std's: a binary search by "Less while the predicate holds, else Greater", whose Err is the point.
    const f = new Callable(m, argTy(c, 1), args[1]);
    cmp = (i) => (f.call(m, [cell(i)]) ? -1 : 1);
  } else if (c.name.endsWith('_by')) {
    // The closure says how the element orders against what is sought.
    const f = new Callable(m, argTy(c, 1), args[1]);
    cmp = (i) => orderingOf(f.call(m, [cell(i)]));
  } else if (c.name.endsWith('_by_key')) {
    const b = deref(args[1]);
    const keyTy = c.tyArgs[c.tyArgs.length - 2] ?? USIZE_TY;
    const f = new Callable(m, argTy(c, 2), args[2]);
    cmp = (i) => m.hooks.valueCmp(m, keyTy, f.call(m, [cell(i)]), b) ?? 0;
  } else {
    const x = deref(args[1]);
    cmp = (i) => m.hooks.valueCmp(m, s.elemTy, xs[i], x) ?? 0;
  }
  let size = xs.length;
  let base = 0;
  while (size > 1) {
    const half = Math.floor(size / 2);
    const mid = base + half;
    if (cmp(mid) <= 0) base = mid;
    size -= half;
  }
  const last = cmp(base);
  if (point) return base + (last < 0 ? 1 : 0);
  return last === 0 ? ok(base) : err(base + (last < 0 ? 1 : 0));
});
def(['slice::contains', 'VecDeque::contains'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const x = deref(args[1]);
  return sliceValues(s).some((v) => m.hooks.valueEq(m, s.elemTy, v, x));
});
def(['slice::split_at', 'slice::split_at_mut'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const mid = Number(args[1]);
  if (mid > s.len) m.panic('mid > len', track(m, c));
  const mut = c.name.endsWith('_mut');
  return [slicePtr(s, 0, mid, mut), slicePtr(s, mid, s.len - mid, mut)];
});
/** `slice.split(pred)`: the runs between the elements `pred` picks, found one by one as std's `Split` finds them. */
class SliceSplitIter extends IterVal {
  private pos = 0;
  private finished = false;
  constructor(
    readonly s: SliceRef,
    readonly pred: Callable,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return this.finished ? [0, 0] : [1, this.s.len - this.pos + 1];
  }
  override next(m: Machine): Next {
    if (this.finished) return DONE;
    let i = this.pos;
    while (i < this.s.len && !this.pred.call(m, [elemPtr(this.s, i, false)])) i++;
    const piece = slicePtr(this.s, this.pos, i - this.pos, false);
    if (i >= this.s.len) this.finished = true;
    else this.pos = i + 1;
    return piece;
  }
  override drop(m: Machine): void {
    this.pred.drop(m);
  }
}
def('slice::split', (m, args, c) => new SliceSplitIter(recvSlice(m, argTy(c, 0), args[0]), new Callable(m, argTy(c, 1), args[1])));
def(['slice::windows', 'slice::chunks', 'slice::chunks_exact', 'slice::rchunks', 'slice::chunks_mut', 'slice::chunks_exact_mut'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const size = Number(args[1]);
  const kind = c.name.slice('slice::'.length);
  if (size === 0) m.panic(kind === 'windows' ? 'window size must be non-zero' : 'chunk size must be non-zero', track(m, c));
  const mut = kind.endsWith('_mut');
  const items: Value[] = [];
  if (kind === 'windows') for (let i = 0; i + size <= s.len; i++) items.push(slicePtr(s, i, size, false));
  else if (kind === 'chunks_exact' || kind === 'chunks_exact_mut') {
    for (let i = 0; i + size <= s.len; i += size) items.push(slicePtr(s, i, size, mut));
    // `remainder()`: the elements after the last full chunk.
    const full = items.length * size;
    return new ChunksExactIter(items, slicePtr(s, full, s.len - full, mut));
  }
  // From the end: full chunks first, the short one (the slice's start) last.
  else if (kind === 'rchunks') for (let end = s.len; end > 0; end -= size) items.push(slicePtr(s, Math.max(0, end - size), Math.min(size, end), false));
  else for (let i = 0; i < s.len; i += size) items.push(slicePtr(s, i, Math.min(size, s.len - i), mut));
  return new ListIter(items);
});
/** `chunks_exact`'s iterator, which also knows the short chunk it leaves out. */
class ChunksExactIter extends ListIter {
  constructor(
    items: Value[],
    readonly remainder: Ptr,
  ) {
    super(items);
  }
}
def('Iter::remainder', (m, args) => {
  const it = deref(args[0]);
  if (!(it instanceof ChunksExactIter)) throw new Error('remainder() of an iterator that is not chunks_exact');
  return it.remainder;
});
def(['slice::split_first', 'slice::split_first_mut', 'slice::split_last', 'slice::split_last_mut'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  if (s.len === 0) return NONE;
  const mut = c.name.endsWith('_mut');
  const first = c.name.includes('first');
  return some(first ? [elemPtr(s, 0, mut), slicePtr(s, 1, s.len - 1, mut)] : [elemPtr(s, s.len - 1, mut), slicePtr(s, 0, s.len - 1, mut)]);
});
def('slice::fill', (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const arr = readAt(s.mem, s.path) as Value[];
  for (let i = 0; i < s.len; i++) {
    m.dropPlace(s.mem, [...s.path, s.off + i], s.elemTy, `${s.name}[${i}]`);
    arr[s.off + i] = i === s.len - 1 ? args[1] : cloneValue(m, s.elemTy, args[1]);
  }
  if (s.len === 0) dropItem(m, s.elemTy, args[1]);
  m.touch(s.mem, s.path, s.name);
  return UNIT_VALUE;
});
// Each element in turn becomes what the closure makes (the old one dropped first).
def('slice::fill_with', (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const f = new Callable(m, argTy(c, 1), args[1]);
  const arr = readAt(s.mem, s.path) as Value[];
  for (let i = 0; i < s.len; i++) {
    const v = f.call(m, []);
    m.dropPlace(s.mem, [...s.path, s.off + i], s.elemTy, `${s.name}[${i}]`);
    arr[s.off + i] = v;
  }
  f.drop(m);
  m.touch(s.mem, s.path, s.name);
  return UNIT_VALUE;
});
def(['slice::copy_from_slice', 'slice::clone_from_slice'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const src = recvSlice(m, argTy(c, 1), args[1]);
  const copy = c.name.endsWith('copy_from_slice');
  if (src.len !== s.len) {
    m.panic(copy ? `copy_from_slice: source slice length (${src.len}) does not match destination slice length (${s.len})` : 'destination and source slices have different lengths', track(m, c));
  }
  const arr = readAt(s.mem, s.path) as Value[];
  const from = readAt(src.mem, src.path) as Value[];
  const items = from.slice(src.off, src.off + src.len);
  items.forEach((x, i) => {
    if (!copy) m.dropPlace(s.mem, [...s.path, s.off + i], s.elemTy, `${s.name}[${i}]`);
    arr[s.off + i] = copy ? x : cloneValue(m, s.elemTy, x);
  });
  m.touch(s.mem, s.path, s.name);
  return UNIT_VALUE;
});
def(['slice::rotate_left', 'slice::rotate_right'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const n = Number(args[1]);
  const left = c.name.endsWith('left');
  if (n > s.len) m.panic(left ? 'assertion failed: mid <= self.len()' : 'assertion failed: k <= self.len()', track(m, c), true);
  const arr = readAt(s.mem, s.path) as Value[];
  const part = arr.slice(s.off, s.off + s.len);
  const k = left ? n : s.len - n;
  const rotated = [...part.slice(k), ...part.slice(0, k)];
  rotated.forEach((x, i) => (arr[s.off + i] = x));
  m.touch(s.mem, s.path, s.name);
  return UNIT_VALUE;
});
def(['slice::swap', 'VecDeque::swap'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const a = Number(args[1]);
  const b = Number(args[2]);
  for (const i of [a, b]) if (i >= s.len) m.panic(`index out of bounds: the len is ${s.len} but the index is ${i}`, track(m, c));
  const arr = readAt(s.mem, s.path) as Value[];
  const t = arr[s.off + a];
  arr[s.off + a] = arr[s.off + b];
  arr[s.off + b] = t;
  m.touch(s.mem, [...s.path, s.off + a], `${s.name}[${a}]`);
  m.touch(s.mem, [...s.path, s.off + b], `${s.name}[${b}]`);
  return UNIT_VALUE;
});
def(['slice::to_vec', 'Vec::clone', 'slice::to_owned'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  const items = sliceValues(s).map((x) => cloneValue(m, s.elemTy, x));
  return newVec(m, s.elemTy, items, items.length);
});
def(['slice::join', 'slice::concat'], (m, args, c) => {
  const s = recvSlice(m, argTy(c, 0), args[0]);
  let e = s.elemTy;
  while (e.k === 'ref') e = m.derefTy(e);
  if (e.k !== 'str' && !(e.k === 'builtin' && e.name === 'String')) {
    // `[[1], [2, 3]].concat()`: one Vec of clones of every inner element (exactly as many as its capacity).
    const inner = sliceValues(s).map((v) => recvSlice(m, s.elemTy, v));
    const elemTy = inner[0]?.elemTy ?? m.intern(seqElem(e));
    // `join(&0)` puts the element between each two, `join(&[0, 0][..])` the slice's elements.
    const sepTy = c.name === 'slice::join' ? m.derefTy(argTy(c, 1)) : null;
    const sep = sepTy === null ? [] : sepTy.k === 'slice' || sepTy.k === 'array' ? sliceValues(recvSlice(m, argTy(c, 1), args[1])) : [deref(args[1])];
    const items = inner.flatMap((x, i) => [...(i > 0 ? sep : []), ...sliceValues(x)].map((v) => cloneValue(m, elemTy, v)));
    return newVec(m, elemTy, items, items.length);
  }
  const sep = c.name === 'slice::join' ? strArg(m, c, args, 1) : '';
  const texts = sliceValues(s).map((v) => textOf(m, s.elemTy, v));
  const text = texts.join(sep);
  return newString(m, text, utf8Len(text));
});

// ------------------------------------------------------------ indexing

def(['Index::index', 'IndexMut::index_mut', 'str::index', 'slice::index', 'slice::index_mut', 'Vec::index', 'Vec::index_mut', 'String::index'], (m, args, c) => {
  const t = argTy(c, 0);
  const it = argTy(c, 1);
  const mut = c.name.endsWith('_mut');
  let inner = m.derefTy(t);
  while (inner.k === 'ref') inner = m.derefTy(inner);
  if (inner.k === 'builtin' && isMap(inner.name)) return indexTable(m, c, args, bracket(m, c));
  const isStr = inner.k === 'str' || (inner.k === 'builtin' && inner.name === 'String');
  if (it.k === 'builtin' && (it.name === 'Range' || it.name === 'RangeInclusive')) {
    const r = args[1] as Value[];
    if (isStr) {
      const s = recvStr(m, t, args[0]);
      const [a, b] = rangeBounds(m, c, r, it.name === 'RangeInclusive', s.len, true);
      for (const [pos, which] of [
        [a, 'start'],
        [b, 'end'],
      ] as const) {
        if (byteToIndex(s.text, pos) < 0) {
          const ch = charAtByte(s.text, pos);
          m.panic(`${which === 'start' ? 'start' : 'end'} byte index ${pos} is not a char boundary; it is inside ${debugCharQuote(ch.cp)} (bytes ${ch.start}..${ch.start + utf8CharLen(ch.cp)}) of \`${s.text}\``, bracket(m, c));
        }
      }
      return new Ptr(s.mem, s.path, mut ? PtrKind.Mut : PtrKind.Ref, s.off + a, b - a);
    }
    const s = recvSlice(m, t, args[0]);
    const [a, b] = rangeBounds(m, c, r, it.name === 'RangeInclusive', s.len, false);
    return slicePtr(s, a, b - a, mut);
  }
  const s = recvSlice(m, t, args[0]);
  const i = Number(args[1]);
  if (i >= s.len) m.panic(`index out of bounds: the len is ${s.len} but the index is ${i}`, bracket(m, c));
  return elemPtr(s, i, mut);
});

function charAtByte(text: string, byte: number): { cp: number; start: number } {
  let b = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const n = utf8CharLen(cp);
    if (byte < b + n) return { cp, start: b };
    b += n;
  }
  return { cp: 0, start: b };
}

function debugCharQuote(cp: number): string {
  return `'${String.fromCodePoint(cp)}'`;
}

/** The element type of a Vec, an array or a slice. */
function seqElem(t: Ty): Ty {
  if (t.k === 'array' || t.k === 'slice') return t.elem;
  if (t.k === 'builtin' && t.name === 'Vec') return t.args[0];
  return t;
}

function rangeBounds(m: Machine, c: CallCtx, r: Value[], inclusive: boolean, len: number, isStr: boolean): [number, number] {
  const a = r[0] === null || r[0] === undefined ? 0 : Number(r[0]);
  let b = r[1] === null || r[1] === undefined ? len : Number(r[1]);
  if (inclusive) b += 1;
  const where = bracket(m, c);
  if (isStr) {
    if (a > len || b > len) m.panic(`byte index ${a > len ? a : b} is out of bounds of \`${'…'}\``, where);
    if (a > b) m.panic(`begin <= end (${a} <= ${b}) when slicing`, where);
    return [a, b];
  }
  if (a > b) m.panic(`slice index starts at ${a} but ends at ${b}`, where);
  if (b > len) m.panic(`range end index ${b} out of range for slice of length ${len}`, where);
  return [a, b];
}

// ------------------------------------------------------------ Box, Rc, RefCell, Cell

def(['Box::as_ref', 'Box::as_mut'], (m, args, c) => (deref(args[0]) as Ptr).withKind(c.name === 'Box::as_ref' ? PtrKind.Ref : PtrKind.Mut));
def('Box::new', (m, args, c) => {
  const t = c.argTys[0];
  return new Ptr(m.alloc(t, args[0]), EMPTY_PATH, PtrKind.Box);
});
def(['Rc::new', 'Arc::new'], (m, args, c) => {
  const t = c.argTys[0];
  return new Ptr(m.alloc(t, [1, 1, args[0]], { rc: true, arc: c.name === 'Arc::new' }), EMPTY_PATH, PtrKind.Rc);
});
def(['Rc::clone', 'Arc::clone'], (m, args) => {
  const p = deref(args[0]) as Ptr;
  const rc = p.mem.v as Value[];
  rc[0] = (rc[0] as number) + 1;
  m.touch(p.mem, [0], 'strong');
  return p;
});
// The value out of the last strong pointer (its block freed unless a Weak still points at it); else the Rc back.
def(['Rc::try_unwrap', 'Arc::try_unwrap', 'Arc::into_inner'], (m, args, c) => {
  const p = args[0] as Ptr;
  const rc = p.mem.v as Value[];
  if (rc[0] !== 1) {
    if (c.name !== 'Arc::into_inner') return err(p);
    // `Arc::into_inner` of a shared value: this Arc goes (one strong count fewer), and None.
    rc[0] = (rc[0] as number) - 1;
    m.touch(p.mem, [0], 'strong');
    return NONE;
  }
  const value = rc[2];
  rc[0] = 0;
  m.touch(p.mem, [0], 'strong');
  rc[2] = MOVED;
  rc[1] = (rc[1] as number) - 1;
  if (rc[1] === 0) m.free(p.mem);
  else m.touch(p.mem, [1], 'weak');
  return c.name === 'Arc::into_inner' ? some(value) : ok(value);
});
// `Rc::get_mut`: the value, mutably, while this is its only pointer (no other Rc, no Weak).
def(['Rc::get_mut', 'Arc::get_mut'], (m, args) => {
  const p = deref(args[0]) as Ptr;
  const rc = p.mem.v as Value[];
  return rc[0] === 1 && rc[1] === 1 ? some(new Ptr(p.mem, [...p.path, 2], PtrKind.Mut)) : NONE.slice();
});
// `Rc::make_mut`: the same while no other Rc shares the value; else a clone of the value in a block of
// its own, which this Rc then points at (the others keep the old one).
def(['Rc::make_mut', 'Arc::make_mut'], (m, args, c) => {
  const a = args[0] as Ptr;
  let p = readAt(a.mem, a.path) as Ptr;
  const rc = p.mem.v as Value[];
  if ((rc[0] as number) > 1) {
    const t = c.tyArgs[0];
    const copy = cloneValue(m, t, rc[2]);
    rc[0] = (rc[0] as number) - 1;
    m.touch(p.mem, [0], 'strong');
    p = new Ptr(m.alloc(t, [1, 1, copy], { rc: true, arc: c.name === 'Arc::make_mut' }), EMPTY_PATH, PtrKind.Rc);
    writeAt(a.mem, a.path, p);
    m.touch(a.mem, a.path, a.name);
  }
  return new Ptr(p.mem, [...p.path, 2], PtrKind.Mut);
});
def(['Rc::strong_count', 'Arc::strong_count'], (m, args) => ((deref(args[0]) as Ptr).mem.v as Value[])[0]);
def(['Rc::weak_count', 'Arc::weak_count'], (m, args) => (((deref(args[0]) as Ptr).mem.v as Value[])[1] as number) - 1);
def(['Rc::ptr_eq', 'Arc::ptr_eq'], (m, args) => (deref(args[0]) as Ptr).mem === (deref(args[1]) as Ptr).mem);
def('Rc::downgrade', (m, args) => {
  const p = deref(args[0]) as Ptr;
  const rc = p.mem.v as Value[];
  rc[1] = (rc[1] as number) + 1;
  m.touch(p.mem, [1], 'weak');
  return p;
});
// `Weak::new()` allocates nothing: its pointer is no block's (null here; std uses usize::MAX).
def('Weak::new', () => null);
def('Weak::upgrade', (m, args) => {
  const p = deref(args[0]) as Ptr;
  if (!(p instanceof Ptr)) return NONE;
  const rc = p.mem.v as Value[];
  if (!p.mem.live || rc[0] === 0) return NONE;
  rc[0] = (rc[0] as number) + 1;
  m.touch(p.mem, [0], 'strong');
  return some(p);
});
def('RefCell::new', (m, args) => [0, args[0]]);
def(['RefCell::borrow', 'RefCell::borrow_mut', 'RefCell::try_borrow', 'RefCell::try_borrow_mut'], (m, args, c) => {
  let p = args[0] as Ptr;
  const cellV = readAt(p.mem, p.path) as Value[];
  const flag = cellV[0] as number;
  const mut = c.name.includes('mut');
  const tryIt = c.name.includes('try');
  if (mut ? flag !== 0 : flag < 0) {
    if (tryIt) return err(UNIT_VALUE);
    m.panic(mut ? 'RefCell already borrowed' : 'RefCell already mutably borrowed', track(m, c));
  }
  cellV[0] = mut ? -1 : flag + 1;
  m.touch(p.mem, [...p.path, 0], `${p.name || 'cell'}.borrow`);
  p = new Ptr(p.mem, p.path, PtrKind.Ref, -1, -1, null, p.name);
  const guard = [new Ptr(p.mem, [...p.path, 1], mut ? PtrKind.Mut : PtrKind.Ref, -1, -1, null, p.name), p];
  return tryIt ? ok(guard) : guard;
});
def('RefCell::into_inner', (m, args) => (args[0] as Value[])[1]);
// A RefCell is [borrow flag, value]: `get_mut` points at the value, mutably, leaving the flag alone.
def('RefCell::get_mut', (m, args) => {
  const p = args[0] as Ptr;
  return new Ptr(p.mem, [...p.path, 1], PtrKind.Mut);
});
// A guard is [Ptr to the value, Ptr to the RefCell]: a mapped one points into the value and keeps
// the cell (the borrow the guard it was made from held, released when it is dropped).
def(['Ref::map', 'RefMut::map'], (m, args, c) => {
  const g = args[0] as Value[];
  const f = new Callable(m, argTy(c, 1), args[1]);
  const part = f.call(m, [g[0]]);
  f.drop(m);
  return [part, g[1]];
});
def('Ref::clone', (m, args) => {
  const g = deref(args[0]) as Value[];
  const cell = g[1] as Ptr;
  const cellV = readAt(cell.mem, cell.path) as Value[];
  cellV[0] = (cellV[0] as number) + 1;
  m.touch(cell.mem, [...cell.path, 0], `${cell.name || 'cell'}.borrow`);
  return [g[0], g[1]];
});
def('Cell::new', (m, args) => args[0]);
def('Cell::get', (m, args) => cloneInline(deref(args[0])));
/** The `T` of the `Cell<T>` or `RefCell<T>` a method is called on (what its `take` leaves a default of). */
function cellValueTy(m: Machine, c: CallCtx): Ty {
  const cell = refTy(m, c, 0);
  return cell.k === 'builtin' ? m.intern(cell.args[0]) : cell;
}
def(['RefCell::replace', 'RefCell::take'], (m, args, c) => {
  const p = args[0] as Ptr;
  const cellV = readAt(p.mem, p.path) as Value[];
  if (cellV[0] !== 0) m.panic('RefCell already borrowed', track(m, c));
  const old = cellV[1];
  cellV[1] = c.name === 'RefCell::take' ? defaultValue(m, cellValueTy(m, c)) : args[1];
  m.touch(p.mem, [...p.path, 1], p.name);
  return old;
});
// `a.swap(&b)`: std's mem::swap of the two values, each through a borrow_mut in std's cell.rs (a
// panic there, self's first, when either is borrowed; a RefCell swapped with itself is one of them).
def('RefCell::swap', (m, args) => {
  const a = args[0] as Ptr;
  const b = args[1] as Ptr;
  const at = `${RUSTC_LIBRARY}/core/src/cell.rs:1080`;
  if ((readAt(a.mem, a.path) as Value[])[0] !== 0) m.panic('RefCell already borrowed', `${at}:30`);
  const same = a.mem === b.mem && a.path.join() === b.path.join();
  if (same || (readAt(b.mem, b.path) as Value[])[0] !== 0) m.panic('RefCell already borrowed', `${at}:56`);
  return exchange(m, new Ptr(a.mem, [...a.path, 1], PtrKind.Mut, -1, -1, null, a.name), new Ptr(b.mem, [...b.path, 1], PtrKind.Mut, -1, -1, null, b.name));
});
// `replace_with(f)`: f sees the value through a borrow_mut (so it cannot borrow the cell itself) and
// its result takes the value's place; the old value comes back. The borrow ends as the guard's would,
// a panic of f included.
def('RefCell::replace_with', (m, args, c) => {
  const p = args[0] as Ptr;
  const cellV = readAt(p.mem, p.path) as Value[];
  if (cellV[0] !== 0) m.panic('RefCell already borrowed', track(m, c));
  const setFlag = (flag: number) => {
    cellV[0] = flag;
    m.touch(p.mem, [...p.path, 0], `${p.name || 'cell'}.borrow`);
  };
  setFlag(-1);
  const f = new Callable(m, argTy(c, 1), args[1]);
  let next: Value;
  try {
    next = f.call(m, [new Ptr(p.mem, [...p.path, 1], PtrKind.Mut, -1, -1, null, p.name)]);
  } catch (e) {
    if (e instanceof PanicSignal) setFlag(0);
    throw e;
  }
  f.drop(m);
  const old = cellV[1];
  cellV[1] = next;
  m.touch(p.mem, [...p.path, 1], p.name);
  setFlag(0);
  return old;
});
def(['Cell::replace', 'Cell::take'], (m, args, c) => {
  const p = args[0] as Ptr;
  const old = readAt(p.mem, p.path);
  writeAt(p.mem, p.path, c.name === 'Cell::take' ? defaultValue(m, cellValueTy(m, c)) : args[1]);
  m.touch(p.mem, p.path, p.name);
  return old;
});
def('Cell::into_inner', (m, args) => args[0]);
// A Cell is drawn as its value: `get_mut` points at the same place as the `&mut Cell` it was given.
def('Cell::get_mut', (m, args) => (args[0] as Ptr).withKind(PtrKind.Mut));
// `Cell::from_mut(&mut x)` and `cells.as_slice_of_cells()` point where they were given, shared.
def(['Cell::from_mut', 'Cell::as_slice_of_cells'], (m, args) => (args[0] as Ptr).withKind(PtrKind.Ref));
def('Cell::set', (m, args) => {
  const p = args[0] as Ptr;
  writeAt(p.mem, p.path, args[1]);
  m.touch(p.mem, p.path, p.name);
  return UNIT_VALUE;
});

// ------------------------------------------------------------ OnceCell / OnceLock

// A OnceCell or OnceLock is a struct of one field, the Option it keeps its value in ([opt]).
/** The Option slot of the cell a `&self` or `&mut self` argument points at. */
function onceSlot(args: Value[]): Ptr {
  let p = args[0] as Ptr;
  for (let v = readAt(p.mem, p.path); v instanceof Ptr; v = readAt(p.mem, p.path)) p = v;
  return new Ptr(p.mem, [...p.path, 0], PtrKind.Ref, -1, -1, null, p.name);
}
/** The `T` of the `OnceCell<T>` a method is called on. */
function onceValueTy(m: Machine, c: CallCtx): Ty {
  const cell = refTy(m, c, 0);
  return cell.k === 'adt' && cell.args[0] ? m.intern(cell.args[0]) : cell;
}
const ONCE = ['OnceCell', 'OnceLock'];
const once = (method: string) => ONCE.map((t) => `${t}::${method}`);
def(once('new'), () => [NONE.slice()]);
def(once('from'), (m, args) => [some(args[0])]);
def(once('into_inner'), (m, args) => (args[0] as Value[])[0]);
def(once('get'), (m, args) => {
  const p = onceSlot(args);
  return (readAt(p.mem, p.path) as Value[])[0] === 1 ? some(new Ptr(p.mem, [...p.path, 1], PtrKind.Ref, -1, -1, null, p.name)) : NONE.slice();
});
def(once('get_mut'), (m, args) => {
  const p = onceSlot(args);
  return (readAt(p.mem, p.path) as Value[])[0] === 1 ? some(new Ptr(p.mem, [...p.path, 1], PtrKind.Mut, -1, -1, null, p.name)) : NONE.slice();
});
def(once('take'), (m, args) => {
  const p = onceSlot(args);
  const o = readAt(p.mem, p.path);
  writeAt(p.mem, p.path, NONE.slice());
  m.touch(p.mem, p.path, p.name);
  return o;
});
def(once('set'), (m, args) => {
  const p = onceSlot(args);
  if ((readAt(p.mem, p.path) as Value[])[0] === 1) return err(args[1]);
  writeAt(p.mem, p.path, some(args[1]));
  m.touch(p.mem, p.path, p.name);
  return ok(UNIT_VALUE);
});
// The closure runs only while the cell is empty; one that fills the cell itself is a reentrant
// init (a OnceCell panics, a OnceLock waits for itself for ever).
def(once('get_or_init'), (m, args, c) => {
  const p = onceSlot(args);
  const f = new Callable(m, argTy(c, 1), args[1]);
  if ((readAt(p.mem, p.path) as Value[])[0] === 0) {
    const v = f.call(m, []);
    if ((readAt(p.mem, p.path) as Value[])[0] === 1) {
      if (c.name.startsWith('OnceLock')) m.stuck('deadlock: `get_or_init` waits for itself (its closure initializes the same OnceLock)');
      dropItem(m, onceValueTy(m, c), v);
      m.panic('reentrant init', `${RUSTC_LIBRARY}/core/src/cell/once.rs:300:66`);
    }
    writeAt(p.mem, p.path, some(v));
    m.touch(p.mem, p.path, p.name);
  }
  f.drop(m);
  return new Ptr(p.mem, [...p.path, 1], PtrKind.Ref, -1, -1, null, p.name);
});

// ------------------------------------------------------------ Cow
// A Cow is the prelude's enum: [0, &B] (Borrowed) or [1, O] (Owned); tyArgs [B, O].

/** What `to_owned` makes of the value a Borrowed points at: a String of a str, a Vec of a slice, else a clone. */
function cowOwned(m: Machine, b: Ty, r: Ptr): Value {
  const refB = m.intern({ k: 'ref', mut: false, inner: b, region: { k: 'anon' } });
  if (b.k === 'str') return newString(m, textOf(m, refB, r));
  if (b.k === 'slice') {
    const s = recvSlice(m, refB, r);
    const items = sliceValues(s).map((x) => cloneValue(m, s.elemTy, x));
    return newVec(m, s.elemTy, items, items.length);
  }
  return cloneValue(m, b, readAt(r.mem, r.path));
}
def('Cow::into_owned', (m, args, c) => {
  const v = args[0] as Value[];
  return v[0] === 0 ? cowOwned(m, m.intern(c.tyArgs[0]), v[1] as Ptr) : v[1];
});
// `&*c`: Borrowed's reference itself, or Owned's String/Vec as a str/slice.
def('Cow::deref', (m, args, c) => {
  const p = args[0] as Ptr;
  const v = readAt(p.mem, p.path) as Value[];
  if (v[0] === 0) return v[1];
  const b = m.intern(c.tyArgs[0]);
  if (b.k === 'str') {
    const s = recvStr(m, m.intern(c.tyArgs[1]), v[1]);
    return new Ptr(s.mem, s.path, PtrKind.Ref, s.off, s.len, null, p.name);
  }
  if (b.k === 'slice') {
    const s = recvSlice(m, m.intern(c.tyArgs[1]), v[1]);
    return slicePtr(s, 0, s.len, false);
  }
  return new Ptr(p.mem, [...p.path, 1], PtrKind.Ref, -1, -1, null, p.name);
});
// std's From impls: a `&String`/`&Vec<T>`/`&[T; N]` (what `x.into()` hands over as it is) borrowed as a str/slice.
def('Cow::from_borrowed', (m, args, c) => {
  const t = argTy(c, 0);
  const inner = m.derefTy(t);
  if (inner.k === 'str' || inner.k === 'slice') return [0, args[0]];
  const p = args[0] as Ptr;
  if (inner.k === 'builtin' && inner.name === 'String') {
    const s = recvStr(m, t, p);
    return [0, new Ptr(s.mem, s.path, PtrKind.Ref, s.off, s.len, null, p.name)];
  }
  const s = recvSlice(m, t, p);
  return [0, slicePtr(s, 0, s.len, false)];
});
def('Cow::from_owned', (m, args) => [1, args[0]]);
// A Borrowed becomes Owned (a copy on the heap) before the `&mut` to what it owns is given.
def('Cow::to_mut', (m, args, c) => {
  const p = args[0] as Ptr;
  const v = readAt(p.mem, p.path) as Value[];
  if (v[0] === 0) {
    writeAt(p.mem, p.path, [1, cowOwned(m, m.intern(c.tyArgs[0]), v[1] as Ptr)]);
    m.touch(p.mem, p.path, p.name);
  }
  return new Ptr(p.mem, [...p.path, 1], PtrKind.Mut, -1, -1, null, p.name);
});

// ------------------------------------------------------------ Option / Result

function payloadTy(m: Machine, c: CallCtx, i = 0): Ty {
  let t = c.argTys[0];
  while (t.k === 'ref') t = m.intern(t.inner);
  return t.k === 'builtin' && t.args[i] ? m.intern(t.args[i]) : USIZE_TY;
}
def(['Option::is_some', 'Option::is_none'], (m, args, c) => (deref(args[0])[0] === 1) === (c.name === 'Option::is_some'));
def(['Result::is_ok', 'Result::is_err'], (m, args, c) => (deref(args[0])[0] === 0) === (c.name === 'Result::is_ok'));
def('Option::unwrap', (m, args, c) => {
  const o = args[0] as Value[];
  if (o[0] === 0) m.panic('called `Option::unwrap()` on a `None` value', track(m, c), true);
  return o[1];
});
def('Option::expect', (m, args, c) => {
  const o = args[0] as Value[];
  if (o[0] === 0) m.panic(strArg(m, c, args, 1), track(m, c));
  return o[1];
});
def('Result::unwrap', (m, args, c) => {
  const r = args[0] as Value[];
  if (r[0] === 1) {
    const e = formatOne(m, payloadTy(m, c, 1), r[1], 'Debug').text();
    m.panic(`called \`Result::unwrap()\` on an \`Err\` value: ${e}`, track(m, c));
  }
  return r[1];
});
def('Result::expect', (m, args, c) => {
  const r = args[0] as Value[];
  if (r[0] === 1) m.panic(`${strArg(m, c, args, 1)}: ${formatOne(m, payloadTy(m, c, 1), r[1], 'Debug').text()}`, track(m, c));
  return r[1];
});
def('Result::unwrap_err', (m, args, c) => {
  const r = args[0] as Value[];
  if (r[0] === 0) m.panic(`called \`Result::unwrap_err()\` on an \`Ok\` value: ${formatOne(m, payloadTy(m, c, 0), r[1], 'Debug').text()}`, track(m, c));
  return r[1];
});
def(['Option::unwrap_or', 'Result::unwrap_or'], (m, args, c) => {
  const o = args[0] as Value[];
  const hit = c.name.startsWith('Option') ? o[0] === 1 : o[0] === 0;
  if (hit) {
    dropItem(m, c.argTys[1], args[1]);
    return o[1];
  }
  if (!c.name.startsWith('Option')) dropItem(m, payloadTy(m, c, 1), o[1]);
  return args[1];
});
def(['Option::unwrap_or_default', 'Result::unwrap_or_default'], (m, args, c) => {
  const o = args[0] as Value[];
  const hit = c.name.startsWith('Option') ? o[0] === 1 : o[0] === 0;
  return hit ? o[1] : defaultValue(m, payloadTy(m, c, 0));
});
def(['Option::unwrap_or_else', 'Result::unwrap_or_else'], (m, args, c) => {
  const o = args[0] as Value[];
  const isOpt = c.name.startsWith('Option');
  if (isOpt ? o[0] === 1 : o[0] === 0) return o[1];
  const f = new Callable(m, argTy(c, 1), args[1]);
  const r = f.call(m, isOpt ? [] : [o[1]]);
  f.drop(m);
  return r;
});
def('Option::take', (m, args) => {
  const p = args[0] as Ptr;
  const o = readAt(p.mem, p.path);
  writeAt(p.mem, p.path, NONE.slice());
  m.touch(p.mem, p.path, p.name);
  return o;
});
def('Option::replace', (m, args) => {
  const p = args[0] as Ptr;
  const o = readAt(p.mem, p.path);
  writeAt(p.mem, p.path, some(args[1]));
  m.touch(p.mem, p.path, p.name);
  return o;
});
def(['Option::as_deref', 'Option::as_deref_mut'], (m, args, c) => {
  const p = args[0] as Ptr;
  const o = readAt(p.mem, p.path) as Value[];
  if (o[0] === 0) return NONE.slice();
  const mut = c.name.endsWith('_mut');
  const t = payloadTy(m, c, 0);
  const inner = new Ptr(p.mem, [...p.path, 1], mut ? PtrKind.Mut : PtrKind.Ref, -1, -1, null, p.name);
  const innerRef = m.intern({ k: 'ref', mut, inner: t, region: { k: 'anon' } });
  if (t.k === 'builtin' && t.name === 'String') {
    const s = recvStr(m, innerRef, inner);
    return some(subStr(s, 0, s.len));
  }
  if (t.k === 'builtin' && t.name === 'Vec') {
    const s = recvSlice(m, innerRef, inner);
    return some(slicePtr(s, 0, s.len, mut));
  }
  // Box<U>: a reference to the boxed value.
  const b = o[1] as Ptr;
  return some(new Ptr(b.mem, b.path, mut ? PtrKind.Mut : PtrKind.Ref, -1, -1, null, p.name));
});
def('Option::xor', (m, args, c) => {
  const [a, b] = [args[0] as Value[], args[1] as Value[]];
  const t = payloadTy(m, c);
  if (a[0] === 1 && b[0] === 0) return a;
  if (a[0] === 0 && b[0] === 1) return b;
  // Both Some: both payloads are dropped.
  if (a[0] === 1) (dropItem(m, t, a[1]), dropItem(m, t, b[1]));
  return NONE.slice();
});
def('Option::zip', (m, args, c) => {
  const [a, b] = [args[0] as Value[], args[1] as Value[]];
  if (a[0] === 1 && b[0] === 1) return some([a[1], b[1]]);
  if (a[0] === 1) dropItem(m, payloadTy(m, c), a[1]);
  if (b[0] === 1) dropItem(m, m.intern(c.tyArgs[1]), b[1]);
  return NONE.slice();
});
def(['Option::get_or_insert', 'Option::get_or_insert_with', 'Option::insert'], (m, args, c) => {
  const p = args[0] as Ptr;
  const o = readAt(p.mem, p.path) as Value[];
  if (c.name === 'Option::insert' || o[0] === 0) {
    const v = c.name === 'Option::get_or_insert_with' ? new Callable(m, argTy(c, 1), args[1]).call(m, []) : args[1];
    if (o[0] === 1) m.dropPlace(p.mem, [...p.path, 1], payloadTy(m, c), `${p.name}.0`);
    writeAt(p.mem, p.path, some(v));
    m.touch(p.mem, p.path, p.name);
  } else if (c.name === 'Option::get_or_insert') dropItem(m, payloadTy(m, c), args[1]);
  return new Ptr(p.mem, [...p.path, 1], PtrKind.Mut, -1, -1, null, p.name);
});
def(['Option::as_ref', 'Option::as_mut', 'Result::as_ref', 'Result::as_mut'], (m, args, c) => {
  const p = args[0] as Ptr;
  const o = readAt(p.mem, p.path) as Value[];
  const mut = c.name.endsWith('_mut');
  if (c.name.startsWith('Option') && o[0] === 0) return NONE;
  return [o[0], new Ptr(p.mem, [...p.path, 1], mut ? PtrKind.Mut : PtrKind.Ref, -1, -1, null, p.name)];
});
def(['Option::map', 'Option::and_then', 'Result::map', 'Result::and_then'], (m, args, c) => {
  const o = args[0] as Value[];
  const isOpt = c.name.startsWith('Option');
  const present = isOpt ? o[0] === 1 : o[0] === 0;
  const f = new Callable(m, argTy(c, 1), args[1]);
  let r: Value;
  if (!present) r = isOpt ? NONE.slice() : o;
  else {
    const x = f.call(m, [o[1]]);
    r = c.name.endsWith('map') ? (isOpt ? some(x) : ok(x)) : x;
  }
  f.drop(m);
  return r;
});
def('Result::map_err', (m, args, c) => {
  const o = args[0] as Value[];
  if (o[0] === 0) return o;
  const f = new Callable(m, argTy(c, 1), args[1]);
  const r = err(f.call(m, [o[1]]));
  f.drop(m);
  return r;
});
def('Option::ok_or', (m, args, c) => {
  const o = args[0] as Value[];
  if (o[0] === 1) {
    dropItem(m, c.argTys[1], args[1]);
    return ok(o[1]);
  }
  return err(args[1]);
});
def('Option::ok_or_else', (m, args, c) => {
  const o = args[0] as Value[];
  const f = new Callable(m, argTy(c, 1), args[1]);
  const r = o[0] === 1 ? ok(o[1]) : err(f.call(m, []));
  f.drop(m);
  return r;
});
def('Option::filter', (m, args, c) => {
  const o = args[0] as Value[];
  const f = new Callable(m, argTy(c, 1), args[1]);
  let r: Value = NONE.slice();
  if (o[0] === 1) {
    if (f.callOnRef(m, payloadTy(m, c, 0), o[1])) r = o;
    else dropItem(m, payloadTy(m, c, 0), o[1]);
  }
  f.drop(m);
  return r;
});
def(['Option::map_or', 'Result::map_or'], (m, args, c) => {
  const o = args[0] as Value[];
  const isOpt = c.name.startsWith('Option');
  const f = new Callable(m, argTy(c, 2), args[2]);
  let r: Value;
  if (isOpt ? o[0] === 1 : o[0] === 0) {
    dropItem(m, c.argTys[1], args[1]);
    r = f.call(m, [o[1]]);
  } else {
    if (!isOpt) dropItem(m, payloadTy(m, c, 1), o[1]);
    r = args[1];
  }
  f.drop(m);
  return r;
});
def(['Option::map_or_else', 'Result::map_or_else'], (m, args, c) => {
  const o = args[0] as Value[];
  const d = new Callable(m, argTy(c, 1), args[1]);
  const f = new Callable(m, argTy(c, 2), args[2]);
  // An Option's `Some` is variant 1, a Result's `Ok` variant 0; a Result's `Err` goes to the default.
  const r = c.name.startsWith('Option') ? (o[0] === 1 ? f.call(m, [o[1]]) : d.call(m, [])) : o[0] === 0 ? f.call(m, [o[1]]) : d.call(m, [o[1]]);
  d.drop(m);
  f.drop(m);
  return r;
});
def(['Option::is_some_and', 'Option::is_none_or', 'Result::is_ok_and', 'Result::is_err_and'], (m, args, c) => {
  const o = args[0] as Value[];
  const f = new Callable(m, argTy(c, 1), args[1]);
  const present = c.name === 'Result::is_err_and' ? o[0] === 1 : c.name.startsWith('Option') ? o[0] === 1 : o[0] === 0;
  let r: boolean;
  if (present) r = f.call(m, [o[1]]) as boolean;
  else {
    if (c.name.startsWith('Result')) dropItem(m, payloadTy(m, c, c.name === 'Result::is_ok_and' ? 1 : 0), o[1]);
    r = c.name === 'Option::is_none_or';
  }
  f.drop(m);
  return r;
});
def('Option::or', (m, args, c) => {
  const o = args[0] as Value[];
  if (o[0] === 1) {
    dropItem(m, c.argTys[1], args[1]);
    return o;
  }
  return args[1];
});
def(['Option::or_else', 'Result::or_else'], (m, args, c) => {
  const o = args[0] as Value[];
  const isOpt = c.name.startsWith('Option');
  const f = new Callable(m, argTy(c, 1), args[1]);
  const r = isOpt ? (o[0] === 1 ? o : f.call(m, [])) : o[0] === 0 ? o : f.call(m, [o[1]]);
  f.drop(m);
  return r;
});
def(['Option::cloned', 'Option::copied'], (m, args, c) => {
  const o = args[0] as Value[];
  if (o[0] === 0) return NONE.slice();
  const t = m.derefTy(payloadTy(m, c, 0));
  return some(cloneValue(m, t, deref(o[1])));
});
def('Result::ok', (m, args, c) => {
  const r = args[0] as Value[];
  if (r[0] === 0) return some(r[1]);
  dropItem(m, payloadTy(m, c, 1), r[1]);
  return NONE.slice();
});
def('Result::err', (m, args, c) => {
  const r = args[0] as Value[];
  if (r[0] === 1) return some(r[1]);
  dropItem(m, payloadTy(m, c, 0), r[1]);
  return NONE.slice();
});

// ------------------------------------------------------------ iterators

function iterArg(m: Machine, c: CallCtx, args: Value[], i = 0): IterVal {
  return toIter(m, argTy(c, i), args[i]);
}
function itemTyOf(m: Machine, c: CallCtx): Ty {
  const t = argTy(c, 0);
  if (t.k === 'builtin' && t.name === 'Iter') return m.intern(t.args[0]);
  if (t.k === 'builtin' && (t.name === 'Range' || t.name === 'RangeInclusive')) return m.intern(t.args[0]);
  if (t.k === 'ref' && t.inner.k === 'builtin' && t.inner.name === 'Iter') return m.intern(t.inner.args[0]);
  return c.tyArgs[0] ?? USIZE_TY;
}

/** `it.by_ref()`: the iterator at `at`, advanced in place; dropping this leaves it to its owner. */
class ByRefIter extends IterVal {
  constructor(
    private readonly at: Ptr,
    private readonly ty: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    const v = readAt(this.at.mem, this.at.path);
    return v instanceof IterVal ? v.sizeHint() : [0, null];
  }
  override next(m: Machine): Next {
    return iterNextAt(m, this.ty, this.at);
  }
}

def(['Iter::by_ref', 'Iterator::by_ref'], (m, args, c) => {
  const ty = m.derefTy(argTy(c, 0));
  // Your own iterator, borrowed: its `next`, `next_back` and `size_hint` on the caller's value.
  if (ty.k === 'adt') return new UserIter(m, ty, undefined, args[0] as Ptr);
  return new ByRefIter(args[0] as Ptr, ty);
});
def(['Iter::next', 'Iterator::next'], (m, args, c) => {
  const p = args[0] as Ptr;
  // A channel's own iterator: a spawned thread may wait in it.
  const it = readAt(p.mem, p.path);
  if (it instanceof ChannelIter) return it.nextOption(m);
  const inner = m.derefTy(argTy(c, 0));
  const x = iterNextAt(m, inner, p);
  return x === DONE ? NONE.slice() : some(x);
});
def(['Iter::next_back', 'DoubleEndedIterator::next_back'], (m, args, c) => {
  const x = iterNextBackAt(m, m.derefTy(argTy(c, 0)), args[0] as Ptr);
  return x === DONE ? NONE.slice() : some(x);
});
def(['IntoIterator::into_iter', 'Iter::into_iter', 'Vec::into_iter', 'VecDeque::into_iter', 'BinaryHeap::into_iter', 'slice::into_iter'], (m, args, c) => {
  const t = argTy(c, 0);
  const d = c.destTy;
  // The checker types `for` loop iterators as `Iter<T>`; keep a Range as itself only when asked for one.
  if (d.k === 'builtin' && (d.name === 'Range' || d.name === 'RangeInclusive')) return args[0];
  if (t.k === 'adt' && d.k === 'adt') return args[0];
  return toIter(m, t, args[0]);
});
def(['Iter::map', 'Iterator::map'], (m, args, c) => new MapIter(iterArg(m, c, args), new Callable(m, argTy(c, 1), args[1])));
def('Iter::peekable', (m, args, c) => new PeekIter(iterArg(m, c, args)));
def('Iter::peek', (m, args, c) => {
  const p = args[0] as Ptr;
  let it = readAt(p.mem, p.path) as IterVal;
  if (!(it instanceof PeekIter)) {
    // Peeking an iterator that was not made peekable: make it so where it lives.
    it = new PeekIter(it);
    writeAt(p.mem, p.path, it);
  }
  const peek = it as PeekIter;
  const x = peek.peek(m);
  if (x === DONE) return NONE.slice();
  const itemTy = m.intern((m.derefTy(argTy(c, 0)) as Extract<Ty, { k: 'builtin' }>).args[0]);
  peek.cell ??= m.tempMem(itemTy, x);
  return some(new Ptr(peek.cell, EMPTY_PATH, PtrKind.Ref));
});
def(['Iter::flat_map', 'Iter::flatten'], (m, args, c) => {
  const innerTy = m.intern(c.name === 'Iter::flat_map' ? c.tyArgs[1] : c.tyArgs[0]);
  const f = c.name === 'Iter::flat_map' ? new Callable(m, argTy(c, 1), args[1]) : null;
  return new FlattenIter(iterArg(m, c, args), f, (mm, v) => toIter(mm, innerTy, v));
});
def(['Iter::filter_map', 'Iterator::filter_map'], (m, args, c) => new FilterMapIter(iterArg(m, c, args), new Callable(m, argTy(c, 1), args[1])));
def(['Iter::map_while', 'Iterator::map_while'], (m, args, c) => new MapWhileIter(iterArg(m, c, args), new Callable(m, argTy(c, 1), args[1])));
// max_by keeps the last of equal items, min_by the first (std's order); the others are dropped.
def(['Iter::max_by', 'Iterator::max_by', 'Iter::min_by', 'Iterator::min_by'], (m, args, c) => {
  const t = itemTyOf(m, c);
  const f = new Callable(m, argTy(c, 1), args[1]);
  const isMax = c.name.endsWith('max_by');
  const ref = (v: Value) => new Ptr(m.tempMem(t, v), EMPTY_PATH, PtrKind.Ref);
  let best: Value = DONE;
  drain(m, iterArg(m, c, args), (x) => {
    if (best === DONE) {
      best = x;
      return;
    }
    const o = f.call(m, [ref(x), ref(best)]) as Value[];
    const sign = (o[0] as number) - 1;
    const take = isMax ? sign >= 0 : sign < 0;
    dropItem(m, t, take ? best : x);
    if (take) best = x;
  });
  f.drop(m);
  return best === DONE ? NONE.slice() : some(best);
});
def(['Iter::filter', 'Iterator::filter'], (m, args, c) => new FilterIter(iterArg(m, c, args), new Callable(m, argTy(c, 1), args[1]), itemTyOf(m, c)));
def(['Iter::inspect', 'Iterator::inspect'], (m, args, c) => new InspectIter(iterArg(m, c, args), new Callable(m, argTy(c, 1), args[1]), itemTyOf(m, c)));
def(['Iter::enumerate', 'Iterator::enumerate'], (m, args, c) => new EnumerateIter(iterArg(m, c, args)));
def(['Iter::rev', 'Iterator::rev'], (m, args, c) => new RevIter(iterArg(m, c, args)));
def(['Iter::skip', 'Iterator::skip'], (m, args, c) => new SkipIter(iterArg(m, c, args), Number(args[1]), itemTyOf(m, c)));
def(['Iter::take', 'Iterator::take'], (m, args, c) => new TakeIter(iterArg(m, c, args), Number(args[1])));
def(['Iter::step_by', 'Iterator::step_by'], (m, args, c) => new StepByIter(iterArg(m, c, args), Number(args[1]), itemTyOf(m, c)));
def(['Iter::zip', 'Iterator::zip'], (m, args, c) => new ZipIter(iterArg(m, c, args), iterArg(m, c, args, 1)));
def(['Iter::chain', 'Iterator::chain'], (m, args, c) => new ChainIter(iterArg(m, c, args), iterArg(m, c, args, 1)));
def(['Iter::cloned', 'Iterator::cloned', 'Iter::copied', 'Iterator::copied'], (m, args, c) => {
  const item = itemTyOf(m, c);
  return new ClonedIter(iterArg(m, c, args), m.derefTy(item), cloneValue);
});

function drain(m: Machine, it: IterVal, each: (x: Value) => boolean | void): void {
  for (let x = it.next(m); x !== DONE; x = it.next(m)) if (each(x) === false) break;
  it.drop(m);
}

def(['Iter::collect', 'Iterator::collect'], (m, args, c) => {
  const it = iterArg(m, c, args);
  const target = c.tyArgs[c.tyArgs.length - 1] && c.tyArgs[c.tyArgs.length - 1].k === 'builtin' ? c.tyArgs[c.tyArgs.length - 1] : c.destTy;
  if (target.k === 'builtin' && target.name === 'String') {
    const itemTy = itemTyOf(m, c);
    const parts: string[] = [];
    // std's `Extend<char>` reserves the lower bound of the size hint before it pushes.
    const lower = itemTy.k === 'char' ? it.sizeHint()[0] : 0;
    drain(m, it, (x) => {
      parts.push(itemTy.k === 'char' ? String.fromCodePoint(x) : textOf(m, itemTy, x));
      if (itemTy.k === 'builtin' && itemTy.name === 'String') dropItem(m, itemTy, x);
    });
    return collectString(m, parts, lower);
  }
  // `collect::<Result<Vec<T>, E>>()` / `Option<Vec<T>>`: the values until the first Err or None, which
  // then is the answer (what was collected so far is dropped), as std's `FromIterator` for them does.
  if (target.k === 'builtin' && (target.name === 'Result' || target.name === 'Option')) {
    const inner = m.intern(target.args[0]);
    if (inner.k === 'builtin' && inner.name === 'Vec') {
      const isResult = target.name === 'Result';
      const shunt = new ShuntIter(it, isResult);
      const vec = collectVec(m, shunt, m.intern(inner.args[0]));
      if (shunt.residual === undefined) return isResult ? [0, vec] : [1, vec];
      m.dropPlace(m.tempMem(inner, vec), EMPTY_PATH, inner, '_');
      return isResult ? [1, shunt.residual] : NONE.slice();
    }
  }
  if (target.k === 'builtin' && isTable(target.name)) return collectTable(m, m.intern(target), it);
  // Into a Box<[T]>: std collects a Vec and boxes it.
  if (target.k === 'builtin' && target.name === 'Box' && target.args[0]?.k === 'slice') {
    const elem = m.intern(target.args[0].elem);
    return boxedSlice(m, collectVec(m, it, elem) as Value[]);
  }
  const elemTy = target.k === 'builtin' && target.args[0] ? m.intern(target.args[0]) : itemTyOf(m, c);
  const vec = collectVec(m, it, elemTy);
  // Into a BinaryHeap: std collects a Vec and heapifies it (`BinaryHeap::from`).
  if (target.k === 'builtin' && target.name === 'BinaryHeap') heapRebuild(m, elemTy, vecElems(vec as Value[]));
  return vec;
});

/** The Ok / Some payloads of an iterator of Results / Options, ending at the first Err / None (kept in `residual`). */
class ShuntIter extends IterVal {
  residual: Value = undefined;
  constructor(
    readonly inner: IterVal,
    readonly isResult: boolean,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [0, this.inner.sizeHint()[1]];
  }
  override next(m: Machine): Value | typeof DONE {
    if (this.residual !== undefined) return DONE;
    const x = this.inner.next(m);
    if (x === DONE) return DONE;
    const v = x as Value[];
    const ok = this.isResult ? v[0] === 0 : v[0] === 1;
    if (ok) return v[1];
    this.residual = this.isResult ? v[1] : null;
    return DONE;
  }
  override drop(m: Machine): void {
    this.inner.drop(m);
  }
}

/** A String of these parts pushed one by one, after `reserve(lower)`. */
function collectString(m: Machine, parts: string[], lower: number): Value[] {
  const text = parts.join('');
  if (text.length === 0) return [null, 0, 0];
  let cap = lower > 0 ? grownCap(0, lower, 1) : 0;
  let len = 0;
  for (const p of parts) {
    const n = utf8Len(p);
    if (len + n > cap) cap = grownCap(cap, len + n, 1);
    len += n;
  }
  return newString(m, text, cap);
}

/** `collect::<Vec<_>>()`: exact capacity for TrustedLen iterators, else std's first-element strategy. */
function collectVec(m: Machine, it: IterVal, elemTy: Ty): Value[] {
  if (it.trustedLen()) {
    const [n] = it.sizeHint();
    const items: Value[] = [];
    drain(m, it, (x) => void items.push(x));
    return newVec(m, elemTy, items, Math.max(n, items.length));
  }
  const first = it.next(m);
  if (first === DONE) {
    it.drop(m);
    return [null, 0, 0];
  }
  const es = m.sizeOf(elemTy);
  const minCap = es === 1 ? 8 : es <= 1024 ? 4 : 1;
  let cap = Math.max(minCap, it.sizeHint()[0] + 1);
  const items: Value[] = [first];
  for (let x = it.next(m); x !== DONE; x = it.next(m)) {
    if (items.length === cap) cap = grownCap(cap, items.length + it.sizeHint()[0] + 1, es);
    items.push(x);
  }
  it.drop(m);
  return newVec(m, elemTy, items, cap);
}

function numericFold(m: Machine, c: CallCtx, args: Value[], product: boolean): Value {
  let t = c.tyArgs[c.tyArgs.length - 1];
  if (!t || (t.k !== 'int' && t.k !== 'float' && !(t.k === 'builtin' && (t.name === 'Option' || t.name === 'Result')))) t = c.destTy;
  // Into a type of the program that a generic body names (`T: Sum<T>`): its own `impl Sum`, given the iterator.
  if (t.k === 'adt') {
    const own = m.ownSumImpl(product ? 'Product' : 'Sum', t, argTy(c, 0), itemTyOf(m, c));
    if (!own) throw new Error(`no impl of ${product ? 'Product' : 'Sum'} for ${m.tyStr(t)}`);
    return m.invoke(own, [args[0]], c.span);
  }
  const it = iterArg(m, c, args);
  let acc: Value = product ? 1 : 0;
  // Into an Option or a Result: the items' values, up to the first None or Err, which is the answer
  // (std's `Sum for Result`: what is left of the iterator is not read).
  if (t.k === 'builtin' && (t.name === 'Option' || t.name === 'Result')) {
    const inner = m.intern(t.args[0]);
    const failOn = t.name === 'Option' ? 0 : 1;
    let failed: Value = null;
    drain(m, it, (x) => {
      if (x[0] === failOn) {
        failed = x;
        return false;
      }
      acc = m.binop(product ? 'mul' : 'add', inner, acc, deref(x[1]));
    });
    return failed ?? (t.name === 'Option' ? some(acc) : ok(acc));
  }
  drain(m, it, (x) => {
    const v = deref(x);
    acc = m.binop(product ? 'mul' : 'add', t, acc, v);
  });
  return acc;
}
def(['Iter::sum', 'Iterator::sum'], (m, args, c) => numericFold(m, c, args, false));
def(['Iter::product', 'Iterator::product'], (m, args, c) => numericFold(m, c, args, true));
def(['Iter::count', 'Iterator::count'], (m, args, c) => {
  let n = 0;
  const it = iterArg(m, c, args);
  const t = itemTyOf(m, c);
  drain(m, it, (x) => {
    n++;
    dropItem(m, t, x);
  });
  return n;
});
def(['Iter::last', 'Iterator::last'], (m, args, c) => {
  let last: Value = DONE;
  const t = itemTyOf(m, c);
  drain(m, iterArg(m, c, args), (x) => {
    if (last !== DONE) dropItem(m, t, last);
    last = x;
  });
  return last === DONE ? NONE.slice() : some(last);
});
def(['Iter::max', 'Iterator::max', 'Iter::min', 'Iterator::min'], (m, args, c) => {
  const t = itemTyOf(m, c);
  const isMax = c.name.endsWith('max');
  let best: Value = DONE;
  drain(m, iterArg(m, c, args), (x) => {
    if (best === DONE) best = x;
    else {
      const cmp = m.hooks.valueCmp(m, t, x, best) ?? 0;
      // max keeps the last of equal elements, min the first.
      if (isMax ? cmp >= 0 : cmp < 0) best = x;
    }
  });
  return best === DONE ? NONE.slice() : some(best);
});
def(['Iter::take_while', 'Iterator::take_while', 'Iter::skip_while', 'Iterator::skip_while'], (m, args, c) =>
  new WhileIter(iterArg(m, c, args), new Callable(m, argTy(c, 1), args[1]), itemTyOf(m, c), c.name.endsWith('take_while')),
);
def(['Iter::nth', 'Iterator::nth'], (m, args, c) => {
  const x = iterArg(m, c, args).nth(m, Number(args[1]), itemTyOf(m, c));
  return x === DONE ? NONE.slice() : some(x);
});
def(['Iter::nth_back', 'Iterator::nth_back'], (m, args, c) => {
  const t = itemTyOf(m, c);
  const it = iterArg(m, c, args);
  let x = it.nextBack(m);
  for (let n = Number(args[1]); n > 0 && x !== DONE; n--) {
    dropItem(m, t, x);
    x = it.nextBack(m);
  }
  return x === DONE ? NONE.slice() : some(x);
});
/** Your own iterator's `size_hint` (the program's, or std's `(0, None)`), as a `(usize, Option<usize>)`. */
def(['Iter::size_hint', 'Iterator::size_hint'], (m, args, c) => {
  const [lo, hi] = sizeHintAt(m, c, args[0]);
  // An endless iterator's lower bound is usize::MAX (kept as the largest safe number while iterating).
  return [lo >= Number.MAX_SAFE_INTEGER ? USIZE_MAX : lo, hi === null ? NONE.slice() : some(hi)];
});
const USIZE_MAX = I.norm((1n << 64n) - 1n);
/** The size hint of the iterator `&self` points at (your own iterator, or a range, read in place). */
function sizeHintAt(m: Machine, c: CallCtx, self: Value): [number, number | null] {
  const t = argTy(c, 0);
  const inner = t.k === 'ref' ? m.derefTy(t) : t;
  if (t.k === 'ref' && inner.k === 'adt') return new UserIter(m, inner, undefined, self as Ptr).sizeHint();
  if (t.k === 'ref' && inner.k === 'builtin' && (inner.name === 'Range' || inner.name === 'RangeInclusive')) {
    const p = self as Ptr;
    return toIter(m, inner, readAt(p.mem, p.path)).sizeHint();
  }
  return toIter(m, t, self).sizeHint();
}
/** `ExactSizeIterator::len`: std's default, the lower bound of a `size_hint` whose upper bound must be the same. */
def(['Iter::len', 'Iterator::len'], (m, args, c) => {
  const [lo, hi] = sizeHintAt(m, c, args[0]);
  if (hi !== lo) {
    const upper = hi === null ? 'None' : `Some(${hi})`;
    m.panic(`assertion \`left == right\` failed\n  left: ${upper}\n right: Some(${lo})`, `${RUSTC_LIBRARY}/core/src/iter/traits/exact_size.rs:122:9`);
  }
  return lo;
});
def(['Iter::max_by_key', 'Iterator::max_by_key', 'Iter::min_by_key', 'Iterator::min_by_key'], (m, args, c) => {
  const t = itemTyOf(m, c);
  const keyTy = m.intern(c.tyArgs[c.tyArgs.length - 1] ?? USIZE_TY);
  const f = new Callable(m, argTy(c, 1), args[1]);
  const isMax = c.name.endsWith('max_by_key');
  let best: Value = DONE;
  let bestKey: Value = undefined;
  drain(m, iterArg(m, c, args), (x) => {
    const k = f.callOnRef(m, t, x);
    const cmp = best === DONE ? 0 : (m.hooks.valueCmp(m, keyTy, k, bestKey) ?? 0);
    // As std: max_by_key keeps the last of equal keys, min_by_key the first.
    if (best === DONE || (isMax ? cmp >= 0 : cmp < 0)) {
      best = x;
      bestKey = k;
    }
  });
  f.drop(m);
  return best === DONE ? NONE.slice() : some(best);
});
def(['Iter::eq', 'Iterator::eq'], (m, args, c) => {
  const a = iterArg(m, c, args, 0);
  const b = iterArg(m, c, args, 1);
  const t = itemTyOf(m, c);
  let same = true;
  for (;;) {
    const x = a.next(m);
    const y = b.next(m);
    if (x === DONE || y === DONE) {
      same = x === y;
      break;
    }
    const eq = m.hooks.valueEq(m, t, x, y);
    dropItem(m, t, x);
    dropItem(m, t, y);
    if (!eq) {
      same = false;
      break;
    }
  }
  a.drop(m);
  b.drop(m);
  return same;
});
def(['Iter::cycle', 'Iterator::cycle'], (m, args, c) => new CycleIter(iterArg(m, c, args), itemTyOf(m, c)));
/** `cycle`: the first pass's items, kept, then handed out again (cloned) without end. */
class CycleIter extends IterVal {
  private readonly seen: Value[] = [];
  private at = -1;
  constructor(
    readonly inner: IterVal,
    readonly itemTy: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [this.inner.sizeHint()[0] === 0 && this.seen.length === 0 ? 0 : Number.MAX_SAFE_INTEGER, null];
  }
  override next(m: Machine): Value {
    if (this.at < 0) {
      const x = this.inner.next(m);
      if (x !== DONE) {
        this.seen.push(x);
        return cloneValue(m, this.itemTy, x);
      }
      this.at = 0;
    }
    if (this.seen.length === 0) return DONE;
    const x = this.seen[this.at];
    this.at = (this.at + 1) % this.seen.length;
    return cloneValue(m, this.itemTy, x);
  }
  override drop(m: Machine): void {
    this.inner.drop(m);
    for (const x of this.seen) dropItem(m, this.itemTy, x);
  }
}
def(['Iter::unzip', 'Iterator::unzip'], (m, args, c) => {
  const it = iterArg(m, c, args);
  const [at, bt] = c.destTy.k === 'tuple' ? c.destTy.elems.map((v) => (v.k === 'builtin' && v.args[0] ? m.intern(v.args[0]) : USIZE_TY)) : [USIZE_TY, USIZE_TY];
  const halves: Value[][] = [[null, 0, 0], [null, 0, 0]];
  for (let x = it.next(m); x !== DONE; x = it.next(m)) {
    vecPush(m, halves[0], detached(halves[0]), at, (x as Value[])[0]);
    vecPush(m, halves[1], detached(halves[1]), bt, (x as Value[])[1]);
  }
  it.drop(m);
  return halves;
});
def(['Iter::scan', 'Iterator::scan'], (m, args, c) => new ScanIter(iterArg(m, c, args), m.tempMem(argTy(c, 1), args[1]), new Callable(m, argTy(c, 2), args[2]), argTy(c, 1)));
/** `scan`: the closure gets `&mut state` and each item; its `None` ends the iteration. */
// std::iter's constructors: an iterator from a closure, from a first value and a successor closure,
// a value repeated (cloned each time), one value, none.
class FromFnIter extends IterVal {
  constructor(readonly f: Callable) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [0, null];
  }
  override next(m: Machine): Value {
    const r = this.f.call(m, []) as Value[];
    return r[0] === 0 ? DONE : r[1];
  }
  override drop(m: Machine): void {
    this.f.drop(m);
  }
}
class SuccessorsIter extends IterVal {
  constructor(
    private following: Value[],
    readonly f: Callable,
    readonly itemTy: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return this.following[0] === 0 ? [0, 0] : [1, null];
  }
  override next(m: Machine): Value {
    if (this.following[0] === 0) return DONE;
    const item = this.following[1];
    this.following = this.f.call(m, [new Ptr(m.tempMem(this.itemTy, item), EMPTY_PATH, PtrKind.Ref)]) as Value[];
    return item;
  }
  override drop(m: Machine): void {
    if (this.following[0] === 1) dropItem(m, this.itemTy, this.following[1]);
    this.f.drop(m);
  }
}
class RepeatIter extends IterVal {
  constructor(
    readonly x: Value,
    readonly itemTy: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [Number.MAX_SAFE_INTEGER, null];
  }
  override next(m: Machine): Value {
    return cloneValue(m, this.itemTy, this.x);
  }
  override drop(m: Machine): void {
    dropItem(m, this.itemTy, this.x);
  }
}
class RepeatWithIter extends IterVal {
  constructor(readonly f: Callable) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [Number.MAX_SAFE_INTEGER, null];
  }
  override next(m: Machine): Value {
    return this.f.call(m, []);
  }
  override drop(m: Machine): void {
    this.f.drop(m);
  }
}
/** `repeat_n(x, n)`: clones of x, and x itself as the last item (std clones it only n - 1 times). */
class RepeatNIter extends IterVal {
  constructor(
    readonly x: Value,
    private left: number,
    readonly itemTy: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [this.left, this.left];
  }
  override next(m: Machine): Value {
    if (this.left === 0) return DONE;
    return --this.left === 0 ? this.x : cloneValue(m, this.itemTy, this.x);
  }
  override drop(m: Machine): void {
    if (this.left > 0) dropItem(m, this.itemTy, this.x);
  }
}
def('iter::from_fn', (m, args, c) => new FromFnIter(new Callable(m, argTy(c, 0), args[0])));
def('iter::repeat_with', (m, args, c) => new RepeatWithIter(new Callable(m, argTy(c, 0), args[0])));
def('iter::repeat_n', (m, args, c) => {
  const [t, n] = [m.intern(c.tyArgs[0]), Number(args[1])];
  // (std keeps no element for a count of 0: it is dropped in the call.)
  if (n === 0) dropItem(m, t, args[0]);
  return new RepeatNIter(args[0], n, t);
});
// `std::array::from_fn(f)`: f called with each index in turn, as many times as the array's length.
def('array::from_fn', (m, args, c) => {
  const d = c.destTy;
  const f = new Callable(m, argTy(c, 0), args[0]);
  const out: Value[] = [];
  for (let i = 0, n = d.k === 'array' ? fixedLen(d) : 0; i < n; i++) out.push(f.call(m, [i]));
  f.drop(m);
  return out;
});
def('iter::successors', (m, args, c) => new SuccessorsIter(args[0] as Value[], new Callable(m, argTy(c, 1), args[1]), m.intern(c.tyArgs[0])));
def('iter::repeat', (m, args, c) => new RepeatIter(args[0], m.intern(c.tyArgs[0])));
def(['iter::once', 'iter::empty'], (m, args, c) => new ListIter(c.name === 'iter::once' ? [args[0]] : [], 0, undefined, m.intern(c.tyArgs[0])));

class ScanIter extends IterVal {
  private done = false;
  constructor(
    readonly inner: IterVal,
    readonly state: Mem,
    readonly f: Callable,
    readonly stateTy: Ty,
  ) {
    super();
  }
  override sizeHint(): [number, number | null] {
    return [0, this.inner.sizeHint()[1]];
  }
  override next(m: Machine): Value {
    if (this.done) return DONE;
    const x = this.inner.next(m);
    if (x === DONE) return DONE;
    const r = this.f.call(m, [new Ptr(this.state, EMPTY_PATH, PtrKind.Mut), x]) as Value[];
    if (r[0] === 0) {
      this.done = true;
      return DONE;
    }
    return r[1];
  }
  override drop(m: Machine): void {
    this.inner.drop(m);
    this.f.drop(m);
    dropItem(m, this.stateTy, this.state.v);
  }
}

// std's partition: two default collections, each extended one item at a time (a Vec grows as pushes grow it).
def(['Iter::partition', 'Iterator::partition'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  const itemTy = itemTyOf(m, c);
  const halves: Value[][] = [[null, 0, 0], [null, 0, 0]];
  // `Vec<i32>` from `&i32` items: std's `Extend<&T>` for Copy elements copies them.
  const dest = c.destTy.k === 'tuple' ? c.destTy.elems[0] : null;
  const elemTy = dest && dest.k === 'builtin' && dest.args[0] ? m.intern(dest.args[0]) : itemTy;
  const copies = itemTy.k === 'ref' && elemTy.k !== 'ref';
  const it = iterArg(m, c, args);
  for (let x = it.next(m); x !== DONE; x = it.next(m)) {
    const h = f.callOnRef(m, itemTy, x) ? halves[0] : halves[1];
    vecPush(m, h, detached(h), elemTy, copies ? cloneInline(deref(x)) : x);
  }
  it.drop(m);
  f.drop(m);
  return halves;
});
def(['Iter::any', 'Iterator::any', 'Iter::all', 'Iterator::all'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  const isAny = c.name.endsWith('any');
  let result = !isAny;
  const it = iterArg(m, c, args);
  for (let x = it.next(m); x !== DONE; x = it.next(m)) {
    const r = !!f.call(m, [x]);
    if (isAny && r) {
      result = true;
      break;
    }
    if (!isAny && !r) {
      result = false;
      break;
    }
  }
  it.drop(m);
  f.drop(m);
  return result;
});
// rposition searches from the back of an iterator of known length, counting from its front.
def(['Iter::position', 'Iterator::position', 'Iter::rposition', 'Iterator::rposition'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  const it = iterArg(m, c, args);
  const back = c.name.endsWith('rposition');
  let i = back ? it.sizeHint()[0] - 1 : 0;
  let found = -1;
  for (let x = back ? it.nextBack(m) : it.next(m); x !== DONE; x = back ? it.nextBack(m) : it.next(m), i += back ? -1 : 1) {
    if (f.call(m, [x])) {
      found = i;
      break;
    }
  }
  it.drop(m);
  f.drop(m);
  return found < 0 ? NONE.slice() : some(found);
});
def(['Iter::find', 'Iterator::find', 'Iter::rfind', 'Iterator::rfind'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  const t = itemTyOf(m, c);
  const it = iterArg(m, c, args);
  const back = c.name.endsWith('rfind');
  let found: Value = DONE;
  for (let x = back ? it.nextBack(m) : it.next(m); x !== DONE; x = back ? it.nextBack(m) : it.next(m)) {
    if (f.callOnRef(m, t, x)) {
      found = x;
      break;
    }
    dropItem(m, t, x);
  }
  it.drop(m);
  f.drop(m);
  return found === DONE ? NONE.slice() : some(found);
});
def(['Iter::reduce', 'Iterator::reduce'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  const it = iterArg(m, c, args);
  let acc = it.next(m);
  if (acc === DONE) {
    it.drop(m);
    f.drop(m);
    return NONE.slice();
  }
  drain(m, it, (x) => {
    acc = f.call(m, [acc, x]);
  });
  f.drop(m);
  return some(acc);
});
def(['Iter::find_map', 'Iterator::find_map'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  const it = iterArg(m, c, args);
  let found: Value = NONE.slice();
  for (let x = it.next(m); x !== DONE; x = it.next(m)) {
    const r = f.call(m, [x]) as Value[];
    if (r[0] === 1) {
      found = r;
      break;
    }
  }
  it.drop(m);
  f.drop(m);
  return found;
});
def(['Iter::fold', 'Iterator::fold'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 2), args[2]);
  let acc = args[1];
  drain(m, iterArg(m, c, args), (x) => {
    acc = f.call(m, [acc, x]);
  });
  f.drop(m);
  return acc;
});
def(['Iter::rfold', 'Iterator::rfold'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 2), args[2]);
  let acc = args[1];
  drain(m, new RevIter(iterArg(m, c, args)), (x) => {
    acc = f.call(m, [acc, x]);
  });
  f.drop(m);
  return acc;
});
def(['Iter::try_fold', 'Iterator::try_fold'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 2), args[2]);
  const d = c.destTy;
  const isOption = d.k === 'builtin' && d.name === 'Option';
  let acc = args[1];
  let stopped: Value[] | null = null;
  drain(m, iterArg(m, c, args), (x) => {
    const r = f.call(m, [acc, x]) as Value[];
    if (r[0] === (isOption ? 0 : 1)) {
      stopped = r;
      return false;
    }
    acc = r[1];
  });
  f.drop(m);
  return stopped ?? (isOption ? some(acc) : ok(acc));
});
def(['Iter::for_each', 'Iterator::for_each'], (m, args, c) => {
  const f = new Callable(m, argTy(c, 1), args[1]);
  drain(m, iterArg(m, c, args), (x) => void f.call(m, [x]));
  f.drop(m);
  return UNIT_VALUE;
});

// ------------------------------------------------------------ numbers and chars

function selfInt(c: CallCtx): I.IntInfo {
  let t = c.argTys[0];
  while (t.k === 'ref') t = t.inner;
  return I.intInfo(t.k === 'int' ? t.int : 'i32');
}
function selfFloat32(c: CallCtx): boolean {
  let t = c.argTys[0];
  while (t.k === 'ref') t = t.inner;
  return t.k === 'float' && t.float === 'f32';
}
// A lossless conversion (typeck allowed no other): the value as the destination type holds it.
def(['int::from', 'float::from', 'char::from', 'int::into', 'float::into'], (m, args, c) => m.castValue(args[0], argTy(c, 0), c.destTy));
def('int::abs', (m, args, c) => {
  const info = selfInt(c);
  const r = I.compareInt(args[0], 0) < 0 ? I.checkedNeg(info, args[0]) : args[0];
  if (r === null) m.panic('attempt to negate with overflow', track(m, c), true);
  return r;
});
def('int::pow', (m, args, c) => {
  const info = selfInt(c);
  let acc: I.IntVal = 1;
  for (let i = 0; i < Number(args[1]); i++) {
    const r = I.checkedMul(info, acc, args[0]);
    if (r === null) return m.panic('attempt to multiply with overflow', track(m, c), true);
    acc = r;
  }
  return acc;
});
def('int::clamp', (m, args, c) => {
  const t = m.intern(c.tyArgs[0] ?? argTy(c, 0));
  // Integers here, and (std's `Ord::clamp`) any ordered type: the values not returned are dropped.
  const cmp = (a: Value, b: Value) => (t.k === 'int' ? I.compareInt(a, b) : (m.hooks.valueCmp(m, t, a, b) ?? 0));
  if (cmp(args[1], args[2]) > 0) m.panic('assertion failed: min <= max', track(m, c), true);
  const pick = cmp(args[0], args[1]) < 0 ? 1 : cmp(args[0], args[2]) > 0 ? 2 : 0;
  if (t.k !== 'int') for (let i = 0; i < 3; i++) if (i !== pick) dropItem(m, t, args[i]);
  return args[pick];
});
// std::cmp::max / min, and `a.max(b)` / `a.min(b)` of any ordered type: on equal values max gives the
// second, min the first; the other is dropped.
function maxOrMin(m: Machine, t: Ty, max: boolean, a: Value, b: Value): Value {
  if (t.k === 'int') return max ? (I.compareInt(b, a) >= 0 ? b : a) : I.compareInt(b, a) < 0 ? b : a;
  const sign = m.hooks.valueCmp(m, t, a, b) ?? 0;
  const firstWins = max ? sign > 0 : sign <= 0;
  dropItem(m, t, firstWins ? b : a);
  return firstWins ? a : b;
}
def(['cmp::max', 'cmp::min', 'int::max', 'int::min', 'Ord::max', 'Ord::min'], (m, args, c) => maxOrMin(m, m.intern(c.tyArgs[0] ?? argTy(c, 0)), c.name.endsWith('max'), args[0], args[1]));
const checked = (f: (i: I.IntInfo, a: I.IntVal, b: I.IntVal) => I.IntVal | null): BuiltinFn => (m, args, c) => {
  const r = f(selfInt(c), args[0], args[1]);
  return r === null ? NONE.slice() : some(r);
};
def('int::checked_add', checked(I.checkedAdd));
def('int::checked_sub', checked(I.checkedSub));
def('int::checked_mul', checked(I.checkedMul));
def('int::checked_div', checked((i, a, b) => (I.isZero(b) ? null : I.checkedDiv(i, a, b))));
const wrapping = (op: (a: bigint, b: bigint) => bigint): BuiltinFn => (m, args, c) => I.wrapInt(selfInt(c), I.norm(op(I.big(args[0]), I.big(args[1]))));
def('int::wrapping_add', wrapping((a, b) => a + b));
def('int::wrapping_sub', wrapping((a, b) => a - b));
def('int::wrapping_mul', wrapping((a, b) => a * b));
const saturating = (op: (a: bigint, b: bigint) => bigint): BuiltinFn => (m, args, c) => {
  const info = selfInt(c);
  const r = op(I.big(args[0]), I.big(args[1]));
  return I.norm(r < info.min ? info.min : r > info.max ? info.max : r);
};
def('int::saturating_add', saturating((a, b) => a + b));
def('int::saturating_sub', saturating((a, b) => a - b));
def('int::saturating_mul', saturating((a, b) => a * b));
def('int::checked_rem', checked((i, a, b) => (I.isZero(b) ? null : I.checkedRem(i, a, b))));
const powExact = (a: I.IntVal, exp: number): bigint => I.big(a) ** BigInt(exp);
def('int::checked_pow', (m, args, c) => {
  const info = selfInt(c);
  const r = powExact(args[0], Number(args[1]));
  return r < info.min || r > info.max ? NONE.slice() : some(I.norm(r));
});
def('int::wrapping_pow', (m, args, c) => I.wrapInt(selfInt(c), I.norm(powExact(args[0], Number(args[1])))));
const overflowing = (op: (a: bigint, b: bigint) => bigint): BuiltinFn => (m, args, c) => {
  const info = selfInt(c);
  const r = op(I.big(args[0]), I.big(args[1]));
  return [I.wrapInt(info, I.norm(r)), r < info.min || r > info.max];
};
def('int::overflowing_add', overflowing((a, b) => a + b));
def('int::overflowing_sub', overflowing((a, b) => a - b));
def('int::overflowing_mul', overflowing((a, b) => a * b));
def('int::rem_euclid', (m, args, c) => {
  const info = selfInt(c);
  const b = I.big(args[1]);
  if (b === 0n) return m.panic('attempt to calculate the remainder with a divisor of zero', track(m, c), true);
  if (info.signed && b === -1n && I.big(args[0]) === info.min) return m.panic('attempt to calculate the remainder with overflow', track(m, c), true);
  const r = I.big(args[0]) % b;
  return I.norm(r < 0n ? (b < 0n ? r - b : r + b) : r);
});
def('int::abs_diff', (m, args) => I.norm(((a, b) => (a > b ? a - b : b - a))(I.big(args[0]), I.big(args[1]))));
def('int::checked_neg', (m, args, c) => {
  const r = I.checkedNeg(selfInt(c), args[0]);
  return r === null ? NONE.slice() : some(r);
});
def('int::wrapping_neg', (m, args, c) => I.wrapInt(selfInt(c), I.norm(-I.big(args[0]))));
def('int::div_euclid', (m, args, c) => {
  const info = selfInt(c);
  const a = I.big(args[0]);
  const b = I.big(args[1]);
  if (b === 0n) return m.panic('attempt to divide by zero', track(m, c), true);
  if (info.signed && b === -1n && a === info.min) return m.panic('attempt to divide with overflow', track(m, c), true);
  let q = a / b;
  if (a % b < 0n) q = b > 0n ? q - 1n : q + 1n;
  return I.norm(q);
});
def(['int::leading_zeros', 'int::trailing_zeros'], (m, args, c) => {
  const info = selfInt(c);
  const bits = BigInt.asUintN(info.bits, I.big(args[0])).toString(2).padStart(info.bits, '0');
  const lead = c.name.endsWith('leading_zeros');
  const m0 = lead ? /^0*/.exec(bits)![0].length : /0*$/.exec(bits)![0].length;
  return m0;
});
// Bit-level helpers read the value as its type's bits (two's complement), as std does.
const bitsOf = (c: CallCtx, v: I.IntVal): bigint => BigInt.asUintN(selfInt(c).bits, I.big(v));
const fromBits = (c: CallCtx, b: bigint): I.IntVal => {
  const info = selfInt(c);
  return I.norm(info.signed ? BigInt.asIntN(info.bits, b) : BigInt.asUintN(info.bits, b));
};
def(['int::count_zeros', 'int::leading_ones', 'int::trailing_ones'], (m, args, c) => {
  const s = bitsOf(c, args[0]).toString(2).padStart(selfInt(c).bits, '0');
  if (c.name === 'int::count_zeros') return [...s].filter((b) => b === '0').length;
  return (c.name === 'int::leading_ones' ? /^1*/ : /1*$/).exec(s)![0].length;
});
def(['int::rotate_left', 'int::rotate_right'], (m, args, c) => {
  const n = BigInt(selfInt(c).bits);
  const k = BigInt(Number(args[1])) % n;
  const x = bitsOf(c, args[0]);
  const left = c.name === 'int::rotate_left' ? k : (n - k) % n;
  return fromBits(c, BigInt.asUintN(Number(n), (x << left) | (x >> ((n - left) % n))));
});
def(['int::swap_bytes', 'int::reverse_bits'], (m, args, c) => {
  const bits = selfInt(c).bits;
  const s = bitsOf(c, args[0]).toString(2).padStart(bits, '0');
  const bytes = s.match(/.{8}/g) ?? [s];
  const out = c.name === 'int::swap_bytes' ? bytes.reverse().join('') : [...s].reverse().join('');
  return fromBits(c, BigInt('0b' + out));
});
def('int::is_power_of_two', (m, args) => {
  const x = I.big(args[0]);
  return x > 0n && (x & (x - 1n)) === 0n;
});
def(['int::next_power_of_two', 'int::checked_next_power_of_two'], (m, args, c) => {
  const x = I.big(args[0]);
  let p = 1n;
  while (p < x) p <<= 1n;
  const fits = p <= selfInt(c).max;
  if (c.name === 'int::checked_next_power_of_two') return fits ? some(I.norm(p)) : NONE.slice();
  // A debug build panics when the next power does not fit.
  if (!fits) return m.panic('attempt to add with overflow', track(m, c), true);
  return I.norm(p);
});
def(['int::ilog2', 'int::ilog10', 'int::ilog'], (m, args, c) => {
  const x = I.big(args[0]);
  const base = c.name === 'int::ilog2' ? 2n : c.name === 'int::ilog10' ? 10n : I.big(args[1]);
  if (x <= 0n) return m.panic('argument of integer logarithm must be positive', track(m, c));
  if (base < 2n) return m.panic('base of integer logarithm must be at least 2', track(m, c));
  let n = 0;
  for (let y = x; y >= base; y /= base) n++;
  return n;
});
def('int::isqrt', (m, args, c) => {
  const x = I.big(args[0]);
  if (x < 0n) return m.panic('argument of integer square root cannot be negative', track(m, c));
  let r = BigInt(Math.floor(Math.sqrt(Number(x))));
  while (r * r > x) r--;
  while ((r + 1n) * (r + 1n) <= x) r++;
  return I.norm(r);
});
def(['int::checked_abs', 'int::wrapping_abs'], (m, args, c) => {
  const x = I.big(args[0]);
  const r = I.checkedNeg(selfInt(c), args[0]);
  if (c.name === 'int::wrapping_abs') return x < 0n ? I.wrapInt(selfInt(c), I.norm(-x)) : args[0];
  return x >= 0n ? some(args[0]) : r === null ? NONE.slice() : some(r);
});
def('int::unsigned_abs', (m, args) => {
  const x = I.big(args[0]);
  return I.norm(x < 0n ? -x : x);
});
def('int::saturating_pow', (m, args, c) => {
  const info = selfInt(c);
  const r = powExact(args[0], Number(args[1]));
  return I.norm(r < info.min ? info.min : r > info.max ? info.max : r);
});
def('int::overflowing_pow', (m, args, c) => {
  const info = selfInt(c);
  const r = powExact(args[0], Number(args[1]));
  return [I.wrapInt(info, I.norm(r)), r < info.min || r > info.max];
});
def(['int::wrapping_div', 'int::wrapping_rem', 'int::saturating_div'], (m, args, c) => {
  const info = selfInt(c);
  const a = I.big(args[0]);
  const b = I.big(args[1]);
  if (b === 0n) return m.panic(c.name === 'int::wrapping_rem' ? 'attempt to calculate the remainder with a divisor of zero' : 'attempt to divide by zero', track(m, c), true);
  // MIN / -1 is the one overflow: wrapping gives MIN (and remainder 0), saturating gives MAX.
  if (info.signed && b === -1n && a === info.min) return c.name === 'int::wrapping_rem' ? 0 : c.name === 'int::saturating_div' ? I.norm(info.max) : args[0];
  return I.norm(c.name === 'int::wrapping_rem' ? a % b : a / b);
});
def('int::signum', (m, args) => I.norm(BigInt(Math.sign(I.compareInt(args[0], 0)))));
def('int::is_positive', (m, args) => I.compareInt(args[0], 0) > 0);
def('int::is_negative', (m, args) => I.compareInt(args[0], 0) < 0);
def('int::count_ones', (m, args, c) => {
  const info = selfInt(c);
  const bits = BigInt.asUintN(info.bits, I.big(args[0])).toString(2);
  return [...bits].filter((b) => b === '1').length;
});
const fl = (f: (x: number, y?: number) => number): BuiltinFn => (m, args, c) => {
  const r = f(args[0], args[1] === undefined ? undefined : Number(args[1]));
  return selfFloat32(c) ? Math.fround(r) : r;
};
def('float::abs', fl(Math.abs));
def('float::sqrt', fl(Math.sqrt));
def('float::cbrt', fl(Math.cbrt));
def('float::ln', fl(Math.log));
def('float::log10', fl(Math.log10));
def('float::log2', fl(Math.log2));
def('float::exp', fl(Math.exp));
def('float::sin', fl(Math.sin));
def('float::cos', fl(Math.cos));
def('float::tan', fl(Math.tan));
def('float::trunc', fl(Math.trunc));
def('float::fract', fl((x) => x - Math.trunc(x)));
// 1.0 for +0.0 and up, -1.0 for -0.0 and down, NaN for NaN.
def('float::signum', fl((x) => (Number.isNaN(x) ? NaN : x > 0 || Object.is(x, 0) ? 1 : -1)));
def('float::to_degrees', fl((x) => x * (180 / Math.PI)));
def('float::to_radians', fl((x) => x * (Math.PI / 180)));
def('float::hypot', fl((x, y) => Math.hypot(x, y!)));
def('float::atan2', fl((x, y) => Math.atan2(x, y!)));
def('float::asin', fl(Math.asin));
def('float::acos', fl(Math.acos));
def('float::atan', fl(Math.atan));
def('float::sinh', fl(Math.sinh));
def('float::cosh', fl(Math.cosh));
def('float::tanh', fl(Math.tanh));
def('float::asinh', fl(Math.asinh));
def('float::acosh', fl(Math.acosh));
def('float::atanh', fl(Math.atanh));
def('float::sin_cos', (m, args, c) => [fl(Math.sin)(m, args, c), fl(Math.cos)(m, args, c)]);
def('float::exp2', fl((x) => Math.pow(2, x)));
def('float::exp_m1', fl(Math.expm1));
def('float::ln_1p', fl(Math.log1p));
def('float::log', fl((x, b) => Math.log(x) / Math.log(b!)));
def('float::recip', fl((x) => 1 / x));
// x * a + b, rounded twice: std's fused multiply-add rounds once, so a last digit can differ.
def('float::mul_add', (m, args, c) => fl((x, a) => x * a! + (args[2] as number))(m, args, c));
def('float::copysign', fl((x, s) => (s! < 0 || Object.is(s, -0) ? -Math.abs(x) : Math.abs(x))));
def('float::rem_euclid', fl((x, y) => { const r = x % y!; return r < 0 ? r + Math.abs(y!) : r; }));
def('float::div_euclid', fl((x, y) => { const q = Math.trunc(x / y!); return x % y! < 0 ? (y! > 0 ? q - 1 : q + 1) : q; }));
def('float::is_finite', (m, args) => Number.isFinite(args[0]));
def('float::is_infinite', (m, args) => args[0] === Infinity || args[0] === -Infinity);
def('float::is_sign_positive', (m, args) => !(args[0] < 0 || Object.is(args[0], -0)));
def('float::is_sign_negative', (m, args) => args[0] < 0 || Object.is(args[0], -0));
def('float::is_nan', (m, args) => Number.isNaN(args[0]));
def('char::len_utf8', (m, args) => utf8CharLen(args[0] as number));
def('float::powi', fl((x, n) => Math.pow(x, n!)));
def('float::powf', fl((x, n) => Math.pow(x, n!)));
def('float::floor', fl(Math.floor));
def('float::clamp', (m, args, c) => {
  const [x, lo, hi] = args as number[];
  if (!(lo <= hi)) m.panic(`min > max, or either was NaN. min = ${floatDebug(lo, false)}, max = ${floatDebug(hi, false)}`, track(m, c));
  return x < lo ? lo : x > hi ? hi : x;
});
def('float::ceil', fl(Math.ceil));
def('float::round', fl((x) => (x < 0 ? -Math.round(-x) : Math.round(x))));
def('float::min', fl((x, y) => (Number.isNaN(x) ? y! : Number.isNaN(y!) ? x : Math.min(x, y!))));
def('float::max', fl((x, y) => (Number.isNaN(x) ? y! : Number.isNaN(y!) ? x : Math.max(x, y!))));

// A number's bits and bytes as std gives them: the integer's two's complement, the float's IEEE 754
// encoding; x86-64 is little-endian, so `ne` is `le`.
function numberWidth(t: Ty): number {
  while (t.k === 'ref') t = t.inner;
  if (t.k === 'float') return t.float === 'f32' ? 32 : 64;
  return t.k === 'int' ? I.intInfo(t.int).bits : 32;
}
function numberToBits(t: Ty, v: Value): bigint {
  while (t.k === 'ref') t = t.inner;
  if (t.k !== 'float') return BigInt.asUintN(numberWidth(t), I.big(v));
  const view = new DataView(new ArrayBuffer(8));
  if (t.float === 'f32') {
    view.setFloat32(0, v);
    return BigInt(view.getUint32(0));
  }
  view.setFloat64(0, v);
  return view.getBigUint64(0);
}
function numberFromBits(t: Ty, bits: bigint): Value {
  if (t.k === 'int') {
    const info = I.intInfo(t.int);
    return I.norm(info.signed ? BigInt.asIntN(info.bits, bits) : BigInt.asUintN(info.bits, bits));
  }
  const view = new DataView(new ArrayBuffer(8));
  if (t.k === 'float' && t.float === 'f32') {
    view.setUint32(0, Number(bits));
    return view.getFloat32(0);
  }
  view.setBigUint64(0, bits);
  return view.getFloat64(0);
}
/** The little-endian bytes of a number or an array of numbers (what `transmute` reinterprets). */
function valueBytes(m: Machine, t: Ty, v: Value, out: number[]): void {
  if (t.k === 'array') {
    (v as Value[]).forEach((x) => valueBytes(m, m.intern(t.elem), x, out));
    return;
  }
  const bits = numberToBits(t, v);
  for (let i = 0; i < numberWidth(t) / 8; i++) out.push(Number((bits >> BigInt(8 * i)) & 0xffn));
}
/** The value of type `t` those bytes make, from `at` on. */
function valueFromBytes(m: Machine, t: Ty, bytes: readonly number[], at: { i: number }): Value {
  if (t.k === 'array') return Array.from({ length: fixedLen(t) }, () => valueFromBytes(m, m.intern(t.elem), bytes, at));
  const n = numberWidth(t) / 8;
  let bits = 0n;
  for (let k = n - 1; k >= 0; k--) bits = (bits << 8n) | BigInt(bytes[at.i + k]);
  at.i += n;
  return numberFromBits(t, bits);
}
def('mem::transmute', (m, args, c) => {
  const bytes: number[] = [];
  valueBytes(m, m.intern(c.tyArgs[0]), args[0], bytes);
  return valueFromBytes(m, m.intern(c.tyArgs[1]), bytes, { i: 0 });
});
const bigEndian = (c: CallCtx): boolean => c.name.endsWith('be_bytes');
def(['int::to_le_bytes', 'int::to_be_bytes', 'int::to_ne_bytes', 'float::to_le_bytes', 'float::to_be_bytes', 'float::to_ne_bytes'], (m, args, c) => {
  const bits = numberToBits(argTy(c, 0), args[0]);
  const n = numberWidth(argTy(c, 0)) / 8;
  const le = Array.from({ length: n }, (_, i) => Number((bits >> BigInt(8 * i)) & 0xffn));
  return bigEndian(c) ? le.reverse() : le;
});
def(['int::from_le_bytes', 'int::from_be_bytes', 'int::from_ne_bytes', 'float::from_le_bytes', 'float::from_be_bytes', 'float::from_ne_bytes'], (m, args, c) => {
  const bytes = (args[0] as Value[]).map(Number);
  const ordered = bigEndian(c) ? bytes : bytes.reverse();
  return numberFromBits(m.intern(c.destTy), ordered.reduce((acc: bigint, b: number) => (acc << 8n) | BigInt(b), 0n));
});
def('float::to_bits', (m, args, c) => I.norm(numberToBits(argTy(c, 0), args[0])));
def('float::from_bits', (m, args, c) => numberFromBits(m.intern(c.destTy), I.big(args[0])));

const charTest = (re: RegExp): BuiltinFn => (m, args) => re.test(String.fromCodePoint(args[0]));
def('char::is_alphabetic', charTest(/^\p{Alphabetic}$/u));
def('char::is_numeric', charTest(/^\p{N}$/u));
def('char::is_alphanumeric', charTest(/^[\p{Alphabetic}\p{N}]$/u));
def('char::is_whitespace', charTest(/^\s$/u));
def('char::is_uppercase', charTest(/^\p{Uppercase}$/u));
def('char::is_lowercase', charTest(/^\p{Lowercase}$/u));
def('char::is_ascii_digit', charTest(/^[0-9]$/));
def('char::is_ascii_hexdigit', charTest(/^[0-9A-Fa-f]$/));
def('char::is_ascii_graphic', charTest(/^[!-~]$/));
def('char::is_ascii_control', charTest(/^[\x00-\x1f\x7f]$/));
def('char::is_ascii', (m, args) => args[0] < 128);
def('char::is_ascii_alphabetic', charTest(/^[A-Za-z]$/));
def('char::is_ascii_alphanumeric', charTest(/^[A-Za-z0-9]$/));
def('char::is_ascii_lowercase', charTest(/^[a-z]$/));
def('char::is_ascii_uppercase', charTest(/^[A-Z]$/));
def('char::is_ascii_punctuation', charTest(/^[!-\/:-@[-`{-~]$/));
def('char::is_ascii_whitespace', charTest(/^[ \t\n\x0c\r]$/));
// u8's ASCII tests take `&self`.
for (const name of ['is_ascii', 'is_ascii_digit', 'is_ascii_hexdigit', 'is_ascii_graphic', 'is_ascii_control', 'is_ascii_alphabetic', 'is_ascii_alphanumeric', 'is_ascii_lowercase', 'is_ascii_uppercase', 'is_ascii_punctuation', 'is_ascii_whitespace']) {
  const test = B.get(`char::${name}`)!;
  def(`int::${name}`, (m, args, c) => test(m, [Number(deref(args[0]))], c));
}
def('int::to_ascii_uppercase', (m, args) => { const b = Number(deref(args[0])); return b >= 97 && b <= 122 ? b - 32 : b; });
def('int::to_ascii_lowercase', (m, args) => { const b = Number(deref(args[0])); return b >= 65 && b <= 90 ? b + 32 : b; });
/** `c.to_uppercase()`: std's ToUppercase, an iterator of chars that also prints as them. */
class CaseIter extends ListIter {
  display(): string {
    return this.items.slice(this.front, this.back).map((x) => String.fromCodePoint(x as number)).join('');
  }
  debug(): string {
    return `${this.upper ? 'ToUppercase' : 'ToLowercase'}(${JSON.stringify(this.display())})`;
  }
  constructor(items: Value[], readonly upper: boolean) {
    super(items);
  }
}
def(['char::to_uppercase', 'char::to_lowercase'], (m, args, c) => {
  const ch = String.fromCodePoint(args[0] as number);
  const upper = c.name.endsWith('uppercase');
  const text = upper ? ch.toUpperCase() : ch.toLowerCase();
  return new CaseIter([...text].map((x) => x.codePointAt(0)!), upper);
});
/** `c.escape_default()` (`escape_debug`, `escape_unicode`), or a str's: std's Escape iterators, which print as their chars. */
class EscapeIter extends ListIter {
  display(): string {
    return this.items.slice(this.front, this.back).map((x) => String.fromCodePoint(x as number)).join('');
  }
  debug(): string {
    return `${this.name}(EscapeIterInner('${this.display()}'))`;
  }
  constructor(text: string, readonly name: string) {
    super([...text].map((x) => x.codePointAt(0)!));
  }
}
const ESCAPES: Record<string, [string, (cp: number, first: boolean) => string]> = {
  escape_default: ['EscapeDefault', escapeDefault], escape_debug: ['EscapeDebug', escapeDebug], escape_unicode: ['EscapeUnicode', escapeUnicode],
};
for (const [method, [name, escape]] of Object.entries(ESCAPES)) {
  def(`char::${method}`, (m, args) => new EscapeIter(escape(args[0] as number, true), name));
  def(`str::${method}`, (m, args, c) => {
    const text = [...recvStr(m, argTy(c, 0), args[0]).text].map((ch, i) => escape(ch.codePointAt(0)!, i === 0)).join('');
    return new EscapeIter(text, name);
  });
}
def('char::from_u32', (m, args) => {
  const n = Number(args[0]);
  return n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? some(n) : NONE.slice();
});
def('char::from_digit', (m, args) => {
  const n = Number(args[0]);
  const radix = Number(args[1]);
  if (radix > 36) m.panic('from_digit: radix is too high (maximum 36)');
  return n < radix ? some(n.toString(radix).codePointAt(0)!) : NONE.slice();
});
// `i64::from_str_radix("-ff", 16)`: std's parse in another base, with its errors.
def('int::from_str_radix', (m, args, c) => {
  const t = c.destTy.k === 'builtin' && c.destTy.name === 'Result' ? m.intern(c.destTy.args[0]) : USIZE_TY;
  const s = strArg(m, c, args, 0);
  const radix = Number(args[1]);
  if (radix < 2 || radix > 36) m.panic(`from_str_radix_int: must lie in the range \`[2, 36]\` - found ${radix}`);
  if (t.k !== 'int') return err(new ParseErrVal('InvalidDigit'));
  const info = I.intInfo(t.int);
  if (s.length === 0) return err(new ParseErrVal('Empty'));
  const neg = s[0] === '-';
  const digits = s[0] === '+' || s[0] === '-' ? s.slice(1) : s;
  if (digits.length === 0 || (neg && !info.signed)) return err(new ParseErrVal('InvalidDigit'));
  let v = 0n;
  for (const ch of digits.toLowerCase()) {
    const d = parseInt(ch, 36);
    if (Number.isNaN(d) || d >= radix) return err(new ParseErrVal('InvalidDigit'));
    v = v * BigInt(radix) + BigInt(d);
  }
  if (neg) v = -v;
  if (v > info.max) return err(new ParseErrVal('PosOverflow'));
  if (v < info.min) return err(new ParseErrVal('NegOverflow'));
  return ok(I.norm(v));
});
def('char::to_ascii_uppercase', (m, args) => (args[0] >= 97 && args[0] <= 122 ? args[0] - 32 : args[0]));
def('char::to_ascii_lowercase', (m, args) => (args[0] >= 65 && args[0] <= 90 ? args[0] + 32 : args[0]));
def('char::to_digit', (m, args) => {
  const d = parseInt(String.fromCodePoint(args[0]), Number(args[1]));
  return Number.isNaN(d) ? NONE.slice() : some(d);
});

// ------------------------------------------------------------ mem, process, traits

def(['mem::drop', 'drop'], (m, args, c) => {
  const ty = c.argTys[0];
  const op = c.ops[0];
  if (op && op.k === 'move' && m.needsDrop(ty)) {
    // Show the drop on the place the value came from (it reads better than a hidden temporary).
    const loc = m.resolve(c.frame, op.place);
    if (readAt(loc.mem, loc.path) === MOVED && m.visible(loc.mem)) {
      writeAt(loc.mem, loc.path, args[0]);
      m.dropPlace(loc.mem, loc.path, ty, m.placeName(c.frame, op.place));
      writeAt(loc.mem, loc.path, MOVED);
      return UNIT_VALUE;
    }
  }
  dropItem(m, ty, args[0]);
  return UNIT_VALUE;
});
// ------------------------------------------------------------ raw pointers
// A raw pointer is a `Ptr` like a reference's (an element of an array or buffer: its index last in
// the path), or a number where it points at nothing memviz has (null).

/** The pointer `n` elements after `p` (before, for negative `n`): only within the array it points into. */
function rawOffset(m: Machine, p: Value, n: number): Value {
  if (n === 0) return p;
  if (!(p instanceof Ptr)) return m.stuck('undefined behaviour: pointer arithmetic on a null pointer');
  // A byte of a string's text (`s.as_ptr()`): its offset moves.
  if (p.off >= 0 && p.len < 0) {
    const at = p.off + n;
    if (at < 0 || at > utf8Len(String(readAt(p.mem, p.path) ?? ''))) return m.stuck('undefined behaviour: pointer arithmetic out of bounds of its allocation');
    return new Ptr(p.mem, p.path, p.kind, at);
  }
  const last = p.path.length - 1;
  const whole = last >= 0 ? readAt(p.mem, p.path.slice(0, -1)) : undefined;
  const i = last >= 0 ? p.path[last] + n : -1;
  // One past the end is a valid pointer (not to be read); further is undefined behaviour.
  if (!Array.isArray(whole) || i < 0 || i > whole.length) return m.stuck('undefined behaviour: pointer arithmetic out of bounds of its allocation');
  return new Ptr(p.mem, [...p.path.slice(0, -1), i], p.kind);
}

/** The raw pointer to element `i` of the slice, array or Vec a receiver reaches. */
function rawElemPtr(m: Machine, ty: Ty, v: Value, i: number): Value {
  const s = recvSlice(m, ty, v);
  return new Ptr(s.mem, [...s.path, s.off + i], PtrKind.Mut);
}

/** Where a raw pointer points, for a read or a write through it (stopping the run where that is undefined behaviour). */
function rawLoc(m: Machine, p: Value): Ptr {
  m.checkRawDeref(p);
  return p as Ptr;
}

def('Box::into_raw', (m, args) => (args[0] as Ptr).withKind(PtrKind.Mut));
def('Box::leak', (m, args) => (args[0] as Ptr).withKind(PtrKind.Mut));
// The buffer is never freed (nothing owns it any more): the reference points at its text or elements.
def(['String::leak', 'Vec::leak'], (m, args) => {
  const h = args[0] as Value[];
  return new Ptr((h[0] as Mem | null) ?? m.dangling, EMPTY_PATH, PtrKind.Mut, 0, h[2] as number);
});
def('Box::from_raw', (m, args) => {
  const p = rawLoc(m, args[0]);
  if (p.mem.region !== Region.Heap || p.path.length > 0) return m.stuck('undefined behaviour: `Box::from_raw` of a pointer that did not come from a Box');
  return new Ptr(p.mem, EMPTY_PATH, PtrKind.Box);
});
def('ManuallyDrop::new', (m, args) => [args[0]]);
def('ManuallyDrop::into_inner', (m, args) => (args[0] as Value[])[0]);
def(['ManuallyDrop::deref', 'ManuallyDrop::deref_mut'], (m, args) => {
  const p = args[0] as Ptr;
  return new Ptr(p.mem, [...p.path, 0], p.kind, -1, -1, null, p.name);
});
def('ManuallyDrop::drop', (m, args, c) => {
  const p = args[0] as Ptr;
  const t = m.intern(c.tyArgs[0]);
  if (m.needsDrop(t)) m.dropPlace(p.mem, [...p.path, 0], t, `${p.name}.value`);
  return UNIT_VALUE;
});
def('Rc::into_raw', (m, args) => {
  const p = args[0] as Ptr;
  return new Ptr(p.mem, [2], PtrKind.Ref, -1, -1, null, p.name);
});
def('Rc::from_raw', (m, args) => {
  const p = rawLoc(m, args[0]);
  if (p.mem.region !== Region.Heap || p.path.length !== 1 || p.path[0] !== 2) return m.stuck('undefined behaviour: `Rc::from_raw` of a pointer that did not come from `Rc::into_raw`');
  return new Ptr(p.mem, EMPTY_PATH, PtrKind.Rc);
});
// `Rc::from(x)` / `x.into()` (and Arc's): one new block holding the counts and the value. Into an
// `Rc<str>` or an `Rc<[T]>` the text or the elements sit inline after the counts and the pointer is fat
// (the block and the length); what held them before (a String's or Vec's buffer, a Box) is freed after
// the copy, as std does.
def(['Rc::from', 'Arc::from'], (m, args, c) => {
  const t = m.intern(c.tyArgs[0]);
  const src = c.argTys[0];
  const v = args[0];
  const opts = { rc: true, arc: c.name === 'Arc::from' };
  if (t.k === 'str') {
    const text = textOf(m, src, v);
    const block = m.alloc(t, [1, 1, text], opts);
    freeSource(m, src, v);
    return new Ptr(block, EMPTY_PATH, PtrKind.Rc, 0, utf8Len(text));
  }
  if (t.k === 'slice') {
    const elems = countedElems(m, src, v);
    const block = m.alloc(t, [1, 1, elems], opts);
    freeSource(m, src, v);
    return new Ptr(block, EMPTY_PATH, PtrKind.Rc, 0, elems.length);
  }
  // From<Box<T>>: the value moves out of its box.
  if (src.k === 'builtin' && src.name === 'Box' && m.intern(src.args[0]) === t) {
    const p = v as Ptr;
    const block = m.alloc(p.dyn ?? t, [1, 1, readAt(p.mem, p.path)], opts);
    freeSource(m, src, v);
    return new Ptr(block, EMPTY_PATH, PtrKind.Rc, -1, -1, p.dyn);
  }
  return new Ptr(m.alloc(src, [1, 1, v], opts), EMPTY_PATH, PtrKind.Rc);
});
/** The elements an `Rc<[T]>` is made of: a Vec's, an array's or a boxed slice's moved, a `&[T]`'s cloned. */
function countedElems(m: Machine, src: Ty, v: Value): Value[] {
  const s = recvSlice(m, src, v);
  const elems = sliceValues(s);
  return src.k === 'ref' ? elems.map((x) => cloneValue(m, s.elemTy, x)) : elems;
}
/** Frees what a value moved into `Rc::from` owned (its elements or text were moved out). */
function freeSource(m: Machine, src: Ty, v: Value): void {
  if (src.k !== 'builtin') return;
  if (src.name === 'String' || src.name === 'Vec') {
    const buf = (v as Value[])[0] as Mem | null;
    if (buf) m.free(buf);
  } else if (src.name === 'Box' && (v as Ptr).mem !== m.dangling) m.free((v as Ptr).mem);
}
def('Vec::from_raw_parts', (m, args) => {
  const p = args[0];
  const len = Number(args[1]);
  const cap = Number(args[2]);
  if (!(p instanceof Ptr) || p.mem.region !== Region.Heap || p.path.length !== 1 || p.path[0] !== 0 || !p.mem.live) return m.stuck('undefined behaviour: `Vec::from_raw_parts` of a pointer that is not the start of a live Vec buffer');
  if (cap !== p.mem.cap || len > cap) return m.stuck("undefined behaviour: `Vec::from_raw_parts` with a capacity other than the buffer's");
  return [p.mem, cap, len];
});
def('MaybeUninit::uninit', () => [undefined]);
def('MaybeUninit::new', (m, args) => [args[0]]);
def(['MaybeUninit::as_ptr', 'MaybeUninit::as_mut_ptr'], (m, args) => {
  const p = args[0] as Ptr;
  return new Ptr(p.mem, [...p.path, 0], PtrKind.Mut, -1, -1, null, p.name);
});
def('MaybeUninit::write', (m, args) => {
  // The old contents (maybe none) are overwritten, never dropped.
  const p = args[0] as Ptr;
  writeAt(p.mem, [...p.path, 0], args[1]);
  m.touch(p.mem, [...p.path, 0], p.name);
  return new Ptr(p.mem, [...p.path, 0], PtrKind.Mut, -1, -1, null, p.name);
});
def('MaybeUninit::assume_init', (m, args) => {
  const v = (args[0] as Value[])[0];
  if (v === undefined || v === MOVED) return m.stuck('undefined behaviour: `assume_init` of memory that was never initialized');
  return v;
});
def(['ptr::null', 'ptr::null_mut'], () => 0);
def('rawptr::is_null', (m, args) => !(args[0] instanceof Ptr) && Number(args[0]) === 0);
def('ptr::eq', (m, args) => m.rawAddr(args[0]) === m.rawAddr(args[1]));
def('rawptr::add', (m, args) => rawOffset(m, args[0], Number(args[1])));
def('rawptr::sub', (m, args) => rawOffset(m, args[0], -Number(args[1])));
def('rawptr::offset', (m, args) => rawOffset(m, args[0], Number(args[1])));
def('rawptr::offset_from', (m, args, c) => {
  const a = args[0], b = args[1];
  if (!(a instanceof Ptr) || !(b instanceof Ptr) || a.mem !== b.mem) return m.stuck('undefined behaviour: `offset_from` between pointers into different allocations');
  return (m.rawAddr(a) - m.rawAddr(b)) / Math.max(1, m.sizeOf(m.intern(c.tyArgs[0])));
});
def(['ptr::read', 'rawptr::read'], (m, args, c) => {
  const p = rawLoc(m, args[0]);
  return cloneInline(readAt(p.mem, p.path));
});
def(['ptr::write', 'rawptr::write'], (m, args) => {
  // The old value is overwritten, never dropped.
  const p = rawLoc(m, args[0]);
  writeAt(p.mem, p.path, args[1]);
  m.touch(p.mem, p.path, p.name);
  return UNIT_VALUE;
});
def('ptr::swap', (m, args) => exchange(m, rawLoc(m, args[0]), rawLoc(m, args[1])));
def(['ptr::copy', 'ptr::copy_nonoverlapping'], (m, args, c) => {
  const n = Number(args[2]);
  if (n === 0) return UNIT_VALUE;
  // Every element read before any is written: right for memmove, and the same for memcpy.
  const vals = Array.from({ length: n }, (_, i) => {
    const p = rawLoc(m, rawOffset(m, args[0], i));
    return cloneInline(readAt(p.mem, p.path));
  });
  vals.forEach((v, i) => {
    const p = rawLoc(m, rawOffset(m, args[1], i));
    writeAt(p.mem, p.path, v);
    m.touch(p.mem, p.path, p.name);
  });
  return UNIT_VALUE;
});
def('slice::get_unchecked', (m, args, c) => {
  // Out of bounds is undefined behaviour: the run stops there.
  const p = rawLoc(m, rawElemPtr(m, c.argTys[0], args[0], Number(args[1])));
  return p.withKind(PtrKind.Ref);
});
def(['slice::as_ptr', 'slice::as_mut_ptr'], (m, args, c) => rawElemPtr(m, c.argTys[0], args[0], 0));
def('str::as_ptr', (m, args, c) => {
  // A byte's address inside the text, for comparisons and arithmetic; reading bytes through it is not modelled.
  const p = args[0] as Ptr;
  return new Ptr(p.mem, p.path, PtrKind.Ref, Math.max(p.off, 0));
});
def(['slice::from_raw_parts', 'slice::from_raw_parts_mut'], (m, args, c) => {
  const p = args[0];
  const len = Number(args[1]);
  const fn = `\`${c.name}\``;
  if (!(p instanceof Ptr)) return m.stuck(`undefined behaviour: ${fn} with a ${Number(p ?? 0) === 0 ? 'null' : 'dangling'} pointer`);
  const kind = c.name.endsWith('_mut') ? PtrKind.Mut : PtrKind.Ref;
  // A pointer to a text's bytes (`s.as_ptr()`): memviz keeps text as text, not bytes.
  if (p.off >= 0 && p.len < 0) return m.stuck('not supported yet: a slice of the bytes of a string made from a raw pointer');
  // An empty Vec's pointer is dangling but aligned: a slice of no elements there is fine.
  if (len === 0 && p.mem === m.dangling) return new Ptr(p.mem, EMPTY_PATH, kind, 0, 0);
  if (p.path.length === 0) return m.stuck(`undefined behaviour: ${fn} with a pointer that is not into an array`);
  if (!p.mem.live) return m.stuck(`undefined behaviour: ${fn} with a dangling pointer (its ${p.mem.region === Region.Heap ? 'heap block was freed' : 'stack frame is gone'})`);
  const whole = readAt(p.mem, p.path.slice(0, -1));
  const at = p.path[p.path.length - 1];
  if (!Array.isArray(whole) || at + len > whole.length) return m.stuck(`undefined behaviour: ${fn} past the end of its allocation`);
  return new Ptr(p.mem, p.path.slice(0, -1), kind, at, len);
});

// The value is gone from its place (moved in) and nothing drops it: its heap blocks are never freed.
def('mem::forget', () => UNIT_VALUE);
// `a.swap(&b)` of two Cells is the same exchange (a Cell swapped with itself is left alone).
def(['mem::swap', 'Cell::swap'], (m, args) => {
  const a = args[0] as Ptr;
  const b = args[1] as Ptr;
  if (a.mem === b.mem && a.path.join() === b.path.join()) return UNIT_VALUE;
  return exchange(m, a, b);
});
/** Exchanges the values of two places (`mem::swap`, `ptr::swap`). */
function exchange(m: Machine, a: Ptr, b: Ptr): Value {
  const va = readAt(a.mem, a.path);
  writeAt(a.mem, a.path, readAt(b.mem, b.path));
  writeAt(b.mem, b.path, va);
  m.touch(a.mem, a.path, a.name);
  m.touch(b.mem, b.path, b.name);
  return UNIT_VALUE;
}
def('mem::replace', (m, args) => {
  const a = args[0] as Ptr;
  const old = readAt(a.mem, a.path);
  writeAt(a.mem, a.path, args[1]);
  m.touch(a.mem, a.path, a.name);
  return old;
});
def('mem::take', (m, args, c) => {
  const a = args[0] as Ptr;
  const old = readAt(a.mem, a.path);
  writeAt(a.mem, a.path, defaultValue(m, refTy(m, c, 0)));
  m.touch(a.mem, a.path, a.name);
  return old;
});
def('mem::size_of', (m, args, c) => m.sizeOf(c.tyArgs[0]));
def('mem::align_of', (m, args, c) => m.alignOf(m.intern(c.tyArgs[0])));
def('any::type_name', (m, args, c) => m.strLiteral(typeName(m.program, crateName(m.opts.fileName), c.tyArgs[0])));
def('mem::size_of_val', (m, args, c) => {
  // The referent's size; for a str or a slice, its length times its element's.
  const t = refTy(m, c, 0);
  if (t.k === 'str') return utf8Len(textOf(m, c.argTys[0], args[0]));
  if (t.k === 'slice') return recvSlice(m, c.argTys[0], args[0]).len * m.sizeOf(m.intern(t.elem));
  if (t.k === 'dyn') {
    const p = args[0] as Ptr;
    return p.dyn ? m.sizeOf(p.dyn) : 0;
  }
  return m.sizeOf(t);
});
def('process::exit', (m, args) => {
  throw new ExitSignal(Number(args[0]));
});
def(['Clone::clone', 'String::clone', 'Option::clone', 'Box::clone'], (m, args, c) => cloneValue(m, refTy(m, c, 0), deref(args[0])));
def('Default::default', (m, args, c) => defaultValue(m, c.tyArgs[0] ?? c.destTy));
def(['PartialEq::eq', 'PartialEq::ne', 'int::eq', 'int::ne'], (m, args, c) => m.hooks.valueEq(m, argTy(c, 0), args[0], args[1]) === (c.name.endsWith('::eq')));
def(['PartialOrd::lt', 'PartialOrd::le', 'PartialOrd::gt', 'PartialOrd::ge'], (m, args, c) => {
  const r = m.hooks.valueCmp(m, argTy(c, 0), args[0], args[1]);
  if (r === null) return false;
  const op = c.name.slice(-2);
  return op === 'lt' ? r < 0 : op === 'le' ? r <= 0 : op === 'gt' ? r > 0 : r >= 0;
});
def(['Deref::deref', 'DerefMut::deref_mut', 'Borrow::borrow'], (m, args, c) => {
  const t = argTy(c, 0);
  const inner = m.derefTy(t);
  const p = args[0] as Ptr;
  const loc = m.derefValue(inner, readAt(p.mem, p.path));
  return new Ptr(loc.mem, loc.path, c.name.includes('mut') ? PtrKind.Mut : PtrKind.Ref, loc.off, loc.len);
});
def('Range::new', (m, args) => rangeValue('Range', 0, args));
def(['Range::contains', 'RangeInclusive::contains'], (m, args, c) => {
  const r = deref(args[0]) as Value[];
  const x = deref(args[1]);
  const lo = r[0] === null || I.compareInt(x, r[0]) >= 0;
  const hi = r[1] === null || (c.name.startsWith('RangeInclusive') ? I.compareInt(x, r[1]) <= 0 : I.compareInt(x, r[1]) < 0);
  return lo && hi;
});

for (const [name, fn] of MAP_BUILTINS) B.set(name, fn);
for (const [name, fn] of HASH_BUILTINS) B.set(name, fn);
for (const [name, fn] of THREAD_BUILTINS) B.set(name, fn);

export const BUILTINS: ReadonlyMap<string, BuiltinFn> = B;
export { DEFAULT_SPEC, Region, Mem };
