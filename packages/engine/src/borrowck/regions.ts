// Region inference, NLL style (location-insensitive outlives constraints).
//
// Every region position inside a local's type ("slot") gets a region
// variable: a set of program points. A variable contains every point where
// its local is live (may be used later, or dropped by code that can look at
// the borrow). Constraints `a ⊇ b` come from assignments, calls (through the
// callee's signature and lifetime elision), aggregates and reborrows. The
// regions of a body's parameters and return place are universal: they hold
// every point plus a marker bit saying "outlives the function".

import type { Body, Callee, Operand, Place, Rvalue } from '../mir/mir.js';
import { isCellLike, isGuard, lendsBorrow, type Region, type Ty } from '../types/ty.js';
import type { Access } from './accesses.js';
import { rvalueOperands } from './accesses.js';
import { BitSet } from './bitset.js';
import { Cfg } from './cfg.js';
import { solve, visitStates, type Analysis } from './dataflow.js';
import type { InitResults } from './moves.js';
import type { PlaceTyper } from './places.js';
import { builtinSigs, type DeclSig } from './sigs.js';

/** One region position in a type. */
export interface Slot {
  /** Under `&mut` or a Cell: constraints on it go both ways. */
  readonly invariant: boolean;
}

const SLOTLESS: readonly Slot[] = [];
const NO_VARS: number[] = [];

/** False for the kinds of types that never have region slots (scalars, fn items, parameters): no layout to compute or cache. */
export function mayHoldRegions(ty: Ty): boolean {
  switch (ty.k) {
    case 'ref': case 'tuple': case 'array': case 'slice': case 'closure': case 'opaque': case 'dyn': case 'adt': case 'builtin':
      return true;
    default:
      return false;
  }
}

function isChannelEnd(name: string): boolean {
  return name === 'Sender' || name === 'SyncSender' || name === 'Receiver';
}

export class SlotLayout {
  private readonly adtLifetimes = new Map<number, boolean>();
  constructor(private readonly typer: PlaceTyper) {}

  /** Covariant layouts by type object: they are asked for at every place projection and call. Never mutated. */
  private readonly slotCache = new Map<Ty, Slot[]>(); // dies with the layout (one borrowck run)

  slots(ty: Ty, invariant = false): Slot[] {
    if (!mayHoldRegions(ty)) return SLOTLESS as Slot[];
    if (invariant) return this.computeSlots(ty, true);
    let r = this.slotCache.get(ty);
    if (!r) {
      r = this.computeSlots(ty, false);
      this.slotCache.set(ty, r);
    }
    return r;
  }

  private computeSlots(ty: Ty, invariant: boolean): Slot[] {
    const out: Slot[] = [];
    this.pushSlots(ty, invariant, out);
    return out.length === 0 ? (SLOTLESS as Slot[]) : out;
  }

  /** Appends the slots of `ty` to `out`, in layout order. */
  private pushSlots(ty: Ty, invariant: boolean, out: Slot[]): void {
    switch (ty.k) {
      case 'ref':
        out.push({ invariant });
        this.pushSlots(ty.inner, invariant || ty.mut, out);
        return;
      case 'tuple':
        for (const t of ty.elems) this.pushSlots(t, invariant, out);
        return;
      case 'array': case 'slice':
        this.pushSlots(ty.elem, invariant, out);
        return;
      case 'closure':
        for (const t of ty.captures) this.pushSlots(t, invariant, out);
        return;
      case 'opaque':
        this.pushSlots(ty.actual, invariant, out);
        return;
      case 'dyn':
        out.push({ invariant });
        return;
      case 'adt':
        for (let k = this.adtSlotCount(ty.adt); k > 0; k--) out.push({ invariant });
        for (const t of ty.args) this.pushSlots(t, invariant, out);
        return;
      case 'builtin': {
        // (A channel's ends are invariant in `T` too: std's hold it behind a raw `*mut`.)
        const inv = invariant || ty.name === 'Cell' || isCellLike(ty.name) || isChannelEnd(ty.name);
        if (lendsBorrow(ty.name)) out.push({ invariant });
        for (const t of ty.args) this.pushSlots(t, inv, out);
        return;
      }
      default:
        return;
    }
  }

  count(ty: Ty): number {
    return this.slots(ty).length;
  }

  /**
   * The lifetimes a struct/enum's fields name, in order of first appearance (`Pair<'a, 'b>` with
   * `left: &'a str, right: &'b str`: ['a', 'b']); each is a region slot of its own.
   */
  adtRegionNames(id: number): string[] {
    let names = this.adtNames.get(id);
    if (names) return names;
    names = [];
    const def = this.typer.program.adts[id];
    const walk = (t: Ty): void => {
      if (t.k === 'ref') {
        if (t.region.k === 'named' && !names!.includes(t.region.name)) names!.push(t.region.name);
        walk(t.inner);
      } else if (t.k === 'tuple') t.elems.forEach(walk);
      else if (t.k === 'array' || t.k === 'slice') walk(t.elem);
      else if (t.k === 'builtin') t.args.forEach(walk);
      else if (t.k === 'adt') {
        // `context: &'c Context<'s>`: `'s` is a lifetime of this struct too.
        for (const r of t.regions ?? []) if (r.k === 'named' && !names!.includes(r.name)) names!.push(r.name);
        t.args.forEach(walk);
      }
    };
    for (const v of def?.variants ?? []) for (const f of v.fields) walk(f.ty);
    this.adtNames.set(id, names);
    return names;
  }
  private readonly adtNames = new Map<number, string[]>();

  /** Region slots of a struct/enum: one per lifetime its fields name (one if it holds regions otherwise). */
  /** The lifetime parameters of a struct/enum as declared (`struct S<'a, 'b>`: a, b). */
  adtLifetimeParams(id: number): readonly string[] {
    return this.typer.program.adts[id].lifetimes;
  }

  adtSlotCount(id: number): number {
    return this.adtHasLifetimes(id) ? Math.max(1, this.adtRegionNames(id).length) : 0;
  }

  /** Whether a struct/enum has lifetime parameters (a field type mentions a non-'static region). */
  adtHasLifetimes(id: number): boolean {
    const known = this.adtLifetimes.get(id);
    if (known !== undefined) return known;
    this.adtLifetimes.set(id, false); // cycle guard
    const def = this.typer.program.adts[id];
    const mentions = (t: Ty): boolean => {
      switch (t.k) {
        case 'ref': return t.region.k !== 'static' || mentions(t.inner);
        case 'tuple': return t.elems.some(mentions);
        case 'array': case 'slice': return mentions(t.elem);
        case 'adt': return this.adtHasLifetimes(t.adt) || t.args.some(mentions);
        case 'builtin': return lendsBorrow(t.name) || t.args.some(mentions);
        case 'dyn': return true;
        default: return false;
      }
    };
    const r = !!def && def.variants.some((v) => v.fields.some((f) => mentions(f.ty)));
    this.adtLifetimes.set(id, r);
    return r;
  }
}

/** Marker bits after the program points: the region outlives the function (through the return value / a parameter). */
export interface RegionResults {
  readonly numPoints: number;
  readonly END_RETURN: number;
  readonly END_ARG: number;
  /** The variable of `'static` positions (`thread::spawn`'s closure outlives it). */
  readonly STATIC: number;
  /** Region variable → its points. */
  readonly values: BitSet[];
  /** Region variables of each local's slots, in layout order. */
  readonly localVars: readonly (readonly number[])[];
  /** For each variable: the variables it must contain (edges sup ⊇ sub, stored at sup). */
  readonly subsOf: readonly (readonly number[])[];
  /** Owner local of each variable (-1 for borrow regions and helpers). */
  readonly ownerOf: readonly number[];
  /** Region of each `ref` statement, by point. */
  readonly borrowVarAt: ReadonlyMap<number, number>;
  /** Edges that only approximate a shape or a signature (`edgeKey(sup, sub)`). */
  readonly approxEdges: ReadonlySet<number>;
}

export function edgeKey(sup: number, sub: number): number {
  return sup * 1048576 + sub;
}

export class RegionBuilder {
  private readonly layout: SlotLayout;
  private readonly body: Body;
  readonly values: BitSet[] = [];
  readonly subsOf: number[][] = [];
  readonly supsOf: number[][] = [];
  readonly ownerOf: number[] = [];
  readonly localVars: number[][] = [];
  readonly localSlots: Slot[][] = [];
  readonly borrowVarAt = new Map<number, number>();
  private readonly size: number;
  readonly END_RETURN: number;
  readonly END_ARG: number;
  /** A region holding everything, for 'static positions. */
  private readonly staticVar: number;

  constructor(private readonly cfg: Cfg, private readonly typer: PlaceTyper, layout: SlotLayout) {
    this.body = cfg.body;
    this.layout = layout;
    this.END_RETURN = cfg.numPoints;
    this.END_ARG = cfg.numPoints + 1;
    this.size = cfg.numPoints + 2;
    this.staticVar = this.fresh(-1);
    this.makeUniversal(this.staticVar, this.END_ARG);
    const locals = this.body.locals;
    for (let l = 0; l < locals.length; l++) {
      const slots = layout.slots(locals[l].ty);
      this.localSlots.push(slots);
      // Most locals (scalars) have no slots: they share one empty list (never mutated).
      if (slots.length === 0) {
        this.localVars.push(NO_VARS);
        continue;
      }
      const vars: number[] = [];
      for (let k = 0; k < slots.length; k++) vars.push(this.fresh(l));
      this.localVars.push(vars);
      if (l === 0) for (const v of vars) this.makeUniversal(v, this.END_RETURN);
      else if (l <= this.body.argCount) for (const v of vars) this.makeUniversal(v, this.END_ARG);
      else if (locals[l].annotated) {
        // `let s: &'static String = ...`: what the variable holds must live forever (a `'static`
        // that inference found, e.g. a string literal's in `let v = vec!["x"]`, binds nothing).
        const tags = tagSlots(locals[l].ty, locals[l].ty, layout, 'l');
        vars.forEach((v, k) => {
          if (tags[k] === 'static') this.outlives(v, this.staticVar);
        });
      }
    }
  }

  /** Empty sets handed out by `fresh`, allocated in batches that grow up to 64 (a small body needs only a few). */
  private pool: BitSet[] = [];
  private poolNext = 0;

  fresh(owner: number): number {
    if (this.poolNext === this.pool.length) {
      this.pool = BitSet.many(Math.min(64, Math.max(8, this.values.length)), this.size);
      this.poolNext = 0;
    }
    this.values.push(this.pool[this.poolNext++]);
    this.subsOf.push([]);
    this.supsOf.push([]);
    this.ownerOf.push(owner);
    return this.values.length - 1;
  }

  private makeUniversal(v: number, marker: number): void {
    this.values[v].fillTo(this.cfg.numPoints);
    this.values[v].add(marker);
  }

  /** `sup ⊇ sub`. */
  outlives(sup: number, sub: number): void {
    if (sup === sub || sup < 0 || sub < 0) return;
    this.subsOf[sup].push(sub);
    this.supsOf[sub].push(sup);
    if (this.approximating) this.approxEdges.add(edgeKey(sup, sub));
  }

  /**
   * Edges added where shapes or signatures could not be matched exactly (everything flows to
   * everything): sound for the borrow checks, which only need regions large enough, but not
   * evidence that one of the signature's lifetimes flows into another (universal.ts skips them).
   */
  readonly approxEdges = new Set<number>();
  private approximating = false;

  private approx(f: () => void): void {
    const was = this.approximating;
    this.approximating = true;
    f();
    this.approximating = was;
  }

  /** Values flowing from a place typed by `supVars` into one typed by `subVars`. */
  relate(subVars: readonly number[], supVars: readonly number[], slots: readonly Slot[] | null): void {
    if (subVars.length === supVars.length) {
      subVars.forEach((sub, i) => {
        this.outlives(supVars[i], sub);
        if (slots?.[i]?.invariant) this.outlives(sub, supVars[i]);
      });
    } else {
      this.approx(() => {
        for (const sub of subVars) for (const sup of supVars) this.outlives(sup, sub);
      });
    }
  }

  // ------------------------------------------------------------ slots of places

  /** Region variables of the type of `place`, in that type's layout order. */
  placeVars(place: Place): number[] {
    let vars: number[] = this.localVars[place.local] ?? [];
    if (place.proj.length === 0) return vars;
    const tys = this.typer.prefixTys(this.body, place);
    place.proj.forEach((p, i) => {
      const base = tys[i];
      const t = base.ty.k === 'opaque' ? base.ty.actual : base.ty;
      switch (p.k) {
        case 'deref':
          if (t.k === 'ref' || (t.k === 'builtin' && isGuard(t.name))) vars = vars.slice(1);
          else if (t.k === 'builtin' && t.name === 'String') vars = [];
          break;
        case 'field':
          vars = this.fieldVars(t, base.variant, p.index, vars, tys[i + 1].ty);
          break;
        default:
          break; // index, constIndex, downcast: same layout
      }
    });
    return vars;
  }

  private fieldVars(t: Ty, variant: number | null, index: number, vars: number[], fieldTy: Ty): number[] {
    const sliceBy = (parts: readonly Ty[]) => {
      let off = 0;
      for (let k = 0; k < index; k++) off += this.layout.count(parts[k]);
      return vars.slice(off, off + this.layout.count(parts[index] ?? { k: 'error' }));
    };
    switch (t.k) {
      case 'tuple': return sliceBy(t.elems);
      case 'closure': return sliceBy(t.captures);
      case 'builtin':
        if (t.name === 'Result') return variant === 1 ? vars.slice(this.layout.count(t.args[0])) : vars.slice(0, this.layout.count(t.args[0]));
        return vars.slice(0, this.layout.count(t.args[0] ?? { k: 'error' }));
      case 'adt': {
        const def = this.typer.program.adts[t.adt];
        const decl = def?.variants[variant ?? 0]?.fields[index]?.ty;
        if (!decl) return [];
        const n = this.layout.adtSlotCount(t.adt);
        const adtVars = n > 0 ? vars.slice(0, n) : [this.staticVar];
        const argVars: number[][] = [];
        let off = n;
        for (const a of t.args) {
          const n = this.layout.count(a);
          argVars.push(vars.slice(off, off + n));
          off += n;
        }
        const out = this.instantiate(decl, adtVars, this.layout.adtRegionNames(t.adt), argVars);
        if (out.length === this.layout.count(fieldTy)) return out;
        return this.coarseVars(this.layout.count(fieldTy), vars);
      }
      default: return [];
    }
  }

  /** Variables for a field's declared type: its named regions are the ADT's slot, its params the ADT's arguments. */
  private instantiate(decl: Ty, adtVars: readonly number[], names: readonly string[], argVars: readonly number[][]): number[] {
    const adtVar = adtVars[0];
    const regionVar = (r: Region) => (r.k === 'static' ? this.staticVar : r.k === 'named' && names.includes(r.name) ? (adtVars[names.indexOf(r.name)] ?? adtVar) : adtVar);
    const go = (t: Ty): number[] => {
      switch (t.k) {
        case 'ref': return [regionVar(t.region), ...go(t.inner)];
        case 'param': return argVars[t.index] ?? [];
        case 'tuple': return t.elems.flatMap(go);
        case 'array': case 'slice': return go(t.elem);
        case 'dyn': return [adtVar];
        // A nested struct's lifetimes: the ones the field's type writes (`Context<'s>`), else this one's first.
        case 'adt': {
          const inner = this.layout.adtRegionNames(t.adt);
          const params = t.regions ? this.layout.adtLifetimeParams(t.adt) : null;
          const slots = Array.from({ length: this.layout.adtSlotCount(t.adt) }, (_, k) => {
            const written = params && inner[k] ? t.regions![params.indexOf(inner[k])] : undefined;
            return written ? regionVar(written) : adtVar;
          });
          return [...slots, ...t.args.flatMap(go)];
        }
        case 'builtin': return [...(lendsBorrow(t.name) ? [adtVar] : []), ...t.args.flatMap(go)];
        default: return [];
      }
    };
    return go(decl);
  }

  /** Fresh variables tied both ways to all of `vars`, when shapes cannot be matched. */
  private coarseVars(n: number, vars: readonly number[]): number[] {
    return Array.from({ length: n }, () => {
      const v = this.fresh(-1);
      this.approx(() => {
        for (const w of vars) {
          this.outlives(v, w);
          this.outlives(w, v);
        }
      });
      return v;
    });
  }

  private operandVars(op: Operand): number[] {
    return op.k === 'const' ? [] : this.placeVars(op.place);
  }

  // ------------------------------------------------------------ constraints

  addStatementConstraints(point: number, dest: Place, rv: Rvalue): void {
    // (`placeVars` of a projected place may tie variables together for shapes it cannot match, so it always runs.)
    const destVars = this.placeVars(dest);
    // Statements that compute no reference-carrying value add no constraint.
    if (rv.k !== 'use' && rv.k !== 'cast' && rv.k !== 'repeat' && rv.k !== 'coerce' && rv.k !== 'ref' && rv.k !== 'aggregate') return;
    // A value flowing into a place without regions constrains nothing.
    if (destVars.length === 0 && rv.k !== 'ref' && rv.k !== 'aggregate') {
      this.operandVars(rv.op);
      return;
    }
    const destTy = this.typer.placeTy(this.body, dest);
    switch (rv.k) {
      case 'use': case 'cast': case 'repeat':
        this.relate(destVars, this.operandVars(rv.op), this.layout.slots(destTy));
        break;
      case 'coerce':
        this.relate(destVars, this.operandVars(rv.op), null);
        break;
      case 'ref': {
        const b = this.fresh(-1);
        this.borrowVarAt.set(point, b);
        if (destVars.length > 0) this.outlives(b, destVars[0]);
        const inner = destVars.slice(1);
        const src = this.placeVars(rv.place);
        this.relate(inner, src, rv.mut ? inner.map(() => ({ invariant: true })) : this.layout.slots(destTy).slice(1));
        this.addReborrowConstraints(rv.place, b);
        break;
      }
      case 'aggregate':
        this.addAggregateConstraints(destTy, destVars, rv);
        break;
      default:
        break;
    }
  }

  /** `&'b (*r).f` where r: &'r T requires 'r ⊇ 'b (up to the first shared reference). */
  private addReborrowConstraints(place: Place, b: number): void {
    const tys = this.typer.prefixTys(this.body, place);
    for (let i = place.proj.length - 1; i >= 0; i--) {
      if (place.proj[i].k !== 'deref') continue;
      const base = tys[i].ty;
      if (base.k !== 'ref') continue;
      const baseVars = this.placeVars({ local: place.local, proj: place.proj.slice(0, i) });
      if (baseVars.length) this.outlives(baseVars[0], b);
      if (!base.mut) break;
    }
  }

  private addAggregateConstraints(destTy: Ty, destVars: number[], rv: Extract<Rvalue, { k: 'aggregate' }>): void {
    const ops = rv.ops;
    const kind = rv.kind;
    ops.forEach((op, i) => {
      let target: number[];
      switch (kind.k) {
        case 'array': target = destVars; break;
        case 'tuple': case 'closure': target = this.fieldPlaceVars(destTy, destVars, i, null); break;
        case 'adt': target = this.fieldPlaceVars(destTy, destVars, i, kind.variant); break;
        case 'builtin': target = this.fieldPlaceVars(destTy, destVars, 0, kind.variant); break;
      }
      const opVars = this.operandVars(op);
      if (opVars.length === 0) return;
      this.relate(target, opVars, null);
    });
  }

  /** The region of the body's `s: &Scope` parameter (`thread::scope(|s| ..)`), if it has one. */
  private scopeParamVar(): number | undefined {
    for (let l = 1; l <= this.body.argCount; l++) {
      const t = this.body.locals[l].ty;
      if (t.k === 'ref' && t.inner.k === 'adt' && this.typer.program.adts[t.inner.adt].isPrelude && this.typer.tyString(t.inner) === 'Scope') return this.localVars[l][0];
    }
    return undefined;
  }

  /** A field's variables, as if projecting the field out of the destination (a method, not a closure per aggregate). */
  private fieldPlaceVars(destTy: Ty, destVars: number[], index: number, variant: number | null): number[] {
    const fieldTy = this.typer.fieldTy(destTy, variant, index);
    return this.fieldVars(destTy.k === 'opaque' ? destTy.actual : destTy, variant, index, destVars, fieldTy);
  }

  /** The outlives constraints of every assignment and call of the body. */
  addBodyConstraints(): void {
    this.cfg.blocks.forEach((block, b) => {
      block.stmts.forEach((st, i) => {
        if (st.k === 'assign') this.addStatementConstraints(this.cfg.point(b, i), st.place, st.rvalue);
      });
      if (block.term.k === 'call') this.addCallConstraints(block.term.callee, block.term.args, block.term.dest);
    });
  }

  addCallConstraints(callee: Callee, args: readonly Operand[], dest: Place): void {
    const destVars = this.placeVars(dest);
    const argVars = args.map((a) => this.operandVars(a));
    // (A loop, not `flat()`: this runs for every call terminator and `flat` is slow in V8.)
    const allArgVars: number[] = [];
    for (const vars of argVars) for (const v of vars) allArgVars.push(v);
    // `channel::<&str>()`: both ends share one `T` (each invariant in it), so what is sent on the
    // `Sender` is what the `Receiver` gives back.
    if (callee.k === 'builtin' && (callee.name === 'mpsc::channel' || callee.name === 'mpsc::sync_channel')) {
      const half = destVars.length / 2;
      if (destVars.length % 2 === 0) for (let k = 0; k < half; k++) (this.outlives(destVars[k], destVars[k + half]), this.outlives(destVars[k + half], destVars[k]));
      return;
    }
    // Every constraint below runs from an argument's region to another region: none without any.
    if (allArgVars.length === 0) return;
    // `*Index::index(&v, i)` (`v[i]` on a Vec, a map, a range of a slice): the result is a borrow
    // through the receiver's borrow, of an element that keeps the container's own regions (the
    // element's are the container type's last ones: `V`'s in `HashMap<K, V>`). Copying a `&str`
    // out of a `Vec<&str>` therefore does not keep the Vec borrowed.
    if (callee.k === 'builtin' && (callee.name === 'Index::index' || callee.name === 'IndexMut::index_mut') && destVars.length > 0 && argVars[0].length > 0) {
      const recv = argVars[0];
      const inner = destVars.length - 1;
      this.outlives(recv[0], destVars[0]);
      for (let k = 1; k <= inner; k++) {
        const at = recv.length - inner + k - 1;
        if (at < 1) continue;
        this.outlives(recv[at], destVars[k]);
        // Behind `&mut` the element's regions are invariant.
        if (callee.name === 'IndexMut::index_mut') this.outlives(destVars[k], recv[at]);
      }
      return;
    }
    // `Ref::clone(&r)` is `Ref<'b, T>` from `&Ref<'b, T>`: the borrow of the RefCell `r` holds, not
    // the borrow of `r`. `Ref::map(r, f)` keeps `r`'s borrow of the RefCell (what `f` returns is a guess).
    if (callee.k === 'builtin' && callee.name === 'Ref::clone' && argVars[0].length === destVars.length + 1) {
      destVars.forEach((d, k) => this.outlives(argVars[0][k + 1], d));
      return;
    }
    if (callee.k === 'builtin' && (callee.name === 'Ref::map' || callee.name === 'RefMut::map') && destVars.length > 0 && argVars[0].length > 0) {
      this.outlives(argVars[0][0], destVars[0]);
      this.approx(() => {
        for (const d of destVars.slice(1)) for (const a of allArgVars) this.outlives(a, d);
      });
      return;
    }
    // A `for` loop's `into_iter(c)`: the items keep the collection's own regions (`dyn P + 'static`
    // stays `'static`), never the borrow of `c`, which only the iterator holds.
    if (callee.k === 'builtin' && callee.name === 'IntoIterator::into_iter' && args.length === 1 && this.addIntoIterConstraints(args[0], argVars[0], dest, destVars)) return;
    const argTys = args.map((a) => (a.k === 'const' ? a.ty : this.typer.placeTy(this.body, a.place)));
    // `thread::spawn(f)` wants `F: 'static`: whatever the closure borrows must live for ever (E0373).
    if (callee.k === 'builtin' && callee.name === 'thread::spawn') for (const v of argVars[0] ?? []) this.outlives(v, this.staticVar);
    // So does the program's own `fn run<F: Fn() + 'static>(f: F)`.
    if (callee.k === 'fn') for (const i of this.typer.program.fns[callee.fn]?.staticArgs ?? []) for (const v of argVars[i] ?? []) this.outlives(v, this.staticVar);
    // `s.spawn(f)` in `thread::scope`: what the closure borrows stays borrowed for the whole scope (`'scope`).
    if (callee.k === 'builtin' && callee.name === 'Scope::spawn') {
      // (Scope<'scope, 'env> is invariant in 'scope: the region is the scope closure's parameter's, not a reborrow's.)
      const scope = this.scopeParamVar() ?? argVars[0]?.[0];
      if (scope !== undefined) for (const v of argVars[1] ?? []) this.outlives(v, scope);
    }
    const sig = this.declaredSig(callee);
    // An argument the callee takes as `&'static T` must be borrowed for ever (`keep(&owned)`: E0597).
    if (sig && sig.inputs.length === args.length && callee.k === 'fn') {
      args.forEach((_, i) => {
        const tags = tagSlots(sig.inputs[i], argTys[i], this.layout, `s${i}`);
        argVars[i].forEach((v, k) => {
          if (tags[k] === 'static') this.outlives(v, this.staticVar);
        });
      });
    }
    if (destVars.length === 0 && !argTys.some((t) => this.layout.slots(t).some((s) => s.invariant))) return; // nothing flows out, nor through a `&mut`
    if (!sig || sig.inputs.length !== args.length) {
      // Unknown signature: the result may hold anything the arguments hold.
      this.approx(() => {
        for (const d of destVars) for (const a of allArgVars) this.outlives(a, d);
      });
      return;
    }
    const argTags = args.map((_, i) => tagSlots(sig.inputs[i], argTys[i], this.layout, `a${i}`));
    const destTags = tagSlots(sig.output, this.typer.placeTy(this.body, dest), this.layout, 'out');
    const argSlots = argTys.map((t) => this.layout.slots(t));
    const flat: { v: number; tag: string; invariant: boolean; arg: number; k: number }[] = [];
    argVars.forEach((vars, i) => vars.forEach((v, k) => flat.push({ v, tag: argTags[i][k] ?? '?', invariant: !!argSlots[i][k]?.invariant, arg: i, k })));
    const regionInputs = flat.filter((f) => f.tag.startsWith('r:') || f.tag === '?' || f.tag.startsWith('adt'));
    destVars.forEach((d, k) => {
      const tag = destTags[k] ?? '?';
      let sources: number[];
      // Sources matched by the signature's own names; any other rule below is a guess.
      let exact = false;
      if (tag === 'static') sources = [];
      else if (tag.startsWith('p:')) {
        sources = flat.filter((f) => f.tag === tag).map((f) => f.v);
        // Exact only where the parameter stands for the same shape in and out (`copied` turns
        // `Iter<&&'a str>` into `Iter<&'a str>`: its `T` has two slots in, one out).
        const param = tag.slice(0, tag.lastIndexOf(':') + 1);
        const outCount = destTags.filter((t) => t.startsWith(param)).length;
        exact = sources.length > 0 && argTags.every((tags) => {
          const n = tags.filter((t) => t.startsWith(param)).length;
          return n === 0 || n === outCount;
        });
        // `copied`/`cloned` strip T's outer reference (`&'b &'a str` → `&'a str`): each slot out is the
        // slot of the receiver's T that many places further in, never the borrow the items came through.
        const inCount = argTags[0]?.filter((t) => t.startsWith(param)).length ?? 0;
        if (!exact && callee.k === 'builtin' && /::(copied|cloned)$/.test(callee.name) && inCount > outCount) {
          const shifted = `${param}${Number(tag.slice(param.length)) + inCount - outCount}`;
          sources = flat.filter((f) => f.arg === 0 && f.tag === shifted).map((f) => f.v);
          exact = sources.length > 0;
        }
        const mapFlow = sources.length === 0 ? this.mapClosureFlow(callee, argTys) : null;
        // `collect::<C>` builds C from the items: their regions, not the borrow the iterator itself
        // holds (`v.iter().copied().collect::<Vec<&str>>()` keeps the strs, not `v`).
        if (sources.length === 0 && callee.k === 'builtin' && (callee.name === 'Iter::collect' || callee.name === 'Iterator::collect')) {
          sources = flat.filter((f) => f.arg === 0 && f.tag.startsWith('p:T:')).map((f) => f.v);
        } else if (mapFlow && param === 'p:B:') {
          // `iter.map(|(&k, _)| k)`: the result's slots hold what the closure's own body lets flow
          // from its parameter (the item) into its result, and what it captured if that can flow out.
          const j = Number(tag.slice(param.length));
          sources = flat.filter((f) => f.arg === 0 && f.tag.startsWith('p:T:') && mapFlow.flow[Number(f.tag.slice('p:T:'.length))]?.[j]).map((f) => f.v);
          if (this.closureResultFromCaptures(mapFlow.fn)) sources.push(...this.capturesIntoResult(mapFlow.fn, argVars[1]));
        } else if (sources.length === 0 && !flat.some((f) => f.tag.startsWith(param))) {
          // Another parameter no input mentions (`filter_map`'s `B`): it may hold anything the inputs
          // hold, except what a closure argument captured when the closure's result never comes from
          // its captures (`filter_map(|x| if *x > n { Some(x) } else { None })` returns items, not `&n`).
          // Nor the borrow of `&self` or `&mut self` itself, which no type parameter can name
          // (`it.try_fold(init, f)` on a temporary iterator returns what `f` does, not the temporary).
          sources = [];
          argVars.forEach((vars, i) => {
            const t = argTys[i];
            if (t.k === 'closure' && !this.closureResultFromCaptures(t.fn)) return;
            if (t.k === 'closure') for (const v of this.capturesIntoResult(t.fn, vars)) sources.push(v);
            else {
              vars.forEach((v, k) => {
                if (!(i === 0 && k === 0 && sig.refSelf && t.k === 'ref')) sources.push(v);
              });
            }
          });
        }
      }
      else if (tag.startsWith('r:named:')) {
        sources = flat.filter((f) => f.tag === tag).map((f) => f.v);
        exact = sources.length > 0;
        // `fn left(&self) -> &'a str` on `Pair<'a, 'b>`: the slot the struct itself calls `'a`, if
        // the impl uses the struct's names (a guess: not evidence for the lifetime check); else all of them.
        if (sources.length === 0) sources = flat.filter((f) => f.tag === `adt:${tag.slice('r:named:'.length)}`).map((f) => f.v);
        if (sources.length === 0) sources = flat.filter((f) => f.tag.startsWith('adt')).map((f) => f.v);
      } else if (sig.refSelf && argVars[0]?.length && tag !== '?') {
        sources = [argVars[0][0]];
        exact = true;
      } else {
        sources = regionInputs.length ? regionInputs.map((f) => f.v) : allArgVars;
        // An adapter (`filter(p)`, `take_while(p)`) keeps its closure in the iterator it returns:
        // that iterator holds whatever the closure captured.
        if (k === 0 && !sig.refSelf && callee.k === 'builtin' && callee.name.startsWith('Iter::') && sig.output.k === 'builtin' && sig.output.name === 'Iter')
          argTys.forEach((t, i) => { if (t.k === 'closure') sources.push(...argVars[i]); });
      }
      if (sources.length === 0 && tag !== 'static' && !tag.startsWith('p:')) {
        sources = allArgVars;
        exact = false;
      }
      if (exact) for (const s of sources) this.outlives(s, d);
      else this.approx(() => {
        for (const s of sources) this.outlives(s, d);
      });
    });
    // A sender's clone sends into the same channel: its `T` is the original's (both invariant in it).
    if (callee.k === 'builtin' && (callee.name === 'Sender::clone' || callee.name === 'SyncSender::clone')) {
      destVars.forEach((d, k) => {
        for (const f of flat) if (f.arg === 0 && f.tag === destTags[k] && f.tag.startsWith('p:T:')) this.outlives(d, f.v);
      });
    }
    // The callee's declared bounds (`fn f<'a: 'b, 'b>`): what the caller passes as `'a` must outlive
    // what it passes as `'b`, so a result of lifetime `'b` keeps both borrowed.
    const declared = callee.k === 'fn' ? this.typer.program.fns[callee.fn]?.outlives : undefined;
    for (const [long, short] of declared ?? []) {
      for (const a of flat) {
        if (a.tag !== `r:named:${long}`) continue;
        if (short === 'static') this.outlives(a.v, this.staticVar);
        for (const b of flat) if (b.tag === `r:named:${short}`) this.outlives(a.v, b.v);
      }
    }
    // Values stored through a `&mut` argument (`v.push(&x)`): same generic parameter or named region.
    for (const sink of flat) {
      if (!sink.invariant || !(sink.tag.startsWith('p:') || sink.tag.startsWith('r:named:'))) continue;
      for (const src of flat) if (src !== sink && src.arg !== sink.arg && src.tag === sink.tag) this.outlives(src.v, sink.v);
    }
  }

  /**
   * `IntoIterator::into_iter(c)` where the iterator's slots can be matched with `c`'s (false when
   * they cannot): an `Iter<T>` is itself; `&'a mut it` (an `Iter`) lends `'a` and its own borrow; a
   * collection behind `&'a` (`&'a Vec<T>` → `Iter<&'a T>`) lends `'a` to the iterator and its
   * items; an owned one (`Vec<T>` → `Iter<T>`) lends nothing and hands its `T` on.
   */
  private addIntoIterConstraints(arg: Operand, argVars: readonly number[], dest: Place, destVars: readonly number[]): boolean {
    if (arg.k === 'const' || destVars.length === 0) return false;
    const strip = (t: Ty): Ty => (t.k === 'opaque' ? t.actual : t);
    const destTy = strip(this.typer.placeTy(this.body, dest));
    const argTy = strip(this.typer.placeTy(this.body, arg.place));
    const isIter = (t: Ty) => t.k === 'builtin' && t.name === 'Iter';
    if (!isIter(destTy)) return false;
    const slots = this.layout.slots(destTy);
    // Slots `from..` of the iterator are the argument's slots `at..`, one for one.
    const same = (from: number, at: number): boolean => {
      if (destVars.length - from !== argVars.length - at) return false;
      this.relate(destVars.slice(from), argVars.slice(at), slots.slice(from));
      return true;
    };
    if (isIter(argTy)) return same(0, 0);
    if (argTy.k === 'ref' && isIter(strip(argTy.inner))) {
      if (!same(1, 2)) return false;
      this.outlives(argVars[0], destVars[0]);
      this.outlives(argVars[1], destVars[0]);
      return true;
    }
    if (argTy.k === 'ref') {
      if (!same(2, 1)) return false;
      this.outlives(argVars[0], destVars[0]);
      this.outlives(argVars[0], destVars[1]);
      return true;
    }
    return (argTy.k === 'builtin' || argTy.k === 'array') && same(1, 0);
  }

  /** `Iter::map` of an `Iter<T>` by a closure: the closure and its parameter-to-result flow (else null). */
  private mapClosureFlow(callee: Callee, argTys: readonly Ty[]): { fn: number; flow: boolean[][] } | null {
    if (callee.k !== 'builtin' || (callee.name !== 'Iter::map' && callee.name !== 'Iterator::map')) return null;
    const [recv, f] = argTys;
    if (!recv || recv.k !== 'builtin' || recv.name !== 'Iter' || !f || f.k !== 'closure') return null;
    const flow = this.closureParamFlow(f.fn);
    return flow ? { fn: f.fn, flow } : null;
  }

  private readonly paramFlows = new Map<number, boolean[][] | null>();

  /**
   * For a closure of one parameter: `flow[k][j]` when its parameter's region slot k can reach slot j
   * of its result, by the outlives constraints of its own body (built as the borrow check builds
   * them, so a call the checker does not know relates everything). Null when it cannot be told.
   */
  private closureParamFlow(fn: number): boolean[][] | null {
    if (this.paramFlows.has(fn)) return this.paramFlows.get(fn)!;
    this.paramFlows.set(fn, null); // (a closure reached again while its flow is being built)
    const body = this.typer.program.fns[fn];
    if (!body || body.kind !== 'closure' || body.blocks.length === 0 || body.argCount !== 2) return null;
    const inner = new RegionBuilder(new Cfg(body), this.typer, this.layout);
    inner.addBodyConstraints();
    const flow = inner.localVars[2].map((start) => {
      const seen = new Set<number>([start]);
      const work = [start];
      while (work.length) for (const sub of inner.subsOf[work.pop()!]) if (!seen.has(sub)) (seen.add(sub), work.push(sub));
      return inner.localVars[0].map((v) => seen.has(v));
    });
    this.paramFlows.set(fn, flow);
    return flow;
  }

  /**
   * Of a closure value's region variables (`vars`, its captures' slots), those its result can hold:
   * `|i| v.get(i + n)` returns what `v` points at, never the borrow of `n` (nor of `v` itself).
   */
  private capturesIntoResult(fn: number, vars: readonly number[]): readonly number[] {
    const flow = this.closureCaptureFlow(fn);
    return flow && flow.length === vars.length ? vars.filter((_, k) => flow[k]) : vars;
  }

  private readonly captureFlows = new Map<number, boolean[] | null>();

  /**
   * For each region slot of a closure's captures: whether it can reach a slot of its result by the
   * outlives constraints of its own body (built as the borrow check builds them, so a call the
   * checker does not know relates everything). Null when it cannot be told.
   */
  private closureCaptureFlow(fn: number): boolean[] | null {
    if (this.captureFlows.has(fn)) return this.captureFlows.get(fn)!;
    this.captureFlows.set(fn, null); // (a closure reached again while its flow is being built)
    const body = this.typer.program.fns[fn];
    if (!body || body.kind !== 'closure' || body.blocks.length === 0 || body.argCount < 1) return null;
    const inner = new RegionBuilder(new Cfg(body), this.typer, this.layout);
    inner.addBodyConstraints();
    // The environment is the closure itself (FnOnce) or a reference to it, whose own region comes first.
    const env = inner.localVars[1];
    const captures = body.locals[1].ty.k === 'ref' ? env.slice(1) : env;
    const result = new Set(inner.localVars[0]);
    const flow = captures.map((start) => {
      const seen = new Set<number>([start]);
      const work = [start];
      while (work.length) {
        const v = work.pop()!;
        if (result.has(v)) return true;
        for (const sub of inner.subsOf[v]) if (!seen.has(sub)) (seen.add(sub), work.push(sub));
      }
      return false;
    });
    this.captureFlows.set(fn, flow);
    return flow;
  }

  private readonly resultFromCaptures = new Map<number, boolean>();

  /**
   * Whether a closure's result may hold a region it got from its captures: a forward flow over its
   * body from the environment (local 1) through every read, borrow or call of something reached from
   * it whose type can hold a region. A scalar read through a capture (`*x > n`) carries none.
   */
  closureResultFromCaptures(fn: number): boolean {
    const known = this.resultFromCaptures.get(fn);
    if (known !== undefined) return known;
    const body = this.typer.program.fns[fn];
    if (!body || body.kind !== 'closure' || body.blocks.length === 0) return true;
    const tainted = new Set<number>([1]);
    const holds = (place: Place) => this.layout.slots(this.typer.placeTy(body, place)).length > 0;
    const reads = (op: Operand) => op.k !== 'const' && tainted.has(op.place.local) && holds(op.place);
    let changed = true;
    while (changed) {
      changed = false;
      const taint = (local: number) => {
        if (!tainted.has(local)) (tainted.add(local), (changed = true));
      };
      for (const block of body.blocks) {
        for (const st of block.stmts) {
          if (st.k !== 'assign' || tainted.has(st.place.local)) continue;
          const rv = st.rvalue;
          if (rv.k === 'ref' ? tainted.has(rv.place.local) : rvalueOperands(rv).some(reads)) taint(st.place.local);
        }
        const t = block.term;
        if (t.k === 'call' && !tainted.has(t.dest.local) && t.args.some(reads)) taint(t.dest.local);
      }
    }
    const r = tainted.has(0);
    this.resultFromCaptures.set(fn, r);
    return r;
  }

  private declaredSig(callee: Callee): DeclSig | null {
    if (callee.k === 'fn') {
      const f = this.typer.program.fns[callee.fn];
      if (!f) return null;
      const inputs = f.locals.slice(1, f.argCount + 1).map((l) => l.ty);
      const refSelf = f.kind === 'method' && f.locals[1]?.name === 'self' && f.locals[1].ty.k === 'ref';
      return { inputs, output: f.locals[0]?.ty ?? { k: 'error' }, refSelf };
    }
    if (callee.k === 'builtin') return builtinSigs().get(callee.name) ?? null;
    // A method of a trait of the program, through `dyn` or a generic parameter: any impl's signature
    // has the trait's shape (where its references are, and a `&'static` result borrows nothing).
    if ((callee.k === 'dyn' || callee.k === 'trait') && typeof callee.trait === 'number') {
      for (const impl of this.typer.program.impls) {
        const fn = impl.trait === callee.trait ? impl.methods.get(callee.method) : undefined;
        if (fn !== undefined) return this.declaredSig({ k: 'fn', fn, tyArgs: [] });
      }
      return null;
    }
    if (callee.k === 'trait' && typeof callee.trait === 'string') return builtinSigs().get(`${callee.trait}::${callee.method}`) ?? null;
    return null;
  }

  // ------------------------------------------------------------ liveness and solving

  solve(accesses: readonly Access[][], init: InitResults): RegionResults {
    const tracked = this.localVars.map((vars) => vars.length > 0);
    const dropMatters = this.body.locals.map((decl, l) => tracked[l] && this.typer.hasDropImpl(decl.ty));
    // A local's regions contain the points where it is use-live, and drop-live if its drop can look at borrows.
    const { useLive, dropLive } = computeLiveness(this.cfg, accesses, tracked, dropMatters, init);
    for (const live of [useLive, dropLive]) {
      for (const [l, points] of live) for (const v of this.localVars[l]) this.values[v].unionWith(points);
    }
    this.propagate();
    return {
      numPoints: this.cfg.numPoints, END_RETURN: this.END_RETURN, END_ARG: this.END_ARG, STATIC: this.staticVar,
      values: this.values, localVars: this.localVars, subsOf: this.subsOf, ownerOf: this.ownerOf, approxEdges: this.approxEdges,
      borrowVarAt: this.borrowVarAt,
    };
  }

  /**
   * Propagates sub ⊆ sup to the least fixpoint in one pass: strongly connected
   * components of the outlives graph share one value, and components are
   * visited subs-first, so every edge is unioned once (a worklist re-unions
   * whole point sets many times on long constraint chains).
   */
  private propagate(): void {
    const n = this.values.length;
    // Plain arrays (a plain array: typed arrays over 64 bytes cost about a microsecond to create).
    const order: number[] = new Array(n).fill(-1);
    const low: number[] = new Array(n).fill(0);
    const onStack: number[] = new Array(n).fill(0);
    const comp: number[] = new Array(n).fill(-1);
    const stack: number[] = [];
    const sccs: number[][] = [];
    const work: number[] = [];
    const edge: number[] = [];
    let counter = 0;
    // Iterative Tarjan over edges sub → sup; components come out sups-first.
    for (let root = 0; root < n; root++) {
      if (order[root] >= 0) continue;
      order[root] = low[root] = counter++;
      stack.push(root);
      onStack[root] = 1;
      work.push(root);
      edge.push(0);
      while (work.length) {
        const top = work.length - 1;
        const v = work[top];
        const sups = this.supsOf[v];
        if (edge[top] < sups.length) {
          const w = sups[edge[top]++];
          if (order[w] < 0) {
            order[w] = low[w] = counter++;
            stack.push(w);
            onStack[w] = 1;
            work.push(w);
            edge.push(0);
          } else if (onStack[w] && order[w] < low[v]) low[v] = order[w];
          continue;
        }
        work.pop();
        edge.pop();
        if (low[v] === order[v]) {
          const scc: number[] = [];
          let w: number;
          do {
            w = stack.pop()!;
            onStack[w] = 0;
            comp[w] = sccs.length;
            scc.push(w);
          } while (w !== v);
          sccs.push(scc);
        }
        if (work.length) {
          const u = work[work.length - 1];
          if (low[v] < low[u]) low[u] = low[v];
        }
      }
    }
    for (let c = sccs.length - 1; c >= 0; c--) {
      const scc = sccs[c];
      const head = this.values[scc[0]];
      for (let j = 1; j < scc.length; j++) head.unionWith(this.values[scc[j]]);
      for (let j = 1; j < scc.length; j++) this.values[scc[j]].copyFrom(head);
      for (const v of scc) for (const sup of this.supsOf[v]) if (comp[sup] !== c) this.values[sup].unionWith(head);
    }
  }
}

/**
 * Tags each slot of `actual` with where its region comes from in the declared
 * type: `r:named:'a`, `r:anon:<i>` (an elided input lifetime), `static`,
 * `p:T:k` (the k-th slot of generic parameter T), `adt` (an unnamed struct lifetime), or `?`.
 */
export function tagSlots(decl: Ty, actual: Ty, layout: SlotLayout, prefix: string): string[] {
  const out: string[] = [];
  let anon = 0;
  const regionTag = (r: Region) => (r.k === 'static' ? 'static' : r.k === 'named' ? `r:named:${r.name}` : `r:anon:${prefix}:${anon++}`);
  const fill = (t: Ty, tag: string | ((k: number) => string)) => {
    const n = layout.count(t);
    for (let k = 0; k < n; k++) out.push(typeof tag === 'string' ? tag : tag(k));
  };
  const go = (d: Ty, a: Ty): void => {
    if (d.k === 'param') return fill(a, (k) => `p:${d.name}:${k}`);
    if (a.k === 'opaque') return go(d.k === 'opaque' ? d.actual : d, a.actual);
    if (d.k !== a.k) return fill(a, '?');
    switch (d.k) {
      case 'ref': {
        const tag = regionTag(d.region);
        out.push(tag);
        const inner = (a as typeof d).inner;
        // `&'a dyn Trait` is `&'a (dyn Trait + 'a)`: the object's lifetime is the reference's.
        if (d.inner.k === 'dyn' && inner.k === 'dyn' && !d.inner.region) return void out.push(tag);
        return go(d.inner, inner);
      }
      // Elsewhere (`Box<dyn Trait>`) an object's lifetime is `'static` unless written (`+ 'a`).
      case 'dyn': return void out.push(d.region ? regionTag(d.region) : 'static');
      case 'tuple': {
        const ae = (a as typeof d).elems;
        if (ae.length !== d.elems.length) return fill(a, '?');
        return d.elems.forEach((e, i) => go(e, ae[i]));
      }
      case 'array': case 'slice': return go(d.elem, (a as typeof d).elem);
      case 'builtin': {
        const ab = a as typeof d;
        if (ab.name !== d.name || ab.args.length !== d.args.length) return fill(a, '?');
        if (lendsBorrow(d.name)) out.push(`r:anon:${prefix}:${anon++}`);
        return d.args.forEach((x, i) => go(x, ab.args[i]));
      }
      case 'adt': {
        const aa = a as typeof d;
        if (aa.adt !== d.adt || aa.args.length !== d.args.length) return fill(a, '?');
        // Each region slot of a struct: the lifetime the signature wrote in its place (`Parser<'a>`),
        // else the one its fields call it (`adt:a`, `adt:b`).
        const names = layout.adtRegionNames(d.adt);
        const params = d.regions ? layout.adtLifetimeParams(d.adt) : null;
        for (let k = 0; k < layout.adtSlotCount(d.adt); k++) {
          const written = params && names[k] ? d.regions![params.indexOf(names[k])] : undefined;
          out.push(written ? regionTag(written) : names[k] ? `adt:${names[k]}` : 'adt');
        }
        return d.args.forEach((x, i) => go(x, aa.args[i]));
      }
      default: return fill(a, '?');
    }
  };
  go(decl, actual);
  return out;
}

/**
 * Backward liveness of the locals whose types hold regions (no other local
 * can keep a borrow alive): use-liveness, and drop-liveness where a pending
 * drop may still find the local initialized (only for the locals in
 * `dropTracked`). Results: per local, the points (sized like a region value)
 * right before which it is live; locals never live are left out.
 */
function computeLiveness(
  cfg: Cfg, accesses: readonly Access[][], tracked: readonly boolean[], dropTracked: readonly boolean[], init: InitResults,
): { useLive: Map<number, BitSet>; dropLive: Map<number, BitSet> } {
  const md = init.moveData;
  const make = (drops: boolean, index: readonly number[], n: number): Analysis => ({
    direction: 'backward',
    size: n,
    initBoundary() {},
    apply(state, point) {
      const list = accesses[point] ?? [];
      // Definitions first (walking backwards), then uses.
      for (const a of list) {
        const i = index[a.place.local];
        if (i >= 0 && ((a.kind === 'assign' && a.place.proj.length === 0) || a.kind === 'storageDead')) state.delete(i);
      }
      for (const a of list) {
        if (!drops) for (const p of a.place.proj) if (p.k === 'index' && index[p.local] >= 0) state.add(index[p.local]);
        const i = index[a.place.local];
        if (i < 0) continue;
        if (drops) {
          if (a.kind === 'drop' && init.maybeInit.at(point).has(md.lookup(a.place).path)) state.add(i);
          continue;
        }
        if (a.kind === 'storageDead' || a.kind === 'drop') continue;
        if (a.kind === 'assign') {
          if (a.place.proj.some((p) => p.k === 'deref')) state.add(i);
          continue;
        }
        state.add(i);
      }
    },
  });
  const live = (drops: boolean, which: readonly boolean[]): Map<number, BitSet> => {
    // Compact numbering of the tracked locals keeps the dataflow bitsets small.
    const index: number[] = new Array(which.length).fill(-1); // (not a typed array: see `propagate`)
    const locals: number[] = [];
    which.forEach((t, l) => t && (index[l] = locals.push(l) - 1));
    const out = new Map<number, BitSet>();
    const n = locals.length;
    if (n === 0) return out;
    // Transposed result (per local, its points), filled word by word from the state at each point (one buffer for all).
    const byLocal = BitSet.many(n, cfg.numPoints + 2);
    const seen = new Uint8Array(n);
    const analysis = make(drops, index, n);
    const scratch = new BitSet(n);
    visitStates(solve(cfg, analysis), (p, s) => {
      scratch.copyFrom(s);
      analysis.apply(scratch, p);
      const w = scratch.words;
      for (let k = 0; k < scratch.wordCount; k++) {
        let word = w[scratch.offset + k];
        while (word !== 0) {
          const i = (k << 5) + 31 - Math.clz32(word & -word);
          byLocal[i].add(p);
          seen[i] = 1;
          word &= word - 1;
        }
      }
    });
    for (let i = 0; i < n; i++) if (seen[i]) out.set(locals[i], byLocal[i]);
    return out;
  };
  return { useLive: live(false, tracked), dropLive: live(true, dropTracked) };
}

export { rvalueOperands };
