// `#[repr(..)]` on structs and enums: the hints memviz lays out (C, an enum's
// integer type, packed, align) and rustc's errors for the ones that cannot
// be written where they are (E0552, E0517, E0084, E0587, E0588, E0589, E0370).

import type { Diagnostic } from '../diagnostics.js';
import { error, label, unsupported } from '../diagnostics.js';
import type { Repr } from '../mir/mir.js';
import type { EnumItem, Span, StructItem } from '../syntax/ast.js';
import { INT_TYS, intBits, isSigned, type IntTy, type Ty } from '../types/ty.js';

const VALID = '`Rust` (default), `C`, `align`, `packed`, `transparent`, `simd`, `i8`, `u8`, `i16`, `u16`, `i32`, `u32`, `i64`, `u64`, `i128`, `u128`, `isize`, `usize`';

/** The item's repr hints (null when it has none that change its layout); errors go to `out`. */
export function readRepr(item: StructItem | EnumItem, out: Diagnostic[]): Repr | null {
  let c = false;
  let int: IntTy | null = null;
  let pack: number | null = null;
  let align: number | null = null;
  const head = itemHead(item);
  for (const a of item.attrs) {
    if (a.name !== 'repr') continue;
    a.args.forEach((raw, i) => {
      const arg = raw.replace(/\s+/g, '');
      const at = a.argSpans[i] ?? a.span;
      const wrongItem = (what: 'an enum' | 'a struct or union'): void => {
        out.push(error('typeck', 'E0517', `attribute should be applied to ${what}`, at,
          [label(at, '', true), label(item.span, `not ${what}`, false)]));
      };
      const n = /^(packed|align)(?:\((\d+)\))?$/.exec(arg);
      const v = n?.[2] === undefined ? 1 : Number(n[2]);
      if (arg === 'C') c = true;
      else if (arg === 'Rust' || arg === 'transparent') {
        // The default layout; `transparent` lays a one-field struct out as its field, which it already is.
      } else if ((INT_TYS as readonly string[]).includes(arg)) {
        if (item.kind !== 'enum') wrongItem('an enum');
        else if (item.variants.length === 0) {
          out.push(error('typeck', 'E0084', 'unsupported representation for zero-variant enum', at, [label(at, '', true), label(head, 'zero-variant enum', false)]));
        } else int = arg as IntTy;
      } else if (!n || (n[1] === 'align' && n[2] === undefined)) {
        if (/^[A-Za-z_]\w*$/.test(arg) && arg !== 'simd' && arg !== 'align') out.push(error('typeck', 'E0552', 'unrecognized representation hint', at, [label(at, '', true)], [`help: valid reprs are ${VALID}`]));
        else out.push(unsupported('typeck', `the representation hint \`${raw}\``, at));
      } else if (v === 0 || (v & (v - 1)) !== 0) {
        const digits = { ...at, start: at.start + n[1].length + 1, end: at.end - 1, col: at.col + n[1].length + 1, endCol: at.endCol - 1 };
        out.push(error('typeck', 'E0589', `invalid \`repr(${n[1]})\` attribute: not a power of two`, digits, [label(digits, '', true)]));
      } else if (n[1] === 'align') align = Math.max(align ?? 1, v);
      else if (item.kind === 'struct') pack = Math.min(pack ?? v, v);
      else wrongItem('a struct or union');
    });
  }
  if (pack !== null && align !== null) {
    out.push(error('typeck', 'E0587', 'type has conflicting packed and align representation hints', head, [label(head, '', true)]));
    align = null;
  }
  if (!c && int === null && pack === null && align === null) return null;
  return { c, int, pack, align };
}

/** `struct Name` / `enum Name`: where rustc points for a whole item. */
export function itemHead(item: StructItem | EnumItem): Span {
  return { ...item.span, end: item.name.span.end, endLine: item.name.span.endLine, endCol: item.name.span.endCol };
}

interface ReprAdt {
  readonly name: string;
  readonly ast: StructItem | EnumItem;
  readonly repr: Repr | null;
  readonly variants: readonly { readonly fields: readonly { readonly ty: Ty }[] }[];
}

/** E0588: a packed struct holding (in place, at any depth) a type with `#[repr(align)]`. */
export function checkPackedAlign(adts: readonly ReprAdt[], isUser: (id: number) => boolean, out: Diagnostic[]): void {
  adts.forEach((adt, id) => {
    if (!isUser(id) || adt.repr?.pack === null || adt.repr?.pack === undefined) return;
    const seen = new Set<number>([id]);
    const alignedIn = (t: Ty): number | null => {
      if (t.k === 'tuple') return t.elems.map(alignedIn).find((x) => x !== null) ?? null;
      if (t.k === 'array') return alignedIn(t.elem);
      if (t.k !== 'adt' || seen.has(t.adt)) return null;
      seen.add(t.adt);
      const inner = adts[t.adt];
      if (inner.repr?.align) return t.adt;
      for (const v of inner.variants) for (const f of v.fields) {
        const found = alignedIn(f.ty);
        if (found !== null) return found;
      }
      return null;
    };
    for (const f of adt.variants[0]?.fields ?? []) {
      const found = alignedIn(f.ty);
      if (found === null) continue;
      const head = itemHead(adt.ast);
      out.push(error('typeck', 'E0588', 'packed type cannot transitively contain a `#[repr(align)]` type', head, [label(head, '', true)],
        [`note: \`${adts[found].name}\` has a \`#[repr(align)]\` attribute`]));
      return;
    }
  });
}

/**
 * E0370: with an integer repr, a variant without a written discriminant whose value (one past the
 * previous variant's) does not fit that integer. Returns whether the enum's discriminants are fine.
 */
export function checkDiscriminants(item: EnumItem, int: IntTy, discriminants: readonly bigint[], out: Diagnostic[]): boolean {
  const bits = BigInt(intBits(int));
  const max = isSigned(int) ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  for (let i = 1; i < item.variants.length; i++) {
    const v = item.variants[i];
    if (v.discriminant || discriminants[i - 1] !== max) continue;
    const at = v.name.span;
    out.push(error('typeck', 'E0370', 'enum discriminant overflowed', at, [label(at, `overflowed on value after ${max}`, true)],
      [`note: explicitly set \`${v.name.name} = ${isSigned(int) ? -max - 1n : 0n}\` if that is desired outcome`]));
    return false;
  }
  return true;
}
