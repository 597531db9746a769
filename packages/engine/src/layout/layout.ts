// Sizes, alignments and field offsets of types as rustc lays them out on
// x86-64: field reordering by alignment, niche-filling enums, tagged enums,
// and the `#[repr(C | u8.. | packed(N) | align(N))]` hints that change them.
// Only sizes are observable in Rust (`size_of`); offsets are what the memory
// view uses to give every field a believable address.
//
// The algorithm follows rustc's `univariant` / `layout_of_enum` closely
// enough that every size matches `std::mem::size_of` for the types memviz
// supports (test/layout checks many against values printed by rustc 1.95).

import type { AdtDef, Repr } from '../mir/mir.js';
import type { Ty } from '../types/ty.js';
import { fixedLen, intBits } from '../types/ty.js';

/** Invalid values of a scalar inside a type, usable to encode enum tags for free. */
export interface Niche {
  readonly offset: number;
  /** Size in bytes of the scalar that holds the niche. */
  readonly size: number;
  /** How many invalid values are available (approximate above 2^53; only compared). */
  readonly available: number;
}

export interface Layout {
  readonly size: number;
  readonly align: number;
  /** Byte offset of each field in declaration order (structs, tuples, closures, RefCell, String/Vec {ptr, cap, len}). */
  readonly offsets: readonly number[];
  /** Enums: the offsets of each variant's fields, in declaration order. */
  readonly variants: readonly (readonly number[])[] | null;
  readonly niche: Niche | null;
  /** Arrays: the element stride. */
  readonly stride: number;
}

const NO_OFFSETS: readonly number[] = Object.freeze([]);

/** What a struct's `#[repr(..)]` (or an enum's, for its variants) changes in `univariant`. */
interface StructRepr {
  readonly declaredOrder: boolean;
  readonly pack: number | null;
  readonly align: number | null;
}
const NO_REPR: StructRepr = { declaredOrder: false, pack: null, align: null };

function scalar(size: number, niche: Niche | null = null, align = size): Layout {
  return { size, align, offsets: NO_OFFSETS, variants: null, niche, stride: 0 };
}

const PTR_NICHE: Niche = { offset: 0, size: 8, available: 1 };
const THIN_PTR = scalar(8, PTR_NICHE);
const FAT_PTR: Layout = { size: 16, align: 8, offsets: [0, 8], variants: null, niche: PTR_NICHE, stride: 0 };
const UNIT_LAYOUT = scalar(0, null, 1);
/** String and Vec: rustc stores {cap, ptr, len}; memviz shows them as {ptr, cap, len}. */
const VEC_LAYOUT: Layout = { size: 24, align: 8, offsets: [8, 0, 16], variants: null, niche: { offset: 0, size: 8, available: 2 ** 63 }, stride: 0 };

function alignTo(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

function trailingZeros(n: number): number {
  if (n === 0) return 0;
  let z = 0;
  while (n % 2 === 0) {
    n /= 2;
    z++;
  }
  return z;
}

export class LayoutCx {
  private readonly cache = new Map<Ty, Layout>();

  constructor(
    private readonly adts: readonly AdtDef[],
    /** Substitutes an ADT's type parameters into a field type (the interpreter's `subst`). */
    private readonly substAdt: (fieldTy: Ty, adt: AdtDef, args: readonly Ty[]) => Ty,
  ) {}

  /** The layout of a concrete (fully substituted) sized type. */
  of(t: Ty): Layout {
    let l = this.cache.get(t);
    if (!l) {
      l = this.compute(t);
      this.cache.set(t, l);
    }
    return l;
  }

  sizeOf(t: Ty): number {
    return this.of(t).size;
  }

  private compute(t: Ty): Layout {
    switch (t.k) {
      case 'int': {
        const bytes = intBits(t.int) / 8;
        return scalar(bytes);
      }
      case 'float':
        return scalar(t.float === 'f32' ? 4 : 8);
      case 'bool':
        return scalar(1, { offset: 0, size: 1, available: 254 });
      case 'char':
        return scalar(4, { offset: 0, size: 4, available: 2 ** 32 - 0x110000 });
      case 'never':
      case 'str':
      case 'slice':
      case 'dyn':
        return UNIT_LAYOUT;
      case 'tuple':
        return t.elems.length === 0 ? UNIT_LAYOUT : this.univariant(t.elems.map((e) => this.of(e)), 0);
      case 'array': {
        const el = this.of(t.elem);
        const n = fixedLen(t);
        return { size: el.size * n, align: el.align, offsets: NO_OFFSETS, variants: null, niche: n > 0 ? el.niche : null, stride: el.size };
      }
      case 'ref':
      case 'ptr':
        return isUnsized(t.inner) ? FAT_PTR : THIN_PTR;
      case 'fndef':
        return UNIT_LAYOUT;
      case 'fnptr':
        return THIN_PTR;
      case 'closure':
        return t.captures.length === 0 ? UNIT_LAYOUT : this.univariant(t.captures.map((c) => this.of(c)), 0);
      case 'opaque':
        return this.of(t.actual);
      case 'builtin':
        return this.builtin(t);
      case 'adt':
        return this.adt(t.adt, t.args);
      default:
        // params, inference variables, errors: never reach the interpreter substituted; a word is a safe guess.
        return THIN_PTR;
    }
  }

  private builtin(t: Extract<Ty, { k: 'builtin' }>): Layout {
    const a = t.args;
    switch (t.name) {
      case 'String':
      case 'Vec':
      case 'BinaryHeap':
        return VEC_LAYOUT;
      case 'Box':
      case 'Rc':
      case 'Arc':
      case 'Weak':
        return a.length && isUnsized(a[0]) ? FAT_PTR : THIN_PTR;
      case 'Option':
        return this.enumLayout([[], [this.of(a[0])]], [0n, 1n]);
      case 'Result':
        return this.enumLayout([[this.of(a[0])], [this.of(a[1])]], [0n, 1n]);
      case 'Mutex': {
        // { futex: AtomicU32, poison: AtomicBool, data: UnsafeCell<T> }; memviz keeps [locked, data].
        const l = this.univariant([scalar(4), scalar(1), hideNiche(this.of(a[0]))], 0);
        return { ...l, niche: null, offsets: [l.offsets[0], l.offsets[2]] };
      }
      case 'RwLock': {
        // { state: AtomicU32, writer_notify: AtomicU32, poison: AtomicBool, data: UnsafeCell<T> }.
        const l = this.univariant([scalar(4), scalar(4), scalar(1), hideNiche(this.of(a[0]))], 0);
        return { ...l, niche: null, offsets: [l.offsets[0], l.offsets[3]] };
      }
      case 'MutexGuard':
      case 'RwLockReadGuard':
      case 'RwLockWriteGuard':
        return { size: 16, align: 8, offsets: [0, 8], variants: null, niche: PTR_NICHE, stride: 0 };
      case 'JoinHandle':
        // The OS thread, the `Thread` and the `Arc` of the packet its result comes back in; memviz
        // keeps [thread, packet, Thread].
        return { size: 24, align: 8, offsets: [0, 16, 8], variants: null, niche: PTR_NICHE, stride: 0 };
      case 'Sender':
      case 'SyncSender':
      case 'Receiver':
        // Which kind of channel, and the pointer to it.
        return { size: 16, align: 8, offsets: [8], variants: null, niche: PTR_NICHE, stride: 0 };
      case 'RefCell':
        // { borrow: Cell<isize>, value: UnsafeCell<T> }: UnsafeCell hides the value's niche.
        return this.univariant([scalar(8), hideNiche(this.of(a[0]))], 0);
      case 'Cell':
        return hideNiche(this.of(a[0]));
      case 'Ref':
      case 'RefMut':
        return { size: 16, align: 8, offsets: [0, 8], variants: null, niche: PTR_NICHE, stride: 0 };
      case 'Range':
        return this.univariant([this.of(a[0]), this.of(a[0])], 0);
      case 'RangeInclusive':
        return this.univariant([this.of(a[0]), this.of(a[0]), this.of({ k: 'bool' })], 0);
      case 'Iter':
        return FAT_PTR;
      case 'VecDeque':
        // std's ring buffer: the buffer's pointer and capacity, the index of its head, and the length.
        // memviz keeps the elements in queue order from the buffer's start, so it shows no head.
        return { size: 32, align: 8, offsets: [0, 8, 24], variants: null, niche: PTR_NICHE, stride: 0 };
      case 'BTreeMap':
      case 'BTreeSet':
        // The root node pointer, the tree's height and its length.
        return { size: 24, align: 8, offsets: [0, 8, 16], variants: null, niche: PTR_NICHE, stride: 0 };
      case 'HashMap':
      case 'HashSet':
        // hashbrown's table (control bytes pointer, bucket mask, growth left, items) and the
        // RandomState hasher's two u64 keys; memviz shows the pointer, the buckets and the items.
        return { size: 48, align: 8, offsets: [0, 8, 24], variants: null, niche: PTR_NICHE, stride: 0 };
      case 'Entry':
        // The map's `&mut` and the key (std's vacant entry also keeps the hash).
        return this.univariant([THIN_PTR, this.of(a[0]), scalar(8)], 0);
      case 'DebugStruct':
      case 'DebugTuple':
      case 'DebugList':
      case 'DebugSet':
      case 'DebugMap':
        // The Formatter's `&mut`, then whether a write failed and whether a field was written.
        return { size: 16, align: 8, offsets: [0, 8], variants: null, niche: PTR_NICHE, stride: 0 };
      case 'Formatter':
        // std's Formatter (options and a `&mut dyn Write`) on x86-64.
        return { size: 64, align: 8, offsets: NO_OFFSETS, variants: null, niche: PTR_NICHE, stride: 0 };
    }
  }

  private adt(id: number, args: readonly Ty[]): Layout {
    const def = this.adts[id];
    const fieldLayouts = def.variants.map((v) => v.fields.map((f) => this.of(this.substAdt(f.ty, def, args))));
    const repr = def.repr ?? null;
    if (def.kind === 'struct') {
      return this.univariant(fieldLayouts[0] ?? [], 0, 1, repr ? { declaredOrder: repr.c, pack: repr.pack, align: repr.align } : NO_REPR);
    }
    return this.enumLayout(fieldLayouts, def.variants.map((v) => v.discriminant), repr);
  }

  /**
   * A struct-like layout. `prefix` > 0 lays out an enum variant after its tag:
   * rustc then sorts fields by ascending alignment so small fields pack next
   * to the tag; plain structs sort by descending alignment, big niches first.
   * `repr` keeps the declared order (`C`, an enum's integer repr), caps every
   * field's alignment (`packed(N)`) or raises the whole's (`align(N)`).
   */
  univariant(fields: readonly Layout[], prefix: number, prefixAlign = 1, repr: StructRepr = NO_REPR): Layout {
    const n = fields.length;
    const pack = repr.pack;
    const fieldAlign = (f: Layout): number => (pack === null ? f.align : Math.min(f.align, pack));
    let maxAlign = 1;
    let largestNiche = 0;
    for (const f of fields) {
      maxAlign = Math.max(maxAlign, f.align);
      if (f.niche) largestNiche = Math.max(largestNiche, f.niche.available);
    }
    const maxAlignTz = trailingZeros(maxAlign);
    const groupKey = (f: Layout): number => {
      if (pack !== null) return trailingZeros(fieldAlign(f));
      const sizeAsAlign = trailingZeros(Math.max(f.align, f.size) || f.align);
      return largestNiche > 0 ? Math.min(maxAlignTz, sizeAsAlign) : sizeAsAlign;
    };
    const order = fields.map((_, i) => i);
    if (n > 1 && !repr.declaredOrder) {
      const key = fields.map((f) => ({ g: groupKey(f), niche: f.niche ? f.niche.available : 0, nicheOff: f.niche ? f.niche.offset : 0 }));
      if (prefix > 0) {
        order.sort((x, y) => key[x].g - key[y].g || key[x].niche - key[y].niche || x - y);
      } else {
        order.sort((x, y) => key[y].g - key[x].g || key[y].niche - key[x].niche || key[x].nicheOff - key[y].nicheOff || x - y);
      }
    }
    const offsets = new Array<number>(n).fill(0);
    let offset = prefix;
    let align = prefixAlign;
    let niche: Niche | null = null;
    for (const i of order) {
      const f = fields[i];
      const fa = fieldAlign(f);
      offset = alignTo(offset, fa);
      offsets[i] = offset;
      align = Math.max(align, fa);
      if (f.niche && (!niche || f.niche.available > niche.available)) {
        niche = { offset: offset + f.niche.offset, size: f.niche.size, available: f.niche.available };
      }
      offset += f.size;
    }
    align = Math.max(align, repr.align ?? 1);
    return { size: alignTo(offset, align), align, offsets, variants: null, niche, stride: 0 };
  }

  /**
   * rustc's enum layout: the smaller of a tagged layout and a niche-filling one. An integer or
   * `C` repr asks for the tagged one, its tag that integer (or a C `int`), its fields in order.
   */
  enumLayout(variantFields: readonly (readonly Layout[])[], discriminants: readonly bigint[], repr: Repr | null = null): Layout {
    const nv = variantFields.length;
    if (nv === 0) return UNIT_LAYOUT;
    const fixed = repr !== null && (repr.c || repr.int !== null);
    const align = repr?.align ?? null;
    if (nv === 1 && !fixed) {
      const st = this.univariant(variantFields[0], 0, 1, { declaredOrder: false, pack: null, align });
      return { ...st, variants: [st.offsets] };
    }
    const tagged = this.taggedLayout(variantFields, discriminants, repr);
    if (fixed) return tagged;
    const niche = this.nicheLayout(variantFields, align);
    if (!niche) return tagged;
    const tn = tagged.niche ? tagged.niche.available : 0;
    const nn = niche.niche ? niche.niche.available : 0;
    if (tagged.size > niche.size || (tagged.size === niche.size && tn < nn)) return niche;
    return tagged;
  }

  private taggedLayout(variantFields: readonly (readonly Layout[])[], discriminants: readonly bigint[], repr: Repr | null): Layout {
    let min = 0n;
    let max = 0n;
    discriminants.forEach((d, i) => {
      if (i === 0 || d < min) min = d;
      if (i === 0 || d > max) max = d;
    });
    const tagSize = tagBytes(min, max, repr);
    // repr(C): the fields of every variant start where the most aligned of them may (a C union after the tag).
    let prefixAlign = tagSize;
    if (repr?.c) for (const fields of variantFields) for (const f of fields) prefixAlign = Math.max(prefixAlign, f.align);
    const st: StructRepr = { declaredOrder: repr !== null && (repr.c || repr.int !== null), pack: null, align: repr?.align ?? null };
    let size = tagSize;
    let align = Math.max(tagSize, repr?.align ?? 1);
    const variants = variantFields.map((fields) => {
      const v = this.univariant(fields, tagSize, prefixAlign, st);
      size = Math.max(size, v.size);
      align = Math.max(align, v.align);
      return v.offsets;
    });
    // The tag's invalid values: all but the discriminants' range.
    const available = 2 ** (tagSize * 8) - Number(max - min + 1n);
    return { size: alignTo(size, align), align, offsets: NO_OFFSETS, variants, niche: { offset: 0, size: tagSize, available }, stride: 0 };
  }

  private nicheLayout(variantFields: readonly (readonly Layout[])[], reprAlign: number | null): Layout | null {
    const layouts = variantFields.map((f) => this.univariant(f, 0, 1, { declaredOrder: false, pack: null, align: reprAlign }));
    let largest = 0;
    for (let i = 1; i < layouts.length; i++) if (layouts[i].size > layouts[largest].size) largest = i;
    const big = layouts[largest].niche;
    if (!big) return null;
    const count = layouts.length - 1;
    if (big.available < count) return null;
    let align = 1;
    for (const l of layouts) align = Math.max(align, l.align);
    const size = alignTo(layouts[largest].size, align);
    const variants: (readonly number[])[] = [];
    for (let i = 0; i < layouts.length; i++) {
      const l = layouts[i];
      if (i === largest || l.size <= big.offset) {
        variants.push(l.offsets);
        continue;
      }
      // Does it fit after the niche?
      const shift = alignTo(big.offset + big.size, l.align);
      if (shift + l.size > size) return null;
      variants.push(l.offsets.map((o) => o + shift));
    }
    return { size, align, offsets: NO_OFFSETS, variants, niche: { ...big, available: big.available - count }, stride: 0 };
  }
}

/** The bytes of an enum's tag: its integer repr, else the smallest integer that holds every discriminant (a C `int` at least for repr(C)). */
function tagBytes(min: bigint, max: bigint, repr: Repr | null): number {
  if (repr?.int) return intBits(repr.int) / 8;
  const least = repr?.c ? 4 : 1;
  for (const bytes of [1, 2, 4, 8, 16]) {
    if (bytes < least) continue;
    const bits = BigInt(bytes * 8);
    const fits = min >= 0n ? max < 1n << bits : min >= -(1n << (bits - 1n)) && max < 1n << (bits - 1n);
    if (fits) return bytes;
  }
  return 16;
}

function hideNiche(l: Layout): Layout {
  return l.niche ? { ...l, niche: null } : l;
}

/** Types that only exist behind a pointer (which is then fat). */
export function isUnsized(t: Ty): boolean {
  // A `Cell<[T]>` (Cell::from_mut of a slice) is as unsized as its slice.
  if (t.k === 'builtin' && t.name === 'Cell') return isUnsized(t.args[0]);
  return t.k === 'str' || t.k === 'slice' || t.k === 'dyn';
}
