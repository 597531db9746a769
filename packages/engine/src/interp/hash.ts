// std::hash as the interpreter runs it: `x.hash(&mut state)` feeds the bytes std's `Hash` impls
// write (integers little-endian, a str's bytes then 0xFF, a slice's length first, a derived enum's
// discriminant as its repr type, `isize` by default) into a `DefaultHasher`, which is std's
// SipHash-1-3 with the keys `DefaultHasher::new()` gives it (both 0): `finish()` returns the very
// number a program built by rustc prints. Its fields are std's (`k0`, `k1`, `length`, the four state
// words, `tail`, `ntail`), updated as std's `write` updates them.
//
// A type with the program's own `impl Hash` is hashed by calling it (its `self.id.hash(state)` comes
// back here); hash maps and sets key such a type by what its `hash` wrote (`userHashKey`).

import type { Ty } from '../types/ty.js';
import type { BuiltinFn, CallCtx, Machine } from './machine.js';
import { EMPTY_PATH } from './machine.js';
import { Mem, Ptr, PtrKind, Region, UNIT_VALUE, readAt, type Value } from './values.js';
import * as I from './ints.js';
import { cowHeldTy, isStdCow } from './types.js';
import { stringText, strOf, vecElems } from './heapops.js';
import { recvSlice, recvStr, sliceValues } from './support.js';

const MASK = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint): bigint => ((x << b) | (x >> (64n - b))) & MASK;

/** A DefaultHasher's fields, in the prelude's order. */
const K0 = 0, K1 = 1, LENGTH = 2, V0 = 3, V2 = 4, V1 = 5, V3 = 6, TAIL = 7, NTAIL = 8;

/** `DefaultHasher::new()`: keys 0 and 0, then std's `reset`. */
export function newHasher(): Value[] {
  const k0 = 0n, k1 = 0n;
  const h = [k0, k1, 0n, k0 ^ 0x736f6d6570736575n, k0 ^ 0x6c7967656e657261n, k1 ^ 0x646f72616e646f6dn, k1 ^ 0x7465646279746573n, 0n, 0n];
  return h.map(I.norm);
}

type State = { v0: bigint; v1: bigint; v2: bigint; v3: bigint };

/** SipHash's round. */
function compress(s: State): void {
  s.v0 = (s.v0 + s.v1) & MASK; s.v1 = rotl(s.v1, 13n); s.v1 ^= s.v0; s.v0 = rotl(s.v0, 32n);
  s.v2 = (s.v2 + s.v3) & MASK; s.v3 = rotl(s.v3, 16n); s.v3 ^= s.v2;
  s.v0 = (s.v0 + s.v3) & MASK; s.v3 = rotl(s.v3, 21n); s.v3 ^= s.v0;
  s.v2 = (s.v2 + s.v1) & MASK; s.v1 = rotl(s.v1, 17n); s.v1 ^= s.v2; s.v2 = rotl(s.v2, 32n);
}

const stateOf = (h: Value[]): State => ({ v0: I.big(h[V0]), v1: I.big(h[V1]), v2: I.big(h[V2]), v3: I.big(h[V3]) });

/** Bytes `from..from+n` of `msg` as a little-endian u64. */
function le(msg: Uint8Array, from: number, n: number): bigint {
  let x = 0n;
  for (let i = 0; i < n; i++) x |= BigInt(msg[from + i]) << BigInt(8 * i);
  return x;
}

/** std's `Hasher::write` of SipHasher13: whole 8-byte words go through a round, the rest waits in `tail`. */
export function hasherWrite(h: Value[], msg: Uint8Array): void {
  const s = stateOf(h);
  let tail = I.big(h[TAIL]);
  let ntail = Number(h[NTAIL]);
  const length = msg.length;
  h[LENGTH] = I.norm((I.big(h[LENGTH]) + BigInt(length)) & MASK);
  let needed = 0;
  if (ntail !== 0) {
    needed = 8 - ntail;
    tail |= le(msg, 0, Math.min(length, needed)) << BigInt(8 * ntail);
    if (length < needed) {
      h[TAIL] = I.norm(tail);
      h[NTAIL] = ntail + length;
      return;
    }
    s.v3 ^= tail;
    compress(s);
    s.v0 ^= tail;
    ntail = 0;
  }
  const left = (length - needed) & 7;
  let i = needed;
  for (; i + 8 <= length - left; i += 8) {
    const mi = le(msg, i, 8);
    s.v3 ^= mi;
    compress(s);
    s.v0 ^= mi;
  }
  tail = le(msg, i, left);
  ntail = left;
  h[V0] = I.norm(s.v0); h[V1] = I.norm(s.v1); h[V2] = I.norm(s.v2); h[V3] = I.norm(s.v3);
  h[TAIL] = I.norm(tail);
  h[NTAIL] = ntail;
}

/** std's `finish`: the state is not changed (more can be written, and finished again). */
export function hasherFinish(h: Value[]): bigint {
  const s = stateOf(h);
  const b = ((I.big(h[LENGTH]) & 0xffn) << 56n) | I.big(h[TAIL]);
  s.v3 ^= b;
  compress(s);
  s.v0 ^= b;
  s.v2 ^= 0xffn;
  compress(s);
  compress(s);
  compress(s);
  return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

/** An integer's bytes as `write_u32` and the like write them (little-endian, two's complement). */
export function intBytes(v: Value, bits: number): Uint8Array {
  let x = BigInt.asUintN(bits, I.big(v));
  const out = new Uint8Array(bits / 8);
  for (let i = 0; i < out.length; i++, x >>= 8n) out[i] = Number(x & 0xffn);
  return out;
}

const INT_BITS: Record<string, number> = { i8: 8, u8: 8, i16: 16, u16: 16, i32: 32, u32: 32, i64: 64, u64: 64, isize: 64, usize: 64, i128: 128, u128: 128 };
const STR_END = Uint8Array.of(0xff);

/** The hasher a `&mut H` points at (its value is updated in place, and shown changed). */
export interface HashSink {
  readonly ptr: Ptr;
  readonly ty: Ty;
}

function sinkWrite(m: Machine, sink: HashSink, bytes: Uint8Array): void {
  hasherWrite(readAt(sink.ptr.mem, sink.ptr.path) as Value[], bytes);
  m.touch(sink.ptr.mem, sink.ptr.path, sink.ptr.name || 'state');
}

/**
 * `Hash::hash` of a value of std's types (and of derived ones): what std's impls write, in order. A
 * type with the program's own `impl Hash` is handed to it, with the same state.
 */
export function hashValue(m: Machine, ty: Ty, v: Value, sink: HashSink, depth = 0): void {
  if (depth > 64) throw new Error('hashing too deep a value');
  const write = (b: Uint8Array) => sinkWrite(m, sink, b);
  const len = (n: number) => write(intBytes(n, 64));
  switch (ty.k) {
    case 'int':
      return write(intBytes(v, INT_BITS[ty.int]));
    case 'bool':
      return write(Uint8Array.of(v ? 1 : 0));
    case 'char':
      return write(intBytes(v, 32));
    case 'tuple':
      return ty.elems.forEach((e, i) => hashValue(m, m.intern(e), (v as Value[])[i], sink, depth + 1));
    case 'array':
      len((v as Value[]).length);
      return (v as Value[]).forEach((x) => hashValue(m, m.intern(ty.elem), x, sink, depth + 1));
    case 'ref': {
      const inner = m.derefTy(ty);
      if (inner.k === 'str') {
        write(new TextEncoder().encode(strOf(v)));
        return write(STR_END);
      }
      if (inner.k === 'slice') {
        const items = sliceValues(recvSlice(m, ty, v));
        len(items.length);
        return items.forEach((x) => hashValue(m, m.intern(inner.elem), x, sink, depth + 1));
      }
      const p = v as Ptr;
      return hashValue(m, inner, readAt(p.mem, p.path), sink, depth + 1);
    }
    case 'adt':
      return hashAdt(m, ty, v, sink, depth);
    case 'builtin':
      switch (ty.name) {
        case 'String':
          write(new TextEncoder().encode(stringText(v)));
          return write(STR_END);
        case 'Box':
        case 'Rc':
        case 'Arc': {
          const p = v as Ptr;
          const inner = m.derefTy(ty);
          if (inner.k === 'str') {
            write(new TextEncoder().encode(recvStr(m, ty, v).text));
            return write(STR_END);
          }
          if (inner.k === 'slice') {
            const items = sliceValues(recvSlice(m, ty, v));
            len(items.length);
            return items.forEach((x) => hashValue(m, m.intern(inner.elem), x, sink, depth + 1));
          }
          return hashValue(m, inner, ty.name === 'Box' ? readAt(p.mem, p.path) : (p.mem.v as Value[])[2], sink, depth + 1);
        }
        case 'Vec':
        case 'VecDeque': {
          const items = vecElems(v);
          len(items.length);
          return items.forEach((x) => hashValue(m, m.intern(ty.args[0]), x, sink, depth + 1));
        }
        case 'Option':
        case 'Result': {
          // Derived: the discriminant as an isize, then the payload.
          const d = (v as Value[])[0] as number;
          write(intBytes(d, 64));
          if (ty.name === 'Option' && d === 0) return;
          return hashValue(m, m.intern(ty.name === 'Option' ? ty.args[0] : ty.args[d]), (v as Value[])[1], sink, depth + 1);
        }
      }
  }
  throw new Error(`cannot hash a value of type ${m.tyStr(ty)}`);
}

/** A struct or enum: the program's `hash`, or what `#[derive(Hash)]` writes. */
function hashAdt(m: Machine, ty: Extract<Ty, { k: 'adt' }>, v: Value, sink: HashSink, depth: number): void {
  const user = m.userImpl('Hash', 'hash', ty);
  if (user && user.kind === 'user') {
    const target = m.traitTarget('Hash', 'hash', ty, [ty, sink.ty]);
    if (target.kind !== 'user') throw new Error('no hash');
    m.invoke(target.inst, [new Ptr(m.tempMem(ty, v), EMPTY_PATH, PtrKind.Ref), new Ptr(sink.ptr.mem, sink.ptr.path, PtrKind.Mut)], m.curSpan);
    return;
  }
  const def = m.adt(ty.adt);
  if (isStdCow(def)) return hashValue(m, m.intern(cowHeldTy(ty, v)), (v as Value[])[1], sink, depth + 1); // std's: its deref's hash
  if (def.kind === 'struct') {
    m.fieldTys(def, 0, ty.args).forEach((t, i) => hashValue(m, m.intern(t), (v as Value[])[i], sink, depth + 1));
    return;
  }
  const vi = (v as Value[])[0] as number;
  // The discriminant (of an enum with more than one variant), as its `#[repr]` type says (isize by default).
  if (def.variants.length > 1) sinkWrite(m, sink, intBytes(I.norm(def.variants[vi].discriminant), INT_BITS[def.repr?.int ?? 'isize']));
  m.fieldTys(def, vi, ty.args).forEach((t, i) => hashValue(m, m.intern(t), (v as Value[])[1 + i], sink, depth + 1));
}

/** The prelude's `DefaultHasher` type. */
export function defaultHasherTy(m: Machine): Ty {
  const id = m.program.adts.findIndex((a) => a.isPrelude && a.name === 'DefaultHasher');
  return m.intern({ k: 'adt', adt: id, args: [] });
}

/**
 * A hash map's key for a value of a type with the program's own `impl Hash`: the `finish()` of a
 * fresh DefaultHasher its `hash` wrote to (keys whose `hash` writes the same are one key).
 */
export function userHashKey(m: Machine, ty: Ty, v: Value): string {
  const hty = defaultHasherTy(m);
  const mem = new Mem(Region.Stack, hty, null);
  mem.v = newHasher();
  hashValue(m, ty, v, { ptr: new Ptr(mem, EMPTY_PATH, PtrKind.Mut), ty: hty });
  return `h${hasherFinish(mem.v as Value[])}`;
}

// ------------------------------------------------------------ builtins

export const HASH_BUILTINS = new Map<string, BuiltinFn>();
const def = (names: string[], fn: BuiltinFn) => {
  for (const n of names) HASH_BUILTINS.set(n, fn);
};

/** The hasher a `&mut DefaultHasher` (the receiver of its methods) points at. */
function hasherAt(m: Machine, c: CallCtx, v: Value): HashSink {
  return { ptr: v as Ptr, ty: m.derefTy(c.argTys[0]) };
}

def(['Hash::hash'], (m, args, c) => {
  hashValue(m, c.argTys[0], args[0], { ptr: args[1] as Ptr, ty: m.derefTy(c.argTys[1]) });
  return UNIT_VALUE;
});
def(['DefaultHasher::new', 'DefaultHasher::default'], () => newHasher());
def(['DefaultHasher::finish', 'Hasher::finish'], (m, args) => {
  const p = args[0] as Ptr;
  return I.norm(hasherFinish(readAt(p.mem, p.path) as Value[]));
});
def(['DefaultHasher::write', 'Hasher::write'], (m, args, c) => {
  const bytes = sliceValues(recvSlice(m, c.argTys[1], args[1])).map(Number);
  sinkWrite(m, hasherAt(m, c, args[0]), Uint8Array.from(bytes));
  return UNIT_VALUE;
});
for (const [t, bits] of Object.entries(INT_BITS)) {
  def([`DefaultHasher::write_${t}`, `Hasher::write_${t}`], (m, args, c) => {
    sinkWrite(m, hasherAt(m, c, args[0]), intBytes(args[1], bits));
    return UNIT_VALUE;
  });
}
