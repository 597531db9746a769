// Exhaustiveness of patterns, as rustc checks it after type checking: a `match`
// must cover every value of its scrutinee (E0004) and a `let` pattern every value
// of its initializer (E0005). The algorithm is the usefulness one rustc uses
// (Maranget's "Warnings for pattern matching"): a matrix of pattern rows, split
// column by column into constructors, looking for a value no row matches. The
// values it finds (the witnesses) are printed as rustc prints them: `None`,
// `Shape::Rect { .. }`, `i32::MIN..=0_i32`, `&[_, _, ..]`. Like rustc, where a
// column lacks whole constructors it reports those and does not look further
// into the constructors that are present.

import { error, label, type Diagnostic } from '../diagnostics.js';
import type * as A from '../syntax/ast.js';
import { isRestPat } from '../syntax/ast.js';
import type { Ty } from '../types/ty.js';
import { intBits, isSigned, knownLen, type IntTy } from '../types/ty.js';
import { substTy } from './infer.js';
import type { Items } from './items.js';
import type { Res } from './tables.js';

/** What the check needs to know of a typed pattern (the lowering's view of the type tables). */
export interface PatternTyping {
  readonly items: Items;
  /** The pattern's type, after the implicit dereferences of match ergonomics. */
  tyOf(p: A.Pattern): Ty;
  /** How many references the scrutinee goes through before the pattern applies. */
  derefsOf(p: A.Pattern): number;
  resOf(p: A.Pattern): Res | undefined;
  /** The value of a `const` item when it is an integer, bool or char literal. */
  constValue(id: number): bigint | boolean | null;
}

// ---------------------------------------------------------------- constructors and patterns

type Ctor =
  | { readonly k: 'variant'; readonly index: number }
  /** The one constructor of a struct, tuple, array or reference. */
  | { readonly k: 'single' }
  | { readonly k: 'bool'; readonly value: boolean }
  /** Integers and chars, as inclusive ranges of their values. */
  | { readonly k: 'range'; readonly lo: bigint; readonly hi: bigint }
  /** A slice of exactly `len` elements, or (`varLen`) of at least `len`. */
  | { readonly k: 'slice'; readonly len: number; readonly varLen: boolean }
  /** A value no other pattern equals (a string or float literal): never covers a type. */
  | { readonly k: 'opaque' }
  /** Every constructor no row names, in a witness: printed `_` or one by one. */
  | { readonly k: 'wild' };

type Pat =
  | { readonly k: 'wild' }
  /** `prefix`: for a slice pattern with `..`, how many of `fields` come before it (the rest after). */
  | { readonly k: 'ctor'; readonly ctor: Ctor; readonly fields: readonly Pat[]; readonly prefix?: number; readonly arrayRest?: ArrayRest }
  | { readonly k: 'or'; readonly alts: readonly Pat[] };

const WILD: Pat = { k: 'wild' };

/** A row of the matrix: one pattern per column; a guarded row never covers a value. */
interface Row {
  readonly pats: readonly Pat[];
  readonly guarded: boolean;
}

/** Where an array pattern had its `..`: so many elements before it, so many after. */
interface ArrayRest {
  readonly prefix: number;
  readonly suffix: number;
}

/** The witnesses' form: a constructor with its fields, on a type (`rest`: an array printed `[a, ..]`). */
interface Witness {
  readonly ty: Ty;
  readonly ctor: Ctor;
  readonly fields: readonly Witness[];
  readonly rest?: ArrayRest;
}

// ---------------------------------------------------------------- entry points

/** E0004 for a `match` whose arms (those without a guard) miss some value of the scrutinee. */
export function checkMatch(typing: PatternTyping, scrutTy: Ty, scrutSpan: A.Span, arms: readonly A.MatchArm[]): Diagnostic | Diagnostic[] | null {
  const cx = new Exhaustiveness(typing);
  // An arm with a guard names its constructors (the column splits on them) but covers nothing.
  const rows = arms.map((a) => ({ pats: [cx.pattern(a.pat, scrutTy)], guarded: a.guard !== null }));
  // A range pattern that is empty is an error of its own, and the match is not checked further.
  if (cx.rangeErrors.length) return cx.rangeErrors;
  const missing = cx.missing(rows, [scrutTy]);
  if (missing.length === 0) return null;
  const list = listWitnesses(missing.map((w) => cx.show(w[0])));
  return error('typeck', 'E0004', `non-exhaustive patterns: ${list} not covered`, scrutSpan, [label(scrutSpan, `pattern${missing.length > 1 ? 's' : ''} ${list} not covered`, true)]);
}

/** E0005 for a `let` (or `for`) pattern that some value of its type does not match. */
export function checkIrrefutable(typing: PatternTyping, ty: Ty, pat: A.Pattern, what: string): Diagnostic | null {
  const cx = new Exhaustiveness(typing);
  const missing = cx.missing([{ pats: [cx.pattern(pat, ty)], guarded: false }], [ty]);
  if (missing.length === 0) return null;
  const list = listWitnesses(missing.map((w) => cx.show(w[0])));
  return error('typeck', 'E0005', `refutable pattern in ${what}`, pat.span, [label(pat.span, `pattern${missing.length > 1 ? 's' : ''} ${list} not covered`, true)]);
}

/** "`A`", "`A` and `B`", "`A`, `B` and `C`", "`A`, `B`, `C` and 2 more". */
function listWitnesses(ws: readonly string[]): string {
  const q = ws.map((w) => `\`${w}\``);
  if (q.length === 1) return q[0];
  if (q.length <= 3) return `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
  return `${q.slice(0, 3).join(', ')} and ${q.length - 3} more`;
}

// ---------------------------------------------------------------- the algorithm

class Exhaustiveness {
  /** E0030/E0579 for range patterns whose bounds leave nothing in them (`10..=1`, `5..5`). */
  readonly rangeErrors: Diagnostic[] = [];

  constructor(private readonly typing: PatternTyping) {}

  /** A typed AST pattern as a constructor tree; `ty` is the type of the place it matches. */
  pattern(p: A.Pattern, ty: Ty): Pat {
    const derefs = this.typing.derefsOf(p);
    if (derefs > 0) {
      let inner = ty;
      for (let i = 0; i < derefs && inner.k === 'ref'; i++) inner = inner.inner;
      let pat = this.direct(p, inner);
      for (let i = 0; i < derefs; i++) pat = { k: 'ctor', ctor: { k: 'single' }, fields: [pat] };
      return pat;
    }
    return this.direct(p, ty);
  }

  private direct(p: A.Pattern, ty: Ty): Pat {
    switch (p.kind) {
      case 'wild': case 'rest': return WILD;
      case 'ident': {
        const res = this.typing.resOf(p);
        if (res) return this.pathPat(res, ty, []);
        return p.sub ? this.pattern(p.sub, ty) : WILD;
      }
      case 'lit': return this.litPat(p.lit, ty);
      case 'range': {
        const range = intRange(ty);
        if (!range || (p.start && p.start.kind !== 'int' && p.start.kind !== 'char') || (p.end && p.end.kind !== 'int' && p.end.kind !== 'char')) return { k: 'ctor', ctor: { k: 'opaque' }, fields: [] };
        const lo = p.start ? litNumber(p.start) : range[0][0];
        let hi = p.end ? litNumber(p.end) : range[range.length - 1][1];
        if (p.start && p.end && p.inclusive && lo > hi) {
          this.rangeErrors.push(error('typeck', 'E0030', 'lower bound for range pattern must be less than or equal to upper bound', p.span, [label(p.span, 'lower bound larger than upper bound', true)]));
        } else if (p.start && p.end && !p.inclusive && lo >= hi) {
          this.rangeErrors.push(error('typeck', 'E0579', 'lower bound for range pattern must be less than upper bound', p.span, [label(p.span, '', true)]));
        }
        if (p.end && !p.inclusive) hi -= 1n;
        return { k: 'ctor', ctor: { k: 'range', lo, hi }, fields: [] };
      }
      case 'tuple': {
        const elems = ty.k === 'tuple' ? ty.elems : [];
        return { k: 'ctor', ctor: { k: 'single' }, fields: withRest(p.elems, elems.length).map((x, i) => (x ? this.pattern(x, elems[i]) : WILD)) };
      }
      case 'ref': {
        const inner = ty.k === 'ref' ? ty.inner : ty;
        return { k: 'ctor', ctor: { k: 'single' }, fields: [this.pattern(p.inner, inner)] };
      }
      case 'or': return { k: 'or', alts: p.alts.map((a) => this.pattern(a, ty)) };
      case 'path': case 'tupleStruct': case 'struct': {
        const res = this.typing.resOf(p);
        if (!res) return WILD;
        if (p.kind === 'path') return this.pathPat(res, ty, []);
        const fieldTys = this.fieldTys(ty, res.k === 'ctor' || res.k === 'builtinCtor' ? this.ctorOfRes(res) : { k: 'single' });
        let fields: Pat[];
        if (p.kind === 'tupleStruct') fields = withRest(p.elems, fieldTys.length).map((x, i) => (x ? this.pattern(x, fieldTys[i]) : WILD));
        else {
          const names = res.k === 'ctor' ? this.typing.items.adts[res.adt].variants[res.variant].fields.map((f) => f.name) : [];
          fields = names.map((n, i) => {
            const fp = p.fields.find((f) => f.name.name === n);
            return fp ? this.pattern(fp.pat, fieldTys[i]) : WILD;
          });
        }
        return this.pathPat(res, ty, fields);
      }
      case 'slice': {
        const elem = ty.k === 'array' || ty.k === 'slice' ? ty.elem : ty;
        const rest = p.elems.findIndex(isRestPat);
        if (ty.k === 'array') {
          const arrayRest = rest < 0 ? undefined : { prefix: rest, suffix: p.elems.length - rest - 1 };
          return { k: 'ctor', ctor: { k: 'single' }, fields: withRest(p.elems, knownLen(ty) ?? 0).map((x) => (x ? this.pattern(x, elem) : WILD)), arrayRest };
        }
        if (rest < 0) return { k: 'ctor', ctor: { k: 'slice', len: p.elems.length, varLen: false }, fields: p.elems.map((x) => this.pattern(x, elem)) };
        // `[a, .., z]`: the prefix, then the suffix; `sliceFields` places them for a given length.
        return { k: 'ctor', ctor: { k: 'slice', len: p.elems.length - 1, varLen: true }, fields: p.elems.filter((x) => !isRestPat(x)).map((x) => this.pattern(x, elem)), prefix: rest };
      }
    }
  }

  private ctorOfRes(res: Extract<Res, { k: 'ctor' | 'builtinCtor' }>): Ctor {
    if (res.k === 'ctor' && this.typing.items.adts[res.adt].kind === 'struct') return { k: 'single' };
    return { k: 'variant', index: res.variant };
  }

  private pathPat(res: Res, ty: Ty, fields: Pat[]): Pat {
    if (res.k === 'const') {
      const v = this.typing.constValue(res.id);
      if (typeof v === 'boolean') return { k: 'ctor', ctor: { k: 'bool', value: v }, fields: [] };
      if (typeof v === 'bigint' && intRange(ty)) return { k: 'ctor', ctor: { k: 'range', lo: v, hi: v }, fields: [] };
      return { k: 'ctor', ctor: { k: 'opaque' }, fields: [] };
    }
    if (res.k === 'ctor' || res.k === 'builtinCtor') {
      const ctor = this.ctorOfRes(res);
      const n = this.fieldTys(ty, ctor).length;
      return { k: 'ctor', ctor, fields: fields.length === n ? fields : Array.from({ length: n }, (_, i) => fields[i] ?? WILD) };
    }
    return WILD;
  }

  private litPat(lit: A.LitValue, ty: Ty): Pat {
    if (lit.kind === 'bool') return { k: 'ctor', ctor: { k: 'bool', value: lit.value }, fields: [] };
    if ((lit.kind === 'int' || lit.kind === 'char') && intRange(ty)) {
      const v = litNumber(lit);
      return { k: 'ctor', ctor: { k: 'range', lo: v, hi: v }, fields: [] };
    }
    // A string literal matches a `&str`: a reference to an unenumerable str.
    if (lit.kind === 'str' && ty.k === 'ref') return { k: 'ctor', ctor: { k: 'single' }, fields: [{ k: 'ctor', ctor: { k: 'opaque' }, fields: [] }] };
    return { k: 'ctor', ctor: { k: 'opaque' }, fields: [] };
  }

  /** The types of a constructor's fields on `ty`. */
  fieldTys(ty: Ty, ctor: Ctor): Ty[] {
    switch (ty.k) {
      case 'tuple': return [...ty.elems];
      case 'ref': return [ty.inner];
      // (A generic length is E0730 at any array pattern: no constructor is looked into.)
      case 'array': return Array.from({ length: knownLen(ty) ?? 0 }, () => ty.elem);
      case 'slice': return ctor.k === 'slice' ? Array.from({ length: ctor.len }, () => ty.elem) : [];
      case 'adt': {
        const adt = this.typing.items.adts[ty.adt];
        const v = adt.variants[ctor.k === 'variant' ? ctor.index : 0];
        return v ? v.fields.map((f) => substTy(f.ty, ty.args)) : [];
      }
      case 'builtin':
        if (ty.name === 'Option') return ctor.k === 'variant' && ctor.index === 1 ? [ty.args[0]] : [];
        if (ty.name === 'Result') return ctor.k === 'variant' ? [ty.args[ctor.index] ?? ty.args[0]] : [];
        return [];
      default: return [];
    }
  }

  /**
   * The values (as witness rows, one witness per column) that no row of `rows` matches.
   * `tys` are the columns' types; `top` is true for the scrutinee's own column.
   */
  missing(rows: readonly Row[], tys: readonly Ty[], top = true): Witness[][] {
    if (tys.length === 0) return rows.some((r) => !r.guarded) ? [] : [[]];
    // Or-patterns at the head become one row per alternative.
    const expanded: Row[] = [];
    for (const r of rows) for (const head of alternatives(r.pats[0])) expanded.push({ pats: [head, ...r.pats.slice(1)], guarded: r.guarded });
    const ty = tys[0];
    const rest = tys.slice(1);
    const heads = expanded.map((r) => r.pats[0]).filter((p): p is Extract<Pat, { k: 'ctor' }> => p.k === 'ctor');
    const split = this.splitCtors(ty, heads.map((h) => h.ctor));
    if (split.missing.length > 0) {
      // Rows with a wildcard head cover the missing constructors: look at the other columns.
      const defaults = expanded.filter((r) => r.pats[0].k === 'wild').map((r) => ({ pats: r.pats.slice(1), guarded: r.guarded }));
      const below = this.missing(defaults, rest, false);
      if (below.length === 0) return [];
      const individual = (top && intRange(ty) === null) || split.present.length > 0;
      const heads2: Witness[] = individual && split.enumerable
        ? split.missing.map((c) => ({ ty, ctor: c, fields: this.fieldTys(ty, c).map((t) => wildOf(t)) }))
        : [wildOf(ty)];
      const out: Witness[][] = [];
      for (const h of heads2) for (const b of below) out.push([h, ...b]);
      return out;
    }
    const out: Witness[][] = [];
    for (const c of split.present) {
      const fieldTys = this.fieldTys(ty, c);
      const spec: Row[] = [];
      for (const r of expanded) {
        const fields = this.specialize(r.pats[0], c, fieldTys.length);
        if (fields) spec.push({ pats: [...fields, ...r.pats.slice(1)], guarded: r.guarded });
      }
      const shape = ty.k === 'array' ? arrayShape(heads, knownLen(ty) ?? 0) : undefined;
      for (const w of this.missing(spec, [...fieldTys, ...rest], false)) {
        out.push([{ ty, ctor: c, fields: w.slice(0, fieldTys.length), rest: shape }, ...w.slice(fieldTys.length)]);
      }
    }
    return out;
  }

  /** The fields of `p` seen as constructor `c` (with `arity` fields), or null when `p` cannot be `c`. */
  private specialize(p: Pat, c: Ctor, arity: number): Pat[] | null {
    if (p.k === 'wild') return Array.from({ length: arity }, () => WILD);
    if (p.k === 'or') throw new Error('or-patterns are expanded before specializing');
    const h = p.ctor;
    switch (c.k) {
      case 'variant': return h.k === 'variant' && h.index === c.index ? [...p.fields] : null;
      case 'single': return h.k === 'single' ? [...p.fields] : null;
      case 'bool': return h.k === 'bool' && h.value === c.value ? [] : null;
      case 'range': return h.k === 'range' && h.lo <= c.lo && c.hi <= h.hi ? [] : null;
      case 'slice': {
        if (h.k !== 'slice') return null;
        if (!h.varLen) return !c.varLen && h.len === c.len ? [...p.fields] : null;
        if (c.len < h.len) return null;
        const prefix = p.prefix ?? h.len;
        const suffix = p.fields.length - prefix;
        return Array.from({ length: c.len }, (_, i) => (i < prefix ? p.fields[i] : i >= c.len - suffix ? p.fields[prefix + (i - (c.len - suffix))] : WILD));
      }
      default: return null;
    }
  }

  /**
   * The constructors of `ty` split against those the rows name: `present` are the pieces some row
   * names, `missing` those none does. `enumerable` is false for types whose values cannot be
   * listed (str, floats, anything matched only by bindings): what is missing there prints as `_`.
   */
  private splitCtors(ty: Ty, named: readonly Ctor[]): { present: Ctor[]; missing: Ctor[]; enumerable: boolean } {
    const ranges = intRange(ty);
    if (ranges) {
      const used = named.filter((c): c is Extract<Ctor, { k: 'range' }> => c.k === 'range');
      // Cut the type's ranges at every boundary a pattern has, then keep maximal runs.
      const cuts = new Set<bigint>();
      for (const r of used) {
        cuts.add(r.lo);
        cuts.add(r.hi + 1n);
      }
      const present: Ctor[] = [];
      const missing: Ctor[] = [];
      for (const [lo, hi] of ranges) {
        const points = [lo, ...[...cuts].filter((x) => x > lo && x <= hi).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)), hi + 1n];
        for (let i = 0; i + 1 < points.length; i++) {
          const piece = { k: 'range' as const, lo: points[i], hi: points[i + 1] - 1n };
          const covered = used.some((r) => r.lo <= piece.lo && piece.hi <= r.hi);
          const list = covered ? present : missing;
          const last = list[list.length - 1];
          // Adjacent missing pieces print as one range, as rustc's do.
          if (!covered && last && last.k === 'range' && last.hi + 1n === piece.lo) list[list.length - 1] = { k: 'range', lo: last.lo, hi: piece.hi };
          else list.push(piece);
        }
      }
      return { present, missing, enumerable: true };
    }
    if (ty.k === 'bool') {
      const all: Ctor[] = [{ k: 'bool', value: false }, { k: 'bool', value: true }];
      return partition(all, (c) => named.some((n) => n.k === 'bool' && n.value === (c as { value: boolean }).value));
    }
    if (ty.k === 'tuple' || ty.k === 'ref' || ty.k === 'array' || (ty.k === 'adt' && this.typing.items.adts[ty.adt].kind === 'struct')) {
      return { present: [{ k: 'single' }], missing: [], enumerable: true };
    }
    if ((ty.k === 'adt' && this.typing.items.adts[ty.adt].kind === 'enum') || (ty.k === 'builtin' && (ty.name === 'Option' || ty.name === 'Result'))) {
      const count = ty.k === 'adt' ? this.typing.items.adts[ty.adt].variants.length : 2;
      const all: Ctor[] = Array.from({ length: count }, (_, index) => ({ k: 'variant', index }));
      return partition(all, (c) => named.some((n) => n.k === 'variant' && n.index === (c as { index: number }).index));
    }
    if (ty.k === 'slice') {
      const slices = named.filter((c): c is Extract<Ctor, { k: 'slice' }> => c.k === 'slice');
      const maxLen = Math.max(-1, ...slices.map((s) => (s.varLen ? s.len - 1 : s.len))) + 1;
      const all: Ctor[] = [];
      for (let len = 0; len < maxLen; len++) all.push({ k: 'slice', len, varLen: false });
      all.push({ k: 'slice', len: maxLen, varLen: true });
      const covers = (s: Extract<Ctor, { k: 'slice' }>, c: Extract<Ctor, { k: 'slice' }>) => (s.varLen ? c.len >= s.len : !c.varLen && c.len === s.len);
      return partition(all, (c) => slices.some((s) => covers(s, c as Extract<Ctor, { k: 'slice' }>)));
    }
    // str, floats, and types patterns cannot take apart: only a binding or `_` covers them.
    return { present: [], missing: [{ k: 'wild' }], enumerable: false };
  }

  // ---------------------------------------------------------------- printing witnesses

  show(w: Witness): string {
    const { ty, ctor } = w;
    const f = w.fields.map((x) => this.show(x));
    switch (ctor.k) {
      case 'wild': case 'opaque': return '_';
      case 'bool': return String(ctor.value);
      case 'range': return showRange(ty, ctor.lo, ctor.hi);
      case 'slice': return `[${[...f, ...(ctor.varLen ? ['..'] : [])].join(', ')}]`;
      case 'variant': case 'single': break;
    }
    switch (ty.k) {
      case 'ref': return `&${f[0]}`;
      case 'tuple': return `(${f.join(', ')}${f.length === 1 ? ',' : ''})`;
      case 'array': return w.rest ? `[${[...f.slice(0, w.rest.prefix), '..', ...f.slice(f.length - w.rest.suffix)].join(', ')}]` : `[${f.join(', ')}]`;
      case 'builtin': {
        const name = ty.name === 'Option' ? ['None', 'Some'][ctor.k === 'variant' ? ctor.index : 0] : ['Ok', 'Err'][ctor.k === 'variant' ? ctor.index : 0];
        return f.length ? `${name}(${f.join(', ')})` : name;
      }
      case 'adt': {
        const adt = this.typing.items.adts[ty.adt];
        const v = adt.variants[ctor.k === 'variant' ? ctor.index : 0];
        const path = adt.kind === 'enum' ? `${adt.isPrelude && adt.name === 'Ordering' ? 'std::cmp::Ordering' : adt.name}::${v.name}` : adt.name;
        if (v.shape === 'unit') return path;
        if (v.shape === 'tuple') return `${path}(${f.join(', ')})`;
        const shown = v.fields.map((fd, i) => [fd.name, f[i]] as const).filter(([, s]) => s !== '_');
        if (shown.length === 0) return `${path} { .. }`;
        const all = shown.length === v.fields.length;
        return `${path} { ${shown.map(([n, s]) => `${n}: ${s}`).join(', ')}${all ? '' : ', ..'} }`;
      }
      default: return '_';
    }
  }
}


/**
 * rustc prints an array witness with `..` when the column's patterns used one (`[1, ..]`), keeping
 * the longest prefix and suffix they had; when a pattern without `..` constrains an element in
 * between, all elements are printed.
 */
function arrayShape(heads: readonly Extract<Pat, { k: 'ctor' }>[], len: number): ArrayRest | undefined {
  const rests = heads.filter((h) => h.arrayRest).map((h) => h.arrayRest!);
  if (rests.length === 0) return undefined;
  const prefix = Math.max(...rests.map((r) => r.prefix));
  const suffix = Math.max(...rests.map((r) => r.suffix));
  if (prefix + suffix >= len) return undefined;
  for (const h of heads) {
    if (h.arrayRest) continue;
    for (let i = prefix; i < len - suffix; i++) if (h.fields[i] && h.fields[i].k !== 'wild') return undefined;
  }
  return { prefix, suffix };
}

function alternatives(p: Pat): Pat[] {
  return p.k === 'or' ? p.alts.flatMap(alternatives) : [p];
}

/** Finitely many constructors, split into those some row names and the others. */
function partition(all: Ctor[], isPresent: (c: Ctor) => boolean) {
  const present: Ctor[] = [];
  const missing: Ctor[] = [];
  for (const c of all) (isPresent(c) ? present : missing).push(c);
  return { present, missing, enumerable: true };
}

/** `elems` (which may contain one `..`) laid over `arity` positions; null where `..` stands. */
function withRest(elems: readonly A.Pattern[], arity: number): (A.Pattern | null)[] {
  const rest = elems.findIndex(isRestPat);
  if (rest < 0) return Array.from({ length: arity }, (_, i) => elems[i] ?? null);
  const after = elems.length - rest - 1;
  return Array.from({ length: arity }, (_, i) => (i < rest ? elems[i] : i >= arity - after ? elems[rest + 1 + (i - (arity - after))] : null));
}

function wildOf(ty: Ty): Witness {
  return { ty, ctor: { k: 'wild' }, fields: [] };
}

function litNumber(lit: A.LitValue): bigint {
  if (lit.kind === 'int') return lit.value;
  if (lit.kind === 'char') return BigInt(lit.value.codePointAt(0) ?? 0);
  return 0n;
}

/** The value ranges of an integer or char type (char has a hole for the surrogates), or null. */
function intRange(ty: Ty): [bigint, bigint][] | null {
  if (ty.k === 'char') return [[0n, 0xd7ffn], [0xe000n, 0x10ffffn]];
  if (ty.k !== 'int') return null;
  const bits = BigInt(intBits(ty.int));
  return isSigned(ty.int) ? [[-(1n << (bits - 1n)), (1n << (bits - 1n)) - 1n]] : [[0n, (1n << bits) - 1n]];
}

function showRange(ty: Ty, lo: bigint, hi: bigint): string {
  const one = (v: bigint) => (ty.k === 'char' ? showChar(v) : showInt(ty.k === 'int' ? ty.int : 'i32', v));
  return lo === hi ? one(lo) : `${one(lo)}..=${one(hi)}`;
}

function showInt(t: IntTy, v: bigint): string {
  const bits = BigInt(intBits(t));
  const max = isSigned(t) ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (v === max) return `${t}::MAX`;
  if (isSigned(t) && v === -(1n << (bits - 1n))) return `${t}::MIN`;
  return `${v}_${t}`;
}

function showChar(v: bigint): string {
  const cp = Number(v);
  const esc: Record<number, string> = { 0: '\\0', 9: '\\t', 10: '\\n', 13: '\\r', 39: "\\'", 92: '\\\\' };
  if (esc[cp]) return `'${esc[cp]}'`;
  if (cp >= 0x20 && cp < 0x7f) return `'${String.fromCodePoint(cp)}'`;
  // As char's Debug prints: a printable character as itself, anything else escaped.
  if (cp < 0xd800 || cp > 0xdfff) {
    const ch = String.fromCodePoint(cp);
    if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(ch)) return `'${ch}'`;
  }
  return `'\\u{${cp.toString(16)}}'`;
}
