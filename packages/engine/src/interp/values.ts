// Run-time values and memory cells.
//
// A value is a JS tree shaped like the Rust type:
// - integers: a JS number when it is a safe integer, else a bigint (any int type);
// - floats: number; bool: boolean; char: number (the code point);
// - tuples, structs, arrays, closure environments: JS arrays of field values (declaration order);
// - enums (user, Option, Result): arrays [variantIndex, ...fields];
// - String / Vec headers: [buffer Mem | null, cap, len] (memviz's display order ptr, cap, len);
//   a String buffer holds a JS string, a Vec buffer an array of elements;
// - Box / & / &mut / Rc / Weak: `Ptr`; RefCell<T>: [borrowFlag, T]; Cell<T>: T itself;
//   Rc's heap block holds [strong, weak, T]; Ref/RefMut: [Ptr to T, Ptr to the RefCell];
// - Range: [start, end]; RangeInclusive: [start, end, exhausted];
// - fn pointers: `FnVal`; iterators: `IterVal` (interp/iter.ts);
// - `undefined` is uninitialized memory and `MOVED` marks a moved-out place:
//   together they are the interpreter's dynamic drop flags.

import type { FnId, Ty } from '../types/ty.js';

export type Value = any; // eslint-disable-line @typescript-eslint/no-explicit-any -- a tagged union checked by type, see above

export const MOVED: unique symbol = Symbol('moved');
export const UNIT_VALUE: readonly never[] = Object.freeze([]);

export enum Region {
  Stack = 0,
  Heap = 1,
  Static = 2,
}

/** A piece of memory: a stack slot (one per local per frame), a heap block, or a static item. */
export class Mem {
  v: Value = undefined;
  /** Slot id once its local_init was emitted (-1 before / after); block or static id otherwise. */
  id = -1;
  addr = 0;
  size = 0;
  /** Buffers: the capacity in elements (bytes for String). */
  cap = 0;
  live = true;
  /** Type of `v` (for buffers the slice type `[T]` or `str`). */
  ty: Ty;
  /** User-visible name (locals) or null (temporaries). */
  name: string | null;
  /** Caches for the interpreter's hot paths (a PlaceLoc of the whole cell, its PlaceRef). */
  rootLoc: unknown = undefined;
  rootRef: unknown = null;
  constructor(
    readonly region: Region,
    ty: Ty,
    name: string | null,
  ) {
    this.ty = ty;
    this.name = name;
  }
  /** A stack slot the UI shows: a named local whose local_init was emitted. */
  get shown(): boolean {
    return this.id >= 0;
  }
}

export enum PtrKind {
  Ref = 0,
  Mut = 1,
  Box = 2,
  Rc = 3,
  Weak = 4,
}

/**
 * A pointer into memory: the cell it points into and the path of field /
 * element indices inside the cell's value. Fat pointers to slices and str
 * point at the containing array (or string) and carry `off`/`len`
 * (elements, or bytes for str). `dyn` is the concrete type behind `dyn Trait`.
 */
export class Ptr {
  constructor(
    readonly mem: Mem,
    readonly path: readonly number[],
    readonly kind: PtrKind,
    readonly off: number = -1,
    readonly len: number = -1,
    readonly dyn: Ty | null = null,
    /** How the program spells the pointee ("v", "john.name"), for event names. */
    readonly name: string = '',
  ) {}
  /** Cached PlaceLoc of the pointee (pointers are immutable). */
  loc: any = undefined; // eslint-disable-line @typescript-eslint/no-explicit-any
  withKind(kind: PtrKind): Ptr {
    return kind === this.kind ? this : new Ptr(this.mem, this.path, kind, this.off, this.len, this.dyn, this.name);
  }
  withDyn(dyn: Ty): Ptr {
    return new Ptr(this.mem, this.path, this.kind, this.off, this.len, dyn, this.name);
  }
}

/** A fn pointer (or a non-capturing closure coerced to one). */
export class FnVal {
  constructor(
    readonly fn: FnId,
    readonly tyArgs: readonly Ty[],
  ) {}
}

export function isInit(v: Value): boolean {
  return v !== undefined && v !== MOVED;
}

/** Reads the value at `path` inside `mem`. */
export function readAt(mem: Mem, path: readonly number[]): Value {
  let v = mem.v;
  for (let i = 0; i < path.length; i++) {
    if (v === undefined || v === MOVED) return v;
    v = v[path[i]];
  }
  return v;
}

/** Writes the value at `path` inside `mem`. */
export function writeAt(mem: Mem, path: readonly number[], value: Value): void {
  if (path.length === 0) {
    mem.v = value;
    return;
  }
  let v = mem.v;
  for (let i = 0; i < path.length - 1; i++) v = v[path[i]];
  v[path[path.length - 1]] = value;
}

/** A copy of the inline part of a value (arrays are copied, pointers and buffers are shared). */
export function cloneInline(v: Value): Value {
  if (Array.isArray(v)) {
    if (v.length === 0) return v;
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = cloneInline(v[i]);
    return out;
  }
  return v;
}
