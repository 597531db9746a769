// Facts about places and types that every part of the borrow checker needs:
// the type of a projected place, how rustc prints a place (`p.name`, `*r`,
// `v[_]`), whether a type is Copy or has drop glue, and whether two places
// may overlap (rustc's `places_conflict`).

import type { Body, Place, Proj, Program } from '../mir/mir.js';
import { arrayTy, tyToString, type Ty, type TyNames } from '../types/ty.js';

export interface PlaceTy {
  readonly ty: Ty;
  /** Set after a downcast: the variant whose fields the next projection names. */
  readonly variant: number | null;
}

export function substTy(ty: Ty, args: readonly Ty[]): Ty {
  if (args.length === 0) return ty;
  switch (ty.k) {
    case 'param': return args[ty.index] ?? ty;
    case 'ref': case 'ptr': return { ...ty, inner: substTy(ty.inner, args) };
    case 'tuple': return { ...ty, elems: ty.elems.map((t) => substTy(t, args)) };
    case 'array': return arrayTy(substTy(ty.elem, args), typeof ty.len === 'number' ? ty.len : substTy(ty.len, args));
    case 'slice': return { ...ty, elem: substTy(ty.elem, args) };
    case 'adt':
    case 'builtin': return { ...ty, args: ty.args.map((t) => substTy(t, args)) };
    default: return ty;
  }
}

export class PlaceTyper {
  readonly names: TyNames;

  constructor(readonly program: Program) {
    this.names = {
      adtName: (id) => program.adts[id]?.name ?? `adt#${id}`,
      traitName: (id) => program.traits[id]?.name ?? `trait#${id}`,
      isStdCow: (id) => program.adts[id]?.isPrelude === true && program.adts[id].name === 'Cow',
    };
  }

  tyString(ty: Ty): string {
    return tyToString(ty, this.names);
  }

  /** The type reached by one projection. Unknown shapes give the error type (which suppresses reports). */
  project(base: PlaceTy, proj: Proj): PlaceTy {
    const t = base.ty;
    switch (proj.k) {
      case 'deref': return { ty: derefTarget(t) ?? { k: 'error' }, variant: null };
      case 'field': return { ty: this.fieldTy(t, base.variant, proj.index), variant: null };
      case 'index':
      case 'constIndex': return { ty: t.k === 'array' || t.k === 'slice' ? t.elem : { k: 'error' }, variant: null };
      case 'subslice': return { ty: t.k === 'slice' ? t : { k: 'error' }, variant: null };
      case 'downcast': return { ty: t, variant: proj.variant };
    }
  }

  fieldTy(t: Ty, variant: number | null, index: number): Ty {
    switch (t.k) {
      case 'tuple': return t.elems[index] ?? { k: 'error' };
      case 'closure': return t.captures[index] ?? { k: 'error' };
      case 'opaque': return this.fieldTy(t.actual, variant, index);
      case 'adt': {
        const def = this.program.adts[t.adt];
        const field = def?.variants[variant ?? 0]?.fields[index];
        return field ? substTy(field.ty, t.args) : { k: 'error' };
      }
      case 'builtin': {
        // Option: Some(T) is variant 1; Result: Ok(T) variant 0, Err(E) variant 1; ranges: start/end.
        if (t.name === 'Option') return t.args[0] ?? { k: 'error' };
        if (t.name === 'Result') return t.args[variant === 1 ? 1 : 0] ?? { k: 'error' };
        return t.args[0] ?? { k: 'error' };
      }
      default: return { k: 'error' };
    }
  }

  /** Type of `place` and of every prefix: result[i] is the type after i projections. */
  prefixTys(body: Body, place: Place): PlaceTy[] {
    const out: PlaceTy[] = [{ ty: body.locals[place.local]?.ty ?? { k: 'error' }, variant: null }];
    for (const p of place.proj) out.push(this.project(out[out.length - 1], p));
    return out;
  }

  placeTy(body: Body, place: Place): Ty {
    if (place.proj.length === 0) return body.locals[place.local]?.ty ?? { k: 'error' };
    const tys = this.prefixTys(body, place);
    return tys[tys.length - 1].ty;
  }

  isCopy(ty: Ty): boolean {
    switch (ty.k) {
      case 'int': case 'float': case 'bool': case 'char': case 'never': case 'fnptr': case 'fndef':
      // Unknown types: treat as Copy so that no move error is ever invented.
      case 'infer': case 'error':
        return true;
      // A generic parameter: lowering already chose `copy` for one bounded by `Copy` (it knows the
      // bounds), so a `move` of one is a move.
      case 'param':
        return false;
      case 'ref': return !ty.mut;
      case 'ptr': return true;
      case 'tuple': return ty.elems.every((t) => this.isCopy(t));
      case 'array': return this.isCopy(ty.elem);
      case 'adt': return (this.program.adts[ty.adt]?.derives ?? []).includes('Copy');
      case 'builtin': return ty.name === 'Option' ? this.isCopy(ty.args[0]) : false;
      case 'closure': return ty.captures.every((t) => this.isCopy(t));
      case 'opaque': return this.isCopy(ty.actual);
      default: return false;
    }
  }

  /** Whether dropping a value of this type runs any code (a Drop impl somewhere, or frees memory). */
  needsDrop(ty: Ty, seen = new Set<number>()): boolean {
    switch (ty.k) {
      case 'tuple': return ty.elems.some((t) => this.needsDrop(t, seen));
      case 'array': return this.needsDrop(ty.elem, seen);
      case 'closure': return ty.captures.some((t) => this.needsDrop(t, seen));
      case 'opaque': return this.needsDrop(ty.actual, seen);
      case 'dyn': return true;
      case 'builtin':
        if (ty.name === 'Option' || ty.name === 'Result' || ty.name === 'Range' || ty.name === 'RangeInclusive' || ty.name === 'Cell')
          return ty.args.some((t) => this.needsDrop(t, seen));
        return true;
      case 'adt': {
        const def = this.program.adts[ty.adt];
        if (!def) return false;
        if (def.dropFn !== null) return true;
        if (seen.has(ty.adt)) return false;
        seen.add(ty.adt);
        const r = def.variants.some((v) => v.fields.some((f) => this.needsDrop(substTy(f.ty, ty.args), seen)));
        seen.delete(ty.adt);
        return r;
      }
      default: return false;
    }
  }

  /** Whether the type has a user `impl Drop` somewhere inside it (its drop can observe borrows). */
  hasDropImpl(ty: Ty, seen = new Set<number>()): boolean {
    switch (ty.k) {
      case 'tuple': return ty.elems.some((t) => this.hasDropImpl(t, seen));
      case 'array': case 'slice': return this.hasDropImpl(ty.elem, seen);
      case 'closure': return ty.captures.some((t) => this.hasDropImpl(t, seen));
      case 'opaque': return this.hasDropImpl(ty.actual, seen);
      case 'dyn': return true;
      case 'builtin': return ty.args.some((t) => this.hasDropImpl(t, seen));
      case 'adt': {
        const def = this.program.adts[ty.adt];
        if (!def) return false;
        if (def.dropFn !== null) return true;
        if (seen.has(ty.adt)) return false;
        seen.add(ty.adt);
        const r =
          ty.args.some((t) => this.hasDropImpl(t, seen)) ||
          def.variants.some((v) => v.fields.some((f) => this.hasDropImpl(substTy(f.ty, ty.args), seen)));
        seen.delete(ty.adt);
        return r;
      }
      default: return false;
    }
  }

  /** The outermost type in `ty` with a Drop impl, for "runs the `Drop` code for type `D`". */
  dropImplTy(ty: Ty): Ty | null {
    if (ty.k === 'adt' && this.program.adts[ty.adt]?.dropFn != null) return ty;
    const inner: readonly Ty[] =
      ty.k === 'tuple' ? ty.elems : ty.k === 'array' ? [ty.elem] : ty.k === 'builtin' || ty.k === 'adt' ? ty.args : ty.k === 'closure' ? ty.captures : [];
    for (const t of inner) {
      const d = this.dropImplTy(t);
      if (d) return d;
    }
    return this.hasDropImpl(ty) ? ty : null;
  }

  /**
   * rustc's spelling of a place: `x`, `x.field`, `*r`, `r.field` for `(*r).field`,
   * `v[_]`, `(x as Some).0`. Null when the root is a temporary.
   */
  /** `tupleFields: false` leaves out the numbered fields of tuple structs and variants (`r.a` for `(*r).0.a`), as rustc's move errors do. */
  describe(body: Body, place: Place, tupleFields = true): string | null {
    const root = body.locals[place.local];
    if (!root) return null;
    const tys = this.prefixTys(body, place);
    let s = root.name;
    let from = 0;
    // Inside a closure, a capture reads as the captured variable (`v`, not the environment's field):
    // `(*env).0` is `v` captured by value, `*(*env).0` is `v` captured by reference.
    if (body.kind === 'closure' && place.local === 1 && body.captures) {
      const at = place.proj[0]?.k === 'deref' ? 1 : 0;
      const f = place.proj[at];
      const cap = f?.k === 'field' ? body.captures[f.index] : undefined;
      if (cap) {
        s = cap.name;
        from = at + 1 + (cap.mode !== 'value' && place.proj[at + 1]?.k === 'deref' ? 1 : 0);
      }
    }
    if (s === null) return null;
    let pendingDeref = false;
    place.proj.forEach((p, i) => {
      if (i < from) return;
      const base = tys[i];
      switch (p.k) {
        case 'deref':
          if (pendingDeref) s = `*${s}`;
          pendingDeref = true;
          break;
        case 'field': {
          // An auto-deref before a field is not printed: `(*r).name` reads `r.name`.
          pendingDeref = false;
          const name = this.fieldName(base, p.index);
          if (tupleFields || base.ty.k === 'tuple' || !/^[0-9]/.test(name)) s = `${s}.${name}`;
          break;
        }
        case 'index':
        case 'constIndex':
          pendingDeref = false;
          s = `${s}[_]`;
          break;
        case 'subslice':
          pendingDeref = false;
          s = `${s}[${p.from}..${p.to ? `len-${p.to}` : ''}]`;
          break;
        case 'downcast':
          break;
      }
    });
    return pendingDeref ? `*${s}` : s;
  }

  private fieldName(base: PlaceTy, index: number): string {
    const t = base.ty;
    if (t.k === 'adt') {
      const def = this.program.adts[t.adt];
      const f = def?.variants[base.variant ?? 0]?.fields[index];
      if (f) return f.name;
    }
    return String(index);
  }
}

/** What a `deref` projection of this type reaches. */
export function derefTarget(t: Ty): Ty | null {
  switch (t.k) {
    case 'ref': case 'ptr': return t.inner;
    case 'builtin':
      switch (t.name) {
        case 'Box': case 'Rc': case 'Arc': case 'Ref': case 'RefMut': case 'MutexGuard': case 'RwLockReadGuard': case 'RwLockWriteGuard': return t.args[0] ?? null;
        case 'String': return { k: 'str' };
        case 'Vec': return t.args[0] ? { k: 'slice', elem: t.args[0] } : null;
        default: return null;
      }
    case 'opaque': return derefTarget(t.actual);
    default: return null;
  }
}

/** Derefs that stay inside the value's own storage (ownership continues through them). */
export function isOwningDeref(t: Ty): boolean {
  return t.k === 'builtin' && (t.name === 'Box' || t.name === 'Vec' || t.name === 'String');
}

export function placeEq(a: Place, b: Place): boolean {
  return a.local === b.local && a.proj.length === b.proj.length && a.proj.every((p, i) => projEq(p, b.proj[i]));
}

export function projEq(a: Proj, b: Proj): boolean {
  if (a.k !== b.k) return false;
  switch (a.k) {
    case 'field': return a.index === (b as typeof a).index;
    case 'index': return a.local === (b as typeof a).local;
    case 'constIndex': return a.offset === (b as typeof a).offset && a.fromEnd === (b as typeof a).fromEnd;
    case 'subslice': return a.from === (b as typeof a).from && a.to === (b as typeof a).to;
    case 'downcast': return a.variant === (b as typeof a).variant;
    default: return true;
  }
}

export function isPrefixOf(prefix: Place, place: Place): boolean {
  return prefix.local === place.local && prefix.proj.length <= place.proj.length && prefix.proj.every((p, i) => projEq(p, place.proj[i]));
}

function outsideSubslice(c: { readonly offset: number; readonly fromEnd: boolean }, s: { readonly from: number; readonly to: number }): boolean {
  return c.fromEnd ? c.offset <= s.to : c.offset < s.from;
}

/**
 * Whether writing `assigned` surely overwrites what a borrow of `borrowed` points into, so that the
 * borrow ends there (rustc's kill_borrows_on_place: a conflict with indexes assumed to differ).
 * `pair.0 = ..` ends borrows of `pair.0`, of `pair.0.x`, of `pair`, and of `*pair.0` through a `&mut`
 * or a Box; not those of `pair.1`, nor of `v[i]` when `v[j]` is written.
 */
export function overwrites(assigned: Place, borrowed: Place, borrowedTys: readonly PlaceTy[]): boolean {
  if (borrowed.local !== assigned.local) return false;
  const common = Math.min(borrowed.proj.length, assigned.proj.length);
  for (let i = 0; i < common; i++) {
    const b = borrowed.proj[i];
    const a = assigned.proj[i];
    if (b.k !== a.k || b.k === 'index' || b.k === 'subslice' || !projEq(b, a)) return false;
  }
  // A part of the written place, behind it through a pointer the place owns or uniquely borrows.
  for (let i = assigned.proj.length; i < borrowed.proj.length; i++) {
    const base = borrowedTys[i].ty;
    if (borrowed.proj[i].k === 'deref' && base.k === 'ref' && !base.mut) return false;
  }
  return true;
}

/**
 * How much of a place an access touches, as in rustc: shallow (the place itself), deep, or drop;
 * `length` is a shallow read of an array's or slice's length, which its elements do not overlap.
 */
export type AccessDepth = 'shallow' | 'deep' | 'drop' | 'length';

/**
 * Whether an access to `access` may touch memory borrowed by a borrow of
 * `borrowed` (rustc's places_conflict, with index projections assumed equal).
 * `tysOfBorrowed` are the prefix types of the borrowed place.
 */
export function placesConflict(borrowed: Place, borrowedTys: readonly PlaceTy[], access: Place, depth: AccessDepth, typer: PlaceTyper): boolean {
  if (borrowed.local !== access.local) return false;
  const common = Math.min(borrowed.proj.length, access.proj.length);
  for (let i = 0; i < common; i++) {
    const b = borrowed.proj[i];
    const a = access.proj[i];
    if (b.k === 'field' && a.k === 'field' && b.index !== a.index) {
      return false; // different fields of a struct/tuple are disjoint
    }
    if (b.k === 'downcast' && a.k === 'downcast' && b.variant !== a.variant) return false;
    if (b.k === 'constIndex' && a.k === 'constIndex' && (b.offset !== a.offset || b.fromEnd !== a.fromEnd) && b.fromEnd === a.fromEnd)
      return false;
    // `[first, rest @ ..]`: an element of the prefix or the suffix is not in the subslice.
    if (b.k === 'subslice' && a.k === 'constIndex' && outsideSubslice(a, b)) return false;
    if (a.k === 'subslice' && b.k === 'constIndex' && outsideSubslice(b, a)) return false;
  }
  if (borrowed.proj.length <= access.proj.length) return true; // the access is inside the borrowed place
  // The borrowed place is a strict part of the accessed place.
  for (let i = access.proj.length; i < borrowed.proj.length; i++) {
    const p = borrowed.proj[i];
    const baseTy = borrowedTys[i].ty;
    if ((p.k === 'index' || p.k === 'constIndex' || p.k === 'subslice') && depth === 'length') return false;
    if (p.k === 'deref') {
      if (depth === 'shallow' || depth === 'length') return false; // a shallow access never reaches behind a pointer
      if (baseTy.k === 'ref' && (depth === 'drop' || !baseTy.mut)) return false; // dropping a reference frees nothing behind it
    } else if (p.k === 'field' && depth === 'drop' && baseTy.k === 'adt' && typer.program.adts[baseTy.adt]?.dropFn != null) {
      return true;
    }
  }
  return true;
}
