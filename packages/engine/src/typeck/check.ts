// Name resolution and type checking of fn bodies, closures, consts and statics.
// Works like rustc's typeck in the small: bidirectional checking with an
// expected type, unification for inference, coercions recorded at coercion
// sites, method lookup by rustc's probe order (by value, then `&`, then
// `&mut`, at each auto-deref step). Results go to `Tables` for MIR lowering.
import type * as A from '../syntax/ast.js';
import { isRestPat } from '../syntax/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { error, label, unsupported } from '../diagnostics.js';
import type { ArrayLen, FnId, Ty, TraitRef } from '../types/ty.js';
import { arrayTy, lenTy, tyEq, BOOL, CHAR, ERROR, NEVER, STR, STRING, UNIT, REF_STR, tyToString, ANON, isUnit, isMap, isTable, isCounted, isGuard, intBits, SELF_BYTES } from '../types/ty.js';
import { stdHasMethod, stdTraitHasMethod, type KnownMethodsKind } from './stdmethods.js';
import { hasInfer, mapParams, substTy, type Infer } from './infer.js';
import { EMPTY_SCOPE, STD_TRAITS, stripStdPrefix, toOwnedTy, UNMODELLED_STD_TYPES, type AdtInfo, type FnDef, type ImplInfo, type Items, type TraitInfo, type TyScope, type TypeParamDef } from './items.js';
import { Tables, type CallRes, type DestructureLeaf, type DestructureProj, type ClosureInfo, type Coercion, type MethodRes, type OverloadedDeref, type Res } from './tables.js';
import { derefStep, isBuiltinClone, isBuiltinDefault, isCopy, ownStdImpl, type TraitEnv } from './traits.js';
import { parseFormatString } from './fmt.js';
import type { FmtSpec } from '../mir/mir.js';

interface LoopCtx {
  readonly label: string | null;
  /** Type of `break value` (only `loop`); null for while/for. */
  breakTy: Ty | null;
  readonly isLoop: boolean;
  /** A labeled block (`'a: { .. }`): only `break 'a` targets it. */
  readonly isBlock?: boolean;
  hasBreak: boolean;
}

interface BodyCtx {
  readonly fn: FnDef;
  retTy: Ty;
  loops: LoopCtx[];
  readonly closure: ClosureInfo | null;
  readonly depth: number;
}

type Expect = Ty | null;

const FN_TRAITS = new Set(['Fn', 'FnMut', 'FnOnce']);
/** The methods of std's operator and deref traits (`x.add(y)` once `Add` is imported). */
const OPERATOR_METHODS = new Set(['add', 'sub', 'mul', 'div', 'rem', 'neg', 'not', 'bitand', 'bitor', 'bitxor', 'shl', 'shr', 'add_assign', 'sub_assign', 'mul_assign', 'div_assign', 'rem_assign', 'index', 'index_mut', 'deref', 'deref_mut', 'drop', 'call', 'call_mut', 'call_once', 'borrow', 'borrow_mut', 'as_ref', 'as_mut', 'try_from', 'from', 'to_owned', 'clone_from', 'write_fmt', 'write_str', 'provide', 'source', 'description']);
/** The std traits whose bounds memviz judges on any type (see `lacksStdTrait`). */
const JUDGED_STD_TRAITS: ReadonlySet<string> = new Set(['Copy', 'Clone', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash']);
/** What a std trait bound gives besides itself: its supertraits, and theirs. */
const STD_SUPERTRAITS: Readonly<Record<string, readonly string[]>> = {
  Copy: ['Clone'], Eq: ['PartialEq'], PartialOrd: ['PartialEq'], Ord: ['Eq', 'PartialOrd', 'PartialEq'],
};
/** Methods the prelude's `impl int`/`impl float` lists that are std trait methods, which any number has. */
const NUMERIC_TRAIT_METHODS = new Set(['from', 'into', 'try_from', 'try_into', 'cmp', 'partial_cmp', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'to_string', 'clone', 'fmt', 'hash', 'default']);
const NUMERIC_ORD_METHODS = new Set(['min', 'max', 'clamp']);
/** The derives whose code reads every field (a packed struct's are copied out for it). */
const FIELD_READING_DERIVES = new Set(['Debug', 'Clone', 'PartialEq', 'PartialOrd', 'Ord', 'Hash']);
/** `DoubleEndedIterator`'s methods, and `rev` that needs it: your own iterator has them once it implements it. */
const ITER_BACK_METHODS = new Set(['rev', 'next_back', 'rfind', 'nth_back', 'rfold', 'try_rfold', 'advance_back_by']);
/** `ExactSizeIterator`'s methods. */
const ITER_EXACT_METHODS = new Set(['len', 'is_empty']);
/** Methods of the signed integers only. */
const SIGNED_ONLY_METHODS = new Set(['abs', 'signum', 'is_negative', 'is_positive', 'unsigned_abs', 'checked_abs', 'wrapping_abs', 'checked_neg', 'wrapping_neg']);

/** An `Fn`-family bound (`F: FnMut(T) -> U`) with the generic arguments of its item filled in. */
function substFnBound(b: TraitRef, sig: NonNullable<TraitRef['fnSig']>, tyArgs: readonly Ty[]): TraitRef {
  return { trait: b.trait, args: [], fnSig: { inputs: sig.inputs.map((t) => substTy(t, tyArgs)), output: substTy(sig.output, tyArgs) } };
}

/** The trait behind each compound assignment (`+=` is `AddAssign`). */
const ASSIGN_TRAITS: Record<string, string> = { '+': 'AddAssign', '-': 'SubAssign', '*': 'MulAssign', '/': 'DivAssign', '%': 'RemAssign', '&': 'BitAndAssign', '|': 'BitOrAssign', '^': 'BitXorAssign', '<<': 'ShlAssign', '>>': 'ShrAssign' };

/** Std trait methods every (or almost every) type has: a missing one is "unsupported", never E0599. */
const STD_METHOD_NAMES = new Set(['clone', 'to_string', 'eq', 'ne', 'cmp', 'partial_cmp', 'lt', 'le', 'gt', 'ge', 'fmt', 'into', 'try_into', 'hash', 'borrow', 'borrow_mut', 'as_ref', 'as_mut', 'to_owned', 'into_iter', 'iter', 'default', 'max', 'min', 'clamp', 'type_id', 'from']);

/** What the module resolver (`resolve/modules.ts`) tells the checker; empty for a program without modules. */
export interface ModuleFacts {
  readonly moduleOf: ReadonlyMap<A.NodeId, string>;
  readonly traitsInScope: ReadonlyMap<string, ReadonlySet<string>>;
}

export const NO_MODULES: ModuleFacts = { moduleOf: new Map(), traitsInScope: new Map() };

export class Checker implements TraitEnv {
  readonly t = new Tables();
  readonly diags: Diagnostic[] = [];
  /** Errors of rustc's borrow checker found here (a sort key borrowed from its element): reported only where it runs. */
  readonly lateBorrowErrors: Diagnostic[] = [];
  private scopes: Map<string, A.NodeId>[] = [];
  private readonly localDepth = new Map<A.NodeId, number>();
  private closureStack: ClosureInfo[] = [];
  private body!: BodyCtx;
  private tyScope: TyScope = EMPTY_SCOPE;
  private typeParams: TypeParamDef[] = [];
  private closureCounter = 0;
  private synthId = -1;
  /** Capture env types per closure FnId (after capture analysis). */
  readonly captureTys = new Map<number, Ty[]>();

  constructor(
    readonly items: Items,
    readonly infer: Infer,
    readonly source: string,
    /** What `resolve/modules.ts` found: each item's module, each module's traits. */
    readonly modules: ModuleFacts = NO_MODULES,
  ) {}

  // ------------------------------------------------------------ TraitEnv

  closureCaptureTys(fn: number): readonly Ty[] | null {
    return this.captureTys.get(fn) ?? null;
  }
  paramHasBound(name: string, trait: string, index?: number): boolean {
    const has = (bounds: readonly TraitRef[]) => bounds.some((b) => b.trait === trait || (trait === 'Clone' && b.trait === 'Copy'));
    for (const p of this.typeParams) if (p.name === name) return has(p.bounds);
    return index !== undefined && this.items.assocParams.has(index) ? has(this.paramBounds(index)) : false;
  }

  // ------------------------------------------------------------ entry

  /** Puts the generic params of a body in scope (for Copy/bound queries after checking). */
  typeParamsFor(fn: FnId): void {
    this.typeParams = this.items.fns[fn].typeParams;
    this.assocBoundsHere = this.items.fns[fn].assocBounds;
  }

  checkFn(fn: FnDef): void {
    const ast = fn.ast!;
    const body = ast.body!;
    this.curMod = this.modules.moduleOf.get(ast.id) ?? '';
    this.typeParams = fn.typeParams;
    this.assocBoundsHere = fn.assocBounds;
    const params = new Map<string, Ty>();
    const constParams = new Map<string, Ty>();
    fn.typeParams.forEach((p, index) => {
      params.set(p.name, { k: 'param', name: p.name, index });
      if (p.konst) constParams.set(p.name, p.konst);
    });
    const selfTy = fn.impl ? fn.impl.selfTy : fn.trait ? ({ k: 'param', name: 'Self', index: 0 } as Ty) : null;
    // The lifetimes the fn and its impl declare, for `let x: &'a str` in the body.
    const lifetimes = new Set([...(fn.impl?.ast.generics.lifetimes.map((l) => l.name) ?? []), ...ast.generics.lifetimes.map((l) => l.name)]);
    // (`let x: I::Item` in a method of `impl<I: Iterator>`.)
    const stdProjections = fn.impl && !fn.isPrelude ? this.items.stdProjectionsOf(fn.impl.ast.generics) : undefined;
    this.tyScope = { ...EMPTY_SCOPE, params, selfTy, lifetimes, assocTys: fn.impl?.assocTys ?? null, constParams, stdProjections };
    this.scopes = [new Map()];
    this.closureStack = [];
    this.closureCounter = 0;
    const retTy = this.boundAssocs(fn.output);
    this.body = { fn, retTy, loops: [], closure: null, depth: 0 };
    // Edition 2021: an `unsafe fn`'s body is an unsafe context (rustc only lints).
    this.unsafeDepth = ast.isUnsafe ? 1 : 0;
    const paramIds: A.NodeId[] = [];
    let inputIndex = 0;
    if (ast.selfParam) {
      const sp = ast.selfParam;
      this.t.bindings.set(sp.id, { name: 'self', span: sp.span, mode: 'value', ty: fn.inputs[0], mutable: sp.mutable, });
      this.declare('self', sp.id);
      paramIds.push(sp.id);
      inputIndex = 1;
    }
    for (const p of ast.params) {
      this.checkPat(p.pat, this.boundAssocs(fn.inputs[inputIndex++]), 'move', true);
      this.bindingsOnce(p.pat);
      paramIds.push(p.id);
    }
    this.t.bodies.set(fn.id, { params: paramIds });
    this.diagStart = this.diags.length;
    const start = this.infer.count;
    // `-> impl Fn(i32) -> Box<dyn Fn(i32) -> i32>` ending in a closure: the bound types the closure's
    // parameters and result, as rustc's expectation does. Anything else defines the opaque type as it is.
    const closureTail = retTy.k === 'opaque' && body.tail?.kind === 'closure' && retTy.bounds.some((b) => b.fnSig);
    const ty = this.checkBlock(body, retTy.k === 'opaque' ? (closureTail ? { k: 'dyn', traits: retTy.bounds } : null) : retTy);
    this.coerceTail(body, ty, retTy);
    this.finishBody(start);
  }

  /** `C::Item` in the signature of a fn with `C: Container<Item = i32>`: in its body, what the bound says it is. */
  private boundAssocs(t: Ty): Ty {
    if (this.items.assocParams.size === 0 || !mentionsParamIndex(t, null)) return t;
    return mapParams(t, (p) => {
      const assoc = this.items.assocParams.get(p.index);
      const base = assoc && typeof assoc.trait === 'number' ? this.typeParams[assoc.base] : undefined;
      const given = base?.bounds.find((b) => b.trait === assoc!.trait)?.bindings?.find((x) => x.name === assoc!.name);
      return given ? given.ty : p;
    });
  }

  /** The module (`a::b`, '' for the root) of the body being checked: privacy of fields and methods. */
  private curMod = '';

  /** True when the item (by its node id) sits in a module that the body being checked is not inside. */
  private privateHere(item: A.NodeId, vis: A.Visible): boolean {
    if (this.modules.moduleOf.size === 0) return false;
    let m = this.modules.moduleOf.get(item);
    if (m === undefined) return false;
    // `pub(super)`: its parent module's.
    if (vis.pubSuper) m = m.includes('::') ? m.slice(0, m.lastIndexOf('::')) : '';
    return m !== '' && !(this.curMod === m || this.curMod.startsWith(m + '::'));
  }

  /** E0599: a method of the program's trait called where that trait is not in scope (`use` it). */
  private checkTraitInScope(res: MethodRes, recv: Ty, name: string, at: A.Span): void {
    if (this.modules.traitsInScope.size === 0 || res.dispatch === 'dyn' || res.selfTy.k === 'param') return;
    const fn = this.items.fns[res.fn];
    const trait = fn.impl?.trait ?? fn.trait;
    if (!trait || trait.isPrelude || this.modules.traitsInScope.get(this.curMod)?.has(trait.name)) return;
    // Inside the trait's own definition or one of its impls, the trait is in scope.
    const cur = this.body.fn;
    if (cur.trait === trait || cur.impl?.trait === trait) return;
    const r = this.infer.shallow(recv);
    const kind = r.k === 'adt' ? this.items.adts[r.adt].kind : 'type';
    this.err('E0599', `no method named \`${name}\` found for ${kind} \`${this.tyStr(r)}\` in the current scope`, at, `method not found in \`${this.tyStr(r)}\``, [`help: trait \`${trait.ast.name.display ?? trait.name}\` which provides \`${name}\` is implemented but not in scope; perhaps you want to import it`]);
  }

  /** E0616 / E0451: a struct's field that is not `pub`, used outside the struct's module. */
  private checkFieldPrivacy(adt: AdtInfo, field: string, at: A.Span, code: 'E0616' | 'E0451'): void {
    if (adt.isPrelude || adt.ast.kind !== 'struct') return;
    const f = adt.ast.fields.find((x, i) => (x.name ? x.name.name : String(i)) === field);
    if (!f || f.isPub || !this.privateHere(adt.ast.id, f)) return;
    this.err(code, `field \`${field}\` of struct \`${adt.name}\` is private`, at, 'private field');
  }

  /** E0624: an inherent method or associated function that is not `pub`, called outside its module. */
  private checkFnIdPrivacy(fnId: FnId, at: A.Span): void {
    const fn = this.items.fns[fnId];
    if (fn.isPrelude || !fn.ast || fn.ast.isPub || !fn.impl || fn.impl.traitName || !this.privateHere(fn.ast.id, fn.ast)) return;
    const what = fn.ast.selfParam ? 'method' : 'associated function';
    this.err('E0624', `${what} \`${fn.ast.name.name}\` is private`, at, `private ${what}`);
  }

  checkConstBody(fnId: FnId, value: A.Expr, ty: Ty, scope: TyScope = EMPTY_SCOPE): void {
    this.curMod = '';
    this.typeParams = [];
    this.assocBoundsHere = undefined;
    this.tyScope = scope;
    this.scopes = [new Map()];
    this.closureStack = [];
    this.body = { fn: this.items.fns[fnId], retTy: ty, loops: [], closure: null, depth: 0 };
    this.unsafeDepth = 0;
    this.t.bodies.set(fnId, { params: [] });
    this.diagStart = this.diags.length;
    const start = this.infer.count;
    const actual = this.checkExpr(value, ty);
    this.coerce(value, actual, ty);
    this.finishBody(start);
  }

  private finishBody(start: number): void {
    this.settleProjections();
    this.settleCollects();
    this.settleIntos();
    this.settleCountedFroms();
    this.checkOrds();
    this.settleCmps();
    this.settleParseOps();
    this.checkSliceTryIntos();
    this.checkNegations();
    // rustc's never-type fallback (edition 2021): a diverging closure's result nothing fixed is `()`.
    for (const t of this.divergingResults.splice(0)) if (this.infer.shallow(t).k === 'infer') this.infer.unify(t, UNIT);
    this.checkTransmutes();
    // Before `{integer}` falls back to i32, so messages name the type as rustc does (`Vec<{integer}>`).
    this.checkAnnotationsNeeded();
    this.checkEmptyCollections();
    this.checkConstArgsInferred();
    for (const p of this.parseErrs.splice(0)) this.resolveParseErr(p);
    for (const t of this.pendingTries.splice(0)) this.tryConvert(t.e, t.err, t.ret);
    this.checkPendingOps();
    this.checkKeyedMethods();
    this.checkFormatTraits();
    this.settleProjections();
    this.pendingStdProjections = []; // a base the body never told stays unknown
    this.settleBindings();
    this.pendingBindings = [];
    this.checkBoundObligations();
    this.checkSizedObligations();
    this.checkStringExtends();
    this.checkDerivedDefaultArgs();
    this.infer.fallbackNumericSince(start);
    this.checkTyArgsInferred();
  }

  /** The calls of the program's generic fns in the body being checked, for `checkTyArgsInferred`. */
  private readonly genericCalls: { readonly fn: FnDef; readonly tyArgs: readonly Ty[]; readonly at: A.Span }[] = [];
  /** How many diagnostics there were when the body's checking began. */
  private diagStart = 0;

  private noteGenericCall(fn: FnDef, tyArgs: readonly Ty[], at: A.Span): void {
    if (!fn.isPrelude && fn.typeParams.length > fn.ownParamStart) this.genericCalls.push({ fn, tyArgs, at });
  }

  /**
   * A called fn's type parameter that nothing in an otherwise correct body told: where rustc infers
   * more than memviz does, the run would have no type to go by, so it is said, never guessed.
   */
  private checkTyArgsInferred(): void {
    const calls = this.genericCalls.splice(0);
    if (this.diags.length > this.diagStart) return;
    for (const c of calls) {
      const i = c.fn.typeParams.findIndex((p, k) => {
        const t = this.infer.shallow(c.tyArgs[k] ?? ERROR);
        return k >= c.fn.ownParamStart && !p.konst && t.k === 'infer' && t.kind === 'general';
      });
      if (i < 0) continue;
      this.unsupported(`inferring the type parameter \`${c.fn.typeParams[i].name}\` of \`${c.fn.name}\` here (it can be written out: \`${c.fn.shortName}::<..>\`)`, c.at);
    }
  }

  /** A fn's tail expression: coerced to the return type (or defining an `impl Trait`). */
  private coerceTail(body: A.BlockExpr, ty: Ty, retTy: Ty): void {
    const at: A.Expr = body.tail ?? body;
    if (retTy.k === 'opaque') {
      this.infer.unify(retTy.actual, ty);
      return;
    }
    if (body.tail) this.coerce(body.tail, ty, retTy);
    else if (!this.infer.unify(ty, retTy)) this.mismatch(at, retTy, ty, body);
  }

  // ------------------------------------------------------------ scopes and names

  private declare(name: string, id: A.NodeId): void {
    this.scopes[this.scopes.length - 1].set(name, id);
    this.localDepth.set(id, this.closureStack.length);
  }

  private lookupLocal(name: string, useSpan: A.Span): A.NodeId | null {
    for (let i = this.scopes.length - 1; i >= 0; i--) {
      const id = this.scopes[i].get(name);
      if (id === undefined) continue;
      const depth = this.localDepth.get(id) ?? 0;
      // A local of an enclosing fn or closure used inside a closure is an upvar of every closure in between.
      for (let d = depth; d < this.closureStack.length; d++) {
        const c = this.closureStack[d];
        if (!c.upvars.includes(id)) {
          c.upvars.push(id);
          c.upvarSpans.set(id, useSpan);
        }
      }
      return id;
    }
    return null;
  }

  private withScope<T>(f: () => T): T {
    this.scopes.push(new Map());
    try {
      return f();
    } finally {
      this.scopes.pop();
    }
  }

  private localTy(id: A.NodeId): Ty {
    return this.t.bindings.get(id)?.ty ?? ERROR;
  }

  // ------------------------------------------------------------ diagnostics

  /** How many `unsafe` blocks (or an `unsafe fn`'s body) enclose the expression being checked. */
  private unsafeDepth = 0;

  /** E0133: an operation that only an `unsafe` block or fn may do (`what` as rustc words it). */
  private requireUnsafe(what: string, labelText: string, note: string, at: A.Span): void {
    if (this.unsafeDepth > 0) return;
    this.err('E0133', `${what} is unsafe and requires unsafe function or block`, at, labelText, [`note: ${note}`]);
  }

  /** E0133 for a call of an `unsafe fn` outside an unsafe context; rustc names std's by their path. */
  private unsafeCall(fn: FnDef, at: A.Span): void {
    const name = fn.isPrelude ? stdUnsafeFnName(fn) : fn.name;
    this.requireUnsafe(`call to unsafe function \`${name}\``, 'call to unsafe function', "consult the function's documentation for information on how to avoid undefined behavior", at);
  }

  private err(code: string | null, message: string, span: A.Span, labelText = '', notes: string[] = []): void {
    this.diags.push(error('typeck', code, message, span, labelText ? [label(span, labelText, true)] : [], notes));
  }
  /** E0204: `#[derive(Copy)]` on a type with a field that is not Copy (`s: String`). */
  checkDerivedCopy(): void {
    for (const adt of this.items.adts) {
      if (adt.isPrelude || !adt.derives.includes('Copy')) continue;
      const astFields = adt.ast.kind === 'struct' ? [adt.ast.fields] : adt.ast.variants.map((v) => v.fields);
      const bad: A.Span[] = [];
      adt.variants.forEach((v, vi) => v.fields.forEach((f, fi) => {
        // A field of a type parameter is Copy where the parameter is (derive adds that bound).
        if (!mentionsParamIndex(f.ty, null) && !isCopy(f.ty, this)) bad.push(astFields[vi]?.[fi]?.span ?? f.span);
      }));
      if (bad.length === 0) continue;
      this.diags.push(error('typeck', 'E0204', 'the trait `Copy` cannot be implemented for this type', adt.ast.name.span,
        [label(adt.ast.name.span, '', true), ...bad.map((s) => label(s, 'this field does not implement `Copy`', false))]));
    }
  }

  /**
   * E0507: a derive that reads the fields of a packed struct copies each out rather than take
   * a reference that may be unaligned, so every field must be Copy.
   */
  checkPackedDerives(): void {
    for (const adt of this.items.adts) {
      if (adt.isPrelude || adt.repr?.pack == null || adt.ast.kind !== 'struct') continue;
      const fields = adt.ast.fields;
      for (const trait of adt.derives) {
        if (!FIELD_READING_DERIVES.has(trait)) continue;
        adt.variants[0]?.fields.forEach((f, fi) => {
          const at = fields[fi]?.span ?? f.span;
          if (mentionsParamIndex(f.ty, null)) this.unsupported(`\`#[derive(${trait})]\` on a packed struct with a field of a type parameter`, at);
          else if (!isCopy(f.ty, this)) {
            this.err('E0507', 'cannot move out of a shared reference', at, `move occurs because value has type \`${this.tyStr(f.ty)}\`, which does not implement the \`Copy\` trait`,
              [`note: \`#[derive(${trait})]\` triggers a move because taking references to the fields of a packed struct is undefined behaviour`]);
          }
        });
      }
    }
  }

  /**
   * E0277 for `#[derive(Eq)]`, `Hash`, `Ord` or `PartialOrd` on a type with a field that cannot have it: a float (not for `PartialOrd`)
   * (`price: f64`, also inside a Vec, Option, Box, array or tuple) or a type of the program without it.
   */
  checkDerivedBounds(): void {
    for (const adt of this.items.adts) {
      if (adt.isPrelude) continue;
      const astFields = adt.ast.kind === 'struct' ? [adt.ast.fields] : adt.ast.variants.map((v) => v.fields);
      for (const trait of adt.derives) {
        if (trait !== 'Eq' && trait !== 'Hash' && trait !== 'Ord' && trait !== 'PartialOrd') continue;
        // `Eq`'s derive asserts each field type once: two `f64` fields are one error.
        const seen = new Set<string>();
        adt.variants.forEach((v, vi) => v.fields.forEach((f, fi) => {
          const culprit = this.lacksDerived(f.ty, trait, 0);
          if (!culprit) return;
          const at = astFields[vi]?.[fi]?.span ?? f.span;
          const name = this.tyStr(culprit);
          if (trait === 'Eq' && seen.has(name)) return;
          seen.add(name);
          if (trait === 'PartialOrd') this.err('E0277', `can't compare \`${name}\` with \`${name}\``, at, `no implementation for \`${name} < ${name}\` and \`${name} > ${name}\``);
          else this.err('E0277', `the trait bound \`${name}: ${trait}\` is not satisfied`, at, `the trait \`${trait}\` is not implemented for \`${name}\``);
        }));
      }
    }
  }

  /**
   * E0277 for an impl's associated type that does not meet its trait's bounds (`type Reading = Vec<i32>;`
   * where the trait says `type Reading: Copy;`), at the type. Only the bounds memviz can judge surely.
   */
  checkAssocTyBounds(): void {
    for (const impl of this.items.impls) {
      if (impl.isPrelude || !impl.trait || typeof impl.trait.key !== 'number') continue;
      for (const member of impl.ast.items) {
        if (member.kind !== 'type' || !member.ty) continue;
        const ty = impl.assocTys.get(member.name.name);
        const bounds = this.items.assocBounds.get(`${impl.trait.key}:${member.name.name}`);
        if (!ty || !bounds || mentionsParamIndex(ty, null) || !this.certain(ty)) continue;
        // rustc reports the last bound first.
        for (const b of [...bounds].reverse()) this.assocBoundError(ty, b, member.ty.span);
      }
    }
  }

  private assocBoundError(ty: Ty, b: TraitRef, at: A.Span): void {
    if (b.fnSig || b.args.length > 0) return;
    if (b.trait === 'Display' || b.trait === 'Debug') {
      const bad = this.lacksFmt(ty, b.trait, 0);
      const [name, trait] = [bad && this.tyStr(bad), b.trait === 'Display' ? 'std::fmt::Display' : 'Debug'];
      if (bad) this.err('E0277', `\`${name}\` doesn't implement \`${trait}\``, at, `the trait \`${trait}\` is not implemented for \`${name}\``);
      return;
    }
    if (typeof b.trait === 'number') {
      const trait = this.items.traitByKey(b.trait);
      if (trait && !this.findTraitImpl(ty, b.trait)) this.err('E0277', `the trait bound \`${this.tyStr(ty)}: ${trait.name}\` is not satisfied`, at, 'unsatisfied trait bound');
      return;
    }
    if (!['Copy', 'Clone', 'Eq', 'Ord', 'Hash'].includes(b.trait)) return;
    const bad = this.lacksStdTrait(ty, b.trait);
    if (!bad) return;
    // `Option<String>: Copy` is std's `impl<T: Copy> Copy for Option<T>` failing at `String`.
    let leaf = this.infer.shallow(bad.ty);
    while (leaf.k === 'builtin' && (leaf.name === 'Option' || leaf.name === 'Result') && !bad.within) {
      const next = leaf.args.map((a) => this.lacksStdTrait(a, b.trait as string)).find((x) => x);
      if (!next || next.within) break;
      leaf = this.infer.shallow(next.ty);
    }
    const [name, trait] = [this.tyStr(leaf), b.trait];
    if (bad.within) {
      const whole = this.tyStr(bad.within);
      this.err('E0277', `the trait bound \`${name}: ${trait}\` is not satisfied in \`${whole}\``, at, `within \`${whole}\`, the trait \`${trait}\` is not implemented for \`${name}\``);
    } else this.err('E0277', `the trait bound \`${name}: ${trait}\` is not satisfied`, at, `the trait \`${trait}\` is not implemented for \`${name}\``);
  }

  /** The type in `t` that surely lacks std's `Eq`/`Hash`/`Ord` (see `checkDerivedBounds`), if any. */
  private lacksDerived(t: Ty, trait: string, depth: number): Ty | null {
    if (depth > 4) return null;
    switch (t.k) {
      case 'float': return trait === 'PartialOrd' ? null : t;
      case 'array': case 'slice': return this.lacksDerived(t.elem, trait, depth + 1);
      case 'ref': return this.lacksDerived(t.inner, trait, depth + 1);
      case 'tuple': return t.elems.map((x) => this.lacksDerived(x, trait, depth + 1)).find((x) => x) ?? null;
      case 'builtin': return ['Vec', 'Option', 'Box', 'VecDeque'].includes(t.name) && t.args[0] ? this.lacksDerived(t.args[0], trait, depth + 1) : null;
      case 'adt': {
        const adt = this.items.adts[t.adt];
        return !adt.isPrelude && !adt.derives.includes(trait) && !this.hasUserImpl(t, trait) ? t : null;
      }
      default: return null;
    }
  }

  private readonly kindObligations: { readonly ty: Ty; readonly trait: 'Fn' | 'FnMut'; readonly at: A.Span }[] = [];

  private readonly threadObligations: { readonly ty: Ty; readonly trait: 'Send' | 'Sync'; readonly at: A.Span }[] = [];

  /**
   * What makes `t` not `Send` (or not `Sync`), as rustc names it: the innermost type that is not,
   * and whether it cannot be sent or cannot be shared. Only what memviz surely knows fails:
   * parameters and types it cannot see into pass. (`also`: an `Arc`'s value that is neither
   * `Sync` nor `Send`, which rustc reports twice.)
   */
  private threadUnsafe(ty: Ty, trait: 'Send' | 'Sync', depth = 0): ThreadUnsafe | null {
    const t = this.infer.shallow(ty);
    if (depth > 12) return null;
    const all = (ts: readonly Ty[], tr: 'Send' | 'Sync' = trait) => {
      for (const x of ts) {
        const bad = this.threadUnsafe(x, tr, depth + 1);
        if (bad) return bad;
      }
      return null;
    };
    switch (t.k) {
      case 'ref': return this.threadUnsafe(t.inner, t.mut && trait === 'Send' ? 'Send' : 'Sync', depth + 1);
      case 'tuple': return all(t.elems);
      case 'array': case 'slice': return all([t.elem]);
      case 'adt': {
        const adt = this.items.adts[t.adt];
        // std's OnceCell is a Cell (never Sync); a OnceLock shared hands its value to other threads too.
        if (adt.isPrelude && adt.name === 'OnceCell' && trait === 'Sync') return { ty: t, trait };
        if (adt.isPrelude && adt.name === 'OnceLock' && trait === 'Sync') return all(t.args, 'Send') ?? all(t.args, 'Sync');
        return all(adt.variants.flatMap((v) => v.fields.map((f) => this.instantiate(f.ty, t.args))));
      }
      // A trait object is `Send` (`Sync`) only where written (`dyn Task + Send`) or its trait requires it.
      case 'dyn': return t.traits.some((r) => this.traitImplies(r.trait, trait)) ? null : { ty: t, trait };
      case 'closure': {
        const info = this.t.closuresByFn.get(t.fn);
        if (!info) return null;
        for (const c of info.captures) {
          // A capture by reference is a `&T` (needs `T: Sync`); by `&mut` or by value, `T: Send`.
          const bad = this.threadUnsafe(c.ty, c.mode === 'ref' ? 'Sync' : trait === 'Sync' ? 'Sync' : 'Send', depth + 1);
          if (bad) return bad;
        }
        return null;
      }
      case 'builtin':
        switch (t.name) {
          case 'Rc': case 'Weak': case 'Ref': case 'RefMut': return { ty: t, trait };
          case 'Cell': case 'RefCell': return trait === 'Sync' ? { ty: t, trait } : all(t.args, 'Send');
          case 'Arc': {
            const shared = all(t.args, 'Sync');
            const sent = all(t.args, 'Send');
            return shared && sent && !(shared.trait === sent.trait && this.tyStr(shared.ty) === this.tyStr(sent.ty)) ? { ...shared, also: sent } : shared ?? sent;
          }
          case 'Mutex': return all(t.args, 'Send');
          case 'RwLock': return all(t.args, 'Send') ?? all(t.args, 'Sync');
          case 'MutexGuard': case 'RwLockReadGuard': case 'RwLockWriteGuard': return trait === 'Send' ? { ty: t, trait } : all(t.args, 'Sync');
          case 'Receiver': return trait === 'Sync' ? { ty: t, trait } : all(t.args, 'Send');
          case 'Sender': case 'SyncSender': case 'JoinHandle': return all(t.args, 'Send');
          case 'Iter': case 'Entry': case 'Formatter': case 'DebugStruct': case 'DebugTuple': case 'DebugList': case 'DebugSet': case 'DebugMap': return null;
          default: return all(t.args);
        }
      default: return null;
    }
  }

  /** The `Send`/`Sync` bounds of a std function's own parameters, on the argument that has the parameter's type. */
  private noteThreadBounds(fn: FnDef, tyArgs: readonly Ty[], args: readonly A.Expr[], self = 0): void {
    for (let i = fn.ownParamStart; i < fn.typeParams.length; i++) {
      if (!tyArgs[i]) continue;
      // A method's arguments come after its receiver (`s.spawn(f)`, `builder.spawn(f)`).
      const k = fn.inputs.findIndex((t) => t.k === 'param' && t.index === i) - self;
      if (k < 0 || !args[k]) continue;
      for (const b of fn.typeParams[i].bounds) {
        if (b.trait === 'Send' || b.trait === 'Sync') this.threadObligations.push({ ty: tyArgs[i], trait: b.trait, at: args[k].span });
      }
    }
  }

  private readonly unwindObligations: { readonly ty: Ty; readonly at: A.Span }[] = [];

  /**
   * What makes `t` not `UnwindSafe` (`shared`: not `RefUnwindSafe`, behind a `&`): a `&mut` (`mut`),
   * a Cell or RefCell shared (`cell`), or a type memviz does not judge (`unknown`: a parameter, a
   * trait object, an iterator, a std type it does not list).
   */
  private unwindUnsafe(ty: Ty, shared: boolean, depth = 0): { ty: Ty; why: 'mut' | 'cell' | 'unknown' } | null {
    const t = this.infer.shallow(ty);
    if (depth > 12) return { ty: t, why: 'unknown' };
    const all = (ts: readonly Ty[], sh = shared) => {
      for (const x of ts) {
        const bad = this.unwindUnsafe(x, sh, depth + 1);
        if (bad) return bad;
      }
      return null;
    };
    switch (t.k) {
      case 'int': case 'float': case 'bool': case 'char': case 'str': case 'never': case 'fndef': case 'fnptr': return null;
      case 'ref': return t.mut ? { ty: t, why: 'mut' } : this.unwindUnsafe(t.inner, true, depth + 1);
      case 'tuple': return all(t.elems);
      case 'array': case 'slice': return all([t.elem]);
      case 'adt': {
        const adt = this.items.adts[t.adt];
        if (adt.isPrelude) return { ty: t, why: 'unknown' };
        return all(adt.variants.flatMap((v) => v.fields.map((f) => this.instantiate(f.ty, t.args))));
      }
      case 'closure': {
        const info = this.t.closuresByFn.get(t.fn);
        if (!info) return { ty: t, why: 'unknown' };
        for (const c of info.captures) {
          const bad = c.mode === 'mutRef' ? { ty: { k: 'ref', mut: true, inner: c.ty, region: ANON } as Ty, why: 'mut' as const } : this.unwindUnsafe(c.ty, shared || c.mode === 'ref', depth + 1);
          if (bad) return bad;
        }
        return null;
      }
      case 'builtin':
        switch (t.name) {
          case 'String': case 'Vec': case 'VecDeque': case 'BinaryHeap': case 'Box': case 'Option': case 'Result': case 'HashMap': case 'HashSet': case 'BTreeMap': case 'BTreeSet': case 'Range': case 'RangeInclusive': return all(t.args);
          case 'Rc': case 'Arc': return all(t.args, true);
          case 'Mutex': case 'RwLock': return null;
          case 'Cell': case 'RefCell': return shared ? { ty: t, why: 'cell' } : all(t.args);
          default: return { ty: t, why: 'unknown' };
        }
      default: return { ty: t, why: 'unknown' };
    }
  }

  /** E0277 for a `catch_unwind` closure that captures a `&mut`; "not supported yet" where memviz cannot judge `UnwindSafe`. */
  private checkUnwindBounds(): void {
    for (const o of this.unwindObligations.splice(0)) {
      const bad = this.unwindUnsafe(o.ty, false);
      if (!bad) continue;
      const name = this.tyStr(bad.ty);
      if (bad.why === 'mut') this.diags.push(error('typeck', 'E0277', `the type \`${name}\` may not be safely transferred across an unwind boundary`, o.at, [label(o.at, `\`${name}\` may not be safely transferred across an unwind boundary`, true)], [`help: the trait \`UnwindSafe\` is not implemented for \`${name}\``]));
      else this.unsupported(`\`catch_unwind\` of a closure that holds \`${name}\` (memviz does not judge whether it is \`UnwindSafe\`)`, o.at);
    }
  }

  /** E0277 for a value that crosses threads (`thread::spawn`'s closure) but holds what may not. */
  checkThreadBounds(): void {
    this.checkUnwindBounds();
    for (const o of this.threadObligations.splice(0)) {
      const first = this.threadUnsafe(o.ty, o.trait);
      for (const bad of first ? [first, ...(first.also ? [first.also] : [])] : []) {
        const name = this.tyStr(bad.ty);
        const what = bad.trait === 'Send' ? 'sent between threads safely' : 'shared between threads safely';
        this.diags.push(error('typeck', 'E0277', `\`${name}\` cannot be ${what}`, o.at, [label(o.at, `\`${name}\` cannot be ${what}`, true)]));
      }
    }
  }

  /** E0525, once capture analysis has given every closure its kind. */
  checkClosureKinds(): void {
    this.checkThreadBounds();
    const rank = { Fn: 0, FnMut: 1, FnOnce: 2 } as const;
    for (const o of this.kindObligations) {
      const ty = this.infer.shallow(o.ty);
      const info = ty.k === 'closure' ? this.t.closuresByFn.get(ty.fn) : undefined;
      if (!info || rank[info.kind] <= rank[o.trait]) continue;
      const span = this.items.fns[info.fn].span;
      const labels = [label(span, `this closure implements \`${info.kind}\`, not \`${o.trait}\``, true)];
      const why = info.kindReason;
      const name = why ? this.t.bindings.get(why.upvar)?.name : undefined;
      if (why && name) {
        labels.push(label(why.span, info.kind === 'FnOnce'
          ? `closure is \`FnOnce\` because it moves the variable \`${name}\` out of its environment`
          : `closure is \`FnMut\` because it mutates the variable \`${name}\` here`, false));
      }
      labels.push(label(o.at, `the requirement to implement \`${o.trait}\` derives from here`, false));
      this.diags.push(error('typeck', 'E0525', `expected a closure that implements the \`${o.trait}\` trait, but this closure only implements \`${info.kind}\``, span, labels));
    }
  }

  /** The std path being resolved through its last name (`std::cmp::Reverse`), if any. */
  private stdPath: string | null = null;

  /** Names of items left inside function bodies: their uses are not "cannot find" errors. */
  private readonly localItemNames = new Set<string>();

  private resolveErr(code: string, message: string, span: A.Span, labelText: string): void {
    this.diags.push(error('resolve', code, message, span, [label(span, labelText, true)]));
  }
  private unsupported(what: string, span: A.Span): void {
    this.diags.push(unsupported('typeck', what, span));
  }

  tyStr(t: Ty): string {
    return tyToString(this.infer.zonk(t), this.items);
  }

  /**
   * Types certain enough that a mismatch is surely an error rustc reports too. `rigid`: a type parameter
   * of the body counts as known (one fixed type inside it; not `Self` or a projection).
   */
  private certain(t: Ty, rigid = false): boolean {
    const z = this.infer.zonk(t);
    const ok = (x: Ty): boolean => {
      switch (x.k) {
        case 'infer': return x.kind !== 'general';
        case 'param': return rigid && this.rigidParam(x);
        case 'int': case 'float': case 'bool': case 'char': case 'str': case 'const': return true;
        case 'tuple': return x.elems.every(ok);
        // Whatever its length (a const parameter, or one still inferred), an array is no other kind of type.
        case 'array': return ok(x.elem);
        case 'slice': return ok(x.elem);
        case 'ref': case 'ptr': return ok(x.inner);
        case 'adt': return x.args.every(ok);
        case 'builtin': return x.name !== 'Iter' && x.args.every(ok);
        default: return false;
      }
    };
    return ok(z);
  }

  private mismatch(at: A.Expr | A.Pattern, expected: Ty, found: Ty, _ctx?: unknown): void {
    // An iterator is never a type the program spelled out (`let v: Vec<usize> = it.map(..)` without
    // `collect`), whatever its adapters are.
    const isIter = (t: Ty) => { const z = this.infer.shallow(t); return z.k === 'builtin' && z.name === 'Iter'; };
    const iterVsCertain = (isIter(found) && this.certain(expected)) || (isIter(expected) && this.certain(found));
    // A type parameter is one fixed type inside its body: a literal or a primitive is never it.
    const ex = this.infer.shallow(expected);
    const fo = this.infer.shallow(found);
    const primitive = (t: Ty) => t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char' || (t.k === 'infer' && t.kind !== 'general');
    // `a + b` with a plain `T: Add` where `T` is wanted: `<T as Add>::Output` is another type (`opOutput`).
    if (fo.k === 'param' && this.isOpOutput(fo) && !(ex.k === 'param' && this.isOpOutput(ex)) && (ex.k === 'param' || this.certain(ex))) {
      const exText = ex.k === 'param' ? `type parameter \`${ex.name}\`` : `\`${this.tyStr(ex)}\``;
      this.err('E0308', this.mismatchMessage ?? 'mismatched types', at.span, `expected ${exText}, found associated type`,
        [`note: expected ${ex.k === 'param' ? 'type parameter' : 'type'} \`${this.tyStr(ex)}\`\n   found associated type \`${fo.name}\``]);
      return;
    }
    if (ex.k === 'param' && primitive(fo)) {
      const foundText = fo.k === 'infer' ? (fo.kind === 'int' ? 'integer' : 'floating-point number') : `\`${this.tyStr(fo)}\``;
      this.err('E0308', this.mismatchMessage ?? 'mismatched types', at.span, `expected type parameter \`${ex.name}\`, found ${foundText}`);
      return;
    }
    // Two different std types, whatever their arguments (`None` where a `Result<i32, String>` is returned).
    const plain = (t: Ty) => t.k === 'builtin' && PLAIN_STD_TYPES.has(t.name);
    const distinct = plain(ex) && plain(fo) && (ex as { name: string }).name !== (fo as { name: string }).name;
    // Two known lengths or const arguments that differ are a mismatch whatever else is still unknown.
    if (this.constMismatch(at, this.infer.zonk(expected), this.infer.zonk(found))) return;
    // Two closures are two types; only capture-free ones meet as a fn pointer (not modelled here).
    const ez = this.infer.zonk(expected), fz = this.infer.zonk(found);
    if (ez.k === 'closure' && fz.k === 'closure' && ez.fn !== fz.fn && [ez, fz].some((c) => (this.t.closuresByFn.get(c.fn)?.upvars.length ?? 0) > 0)) {
      this.err('E0308', this.mismatchMessage ?? 'mismatched types', at.span, 'expected closure, found a different closure', ['note: no two closures, even if identical, have the same type', 'help: consider boxing your closure and/or using it as a trait object']);
      return;
    }
    // (A type parameter is one fixed type: `&T` is never `T`, `Vec<&T>` never `Vec<T>`.)
    const paramMismatch = [ez, fz].some((t) => mentionsParamIndex(t, null)) && this.certain(expected, true) && this.certain(found, true);
    if (iterVsCertain || distinct || paramMismatch || (this.certain(expected) && this.certain(found))) {
      const f = this.infer.zonk(found);
      const foundText = f.k === 'infer' ? (f.kind === 'int' ? 'integer' : 'floating-point number') : `${f.k === 'param' ? 'type parameter ' : ''}\`${this.tyStr(f)}\``;
      const e = this.infer.zonk(expected);
      const expText = e.k === 'infer' ? (e.kind === 'int' ? 'integer' : 'floating-point number') : `${e.k === 'param' ? 'type parameter ' : ''}\`${this.tyStr(e)}\``;
      this.err('E0308', this.mismatchMessage ?? 'mismatched types', at.span, `expected ${expText}, found ${foundText}`);
    } else {
      this.unsupported(`this combination of types (expected \`${this.tyStr(expected)}\`, found \`${this.tyStr(found)}\`)`, at.span);
    }
  }

  /** `<T as Add>::Output` of `opOutput`. */
  private isOpOutput(t: Extract<Ty, { k: 'param' }>): boolean {
    const assoc = this.items.assocParams.get(t.index);
    return assoc !== undefined && typeof assoc.trait === 'string' && BINDING_STD_TRAITS.has(assoc.trait);
  }

  /**
   * rustc's wording where only a length or a const argument differs: "expected an array with a size
   * of 3, found one with a size of 4", or "expected `4`, found `3`" with the two types in a note.
   */
  private constMismatch(at: A.Expr | A.Pattern, expected: Ty, found: Ty): boolean {
    let e = expected, f = found;
    while (e.k === 'ref' && f.k === 'ref' && e.mut === f.mut) { e = e.inner; f = f.inner; }
    // Two lengths that are numbers or const parameters, and not the same one.
    const fixed = (l: ArrayLen) => typeof l === 'number' || l.k === 'param';
    if (e.k === 'array' && f.k === 'array' && fixed(e.len) && fixed(f.len) && !tyEq(lenTy(e.len), lenTy(f.len)) && this.infer.canUnify(e.elem, f.elem)) {
      const size = (l: ArrayLen) => (typeof l === 'number' ? String(l) : this.tyStr(l));
      this.err('E0308', this.mismatchMessage ?? 'mismatched types', at.span, `expected an array with a size of ${size(e.len)}, found one with a size of ${size(f.len)}`);
      return true;
    }
    if (e.k !== 'adt' || f.k !== 'adt' || e.adt !== f.adt) return false;
    const fa = f.args;
    const differ = e.args.flatMap((a, i) => (this.infer.canUnify(a, fa[i]) ? [] : [i]));
    if (differ.length !== 1 || e.args[differ[0]].k !== 'const' || fa[differ[0]].k !== 'const') return false;
    const kind = expected.k === 'ref' ? 'reference' : this.items.adts[e.adt].kind;
    this.err('E0308', this.mismatchMessage ?? 'mismatched types', at.span, `expected \`${this.tyStr(e.args[differ[0]])}\`, found \`${this.tyStr(fa[differ[0]])}\``,
      [`note: expected ${kind} \`${this.tyStr(expected)}\`\n   found ${kind} \`${this.tyStr(found)}\``]);
    return true;
  }

  // ------------------------------------------------------------ coercion

  /**
   * A tuple or array of a return type with `impl Trait` parts, and the value's type of the same
   * shape: each opaque part takes the value's type there, the others are unified. False (nothing
   * done) where `expected` has no opaque part or the shapes differ.
   */
  private defineNestedOpaques(expected: Ty, actual: Ty): boolean {
    const hasOpaque = (t: Ty): boolean => {
      const s = this.infer.shallow(t);
      return s.k === 'opaque' || (s.k === 'tuple' && s.elems.some(hasOpaque)) || (s.k === 'array' && hasOpaque(s.elem));
    };
    const sameShape = (x: Ty, a: Ty): boolean => {
      const xs = this.infer.shallow(x), as = this.infer.shallow(a);
      if (xs.k === 'opaque' || !hasOpaque(xs)) return true;
      if (xs.k === 'tuple') return as.k === 'tuple' && as.elems.length === xs.elems.length && xs.elems.every((e, i) => sameShape(e, as.elems[i]));
      return xs.k === 'array' && as.k === 'array' && sameShape(xs.elem, as.elem) && this.infer.unify(lenTy(xs.len), lenTy(as.len));
    };
    if (!hasOpaque(expected) || !sameShape(expected, actual)) return false;
    const define = (x: Ty, a: Ty): boolean => {
      const xs = this.infer.shallow(x), as = this.infer.shallow(a);
      if (xs.k === 'opaque') return this.infer.unify(xs.actual, as);
      if (!hasOpaque(xs)) return this.infer.unify(xs, as);
      if (xs.k === 'tuple' && as.k === 'tuple') return xs.elems.map((e, i) => define(e, as.elems[i])).every(Boolean);
      return xs.k === 'array' && as.k === 'array' && define(xs.elem, as.elem);
    };
    return define(expected, actual);
  }

  /** Makes `e`'s value of type `actual` fit `expected`, recording any coercion. */
  coerce(e: A.Expr, actual: Ty, expected: Ty): void {
    const a = this.infer.shallow(actual);
    const x = this.infer.shallow(expected);
    if (a.k === 'never' || a.k === 'error' || x.k === 'error') return;
    if (x.k === 'opaque') {
      this.infer.unify(x.actual, a);
      return;
    }
    // `-> (impl Fn() -> i32, impl Fn() -> i32)`: each `impl Trait` part is what the value has there.
    if ((x.k === 'tuple' || x.k === 'array') && this.defineNestedOpaques(x, a)) return;
    if (a.k === 'ref' && x.k === 'ref' && !(x.mut && !a.mut) && this.dynToDyn(e, a.inner, x.inner)) {
      this.t.coercions.set(e.id, { derefs: a.mut !== x.mut ? 1 : 0, reborrow: a.mut !== x.mut ? 'ref' : null, unsizeTo: x });
      return;
    }
    if (a.k === 'ref' && x.k === 'ref') {
      const c = this.refCoercion(a, x);
      if (c === 'mismatch') this.mismatch(e, expected, actual);
      else if (c) {
        this.t.coercions.set(e.id, c);
        const xi = this.infer.shallow(x.inner);
        if (c.unsizeTo && xi.k === 'dyn') this.checkDynCoercion(e, this.infer.shallow(a.inner), xi);
      }
      return;
    }
    // Box<T> → Box<dyn Trait>, and Rc<T> → Rc<dyn Trait> (an observer list of `Rc<dyn Listener>`); Box<[T; N]> → Box<[T]>.
    if (a.k === 'builtin' && x.k === 'builtin' && a.name === x.name && (a.name === 'Box' || isCounted(a.name))) {
      if (this.infer.shallow(x.args[0]).k === 'dyn') this.defaultLiteral(a.args[0]);
      const ai = this.infer.shallow(a.args[0]), xi = this.infer.shallow(x.args[0]);
      if (this.dynToDyn(e, ai, xi)) {
        this.t.coercions.set(e.id, { derefs: 0, reborrow: null, unsizeTo: x });
        return;
      }
      if (xi.k === 'dyn' && ai.k !== 'dyn' && ai.k !== 'infer') {
        this.checkDynCoercion(e, ai, xi);
        this.t.coercions.set(e.id, { derefs: 0, reborrow: null, unsizeTo: x });
        return;
      }
      // `let b: Box<[i32]> = Box::new([1, 2, 3]);`: the array's length moves into the pointer.
      if (xi.k === 'slice' && ai.k === 'array') {
        if (!this.infer.unify(ai.elem, xi.elem)) this.mismatch(e, expected, actual);
        else this.t.coercions.set(e.id, { derefs: 0, reborrow: null, unsizeTo: x });
        return;
      }
    }
    // `&x` / `&mut x` where a raw pointer is wanted, and `*mut T` as `*const T`; never `*const T` as `*mut T`.
    if (x.k === 'ptr' && (a.k === 'ref' || a.k === 'ptr')) {
      if (x.mut && !a.mut) this.err('E0308', 'mismatched types', e.span, 'types differ in mutability', [`note: expected raw pointer \`${this.tyStr(x)}\``, `found ${a.k === 'ref' ? 'reference' : 'raw pointer'} \`${this.tyStr(a)}\``]);
      else if (!this.infer.unify(a.inner, x.inner)) this.mismatch(e, expected, actual);
      else if (a.k === 'ref' || a.mut !== x.mut) this.t.coercions.set(e.id, { derefs: 0, reborrow: null, unsizeTo: x });
      return;
    }
    if (x.k === 'fnptr' && a.k === 'fndef' && this.items.fns[a.fn].ast?.isUnsafe) {
      this.err('E0308', 'mismatched types', e.span, 'expected safe fn, found unsafe fn', ['note: unsafe functions cannot be coerced into safe function pointers']);
      return;
    }
    if (x.k === 'fnptr' && (a.k === 'fndef' || a.k === 'closure')) {
      // Only a closure that captures nothing is a function.
      if (a.k === 'closure' && (this.t.closuresByFn.get(a.fn)?.upvars.length ?? 0) > 0) {
        this.err('E0308', 'mismatched types', e.span, 'expected fn pointer, found closure');
        return;
      }
      const sig = this.callableSig(a);
      if (sig) { this.unifyList(sig.inputs, x.inputs); this.infer.unify(sig.output, x.output); }
      this.t.coercions.set(e.id, { derefs: 0, reborrow: null, unsizeTo: x });
      return;
    }
    if (!this.infer.unify(a, x)) this.mismatch(e, expected, actual);
  }

  /**
   * Trait upcasting (`&dyn Car` as `&dyn Vehicle` where `trait Car: Vehicle`): true for a coercion
   * to record. A trait of the program that is not among the source's supertraits is rustc's E0308
   * (reported here, true too). Plain objects only: one trait of the program each, without arguments,
   * and no auto traits the source lacks; anything else is left to unification (false).
   */
  private dynToDyn(e: A.Expr, from: Ty, to: Ty): boolean {
    const f = this.infer.shallow(from), t = this.infer.shallow(to);
    if (f.k !== 'dyn' || t.k !== 'dyn') return false;
    const auto = (r: TraitRef) => r.trait === 'Send' || r.trait === 'Sync';
    const principal = (d: Extract<Ty, { k: 'dyn' }>) => {
      const main = d.traits.filter((r) => !auto(r));
      return main.length === 1 && typeof main[0].trait === 'number' && main[0].args.length === 0 && !main[0].fnSig ? main[0].trait : null;
    };
    const src = principal(f), dst = principal(t);
    if (src === null || dst === null || src === dst) return false;
    if (!t.traits.every((r) => !auto(r) || f.traits.some((q) => q.trait === r.trait))) return false;
    // The supertraits of `src`, and theirs, written without arguments.
    const seen = new Set<number | string>();
    const reaches = (key: number | string): boolean => {
      if (key === dst) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return (this.items.traitByKey(key)?.supertraits ?? []).some((r) => r.args.length === 0 && reaches(r.trait));
    };
    if (!reaches(src)) {
      const name = (k: number) => this.items.traitName(k);
      this.err('E0308', 'mismatched types', e.span, `expected trait \`${name(dst)}\`, found trait \`${name(src)}\``);
    }
    return true;
  }

  /** An integer (float) literal's type not decided yet becomes i32 (f64), rustc's fallback. */
  private defaultLiteral(t: Ty): void {
    const s = this.infer.shallow(t);
    if (s.k === 'infer' && s.kind !== 'general') this.infer.fallback(s);
  }

  private derefImpls: readonly ImplInfo[] | null = null;

  /** `impl Deref for MyBox<T>` of the program: its `deref` for `t`, and the `Target` it gives. */
  private userDeref(t: Ty): OverloadedDeref | null {
    const s = this.infer.shallow(t);
    if (s.k !== 'adt') return null;
    // (Looked for on every method call and field: the impls are listed once.)
    this.derefImpls ??= this.items.impls.filter((impl) => impl.traitName === 'Deref' || impl.traitName === 'DerefMut'); // the program's, and the prelude's Cow
    for (const impl of this.derefImpls) {
      if (impl.traitName !== 'Deref') continue;
      const implArgs = this.matchImpl(impl, s);
      const fnId = impl.methods.get('deref');
      const target = impl.assocTys.get('Target');
      if (!implArgs || fnId === undefined || !target) continue;
      const tyArgs = this.instantiateArgs(this.items.fns[fnId], implArgs, s);
      let derefMut: OverloadedDeref['derefMut'];
      for (const m of this.derefImpls) {
        const mutArgs = m.traitName === 'DerefMut' ? this.matchImpl(m, s) : null;
        const mutFn = m.methods.get('deref_mut');
        if (mutArgs && mutFn !== undefined) derefMut = { fn: mutFn, tyArgs: this.instantiateArgs(this.items.fns[mutFn], mutArgs, s) };
      }
      return { fn: fnId, tyArgs, target: substTy(target, tyArgs), ...(derefMut ? { derefMut } : {}) };
    }
    return null;
  }

  private refCoercion(a: Extract<Ty, { k: 'ref' }>, x: Extract<Ty, { k: 'ref' }>): Coercion | null | 'mismatch' {
    if (x.mut && !a.mut) return 'mismatch';
    const xi = this.infer.shallow(x.inner);
    if (xi.k === 'infer') {
      this.infer.unify(a.inner, xi);
      return a.mut && x.mut ? { derefs: 1, reborrow: 'refMut', unsizeTo: null } : a.mut ? { derefs: 1, reborrow: 'ref', unsizeTo: null } : null;
    }
    // `&3` as `&dyn Display`: the literal's type falls back to i32 (f64) before the unsizing, as in rustc.
    if (xi.k === 'dyn') this.defaultLiteral(a.inner);
    // Deref coercion: &String → &str, &Vec<T> → &[T], &&T → &T, &Box<T> → &T, and through one
    // `impl Deref` of the program (&MyBox<String> → &String → &str).
    let cur: Ty | null = a.inner;
    let overloaded: Coercion['overloaded'];
    for (let n = 1; cur && n <= 6; n++) {
      const c = this.infer.shallow(cur);
      if (this.infer.canUnify(c, xi)) {
        this.infer.unify(c, xi);
        if (n === 1 && !a.mut) return null;
        if (overloaded && x.mut && !overloaded.derefMut) return 'mismatch'; // `&mut` through a `Deref` needs its `DerefMut`
        return { derefs: n, reborrow: x.mut ? 'refMut' : 'ref', unsizeTo: null, ...(overloaded ? { overloaded } : {}) };
      }
      // Unsizing: &[T; N] → &[T], &T → &dyn Trait.
      if (!overloaded && c.k === 'array' && xi.k === 'slice' && this.infer.canUnify(c.elem, xi.elem)) {
        this.infer.unify(c.elem, xi.elem);
        const reborrow = n === 1 && a.mut === x.mut && !x.mut ? null : x.mut ? 'refMut' : 'ref';
        return { derefs: reborrow ? n : 0, reborrow, unsizeTo: x };
      }
      if (xi.k === 'dyn' && c.k !== 'dyn' && c.k !== 'infer' && n === 1) {
        return { derefs: a.mut !== x.mut ? 1 : 0, reborrow: a.mut !== x.mut ? 'ref' : null, unsizeTo: x };
      }
      cur = derefStep(c);
      if (!cur && !overloaded) {
        const user = this.userDeref(c);
        if (user) {
          overloaded = { ...user, at: n + 1 };
          cur = user.target;
        }
      }
    }
    return 'mismatch';
  }

  private checkDynCoercion(e: A.Expr, concrete: Ty, dyn: Extract<Ty, { k: 'dyn' }>): void {
    for (const tr of dyn.traits) {
      // `Box<dyn FnOnce() + Send>`: judged with `thread::spawn`'s bounds once captures are known.
      if (tr.trait === 'Send' || tr.trait === 'Sync') {
        this.threadObligations.push({ ty: concrete, trait: tr.trait, at: e.span });
        continue;
      }
      if (tr.fnSig) {
        const sig = this.callableSig(concrete);
        if (sig) { this.unifyList(sig.inputs, tr.fnSig.inputs); this.infer.unify(sig.output, tr.fnSig.output); }
        continue;
      }
      if (typeof tr.trait === 'number' && !this.findTraitImpl(concrete, tr.trait)) {
        if (this.certain(concrete)) {
          this.err('E0277', `the trait bound \`${this.tyStr(concrete)}: ${this.items.traitName(tr.trait)}\` is not satisfied`, e.span, `the trait \`${this.items.traitName(tr.trait)}\` is not implemented for \`${this.tyStr(concrete)}\``);
        }
      }
    }
  }

  private unifyList(a: readonly Ty[], b: readonly Ty[]): void {
    for (let i = 0; i < Math.min(a.length, b.length); i++) this.infer.unify(a[i], b[i]);
  }

  /** Check an expression at a coercion site. */
  private checkCoerce(e: A.Expr, expected: Ty): Ty {
    const actual = this.checkExpr(e, expected);
    this.coerce(e, actual, expected);
    return expected;
  }

  // ------------------------------------------------------------ blocks and statements

  checkBlock(b: A.BlockExpr, expected: Expect): Ty {
    return this.withScope(() => {
      let diverges = false;
      for (const s of b.stmts) if (this.checkStmt(s)) diverges = true;
      if (b.tail) {
        const t = this.checkExpr(b.tail, expected);
        return t;
      }
      if (diverges) return NEVER;
      return UNIT;
    });
  }

  /** Returns true if the statement surely diverges. */
  private checkStmt(s: A.Stmt): boolean {
    switch (s.kind) {
      case 'let': {
        const declared = s.ty ? this.items.lowerTy(s.ty, this.tyScope) : null;
        if (declared && s.ty) this.noteAdtBounds(declared, s.ty.span);
        // `let s: str = ...`: a local needs a size (rustc points at the binding).
        if (declared && s.pat.kind === 'ident') this.items.requireSized(declared, s.pat.name.span, false);
        let ty: Ty = declared ?? this.infer.fresh();
        if (s.init) {
          const before = this.annObligations.length;
          const actual = this.checkExpr(s.init, declared);
          // `let total = v.iter().sum();`: rustc asks for the annotation at the binding.
          if (!declared && s.pat.kind === 'ident') for (let i = before; i < this.annObligations.length; i++) this.annObligations[i].letAt ??= s.pat.name.span;
          if (declared) this.coerce(s.init, actual, declared);
          else ty = actual;
          // `let v = Vec::new();` that nothing fills: E0282 at the body's end (see `checkEmptyCollections`).
          if (!declared && s.pat.kind === 'ident' && s.init.kind === 'call' && s.init.callee.kind === 'path' && s.init.args.length === 0) {
            const segs = s.init.callee.path.segments;
            if (segs.length === 2 && segs[1].name.name === 'new' && !segs[0].args && (EMPTY_COLLECTIONS.has(segs[0].name.name) || this.isGenericAdtName(segs[0].name.name))) this.emptyCollections.push({ ty: actual, name: s.pat.name.name, at: s.pat.name.span });
          }
        }
        if (s.elseBlock) {
          const et = this.checkBlock(s.elseBlock, null);
          if (this.infer.shallow(et).k !== 'never') this.err('E0308', '`else` clause of `let...else` does not diverge', s.elseBlock.span);
        }
        if (!declared && s.pat.kind === 'ident') this.untypedLets.push({ ty, at: s.pat.name.span, name: s.pat.name.name });
        // The init is checked before the pattern's names come into scope (`let x = x + 1;`).
        this.checkPat(s.pat, ty, 'move', s.elseBlock === null);
        this.bindingsOnce(s.pat);
        return false;
      }
      case 'expr': {
        const t = this.checkExpr(s.expr, s.semi ? null : UNIT);
        if (!s.semi && !isBlockLike(s.expr)) { /* tail handled by block */ }
        if (!s.semi && isBlockLike(s.expr) && this.infer.shallow(t).k !== 'never' && !this.infer.unify(t, UNIT)) this.mismatch(s.expr, UNIT, t);
        return this.infer.shallow(t).k === 'never';
      }
      case 'item':
        // The parser and name resolution moved every other item out (a `mod` stays when another item has its name).
        this.unsupported(s.item.kind === 'use' ? '`use` inside a function body' : s.item.kind === 'mod' ? 'a `mod` inside a function body, of a name another item has' : 'this item inside a function body', s.item.kind === 'fn' ? s.item.name.span : s.span);
        if ('name' in s.item && s.item.name) this.localItemNames.add(s.item.name.name);
        return false;
      case 'empty': return false;
    }
  }

  // ------------------------------------------------------------ expressions

  checkExpr(e: A.Expr, expected: Expect): Ty {
    // An argument already checked to choose among the program's impls (`String::from(x)`): its type, not a second check.
    const pre = this.prechecked.get(e.id);
    if (pre) {
      this.prechecked.delete(e.id);
      return pre;
    }
    const t = this.checkExprInner(e, expected);
    this.t.exprTys.set(e.id, t);
    return t;
  }

  private checkExprInner(e: A.Expr, expected: Expect): Ty {
    switch (e.kind) {
      case 'lit': return this.checkLit(e.lit, expected);
      case 'path': return this.checkPathExpr(e);
      case 'paren': return this.checkExpr(e.inner, expected);
      case 'unary': return this.checkUnary(e, expected);
      case 'ref': {
        const ex = expected ? this.infer.shallow(expected) : null;
        const innerExp = ex && ex.k === 'ref' ? ex.inner : null;
        const inner = this.checkExpr(e.operand, innerExp);
        if (e.mutable) this.checkDerefMut(e.operand, 'borrow', e.span);
        return { k: 'ref', mut: e.mutable, inner, region: ANON };
      }
      case 'binary': return this.checkBinary(e, expected);
      case 'assign': {
        if (this.isDestructuring(e.target)) return this.checkDestructuring(e);
        const target = this.checkExpr(e.target, null);
        // An invalid target (`c.borrow_mut() = 6`) is rustc's one error, at the `=`; the value is not judged by it.
        if (!this.checkAssignable(e.target, this.assignOpSpan(e), e.span)) { this.checkExpr(e.value, null); return UNIT; }
        this.checkCoerce(e.value, target);
        return UNIT;
      }
      case 'compoundAssign': return this.checkCompoundAssign(e);
      case 'call': return this.checkCall(e, expected);
      case 'methodCall': return this.checkMethodCall(e, expected);
      case 'field': return this.checkField(e);
      case 'index': return this.checkIndex(e);
      case 'range': return this.checkRange(e, expected);
      case 'tuple': {
        if (e.elems.length === 0) return UNIT;
        const ex = expected ? this.infer.shallow(expected) : null;
        const elems = e.elems.map((x, i) => {
          const want = ex && ex.k === 'tuple' && ex.elems.length === e.elems.length ? ex.elems[i] : null;
          // `("neg", Box::new(|x| -x))` as `(&str, Box<dyn Fn(i32) -> i32>)`: each field is a coercion site.
          // (Likewise a fn item or a closure as a `fn` pointer: `("add_one", add_one)` as `(&str, fn(i32) -> i32)`.)
          const w = want ? this.infer.shallow(want) : null;
          return want && (this.certain(want) || isDynPointer(w!, this.infer) || w!.k === 'fnptr') ? this.checkCoerce(x, want) : this.checkExpr(x, want);
        });
        return { k: 'tuple', elems };
      }
      case 'array': {
        const ex = expected ? this.infer.shallow(expected) : null;
        const want = ex && (ex.k === 'array' || ex.k === 'slice') ? ex.elem : null;
        return { k: 'array', elem: this.checkElems(e.elems, want), len: e.elems.length };
      }
      case 'arrayRepeat': {
        const ex = expected ? this.infer.shallow(expected) : null;
        const elem = this.checkExpr(e.value, ex && ex.k === 'array' ? ex.elem : null);
        if (!isUnderscore(e.count)) this.checkCoerce(e.count, { k: 'int', int: 'usize' });
        const len = this.items.constArgOrNull(e.count, this.tyScope);
        if (len === null || (len.k === 'const' && len.value < 0n)) { this.unsupported('array lengths that are not constants', e.count.span); return ERROR; }
        if (len.k === 'infer') this.constArgUses.push({ v: len, at: e.count.span, owner: '', param: '_', what: '' });
        return len.k === 'error' ? ERROR : arrayTy(elem, len);
      }
      case 'struct': return this.checkStructExpr(e);
      case 'block':
        if (e.unsafe) {
          this.unsafeDepth++;
          try {
            return e.label ? this.checkLabeledBlock(e, expected) : this.checkBlock(e, expected);
          } finally {
            this.unsafeDepth--;
          }
        }
        if (e.label) return this.checkLabeledBlock(e, expected);
        return this.checkBlock(e, expected);
      case 'if': return this.checkIf(e, expected);
      case 'letCond':
        this.unsupported('`let` in this position', e.span);
        return BOOL;
      case 'match': return this.checkMatch(e, expected);
      case 'loop': {
        const ctx: LoopCtx = { label: e.label, breakTy: expected ?? this.infer.fresh(), isLoop: true, hasBreak: false };
        this.body.loops.push(ctx);
        this.checkBlockUnit(e.body);
        this.body.loops.pop();
        return ctx.hasBreak ? ctx.breakTy! : NEVER;
      }
      case 'while': {
        this.withScope(() => {
          this.checkCond(e.cond);
          this.body.loops.push({ label: e.label, breakTy: null, isLoop: false, hasBreak: false });
          this.checkBlockUnit(e.body);
          this.body.loops.pop();
        });
        return UNIT;
      }
      case 'for': return this.checkFor(e);
      case 'break': {
        const ctx = this.findLoop(e.label, e.span);
        if (ctx) ctx.hasBreak = true;
        if (e.value) {
          if (ctx && ctx.breakTy) this.checkCoerce(e.value, ctx.breakTy);
          else {
            this.checkExpr(e.value, null);
            if (ctx) this.err('E0571', '`break` with value from a `while` loop', e.span, 'can only break with a value inside `loop` or breakable block');
          }
        } else if (ctx && ctx.breakTy && ctx.isLoop) {
          if (!this.infer.unify(ctx.breakTy, UNIT)) this.mismatch(e, ctx.breakTy, UNIT);
        }
        return NEVER;
      }
      case 'continue':
        this.findLoop(e.label, e.span);
        return NEVER;
      case 'return': {
        const ret = this.body.retTy;
        if (e.value) {
          if (ret.k === 'opaque') this.infer.unify(ret.actual, this.checkExpr(e.value, null));
          else this.checkCoerce(e.value, ret);
        } else if (!this.infer.unify(ret, UNIT)) this.mismatch(e, ret, UNIT);
        return NEVER;
      }
      case 'closure': return this.checkClosure(e, expected);
      case 'macro': return this.checkMacro(e, expected);
      case 'try': return this.checkTry(e);
      case 'cast': {
        const to = this.items.lowerTy(e.ty, this.tyScope);
        // `&s as &dyn Shape`, `Box::new(s) as Box<dyn Shape>`: the coercion a `let` would make.
        if (isDynPointer(this.infer.shallow(to), this.infer)) {
          this.coerce(e.operand, this.checkExpr(e.operand, null), to);
          return to;
        }
        const from = this.checkExpr(e.operand, isNumeric(to) ? null : null);
        const f = this.infer.shallow(from);
        // An unsuffixed literal cast to a numeric type takes that type when it fits (`5 as u8`);
        // a variable does not (`let n = 3; n as i64` leaves `n` an integer of its own type).
        if (isLiteralExpr(e.operand)) {
          if (f.k === 'infer' && f.kind === 'int' && to.k === 'int') this.infer.unify(f, to);
          if (f.k === 'infer' && f.kind === 'float' && to.k === 'float') this.infer.unify(f, to);
        }
        const fs = this.infer.shallow(from);
        const tp = this.infer.shallow(to);
        if (tp.k === 'ptr') return this.checkPtrCast(e, fs, tp);
        // A fieldless enum casts to its discriminant (`Color::Red as i32`, `Ordering::Less as i8`).
        const fieldless = fs.k === 'adt' && this.items.adts[fs.adt].kind === 'enum' && this.items.adts[fs.adt].variants.every((v) => v.fields.length === 0);
        if (!(fieldless && to.k === 'int') && !castOk(fs, to)) {
          const primitive = (t: Ty) => t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char' || t.k === 'ref' || t.k === 'ptr' || t.k === 'fnptr';
          if (!this.certain(from)) this.unsupported('this cast', e.span);
          else if (to.k === 'bool' && (fs.k === 'int' || fs.k === 'float' || (fs.k === 'infer' && fs.kind !== 'general'))) this.err('E0054', `cannot cast \`${this.tyStr(from)}\` as \`bool\``, e.span, 'unsupported cast');
          else if (to.k === 'char' && fs.k === 'int') this.err('E0604', `only \`u8\` can be cast as \`char\`, not \`${this.tyStr(from)}\``, e.span, 'invalid cast');
          else if (primitive(fs) && (to.k === 'int' || to.k === 'float' || to.k === 'bool' || to.k === 'char')) this.err('E0606', `casting \`${this.tyStr(from)}\` as \`${this.tyStr(to)}\` is invalid`, e.span, '');
          else this.err('E0605', `non-primitive cast: \`${this.tyStr(from)}\` as \`${this.tyStr(to)}\``, e.span, 'an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object');
        }
        return to;
      }
    }
  }

  /**
   * `&x as *const T`, `&mut x as *mut T`, `p as *mut T`, `addr as *const T`: what rustc allows; a shared
   * reference never becomes `*mut` directly (E0606).
   */
  private checkPtrCast(e: A.CastExpr, from: Ty, to: Extract<Ty, { k: 'ptr' }>): Ty {
    if (from.k === 'error') return to;
    if (from.k === 'ref') {
      if (to.mut && !from.mut) { this.err('E0606', `casting \`${this.tyStr(from)}\` as \`${this.tyStr(to)}\` is invalid`, e.span); return to; }
      if (!this.infer.unify(from.inner, to.inner)) this.unsupported('this pointer cast', e.span);
      return to;
    }
    if (from.k === 'ptr') {
      // A cast between pointee types memviz cannot follow at run time stays unsupported.
      if (!this.infer.unify(from.inner, to.inner)) this.unsupported('casts between raw pointers to different types', e.span);
      return to;
    }
    if (from.k === 'int' || (from.k === 'infer' && from.kind === 'int')) {
      if (from.k === 'infer') this.infer.unify(from, { k: 'int', int: 'usize' });
      return to;
    }
    if (this.certain(from)) this.err('E0605', `non-primitive cast: \`${this.tyStr(from)}\` as \`${this.tyStr(to)}\``, e.span, 'an `as` expression can only be used to convert between primitive types or to coerce to a specific trait object');
    else this.unsupported('this cast', e.span);
    return to;
  }

  private checkBlockUnit(b: A.BlockExpr): void {
    const t = this.checkBlock(b, UNIT);
    const s = this.infer.shallow(t);
    if (s.k !== 'never' && !this.infer.unify(s, UNIT)) this.mismatch(b.tail ?? b, UNIT, t);
  }

  private checkLabeledBlock(b: A.BlockExpr, expected: Expect): Ty {
    const ctx: LoopCtx = { label: b.label, breakTy: expected ?? this.infer.fresh(), isLoop: true, isBlock: true, hasBreak: false };
    this.body.loops.push(ctx);
    const t = this.checkBlock(b, ctx.breakTy);
    this.body.loops.pop();
    if (b.tail) this.coerce(b.tail, t, ctx.breakTy!);
    else if (this.infer.shallow(t).k !== 'never') this.infer.unify(ctx.breakTy!, t);
    return ctx.breakTy!;
  }

  private findLoop(lbl: string | null, span: A.Span): LoopCtx | null {
    const loops = this.body.loops;
    for (let i = loops.length - 1; i >= 0; i--) {
      if (lbl === null ? !loops[i].isBlock : loops[i].label === lbl) return loops[i];
    }
    if (lbl) this.resolveErr('E0426', `use of undeclared label \`'${lbl}\``, span, `undeclared label \`'${lbl}\``);
    else this.err('E0268', '`break` outside of a loop or labeled block', span, 'cannot `break` outside of a loop or labeled block');
    return null;
  }

  private checkElems(elems: readonly A.Expr[], want: Ty | null): Ty {
    if (want && this.certain(want)) {
      for (const x of elems) this.checkCoerce(x, want);
      return want;
    }
    if (!want && elems.length > 1 && elems.every((x) => x.kind === 'closure')) return this.closureElems(elems as readonly A.ClosureExpr[]);
    const elem = want ?? this.infer.fresh();
    for (const x of elems) this.checkCoerce(x, elem);
    return elem;
  }

  /**
   * `vec![|x| x + 1, |x| x * 2]`: no two closures have one type, but closures that capture nothing
   * all become `fn` pointers (rustc's "least upper bound" of the elements). One that captures is
   * E0308 at the first closure after the first.
   */
  private closureElems(elems: readonly A.ClosureExpr[]): Ty {
    const tys = elems.map((x) => this.checkExpr(x, null));
    const infos = tys.map((t) => { const s = this.infer.shallow(t); return s.k === 'closure' ? this.t.closuresByFn.get(s.fn) : undefined; });
    if (infos.some((i) => !i)) return tys[0];
    if (infos.some((i) => i!.upvars.length > 0)) {
      const at = elems[1];
      this.diags.push(error('typeck', 'E0308', 'mismatched types', at.span, [label(at.span, 'expected closure, found a different closure', true), label(elems[0].span, 'the expected closure')], ['note: no two closures, even if identical, have the same type', 'help: consider boxing your closure and/or using it as a trait object']));
      return tys[0];
    }
    const first = infos[0]!;
    const ptr: Ty = { k: 'fnptr', inputs: first.inputs, output: first.output };
    elems.forEach((x, i) => this.coerce(x, tys[i], ptr));
    return ptr;
  }

  private checkLit(lit: A.LitValue, expected: Expect): Ty {
    switch (lit.kind) {
      case 'int': {
        if (lit.suffix) return suffixTy(lit.suffix);
        const ex = expected ? this.infer.shallow(expected) : null;
        if (ex && (ex.k === 'int' || (ex.k === 'infer' && ex.kind === 'int'))) return ex;
        return this.infer.fresh('int');
      }
      case 'float': {
        if (lit.suffix) return { k: 'float', float: lit.suffix as 'f32' | 'f64' };
        const ex = expected ? this.infer.shallow(expected) : null;
        if (ex && ex.k === 'float') return ex;
        return this.infer.fresh('float');
      }
      case 'bool': return BOOL;
      case 'char': return CHAR;
      case 'str': return REF_STR;
    }
  }

  // ------------------------------------------------------------ paths

  /** A path used as a value (a callee's path is checked by checkCall). */
  private checkPathExpr(e: A.PathExpr): Ty {
    if (isUnderscore(e)) {
      this.err(null, 'in expressions, `_` can only be used on the left-hand side of an assignment', e.span, '`_` not allowed here');
      return ERROR;
    }
    // `map(ToString::to_string)`: read again as `|a0| ToString::to_string(a0)` (see below).
    const segs = e.path.segments;
    const ufcsArity = segs.length === 2 && !e.path.qself && STD_UFCS_TRAITS.has(segs[0].name.name) && !this.items.types.has(segs[0].name.name) ? STD_UFCS_ARITY[segs[1].name.name] : undefined;
    if (ufcsArity !== undefined) {
      this.t.fnValues.set(e.span.start, ufcsArity);
      this.unsupported(`\`${segs[0].name.name}::${segs[1].name.name}\` as a value`, e.span);
      return ERROR;
    }
    const res = this.resolveValuePath(e.path, false, e.span);
    if (!res) return ERROR;
    // A std function memviz implements natively (`f64::min`, `i32::abs`) or a constructor cannot be
    // handed around as a value: the engine parses the program again with a closure there
    // (`|a| i32::abs(a)`, which behaves the same). Reported only if that second pass never happens.
    const arity = this.fnValueArity(res);
    if (arity !== null) {
      this.t.fnValues.set(e.span.start, arity);
      this.unsupported(`\`${e.path.segments.map((x) => x.name.name).join('::')}\` as a value`, e.span);
      return ERROR;
    }
    this.t.paths.set(e.id, res);
    if (res.k === 'static' && this.items.statics[res.id].mutable) {
      this.requireUnsafe('use of mutable static', 'use of mutable static', 'mutable statics can be mutated by multiple threads: aliasing violations or data races will cause undefined behavior', e.span);
    }
    return this.resTy(res, e);
  }

  private fnValueArity(res: Res): number | null {
    if (res.k === 'fn') {
      const fn = this.items.fns[res.fn];
      return fn?.builtin ? fn.inputs.length : null;
    }
    if (res.k === 'ctor') {
      const v = this.items.adts[res.adt].variants[res.variant];
      return v.shape === 'tuple' ? v.fields.length : null;
    }
    if (res.k === 'builtinCtor') return res.ty.k === 'builtin' && res.ty.name === 'Option' && res.variant === 0 ? null : 1;
    return null;
  }

  /** The type of what a path names; constructors with arguments never get here (see fnValueArity, checkCall). */
  private resTy(res: Res, e: A.Expr): Ty {
    switch (res.k) {
      case 'local': return this.localTy(res.id);
      case 'fn': return { k: 'fndef', fn: res.fn, args: res.tyArgs };
      case 'const': return this.items.consts[res.id].ty;
      case 'assocConst': return res.ty;
      case 'constParam': return res.ty;
      case 'static': return this.items.statics[res.id].ty;
      case 'ctor': {
        const adt = this.items.adts[res.adt];
        const v = adt.variants[res.variant];
        const self: Ty = { k: 'adt', adt: res.adt, args: res.tyArgs };
        if (v.shape === 'unit') return self;
        if (v.shape === 'tuple') return ERROR;
        this.err('E0533', `expected value, found struct variant \`${adt.name}::${v.name}\``, e.span, 'not a value');
        return ERROR;
      }
      case 'builtinCtor':
        return res.ty.k === 'builtin' && res.ty.name === 'Option' && res.variant === 0 ? res.ty : ERROR;
    }
  }

  /** Resolves a path in the value namespace. Reports E0425/E0433 when nothing matches. */
  private resolveValuePath(path: A.Path, asCallee: boolean, span: A.Span): Res | null {
    if (path.qself) return this.qualifiedPath(path, path.qself);
    const segs = path.segments;
    const names = segs.map((s) => s.name.name);
    if (segs.length === 1) {
      const name = names[0];
      // Reached through a std path (`std::cmp::max`): std's item, never a local or an item of the program.
      if (this.stdPath !== null) {
        // `std::cmp::max`, `std::iter::from_fn`, `iter::repeat`: a function of a std module the prelude declares.
        const module = this.stdPath.split('::').find((seg) => seg !== name && this.items.modules.has(seg));
        const std = module ? this.items.modules.get(module)?.get(name) : undefined;
        if (std !== undefined) {
          const tyArgs = this.items.fns[std].typeParams.map(() => this.infer.fresh());
          this.noteConstArgs(this.items.fns[std], tyArgs, segs[0].name.span);
          return { k: 'fn', fn: std, tyArgs };
        }
        // `fmt::Error` is the prelude's `FmtError`.
        const prelude = this.items.preludeValues.get(name === 'Error' && this.stdPath.split('::').includes('fmt') ? 'FmtError' : name);
        if (prelude) return this.itemRes(prelude, segs[0]);
        this.unsupported(`\`${this.stdPath}\``, segs[0].name.span);
        return null;
      }
      const local = this.lookupLocal(name, span);
      if (local !== null) return { k: 'local', id: this.t.bindingAlias.get(local) ?? local };
      // A const generic parameter is a value of its type in the item's body (`for i in 0..N`).
      const konst = this.tyScope.constParams?.get(name);
      if (konst) return { k: 'constParam', param: this.tyScope.params.get(name)!, ty: konst };
      const item = this.items.values.get(name) ?? this.items.preludeValues.get(this.items.stdAlias(name));
      if (item) return this.itemRes(item, segs[0]);
      switch (name) {
        // `None::<&str>`: the turbofish gives the type.
        case 'None': case 'Some': {
          const given = segs[0].args?.types[0];
          const arg = given ? this.items.lowerTy(given, this.tyScope) : this.infer.fresh();
          return { k: 'builtinCtor', ty: { k: 'builtin', name: 'Option', args: [arg] }, variant: name === 'None' ? 0 : 1 };
        }
        // `Ok::<i32, String>(1)`: likewise.
        case 'Ok': case 'Err': {
          const given = segs[0].args?.types.map((t) => this.items.lowerTy(t, this.tyScope)) ?? [];
          return { k: 'builtinCtor', ty: { k: 'builtin', name: 'Result', args: [given[0] ?? this.infer.fresh(), given[1] ?? this.infer.fresh()] }, variant: name === 'Ok' ? 0 : 1 };
        }
        case 'drop': return { k: 'fn', fn: this.items.modules.get('mem')!.get('drop')!, tyArgs: [this.infer.fresh()] };
      }
      const what = asCallee ? 'function' : 'value';
      // `R(10, 40)` or `let r = R;` with `struct R { w: u32, h: u32 }`: a struct with named fields is no value.
      const named = this.items.types.get(name);
      if (named && named.k === 'adt' && this.items.adts[named.adt].kind === 'struct' && !this.items.adts[named.adt].isPrelude) {
        this.resolveErr('E0423', `expected ${asCallee ? 'function, tuple struct or tuple variant' : 'value'}, found struct \`${name}\``, segs[0].name.span, '');
        return null;
      }
      // A name declared by an item the body keeps (not supported yet, and said so there) is not missing.
      if (this.stdPath !== null) this.unsupported(`\`${this.stdPath}\``, segs[0].name.span);
      else if (this.items.stdImports.has(name) || this.items.stdGlob) this.unsupported(`\`${name}\` from std`, segs[0].name.span);
      else if (this.body.fn.ast?.outerLocals?.includes(name) && !asCallee) {
        this.diags.push(error('resolve', 'E0434', "can't capture dynamic environment in a fn item", segs[0].name.span, [label(segs[0].name.span, '', true)], ['help: use the `|| { ... }` closure form instead']));
      } else if (!this.localItemNames.has(name)) this.resolveErr('E0425', `cannot find ${what} \`${name}\` in this scope`, segs[0].name.span, 'not found in this scope');
      return null;
    }
    const stripped = stripStdPrefix(names);
    const off = names.length - stripped.length;
    if (stripped.length === 1) {
      // Through a std path (`std::cmp::Reverse`): a name memviz does not know there is std's, not missing.
      const outer = this.stdPath;
      this.stdPath = off > 0 ? names.join('::') : outer;
      try {
        return this.resolveValuePath({ ...path, segments: segs.slice(off) }, asCallee, span);
      } finally {
        this.stdPath = outer;
      }
    }
    if (stripped.length !== 2) {
      this.unsupported(`the path \`${names.join('::')}\``, path.span);
      return null;
    }
    const [head, member] = stripped;
    const headSeg = segs[off];
    const memberSeg = segs[off + 1];
    // Modules of std declared in the prelude (`mem::swap`, `process::exit`).
    const mod = this.items.modules.get(head);
    if (mod) {
      const fn = mod.get(member);
      // The turbofish of the function's own segment: `mem::size_of::<String>()`.
      if (fn !== undefined) return this.itemRes({ k: 'fn', fn }, memberSeg);
      this.unsupported(`\`${head}::${member}\``, path.span);
      return null;
    }
    // A std module memviz does not model (`std::env::args`, `std::thread::spawn`): std's, not missing.
    // (`std::char::from_digit`: the module named after the type holds the type's own functions.)
    if (off > 0 && !this.items.types.has(head) && !this.items.preludeTypes.has(head) && /^[a-z]/.test(head) && !PRIMITIVE_MODULES.has(head)) {
      this.unsupported(`\`${names.join('::')}\``, path.span);
      return null;
    }
    // Enum variants, associated fns of types.
    const selfTy = this.typeOfPathHead(headSeg);
    if (selfTy === null) return null;
    const st = this.infer.shallow(selfTy);
    if (st.k === 'param') return this.paramAssoc(st, memberSeg);
    if (st.k === 'adt') {
      const adt = this.items.adts[st.adt];
      if (adt.kind === 'enum') {
        const vi = adt.variants.findIndex((v) => v.name === member);
        if (vi >= 0) return { k: 'ctor', adt: st.adt, variant: vi, tyArgs: st.args };
      }
    }
    if (st.k === 'builtin' && (st.name === 'Option' || st.name === 'Result')) {
      const variants = st.name === 'Option' ? ['None', 'Some'] : ['Ok', 'Err'];
      const vi = variants.indexOf(member);
      if (vi >= 0) return { k: 'builtinCtor', ty: st, variant: vi };
    }
    this.assocAt = memberSeg.name.span;
    const assoc = this.findAssocFn(st, member) ?? this.concreteImplAssoc(st, member, memberSeg);
    this.assocAt = null;
    if (assoc === 'ambiguous') return null;
    if (assoc) {
      if (assoc.k === 'fn') {
        this.checkFnIdPrivacy(assoc.fn, memberSeg.name.span);
        // The function's own turbofish: `str::parse::<Color>(s)`, `Vec::from_iter::<..>`.
        const own = this.items.fns[assoc.fn].ownParamStart;
        memberSeg.args?.types.forEach((t, j) => { if (assoc.tyArgs[own + j]) this.infer.unify(assoc.tyArgs[own + j], this.items.lowerTy(t, this.tyScope)); });
      }
      return assoc;
    }
    if (st.k === 'error') return null;
    if (st.k === 'adt' && member === 'default' && this.items.adts[st.adt].derives.includes('Default')) {
      this.unsupported(`\`#[derive(Default)]\` on \`${this.tyStr(st)}\` (an enum without a \`#[default]\` unit variant, or a field without a default memviz knows)`, memberSeg.name.span);
      return null;
    }
    if (st.k === 'adt' && !this.items.adts[st.adt].isPrelude) {
      const kind = this.items.adts[st.adt].kind;
      this.err('E0599', `no ${kind === 'enum' ? 'variant or associated item' : 'function or associated item'} named \`${member}\` found for ${kind} \`${this.tyStr(st)}\` in the current scope`, memberSeg.name.span, `${kind === 'enum' ? 'variant or associated item' : 'function or associated item'} not found in \`${this.tyStr(st)}\``);
      return null;
    }
    this.unsupported(`\`${head}::${member}\``, path.span);
    return null;
  }

  private itemRes(item: NonNullable<ReturnType<Items['values']['get']>>, seg: A.PathSegment): Res {
    switch (item.k) {
      case 'fn': {
        const fn = this.items.fns[item.fn];
        const explicit = seg.args?.types.map((t) => this.items.lowerTy(t, this.tyScope)) ?? [];
        const tyArgs = fn.typeParams.map((_, i) => explicit[i] ?? this.infer.fresh());
        this.noteConstArgs(fn, tyArgs, seg.name.span);
        return { k: 'fn', fn: item.fn, tyArgs };
      }
      case 'const': return { k: 'const', id: item.id };
      case 'static': return { k: 'static', id: item.id };
      case 'ctor': {
        // `Wrapper::<i32>(5)`, `PhantomData::<u8>`: a struct's turbofish gives its arguments.
        const explicit = seg.args?.types.map((t) => this.items.lowerTy(t, this.tyScope)) ?? [];
        const tyArgs = this.items.adts[item.adt].typeParams.map((_, i) => explicit[i] ?? this.infer.fresh());
        this.noteAdtConstArgs({ k: 'adt', adt: item.adt, args: tyArgs }, seg.name.span);
        return { k: 'ctor', adt: item.adt, variant: item.variant, tyArgs };
      }
    }
  }

  /** The type named by the first segment of `Type::member` (with fresh args for omitted generics). */
  private typeOfPathHead(seg: A.PathSegment): Ty | null {
    const name = seg.name.name;
    if (name === 'Self') {
      if (this.tyScope.selfTy) return this.tyScope.selfTy;
      this.resolveErr('E0433', 'failed to resolve: `Self` is only available in impls, traits, and type definitions', seg.name.span, '`Self` is only available in impls, traits, and type definitions');
      return null;
    }
    const known = this.items.types.get(name) ?? this.items.preludeTypes.get(this.items.stdAlias(name));
    const isBuiltin = ['String', 'Vec', 'VecDeque', 'BinaryHeap', 'Box', 'Option', 'Result', 'Rc', 'Weak', 'RefCell', 'Cell', 'Ref', 'RefMut', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'str', 'Arc', 'Mutex', 'RwLock'].includes(name) || /^[iu](8|16|32|64|128|size)$|^f(32|64)$|^char$|^bool$/.test(name);
    if (known && known.k === 'trait') {
      this.unsupported(`calling trait functions as \`${name}::...\``, seg.name.span);
      return null;
    }
    if (!known && UNMODELLED_STD_TYPES.has(name)) {
      this.unsupported(`the std type \`${name}\``, seg.name.span);
      return null;
    }
    // `T::default()`, `T::SIDES`: items of the traits that bound T (see `paramAssoc`).
    const param = this.tyScope.params.get(name);
    if (param) return param;
    if (!known && !isBuiltin && (this.items.stdImports.has(name) || this.items.stdGlob || STD_TRAITS.has(name))) {
      // `use std::thread;` then `thread::spawn(..)`, or `From::from(..)`: std's, which memviz does not model.
      this.unsupported(STD_TRAITS.has(name) ? `calling std's trait functions as \`${name}::...\`` : `\`${name}\` from std`, seg.name.span);
      return null;
    }
    if (!known && !isBuiltin) {
      this.diags.push(error('resolve', 'E0433', `failed to resolve: use of undeclared type \`${name}\``, seg.name.span, [label(seg.name.span, `use of undeclared type \`${name}\``, true)]));
      return null;
    }
    const fakePath: A.Path = { id: -1, span: seg.name.span, segments: [seg] };
    const head = this.items.lowerTy({ kind: 'path', id: -1, span: seg.name.span, path: fakePath }, this.tyScope);
    this.noteAdtConstArgs(head, seg.name.span);
    return head;
  }

  /** Picks the impls of `trait` whose trait arguments fit those written on `seg` (`Convert::<i64>`, `<M as Convert<i64>>`). */
  private implsOfWritten(trait: TraitInfo, seg: A.PathSegment): (impl: ImplInfo) => boolean {
    const written = (seg.args?.types ?? []).map((t) => this.items.lowerTy(t, this.tyScope));
    return (impl) => impl.trait === trait && written.every((t, i) => impl.traitArgs?.[i] === undefined || this.infer.canUnify(impl.traitArgs[i], t));
  }

  /** `<Dog as Animal>::name`, `<T as Shape>::SIDES`, `<i32 as Default>::default`: the trait's item for the type. */
  private qualifiedPath(path: A.Path, q: NonNullable<A.Path['qself']>): Res | null {
    if (path.segments.length !== 1) {
      this.unsupported('this qualified path', path.span);
      return null;
    }
    const seg = path.segments[0];
    const member = seg.name.name;
    const st = this.infer.shallow(this.items.lowerTy(q.ty, this.tyScope));
    if (st.k === 'error') return null;
    if (st.k === 'param') return this.paramAssoc(st, seg);
    const traitSeg = q.trait ? q.trait.segments[q.trait.segments.length - 1] : null;
    const found = traitSeg ? this.items.types.get(traitSeg.name.name) : undefined;
    if (found && found.k === 'trait' && typeof found.trait.key === 'number') {
      const info = found.trait;
      // `<Meters as Convert<i64>>::convert`: the impl with those trait arguments.
      const fn = this.userImplMethods(this.implsOfWritten(info, traitSeg!), member, st)[0];
      if (fn) return { k: 'fn', fn: fn.fn, tyArgs: fn.tyArgs };
      for (const impl of this.items.impls) {
        const id = impl.trait === info ? impl.consts?.get(member) : undefined;
        if (id !== undefined && id >= 0 && this.matchImpl(impl, st)) return { k: 'const', id };
      }
      if (!info.methods.has(member) && !info.consts.has(member)) {
        this.err('E0576', `cannot find method or associated constant \`${member}\` in trait \`${info.name}\``, seg.name.span, `not found in \`${info.name}\``);
      } else {
        this.err('E0277', `the trait bound \`${this.tyStr(st)}: ${info.name}\` is not satisfied`, q.ty.span, `the trait \`${info.name}\` is not implemented for \`${this.tyStr(st)}\``);
      }
      return null;
    }
    // A std trait (or `<T>::item`): the type's own function of that name.
    const assoc = this.findAssocFn(st, member);
    if (assoc) return assoc;
    this.unsupported(`\`<${this.tyStr(st)}${traitSeg ? ` as ${traitSeg.name.name}` : ''}>::${member}\``, path.span);
    return null;
  }

  /**
   * `T::name` for a type parameter (or `Self` in a trait's default body): a function or constant of a
   * trait that bounds it, found for T's type at run time (`T::default()`, `T::new(..)`, `T::SIDES`).
   */
  private paramAssoc(t: Extract<Ty, { k: 'param' }>, seg: A.PathSegment): Res | null {
    const name = seg.name.name;
    const seen = new Set<number | string>();
    const search = (key: number | string): Res | null => {
      if (seen.has(key)) return null;
      seen.add(key);
      const trait = this.items.traitByKey(key);
      if (!trait) return null;
      const fnId = trait.methods.get(name);
      if (fnId !== undefined) {
        const fn = this.items.fns[fnId];
        const explicit = seg.args?.types.map((x) => this.items.lowerTy(x, this.tyScope)) ?? [];
        return { k: 'fn', fn: fnId, tyArgs: fn.typeParams.map((_, i) => (i === 0 ? t : explicit[i - fn.ownParamStart] ?? this.infer.fresh())) };
      }
      const c = trait.consts.get(name);
      if (c && typeof key === 'number') return { k: 'assocConst', trait: key, name, selfTy: t, ty: c.ty };
      for (const sup of trait.supertraits) {
        const r = search(sup.trait);
        if (r) return r;
      }
      return null;
    };
    for (const b of this.paramBounds(t.index)) {
      const r = search(b.trait);
      if (r) return r;
    }
    this.err('E0599', `no function or associated item named \`${name}\` found for type parameter \`${t.name}\` in the current scope`, seg.name.span, `function or associated item not found in \`${t.name}\``);
    return null;
  }

  /** `Stats::<T>::default()` of a `#[derive(Default)] struct Stats<T>`: its arguments must be `Default`, once known. */
  private readonly derivedDefaultArgs: { readonly ty: Ty; readonly at: A.Span; readonly viaTrait: boolean }[] = [];

  /**
   * rustc's derive bounds every parameter by `Default`: an argument that surely lacks it is E0599 for
   * `Stats::<NoDefault>::default()`, E0277 naming the argument for `Default::default()`.
   */
  private checkDerivedDefaultArgs(): void {
    for (const o of this.derivedDefaultArgs.splice(0)) {
      const t = this.infer.zonk(o.ty);
      const bad = t.k === 'adt' ? t.args.find((a) => this.lacksDefault(a)) : undefined;
      if (t.k !== 'adt' || !bad) continue;
      if (o.viaTrait) {
        const name = this.tyStr(this.innermostWithoutDefault(bad));
        this.err('E0277', `the trait bound \`${name}: Default\` is not satisfied`, o.at, `the trait \`Default\` is not implemented for \`${name}\``);
        continue;
      }
      const shown = this.tyStr(t);
      this.err('E0599', `the function or associated item \`default\` exists for struct \`${shown}\`, but its trait bounds were not satisfied`, o.at, `function or associated item cannot be called on \`${shown}\` due to unsatisfied trait bounds`);
    }
  }

  /** The argument of a derived generic `Default` that lacks it (`Plain` in `Wrap<Wrap<Plain>>`). */
  private innermostWithoutDefault(ty: Ty): Ty {
    const t = this.infer.shallow(ty);
    const inner = t.k === 'adt' && this.items.adts[t.adt].derives.includes('Default') ? t.args.find((a) => this.lacksDefault(a)) : undefined;
    return inner ? this.innermostWithoutDefault(inner) : t;
  }

  /** Surely no `Default`: a struct or enum of the program without its derive or impl, or a parameter not bound by it. */
  private lacksDefault(ty: Ty, depth = 0): boolean {
    const t = this.infer.shallow(ty);
    if (depth > 8) return false;
    switch (t.k) {
      case 'param': return !this.paramHasBound(t.name, 'Default');
      case 'tuple': return t.elems.some((e) => this.lacksDefault(e, depth + 1));
      case 'array': return this.lacksDefault(t.elem, depth + 1);
      case 'adt': {
        const adt = this.items.adts[t.adt];
        if (adt.isPrelude || this.hasUserImpl(t, 'Default')) return false;
        if (!adt.derives.includes('Default')) return true;
        return adt.kind === 'struct' && t.args.some((a) => this.lacksDefault(a, depth + 1));
      }
      default: return false;
    }
  }

  /** Where `findAssocFn` was asked for `Type::member` (for E0284 on its const parameters). */
  private assocAt: A.Span | null = null;

  /** `Type::name` → an inherent associated fn (or trait impl method) of the type. */
  private findAssocFn(selfTy: Ty, name: string): Res | null {
    // `Circle::PI`, `Self::PI`: a constant of an inherent impl of the type.
    for (const impl of this.items.impls) {
      const id = impl.consts?.get(name);
      if (id !== undefined && id >= 0 && this.matchImpl(impl, selfTy)) return { k: 'const', id };
    }
    // An inherent function wins over a trait's of the same name (`Human::id()` beside `impl Pilot for Human`).
    const impls = this.items.implsWithMethod(name);
    for (const { impl, fn: fnId } of [...impls.filter((x) => !x.impl.trait), ...impls.filter((x) => x.impl.trait)]) {
      const implArgs = this.matchImpl(impl, selfTy);
      if (!implArgs) continue;
      const fn = this.items.fns[fnId];
      const tyArgs = this.instantiateArgs(fn, implArgs, selfTy);
      if (this.assocAt) this.noteConstArgs(fn, tyArgs, this.assocAt);
      return { k: 'fn', fn: fnId, tyArgs };
    }
    // `Type::clone(&x)` etc. for derived/builtin Clone.
    if (name === 'clone' && isBuiltinClone(selfTy, this)) {
      const clone = this.items.preludeTraits.get('Clone')!.methods.get('clone')!;
      return { k: 'fn', fn: clone, tyArgs: [selfTy] };
    }
    // `Type::default()` for `#[derive(Default)]`.
    if (name === 'default' && isBuiltinDefault(this.infer.shallow(selfTy), this)) {
      const def = this.items.preludeTraits.get('Default')!.methods.get('default')!;
      const st = this.infer.shallow(selfTy);
      if (st.k === 'adt' && st.args.length > 0 && this.assocAt) this.derivedDefaultArgs.push({ ty: st, at: this.assocAt, viaTrait: false });
      return { k: 'fn', fn: def, tyArgs: [selfTy] };
    }
    return null;
  }

  /**
   * `Door::new()` where only `impl Door<Closed>` has `new`: the type's arguments are not known yet,
   * so rustc's probe takes the one inherent impl whose self type fits, and the call makes them its
   * own (`Door<Closed>`). Two such impls are E0034, even where the context would tell them apart.
   */
  private concreteImplAssoc(st: Ty, name: string, seg: A.PathSegment): Res | 'ambiguous' | null {
    if (st.k !== 'adt' || this.items.adts[st.adt].isPrelude || !st.args.some((a) => this.infer.shallow(a).k === 'infer')) return null;
    const fits = this.items.implsWithMethod(name).filter((x) => !x.impl.trait && !x.impl.isPrelude && this.infer.canUnify(substTy(x.impl.selfTy, x.impl.typeParams.map(() => this.infer.fresh())), st));
    if (fits.length > 1) {
      this.err('E0034', 'multiple applicable items in scope', seg.name.span, `multiple \`${name}\` found`);
      return 'ambiguous';
    }
    if (fits.length === 0) return null;
    const { impl, fn: fnId } = fits[0];
    const fn = this.items.fns[fnId];
    const tyArgs = this.instantiateArgs(fn, [], st);
    this.infer.unify(substTy(impl.selfTy, tyArgs), st);
    return { k: 'fn', fn: fnId, tyArgs };
  }

  private instantiateArgs(fn: FnDef, implArgs: (Ty | undefined)[], selfTy: Ty): Ty[] {
    return fn.typeParams.map((p, i) => {
      if (i < fn.ownParamStart) {
        if (fn.trait && !fn.impl && i === 0) return selfTy;
        return implArgs[i] ?? this.infer.fresh();
      }
      return this.infer.fresh();
    });
  }

  /** Set while a method of std's iterators is looked up on your own iterator (`probeAsIter`). */
  private ownIterItem: Ty | null = null;

  /**
   * A method your own `Iterator` does not define itself (`zip`, `map`, `sum`...): std's provided
   * methods, which memviz has as those of `Iter<Item>`; the value is the iterator, by value.
   */
  private probeAsIter(r: Ty, name: string): ReturnType<Checker['probe']> {
    const own = r.k === 'adt' ? this.ownIterator(r) : null;
    if (!own || r.k !== 'adt' || !this.ownIterHas(r.adt, name)) return null;
    this.ownIterItem = own.item;
    try {
      return this.probe(r, name);
    } finally {
      this.ownIterItem = null;
    }
  }

  /**
   * Whether your own iterator has std's method `name`: walking from the back (`rev`, `rfind`) needs
   * your `DoubleEndedIterator`, `len` your `ExactSizeIterator`; `size_hint` is `Iterator`'s own.
   */
  private ownIterHas(adt: number, name: string): boolean {
    const back = ownStdImpl(this.items, adt, 'DoubleEndedIterator') !== undefined;
    const exact = ownStdImpl(this.items, adt, 'ExactSizeIterator') !== undefined;
    if (name === 'rposition') return back && exact;
    if (ITER_BACK_METHODS.has(name)) return back;
    if (name === 'len') return exact;
    return true;
  }

  /** `p.rev()` calls that were E0277 (no `DoubleEndedIterator`), with the type of `p`. */
  private readonly unreversible = new Map<A.NodeId, string>();

  /**
   * `t`, a type of a generic item (a field's, a signature's), with `args` for the item's parameters:
   * its `I::Item`s and `T::Output`s become what those arguments give, in the same pass (so that
   * an argument that is itself one of the body's `I::Item`s stays as it is).
   */
  instantiate(t: Ty, args: readonly Ty[]): Ty {
    if (this.items.assocParams.size === 0) return substTy(t, args);
    return substTy(t, args, (p) => this.projectAssoc(p, args));
  }

  /** The associated-type parameter `p` (`I::Item`, `Self::A`) of an item whose parameters are `tyArgs`: the type they give it (`p` where nothing says). */
  private projectAssoc(p: Extract<Ty, { k: 'param' }>, tyArgs: readonly Ty[]): Ty {
    const assoc = this.items.assocParams.get(p.index);
    const selfTy = assoc ? this.infer.shallow(tyArgs[assoc.base] ?? ERROR) : undefined;
    if (!assoc || !selfTy || selfTy.k === 'error') return p;
    // Called on a generic `C: Container<Item = i32>` inside its function: `Self::Item` is what the bound says.
    const bound = selfTy.k === 'param' ? this.boundAssocTy(assoc.trait, assoc.name, selfTy) : null;
    if (bound) return bound;
    // A std trait's (`I::Item` of an impl's `I: Iterator`): what std gives the type, once it is known.
    if (typeof assoc.trait === 'string') {
      if (selfTy.k === 'infer') {
        const v = this.infer.fresh();
        this.pendingStdProjections.push({ v, trait: assoc.trait, name: assoc.name, base: selfTy });
        return v;
      }
      return this.stdAssocTy(assoc.trait, assoc.name, selfTy) ?? p;
    }
    // Called on a generic `T: Parser` inside its function: `Self::Output` is that function's `T::Output`.
    if (selfTy.k === 'param' && !this.items.assocParams.has(selfTy.index)) return this.items.assocParam(assoc.trait, assoc.name, selfTy.index, `${selfTy.name}::${assoc.name}`);
    // `first(&P, v)`: `T` is known only once the arguments are checked; settled then (`settleProjections`).
    if (selfTy.k === 'infer') {
      const v = this.infer.fresh();
      this.pendingProjections.push({ v, trait: assoc.trait, name: assoc.name, base: selfTy });
      return v;
    }
    return this.implAssocTy(assoc.trait, assoc.name, selfTy) ?? p;
  }

  /** The type that the program's impl of `trait` for `selfTy` gives its associated type `name`, if any. */
  private implAssocTy(trait: number | string, name: string, selfTy: Ty): Ty | undefined {
    for (const impl of this.items.impls) {
      if (impl.isPrelude || impl.trait?.key !== trait) continue;
      const args = this.matchImpl(impl, selfTy);
      const given = args ? impl.assocTys.get(name) : undefined;
      if (given) return this.instantiate(given, args!.map((a) => a ?? this.infer.fresh()));
    }
    return undefined;
  }

  private pendingProjections: { readonly v: Ty; readonly trait: number | string; readonly name: string; readonly base: Ty }[] = [];

  /** A call's hidden `I::Item` / `T::Output` arguments (see `TypeParamDef.projection`), each the type's own once known. */
  private pendingStdProjections: { readonly v: Ty; readonly trait: string; readonly name: string; readonly base: Ty }[] = [];

  private noteStdProjections(fn: FnDef, tyArgs: readonly Ty[]): void {
    fn.typeParams.forEach((p, i) => {
      if (p.projection && tyArgs[i] && tyArgs[p.projection.base]) this.pendingStdProjections.push({ v: tyArgs[i], trait: p.projection.trait, name: p.projection.name, base: tyArgs[p.projection.base] });
    });
  }

  /** `<base as trait>::name` for a std trait, as far as memviz knows it (null: not known yet, or not modelled). */
  private stdAssocTy(trait: string, name: string, base: Ty): Ty | null {
    const t = this.infer.shallow(base);
    if (trait === 'ToOwned') return toOwnedTy(this.infer.zonk(t));
    if (t.k === 'infer' && t.kind !== 'general' && name === 'Output') return t; // `{integer} + {integer}`
    if (t.k === 'infer' || t.k === 'error') return null;
    if (t.k === 'param') return this.projectionParam(t, name) ?? (name === 'Item' ? this.paramIterItem(t, trait === 'Iterator' ? ['Iterator'] : ['Iterator', 'IntoIterator']) : null);
    if (name === 'Item') {
      const viaInto = trait === 'IntoIterator' && !this.ownIterator(t) ? this.ownIntoIterator(t) : null;
      const own = this.ownIterator(viaInto ? viaInto.output : t);
      return own ? own.item : viaInto ? this.intoIterItem(viaInto.output) : this.intoIterItem(t);
    }
    // `T: Add` is `Add<Self>`: a number gives its own type, a type of the program its impl's `type Output`.
    if (isNumericLike(t)) return t;
    for (const impl of this.items.impls) {
      if (impl.isPrelude || impl.trait || impl.traitName !== trait) continue;
      const args = this.matchImpl(impl, t);
      const given = args ? impl.assocTys.get(name) : undefined;
      if (given) return this.instantiate(given, args!.map((a) => a ?? this.infer.fresh()));
    }
    return null;
  }

  /** The projections whose base type the arguments have now told: their impl's type. */
  private settleProjections(): void {
    for (const p of this.items.pendingOwned.splice(0)) this.pendingStdProjections.push({ v: p.v, trait: 'ToOwned', name: 'Owned', base: p.base });
    if (this.pendingStdProjections.length > 0) {
      const left: typeof this.pendingStdProjections = [];
      for (const p of this.pendingStdProjections.splice(0)) {
        const given = this.stdAssocTy(p.trait, p.name, p.base);
        if (given) this.infer.unify(p.v, given);
        else if (this.infer.shallow(p.base).k === 'infer') left.push(p);
      }
      this.pendingStdProjections = left;
    }
    if (this.pendingProjections.length === 0) return;
    const left: typeof this.pendingProjections = [];
    for (const p of this.pendingProjections) {
      const base = this.infer.shallow(p.base);
      if (base.k === 'infer') { left.push(p); continue; }
      const given = this.implAssocTy(p.trait, p.name, base);
      if (given) this.infer.unify(p.v, given);
    }
    this.pendingProjections = left;
  }

  /** The types of a call's inputs and output, with `Self::A` and `T::Output` normalized as the call's arguments allow. */
  private callSig(fn: FnDef, tyArgs: readonly Ty[]): { inputs: Ty[]; output: Ty } {
    // A program's fn: its `Self::A` and `T::Output` normalized as the arguments allow, in the same pass.
    const subst = (t: Ty) => (fn.isPrelude || tyArgs.length === 0 ? substTy(t, tyArgs) : this.instantiate(t, tyArgs));
    const inputs = fn.inputs.map(subst);
    // An `impl Trait` result's hidden type is a variable its body bound (`Iter<&T>`): seen through,
    // so the caller's type arguments reach it (`Iter<&char>`).
    const output = subst(!fn.isPrelude && tyArgs.length > 0 ? this.infer.zonk(fn.output) : fn.output);
    if (fn.isPrelude && (fn.impl?.special === 'int' || fn.impl?.special === 'float')) return this.numberSig(fn, tyArgs[0], inputs, output);
    if (!fn.isPrelude) this.noteStdProjections(fn, tyArgs);
    return { inputs, output };
  }

  /**
   * A number method's signature for its `Self`: `[u8; Self::BYTES]` gets the type's size (`u32::from_be_bytes`
   * takes `[u8; 4]`), and `f32::to_bits` / `from_bits` work with a `u32` where the prelude says `u64`.
   */
  private numberSig(fn: FnDef, self: Ty | undefined, inputs: Ty[], output: Ty): { inputs: Ty[]; output: Ty } {
    const t = self ? this.infer.shallow(self) : null;
    const bytes = t?.k === 'int' ? intBits(t.int) / 8 : t?.k === 'float' ? (t.float === 'f32' ? 4 : 8) : null;
    if (bytes === null) return { inputs, output };
    const bits = fn.builtin === 'float::to_bits' || fn.builtin === 'float::from_bits';
    const fix = (x: Ty): Ty => {
      if (x.k === 'array' && x.len === SELF_BYTES) return { ...x, len: bytes };
      if (bits && x.k === 'int' && x.int === 'u64' && bytes === 4) return { k: 'int', int: 'u32' };
      return x;
    };
    return { inputs: inputs.map(fix), output: fix(output) };
  }

  /** Does `impl`'s self type match `ty`? Returns the impl's params bound by the match. */
  matchImpl(impl: ImplInfo, ty: Ty): (Ty | undefined)[] | null {
    const t = this.infer.shallow(ty);
    if (this.ownIterItem && t.k === 'adt' && impl.isPrelude && impl.builtinPrefix === 'Iter') return [this.ownIterItem];
    if (impl.special === 'module') return null;
    if (impl.special === 'int') return t.k === 'int' || (t.k === 'infer' && t.kind === 'int') ? [t] : null;
    if (impl.special === 'float') return t.k === 'float' || (t.k === 'infer' && t.kind === 'float') ? [t] : null;
    // std's `impl dyn Any` has its twin for `dyn Any + Send` (and `+ Send + Sync`).
    if (impl.isPrelude && impl.selfTy.k === 'dyn') return t.k === 'dyn' && impl.builtinPrefix !== null && t.traits.some((b) => b.trait === impl.builtinPrefix) ? [] : null;
    const out: (Ty | undefined)[] = [];
    // Ranges are iterators: they get the methods of `Iter<T>`.
    if ((t.k === 'builtin' && (t.name === 'Range' || t.name === 'RangeInclusive')) && impl.isPrelude && impl.builtinPrefix === 'Iter') {
      return [t.args[0]];
    }
    return this.matchTy(impl.selfTy, t, out) ? out : null;
  }

  private matchTy(pattern: Ty, target: Ty, out: (Ty | undefined)[]): boolean {
    const t = this.infer.shallow(target);
    if (pattern.k === 'param') {
      const prev = out[pattern.index];
      if (prev) return this.infer.canUnify(prev, t);
      out[pattern.index] = t;
      return true;
    }
    // `{float}` fits `impl P<f64>` (and the call then makes it f64), as rustc's probe allows.
    if (t.k === 'infer') return t.kind !== 'general' && (pattern.k === 'int' || pattern.k === 'float') && this.infer.canUnify(pattern, t);
    if (pattern.k !== t.k) return false;
    switch (pattern.k) {
      case 'adt': return pattern.adt === (t as typeof pattern).adt && pattern.args.every((a, i) => this.matchTy(a, (t as typeof pattern).args[i], out));
      case 'builtin': return pattern.name === (t as typeof pattern).name && pattern.args.every((a, i) => this.matchTy(a, (t as typeof pattern).args[i], out));
      case 'ref': case 'ptr': return pattern.mut === (t as typeof pattern).mut && this.matchTy(pattern.inner, (t as typeof pattern).inner, out);
      case 'slice': return this.matchTy(pattern.elem, (t as typeof pattern).elem, out);
      case 'array': {
        // `impl<const N: usize> Trait for [T; N]`: the length binds `N` (an unknown one fits any).
        const tl = (t as typeof pattern).len;
        const lenOk = typeof tl !== 'number' && this.infer.shallow(tl).k === 'infer' ? true : this.matchTy(lenTy(pattern.len), lenTy(tl), out);
        return lenOk && this.matchTy(pattern.elem, (t as typeof pattern).elem, out);
      }
      case 'tuple': return pattern.elems.length === (t as typeof pattern).elems.length && pattern.elems.every((a, i) => this.matchTy(a, (t as typeof pattern).elems[i], out));
      default: return this.infer.canUnify(pattern, t);
    }
  }

  private findTraitImpl(ty: Ty, trait: number | string): ImplInfo | null {
    for (const impl of this.items.impls) {
      if (!impl.trait || impl.trait.key !== trait) continue;
      if (this.matchImpl(impl, ty)) return impl;
    }
    return null;
  }

  // ------------------------------------------------------------ operators

  private checkUnary(e: A.UnaryExpr, expected: Expect): Ty {
    if (e.op === '*') {
      const t = this.infer.shallow(this.checkExpr(e.operand, null));
      if (t.k === 'ptr') {
        this.requireUnsafe('dereference of raw pointer', 'dereference of raw pointer', 'raw pointers may be null, dangling or unaligned; they can violate aliasing rules and cause data races: all of these are undefined behavior', e.span);
        return t.inner;
      }
      const inner = t.k === 'ref' || (t.k === 'builtin' && (['Box', 'String', 'Vec'].includes(t.name) || isCounted(t.name) || isGuard(t.name))) ? derefStep(t) : null;
      if (inner) return inner;
      const overloaded = this.userDeref(t);
      if (overloaded) {
        this.t.derefCalls.set(e.id, overloaded);
        return overloaded.target;
      }
      if (t.k === 'error') return ERROR;
      if (this.certain(t)) this.err('E0614', `type \`${this.tyStr(t)}\` cannot be dereferenced`, e.span, "can't be dereferenced");
      else this.unsupported(`dereferencing a value of type \`${this.tyStr(t)}\``, e.span);
      return ERROR;
    }
    // Negative literals take the expected type directly (`let x: i8 = -128;`).
    const t = this.infer.shallow(this.checkExpr(e.operand, expected));
    const base = t.k === 'ref' ? this.infer.shallow(t.inner) : t;
    // `-n` with `n` a `parse` not yet typed: rustc must know the operand's type here, whatever comes later (E0282).
    if (this.isParseTarget(base)) return this.parseTargetNeeded(base, e.span);
    if (e.op === '-') {
      if (base.k === 'int' && !base.int.startsWith('i')) {
        this.err('E0600', `cannot apply unary operator \`-\` to type \`${base.int}\``, e.span, 'cannot apply unary operator `-`', ['note: unsigned values cannot be negated']);
        return base;
      }
      // A literal whose type comes later (`for d in -1..=1 { r + d }` with `r: usize`): rustc's E0277
      // `usize: Neg` once inference says unsigned (checked at the body's end).
      if (base.k === 'infer' && base.kind === 'int') this.negations.push({ ty: base, at: e.span });
      if (base.k === 'int' || base.k === 'float' || base.k === 'infer' || base.k === 'error' || base.k === 'param') return base;
    } else {
      if (base.k === 'bool' || base.k === 'int' || (base.k === 'infer' && base.kind === 'int') || base.k === 'error' || base.k === 'param') return base;
    }
    const unaryImpl = this.operatorImpls(e.op === '-' ? 'Neg' : 'Not', e.op === '-' ? 'neg' : 'not', t)[0];
    if (unaryImpl) {
      this.t.opCalls.set(e.id, { fn: unaryImpl.fn, tyArgs: unaryImpl.tyArgs });
      return unaryImpl.output;
    }
    if (this.hasOperatorImpl(base)) this.unsupported(`the operator \`${e.op}\` of a type that implements it`, e.span);
    else if (this.certain(base)) this.err('E0600', `cannot apply unary operator \`${e.op}\` to type \`${this.tyStr(base)}\``, e.span, `cannot apply unary operator \`${e.op}\``);
    else this.unsupported(`the operator \`${e.op}\` on this type`, e.span);
    return ERROR;
  }

  /** One level of `&` is looked through by std's operator impls (`&i32 + i32`). */
  private operandBase(t: Ty): Ty {
    const s = this.infer.shallow(t);
    if (s.k === 'ref') {
      const i = this.infer.shallow(s.inner);
      if (isNumericLike(i) || i.k === 'bool' || i.k === 'char') return i;
    }
    return s;
  }

  private checkBinary(e: A.BinaryExpr, expected: Expect): Ty {
    const op = e.op;
    if (op === '&&' || op === '||') {
      this.checkCoerce(e.left, BOOL);
      this.checkCoerce(e.right, BOOL);
      return BOOL;
    }
    const isCmp = op === '==' || op === '!=' || op === '<' || op === '<=' || op === '>' || op === '>=';
    if (isCmp) {
      const l = this.checkExpr(e.left, null);
      // `let n = s.parse().unwrap(); if n > 3 {}`: rustc does not learn what to parse into from the
      // comparison (E0284 at `parse` unless something else says); the right side follows the left once known.
      if (this.isParseTarget(l)) {
        const r = this.checkExpr(e.right, null);
        this.pendingCmps.push({ l, r });
        return BOOL;
      }
      const r = this.checkExpr(e.right, this.infer.shallow(l).k === 'ref' ? null : l);
      if (this.missingOpBound(e, l, op === '==' || op === '!=' ? 'PartialEq' : 'PartialOrd', `binary operation \`${op}\` cannot be applied to type \`${this.tyStr(l)}\``)) return BOOL;
      if (this.lacksDerivable(l, op === '==' || op === '!=' ? 'PartialEq' : 'PartialOrd')) {
        this.err('E0369', `binary operation \`${op}\` cannot be applied to type \`${this.tyStr(l)}\``, this.opSpanOf(e), '');
        return BOOL;
      }
      if ((op === '==' || op === '!=') && this.seqComparable(l, r)) this.t.seqEqs.add(e.id);
      else if ((op === '==' || op === '!=') && this.crossEq(e, l, r)) return BOOL;
      else if (!this.comparable(l, r)) {
        let ls = this.infer.shallow(l);
        let rs = this.infer.shallow(r);
        // `&A == &B` is `A == B`, so rustc names the types under the common references.
        while (ls.k === 'ref' && rs.k === 'ref') {
          ls = this.infer.shallow(ls.inner);
          rs = this.infer.shallow(rs.inner);
        }
        // Where std has several impls to choose from, rustc looks for one and finds none (E0277): a
        // reference on one side only under `==` (`x == 2` with `x: &i32`), a literal on the left
        // (`2 < x`), literals of two kinds (`1 == 1.0`). Where it has one impl (`<` on a reference) or
        // the operator is built in (`i32 == &i32`), the right side must have the left's type (E0308).
        const lit = (t: Ty) => t.k === 'infer' && t.kind !== 'general';
        const refMismatch = (ls.k === 'ref') !== (rs.k === 'ref');
        const noImpl = (refMismatch && (lit(ls) || (ls.k === 'ref' && (op === '==' || op === '!=')))) || (lit(ls) && lit(rs) && (ls as { kind: string }).kind !== (rs as { kind: string }).kind);
        const scalar = ls.k === 'int' || ls.k === 'float' || ls.k === 'bool' || ls.k === 'char' || ls.k === 'ref' || lit(ls);
        // A type std gives one `PartialEq` impl (`Option`, a tuple, a derive) wants the right side of its
        // own type (E0308); one with several (`String`, `Vec`, arrays) finds none for it (E0277).
        const oneImpl = !scalar && !this.severalEqImpls(ls);
        // Scalars compare only with their own type (E0308); anything else looks for a `PartialEq<R>` impl (E0277).
        if (noImpl && this.certain(l) && this.certain(r)) this.err('E0277', `can't compare \`${this.tyStr(ls)}\` with \`${this.tyStr(rs)}\``, this.opSpanOf(e), `no implementation for \`${this.tyStr(ls)} ${op} ${this.tyStr(rs)}\``);
        else if (this.certain(l) && this.certain(r) && !scalar && !oneImpl) this.err('E0277', `can't compare \`${this.tyStr(ls)}\` with \`${this.tyStr(rs)}\``, this.opSpanOf(e), `no implementation for \`${this.tyStr(ls)} ${op} ${this.tyStr(rs)}\``);
        else if (this.certain(l) && this.certain(r)) {
          if (!this.constMismatch(e.right, this.infer.zonk(l), this.infer.zonk(r))) this.err('E0308', 'mismatched types', e.right.span, `expected \`${this.tyStr(l)}\`, found \`${this.tyStr(r)}\``);
        } else this.unsupported(`comparing \`${this.tyStr(l)}\` with \`${this.tyStr(r)}\``, e.span);
      }
      return BOOL;
    }
    // The expected type reaches a literal operand (`let x: u8 = 1 + 2`), not a variable: `c * 1.8`
    // with `c` an integer is rustc's "cannot multiply", not a mismatch at `c`.
    const hint = expected && isNumericLike(this.infer.shallow(expected)) && literalOperand(e.left) ? expected : null;
    const l = this.checkExpr(e.left, hint);
    // `n * 2` with `n` a `parse` not yet typed: rustc picks no impl from the operator, so nothing here
    // types `n` (E0284 at the `let` unless a later use does); the result's type waits for the body's end.
    if (BINARY_OPERATOR_TRAITS[op] && this.isParseOperand(l)) return this.deferParseOp(e, l, this.checkExpr(e.right, null));
    const lb = this.operandBase(l);
    // String + &str
    if (op === '+' && lb.k === 'builtin' && lb.name === 'String') {
      this.checkCoerce(e.right, { k: 'ref', mut: false, inner: STR, region: ANON });
      this.t.stringOps.add(e.id);
      return STRING;
    }
    const named = BINARY_OPERATOR_TRAITS[op];
    const impls = named ? this.operatorImpls(named[0], named[1], l) : [];
    if (impls.length > 0) return this.userBinary(e, impls);
    const r = this.checkExpr(e.right, op === '<<' || op === '>>' ? null : isNumericLike(lb) && lb.k !== 'infer' ? lb : null);
    if (named && this.isParseOperand(r)) return this.deferParseOp(e, l, r);
    const rb = this.operandBase(r);
    // An operand already in error was reported there (`first + " " + last` is one E0369).
    if (lb.k === 'error' || rb.k === 'error') return ERROR;
    // `3.0 * v` through the program's `impl Mul<Vec2> for f64`: a number on the left, its type on the right.
    if (named && isNumericLike(lb) && rb.k === 'adt') {
      const mine = this.items.impls.filter((impl) => !impl.isPrelude && impl.traitName === named[0] && isNumericLike(impl.selfTy));
      // A literal on the left takes the number type of the impl whose right operand fits (`3.0` is f64 for `impl Mul<Vec2> for f64`).
      const found = mine.map((impl) => this.userImplMethods((x) => x === impl, named[1], impl.selfTy)[0]).find((x) => x && x.inputs[1] !== undefined && this.infer.canUnify(x.inputs[1], r) && this.infer.canUnify(x.inputs[0], l));
      if (found) {
        this.infer.unify(found.inputs[0], l);
        this.infer.unify(found.inputs[1], r);
        this.t.opCalls.set(e.id, { fn: found.fn, tyArgs: found.tyArgs });
        return found.output;
      }
    }
    if (op === '<<' || op === '>>') {
      if (!isIntLike(lb) || !isIntLike(rb)) this.opError(e, l, r);
      return lb;
    }
    if (lb.k === 'bool' && rb.k === 'bool' && (op === '&' || op === '|' || op === '^')) return BOOL;
    if (lb.k === 'param' || rb.k === 'param') {
      const traits: Record<string, [string, string]> = { '+': ['Add', 'cannot add `R` to `L`'], '-': ['Sub', 'cannot subtract `R` from `L`'], '*': ['Mul', 'cannot multiply `L` by `R`'], '/': ['Div', 'cannot divide `L` by `R`'], '%': ['Rem', 'cannot calculate the remainder of `L` divided by `R`'] };
      const need = traits[op];
      if (need && lb.k === 'param' && this.missingOpBound(e, l, need[0], need[1].replace('L', this.tyStr(l)).replace('R', this.tyStr(r)))) return ERROR;
      // `a + b` with `T: Add` and the fn naming `T::Output`: that (else `T`, as `Add<Output = T>` gives).
      const output = need && lb.k === 'param' ? this.projectionParam(lb, 'Output') : null;
      if (output && this.typeParams[output.index].projection!.trait === need[0]) return output;
      const opaque = need && lb.k === 'param' ? this.opOutput(lb, need[0]) : null;
      if (opaque) return opaque;
      return lb.k === 'param' ? lb : rb;
    }
    if (isNumericLike(lb) && isNumericLike(rb)) {
      if (!this.infer.unify(lb, rb)) {
        this.opError(e, l, r);
        return ERROR; // nothing more about this expression (`c * 1.8 + 32.0` is one error)
      }
      return lb;
    }
    // An operand of not-yet-known type next to a number: it is that number type (`|x| x + offset`).
    if (lb.k === 'infer' && isNumericLike(rb)) { this.infer.unify(lb, rb); return rb; }
    if (rb.k === 'infer' && isNumericLike(lb)) { this.infer.unify(rb, lb); return lb; }
    // `|x| x * x` before the call that tells x's type: std's operators on numbers take and give one
    // type; the body's end checks what x turned out to be (see `checkPendingOps`).
    if (named && lb.k === 'infer' && lb.kind === 'general' && rb.k === 'infer' && rb.kind === 'general' && l === lb && r === rb) {
      this.infer.unify(lb, rb);
      this.pendingOps.push({ e, ty: lb });
      return lb;
    }
    this.opError(e, l, r);
    return ERROR;
  }

  /**
   * `a + b` with `T: Add<Output = X>`: X. With a plain `T: Add`, the result is `<T as Add>::Output`, a type
   * of its own that is not `T` (rustc's E0308 where it meets one). Null where the bound comes another
   * way (a trait of the program with `Add` as a supertrait): `T`, as before.
   */
  private opOutput(l: Extract<Ty, { k: 'param' }>, trait: string): Ty | null {
    if (this.items.assocParams.has(l.index)) return null;
    const bounds = this.paramBounds(l.index).filter((b) => b.trait === trait);
    if (bounds.length !== 1 || bounds[0].args.length > 0) return null;
    const given = bounds[0].bindings?.find((x) => x.name === 'Output');
    return given ? given.ty : this.items.assocParam(trait, 'Output', l.index, `<${l.name} as ${trait}>::Output`);
  }

  private readonly pendingOps: { readonly e: A.BinaryExpr; readonly ty: Ty }[] = [];

  /** The operators whose operands' type was not known when they were checked (`|x| x * x`). */
  private checkPendingOps(): void {
    for (const { e, ty } of this.pendingOps.splice(0)) {
      const t = this.infer.shallow(ty);
      if (isNumericLike(t)) continue;
      this.unsupported(`the operator \`${e.op}\` on \`${this.tyStr(t)}\` (its operands' type was not known yet where it is used)`, this.opSpanOf(e));
    }
  }

  /**
   * E0369 for an operator on a generic parameter whose bounds do not give it (`a > b` with `T`
   * unbounded). Only when every bound is a std trait known not to imply the needed one: a trait of
   * the program may have it as a supertrait.
   */
  private missingOpBound(e: A.BinaryExpr, l: Ty, trait: string, message: string): boolean {
    if (!this.paramLacksOpBound(l, trait)) return false;
    // rustc points at the operator.
    const between = this.source.slice(e.left.span.end, e.right.span.start);
    const at = between.indexOf(e.op);
    const span = at < 0 ? e.span : opSpan(e.left.span, at, e.op.length, between);
    this.err('E0369', message, span, '');
    return true;
  }

  /** A generic parameter (or a reference to one) whose bounds, all std's, surely do not give `trait`. */
  private paramLacksOpBound(l: Ty, trait: string): boolean {
    let p = this.infer.shallow(l);
    // `item > largest` with `&T` (the Book, listing 10-5): a comparison of references needs `T`'s bound.
    if (trait === 'PartialEq' || trait === 'PartialOrd') while (p.k === 'ref') p = this.infer.shallow(p.inner);
    if (p.k !== 'param') return false;
    const def = this.typeParams.find((x) => x.name === p.name);
    if (!def) return false;
    const implying: Record<string, readonly string[]> = {
      PartialEq: ['PartialEq', 'Eq', 'PartialOrd', 'Ord'], PartialOrd: ['PartialOrd', 'Ord'],
      Add: ['Add'], Sub: ['Sub'], Mul: ['Mul'], Div: ['Div'], Rem: ['Rem'],
    };
    const knownStd = new Set(['Copy', 'Clone', 'Debug', 'Display', 'Default', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Add', 'Sub', 'Mul', 'Div', 'Rem', 'Sized', 'Fn', 'FnMut', 'FnOnce', 'Hash', 'ToString', 'Drop']);
    const names = def.bounds.map((b) => (typeof b.trait === 'string' ? b.trait : null));
    if (names.some((n) => n === null || !knownStd.has(n))) return false;
    return !names.some((n) => implying[trait]?.includes(n!));
  }

  /** A struct or enum of the program (or a reference to one) that neither derives nor implements `trait`. */
  private lacksDerivable(l: Ty, trait: 'PartialEq' | 'PartialOrd' | 'Clone' | 'Copy'): boolean {
    let t = this.infer.shallow(l);
    while (t.k === 'ref') t = this.infer.shallow(t.inner);
    if (t.k !== 'adt') return false;
    const adt = this.items.adts[t.adt];
    return !adt.isPrelude && !adt.derives.includes(trait) && !this.hasUserImpl(t, trait);
  }

  /**
   * The part of `ty` that surely lacks the std trait `trait` (one of `JUDGED_STD_TRAITS`), as rustc names it:
   * for `Copy` and `Clone` the type itself (`Vec<Token>: Clone`), or a tuple's element within the tuple;
   * for the comparison traits and `Hash` the element without an impl (`f64` of `Vec<f64>: Ord`).
   * Null when it has the trait, and wherever memviz cannot tell (unresolved types, closures, std types
   * it does not list): never a guess.
   */
  private lacksStdTrait(ty: Ty, trait: string, depth = 0): { ty: Ty; within?: Ty } | null {
    const t = this.infer.shallow(ty);
    if (depth > 8) return null;
    const dup = trait === 'Copy' || trait === 'Clone';
    const inner = (x: Ty) => this.lacksStdTrait(x, trait, depth + 1);
    // `Vec<T>: Clone` needs `T: Clone`, and rustc then blames the whole type.
    const whole = (...args: Ty[]) => (args.some((a) => inner(a) !== null) ? { ty: t } : null);
    const first = (...args: Ty[]) => {
      for (const a of args) { const bad = inner(a); if (bad) return bad; }
      return null;
    };
    switch (t.k) {
      case 'int': case 'bool': case 'char': return null;
      case 'float': return dup || trait === 'PartialEq' || trait === 'PartialOrd' ? null : { ty: t };
      case 'infer': return t.kind === 'float' && !dup && trait !== 'PartialEq' && trait !== 'PartialOrd' ? { ty: t } : null;
      case 'str': return null;
      case 'ref': return dup ? (t.mut ? { ty: t } : null) : inner(t.inner);
      case 'tuple': {
        if (t.elems.length > 12) return null;
        const bad = first(...t.elems);
        return bad && dup ? { ty: bad.ty, within: t } : bad;
      }
      case 'array': return dup ? whole(t.elem) : inner(t.elem);
      case 'slice': return dup ? null : inner(t.elem);
      case 'builtin':
        switch (t.name) {
          case 'String': return trait === 'Copy' ? { ty: t } : null;
          case 'Option': case 'Result': return dup ? whole(...t.args) : first(...t.args);
          case 'Rc': case 'Arc': return trait === 'Copy' ? { ty: t } : trait === 'Clone' ? null : first(...t.args);
          case 'Vec': case 'VecDeque': case 'Box': case 'BTreeMap': case 'BTreeSet':
            return trait === 'Copy' ? { ty: t } : dup ? whole(...t.args) : first(...t.args);
          // std's hash tables are neither ordered nor hashable (their equality is left unjudged).
          case 'HashMap': case 'HashSet':
            return trait === 'Copy' || trait === 'Ord' || trait === 'PartialOrd' || trait === 'Hash' ? { ty: t } : trait === 'Clone' ? whole(...t.args) : null;
          default: return null;
        }
      case 'adt': {
        const adt = this.items.adts[t.adt];
        // std's `Reverse<T>` is ordered (and hashed) as its `T` is.
        if (adt.isPrelude && adt.name === 'Reverse' && !dup) return first(...t.args);
        if (adt.isPrelude || this.hasUserImpl(t, trait)) return null;
        if (!adt.derives.includes(trait)) return { ty: t };
        // A derive asks the same of every type argument.
        return dup ? whole(...t.args) : first(...t.args);
      }
      case 'param': return t.name !== 'Self' && !this.paramGives(t, trait) ? { ty: t } : null;
      default: return null;
    }
  }

  /** Whether a bound of type parameter `t`, its supertraits or the std traits they extend give `trait` (`T: Ord` gives `PartialEq`). */
  private paramGives(t: Extract<Ty, { k: 'param' }>, trait: string): boolean {
    const gives = (key: number | string, seen: Set<number | string>): boolean => {
      if (key === trait || (typeof key === 'string' && STD_SUPERTRAITS[key]?.includes(trait))) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return (this.items.traitByKey(key)?.supertraits ?? []).some((b) => gives(b.trait, seen));
    };
    return (this.paramBounds(t.index)).some((b) => gives(b.trait, new Set()));
  }

  /** E0277 for a std trait bound `lacksStdTrait` found unmet. */
  private unmetStdBound(bad: { ty: Ty; within?: Ty }, trait: string, at: A.Span): void {
    const name = this.tyStr(bad.ty);
    if (!bad.within) {
      this.err('E0277', `the trait bound \`${name}: ${trait}\` is not satisfied`, at, `the trait \`${trait}\` is not implemented for \`${name}\``);
      return;
    }
    const within = this.tyStr(bad.within);
    this.err('E0277', `the trait bound \`${name}: ${trait}\` is not satisfied in \`${within}\``, at, `within \`${within}\`, the trait \`${trait}\` is not implemented for \`${name}\``);
  }

  /** Does the program write `impl <trait> for <t>` (a std trait, by name)? */
  private hasUserImpl(t: Ty, trait: string): boolean {
    return this.items.impls.some((impl) => impl.traitName === trait && !impl.isPrelude && this.matchImpl(impl, t) !== null);
  }

  /** The operator of `a op b`, where rustc points. */
  private opSpanOf(e: A.BinaryExpr): A.Span {
    const between = this.source.slice(e.left.span.end, e.right.span.start);
    const at = between.indexOf(e.op);
    return at < 0 ? e.span : opSpan(e.left.span, at, e.op.length, between);
  }

  /**
   * The program's impls of an operator trait for `selfTy` (`impl Add for Point`, `impl Mul<f64> for V`,
   * `impl<T: Add<Output = T>> Add for P<T>`), each with its method instantiated for `selfTy`.
   */
  private operatorImpls(trait: string, method: string, selfTy: Ty): ImplMethod[] {
    const s = this.infer.shallow(selfTy);
    if (s.k !== 'adt' && !(s.k === 'ref' && this.infer.shallow(s.inner).k === 'adt')) return [];
    return this.userImplMethods((impl) => impl.traitName === trait, method, s);
  }

  /** The program's trait impls (those `which` picks) for `self` that give `method`, each instantiated for `self`. */
  private userImplMethods(which: (impl: ImplInfo) => boolean, method: string, self: Ty): ImplMethod[] {
    const out: ImplMethod[] = [];
    for (const impl of this.items.impls) {
      if (impl.isPrelude || !which(impl)) continue;
      const m = this.matchImpl(impl, self);
      const fnId = m ? impl.methods.get(method) : undefined;
      if (!m || fnId === undefined) continue;
      const fn = this.items.fns[fnId];
      const tyArgs = this.instantiateArgs(fn, m, self);
      out.push({ fn: fnId, tyArgs, inputs: fn.inputs.map((t) => substTy(t, tyArgs)), output: substTy(fn.output, tyArgs) });
    }
    return out;
  }

  /**
   * `iter.sum::<Money>()`: the `sum` of the program's `impl Sum<A> for Money` whose iterator bound takes
   * `iter`'s items (`Sum` for `Money` items, `Sum<&'a Money>` for references), called with the iterator.
   * Without one, rustc's E0277.
   */
  private userSum(e: A.MethodCallExpr, out: Ty, iter: Extract<Ty, { k: 'builtin' }>, name: 'sum' | 'product'): Ty | null {
    const trait = name === 'sum' ? 'Sum' : 'Product';
    const item = iter.args[0];
    for (const m of this.userImplMethods((impl) => impl.traitName === trait, name, out)) {
      const fn = this.items.fns[m.fn];
      const bound = fn.typeParams.slice(fn.ownParamStart).flatMap((p) => p.bounds).find((b) => b.trait === 'Iterator');
      if (!bound || !this.infer.canUnify(substTy(bound.args[0], m.tyArgs), item)) continue;
      this.infer.unify(m.inputs[0], iter);
      this.t.methods.set(e.id, { fn: m.fn, tyArgs: m.tyArgs, derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: iter });
      return m.output;
    }
    const [what, verb] = [this.tyStr(out), name === 'sum' ? 'summing' : 'multiplying'];
    this.err('E0277', `a value of type \`${what}\` cannot be made by ${verb} an iterator over elements of type \`${this.tyStr(item)}\``, e.method.span, `value of type \`${what}\` cannot be made by ${verb} a \`std::iter::Iterator<Item=${this.tyStr(item)}>\``);
    return null;
  }

  /** `grid[i]` through the program's `impl Index<I> for Grid` (and its `impl IndexMut`): the output type, or null. */
  private userIndex(e: A.IndexExpr, t: Ty, idxTy: Ty, derefs: number): Ty | null {
    const fits = (x: ImplMethod) => x.inputs[1] !== undefined && this.infer.canUnify(x.inputs[1], idxTy);
    const all = this.userImplMethods((impl) => impl.traitName === 'Index', 'index', t);
    // With one impl, the index is a coercion site (`w[d]` with `d: &&str` and `impl Index<&str>`).
    const index = all.find(fits) ?? (all.length === 1 && all[0].inputs[1] ? all[0] : undefined);
    if (!index) return null;
    if (!this.infer.unify(index.inputs[1], idxTy)) this.coerce(e.index, idxTy, index.inputs[1]);
    const out = this.infer.shallow(index.output);
    const outputTy = out.k === 'ref' ? out.inner : out;
    const indexMut = this.userImplMethods((impl) => impl.traitName === 'IndexMut', 'index_mut', t).find(fits) ?? null;
    this.t.indexes.set(e.id, {
      derefs, kind: 'overloaded', baseTy: t, idxTy, outputTy,
      user: { index: index.fn, indexMut: indexMut?.fn ?? null, tyArgs: index.tyArgs, mutTyArgs: indexMut?.tyArgs ?? [] },
    });
    return outputTy;
  }

  /** `a == b` of two types the program compares with its own `impl PartialEq<B> for A` (B not A, or trait objects). */
  private crossEq(e: A.BinaryExpr, l: Ty, r: Ty): boolean {
    let ls = this.infer.shallow(l);
    let rs = this.infer.shallow(r);
    let derefs = 0;
    for (; ls.k === 'ref' && rs.k === 'ref' && derefs < 8; derefs++) [ls, rs] = [this.infer.shallow(ls.inner), this.infer.shallow(rs.inner)];
    // `a == b` of two `&dyn Shape` with the program's `impl PartialEq for dyn Shape`: its `eq` too
    // (no built-in comparison of trait objects to fall back on).
    const dynEq = ls.k === 'dyn' && rs.k === 'dyn';
    if (!dynEq && (ls.k !== 'adt' || !this.certain(rs) || this.infer.canUnify(ls, rs))) return false;
    const found = this.userImplMethods((impl) => impl.traitName === 'PartialEq', 'eq', ls).find((x) => x.inputs[1] !== undefined && this.infer.canUnify(x.inputs[1], { k: 'ref', mut: false, inner: rs, region: ANON }));
    if (!found) return false;
    this.t.crossEqs.set(e.id, { fn: found.fn, tyArgs: found.tyArgs, derefs });
    return true;
  }

  /** `a op b` (or `a op= b`) through the program's impl: the right operand is checked against its parameter. */
  private userBinary(e: A.BinaryExpr | A.CompoundAssignExpr, impls: ImplMethod[]): Ty {
    const right = e.kind === 'binary' ? e.right : e.value;
    let chosen = impls[0];
    if (impls.length > 1) {
      // `impl Mul<f64> for V` beside `impl Mul<V> for V`: the one whose right operand fits.
      const r = this.checkExpr(right, null);
      const fits = impls.find((x) => this.infer.canUnify(x.inputs[1], r));
      // None fits: rustc cannot pick one to say "expected" of, so it names the missing impl (E0277).
      const rs = this.infer.shallow(r);
      if (!fits && rs.k !== 'error' && !(rs.k === 'infer' && rs.kind === 'general')) {
        const self = this.infer.shallow(impls[0].inputs[0]);
        this.noOperatorImpl(e, e.kind === 'compoundAssign' && self.k === 'ref' ? self.inner : self, r);
        return ERROR;
      }
      chosen = fits ?? impls[0];
      this.coerce(right, r, chosen.inputs[1]);
    } else this.checkCoerce(right, chosen.inputs[1]);
    this.t.opCalls.set(e.id, { fn: chosen.fn, tyArgs: chosen.tyArgs });
    return chosen.output;
  }

  /** E0277 for `v * 3` where the program's impls of `Mul` for V take other types, in rustc's words for the trait. */
  private noOperatorImpl(e: A.BinaryExpr | A.CompoundAssignExpr, l: Ty, r: Ty): void {
    const [L, R] = [`\`${this.tyStr(l)}\``, `\`${this.tyStr(r)}\``];
    const op = e.kind === 'binary' ? e.op : `${e.op}=`;
    const words: Record<string, string> = {
      '+': `cannot add ${R} to ${L}`, '-': `cannot subtract ${R} from ${L}`, '*': `cannot multiply ${L} by ${R}`,
      '/': `cannot divide ${L} by ${R}`, '%': `cannot calculate the remainder of ${L} divided by ${R}`,
      '+=': `cannot add-assign ${R} to ${L}`, '-=': `cannot subtract-assign ${R} from ${L}`, '*=': `cannot multiply-assign ${L} by ${R}`,
      '/=': `cannot divide-assign ${L} by ${R}`, '%=': `cannot calculate and assign the remainder of ${L} divided by ${R}`,
    };
    const none = `no implementation for \`${this.tyStr(l)} ${op} ${this.tyStr(r)}\``;
    const at = e.kind === 'binary' ? this.opSpanOf(e) : this.assignOpSpan(e) ?? e.span;
    this.err('E0277', words[op] ?? none, at, none);
  }

  /** A type of the program with an operator impl (`impl Add for P`), which memviz does not model yet. */
  private hasOperatorImpl(t: Ty): boolean {
    const b = this.operandBase(t);
    return b.k === 'adt' && this.items.impls.some((impl) => impl.traitName !== null && OPERATOR_TRAITS.has(impl.traitName) && this.matchImpl(impl, b) !== null);
  }

  private opError(e: A.BinaryExpr | A.CompoundAssignExpr, l: Ty, r: Ty): void {
    // `m += x` on a type of the program with `impl Add` but no `impl AddAssign` (rustc does not fall back to `+`).
    const assignTrait = e.kind === 'compoundAssign' ? ASSIGN_TRAITS[e.op] : undefined;
    const lb = this.operandBase(l);
    if (assignTrait && lb.k === 'adt' && this.infer.shallow(l).k === 'adt' && !this.items.impls.some((impl) => impl.traitName === assignTrait && this.matchImpl(impl, lb) !== null)) {
      this.err('E0368', `binary assignment operation \`${e.op}=\` cannot be applied to type \`${this.tyStr(l)}\``, e.span, `cannot use \`${e.op}=\` on type \`${this.tyStr(l)}\``);
      return;
    }
    // `2.0 * v` with only `impl Mul<f64> for V`: no impl for the number's side (`impl Mul<V> for f64` would be found before).
    if (isNumericLike(this.infer.shallow(l)) && this.certain(r) && this.infer.shallow(r).k === 'adt' && this.hasOperatorImpl(r)) { this.noOperatorImpl(e, l, r); return; }
    if (this.hasOperatorImpl(l) || this.hasOperatorImpl(r)) { this.unsupported(`the operator \`${e.op}\` of a type that implements it`, e.span); return; }
    if (!this.certain(l) || !this.certain(r)) { this.unsupported(`the operator \`${e.op}\` on \`${this.tyStr(l)}\` and \`${this.tyStr(r)}\``, e.span); return; }
    const op = e.op;
    const ls = `\`${this.tyStr(l)}\``, rs = `\`${this.tyStr(r)}\``;
    const li = this.infer.shallow(l), ri = this.infer.shallow(r);
    const lit = (t: Ty, kind: 'int' | 'float') => t.k === 'infer' && t.kind === kind;
    // rustc's words per operator (and its own for an integer literal meeting a float one).
    let msg: string;
    if (op === '+' && lit(li, 'int') && lit(ri, 'float')) msg = 'cannot add a float to an integer';
    else if (op === '+' && lit(li, 'float') && lit(ri, 'int')) msg = 'cannot add an integer to a float';
    else if (op === '+') msg = `cannot add ${rs} to ${ls}`;
    else if (op === '-') msg = `cannot subtract ${rs} from ${ls}`;
    else if (op === '*') msg = `cannot multiply ${ls} by ${rs}`;
    else if (op === '/') msg = `cannot divide ${ls} by ${rs}`;
    else if (op === '%') msg = `cannot calculate the remainder of ${ls} divided by ${rs}`;
    else msg = `no implementation for \`${this.tyStr(l)} ${op} ${this.tyStr(r)}\``;
    if (e.kind === 'compoundAssign' && this.infer.shallow(l).k === 'ref') msg = `binary assignment operation \`${op}=\` cannot be applied to type \`${this.tyStr(l)}\``;
    const code = e.kind === 'compoundAssign' ? 'E0368' : isNumericLike(this.operandBase(l)) ? 'E0277' : 'E0369';
    // A binary operator's error is at the operator, as rustc reports it.
    this.err(code, msg, e.kind === 'binary' ? this.opSpanOf(e) : e.span, '');
  }

  /**
   * std's `PartialEq` between different sequence types: a Vec, an array or a slice with another of
   * them (`v == [1, 2]`, `slice == &[2, 3]`, `v == &[1][..]`), elements unified. Same types are not
   * this: they compare as any value does.
   */
  private seqComparable(l: Ty, r: Ty): boolean {
    let a = this.infer.shallow(l), b = this.infer.shallow(r);
    while (a.k === 'ref' && b.k === 'ref') { a = this.infer.shallow(a.inner); b = this.infer.shallow(b.inner); }
    // A Vec or an array also compares with a reference to a slice or an array.
    const owned = (x: Ty) => (x.k === 'builtin' && x.name === 'Vec') || x.k === 'array';
    if (owned(a) && b.k === 'ref') b = this.infer.shallow(b.inner);
    else if (owned(b) && a.k === 'ref') a = this.infer.shallow(a.inner);
    const elem = (x: Ty): Ty | null => (x.k === 'builtin' && x.name === 'Vec' ? x.args[0] : x.k === 'array' || x.k === 'slice' ? x.elem : null);
    const ea = elem(a), eb = elem(b);
    if (!ea || !eb) return false;
    // Two of one kind compare as any value does (and arrays of different lengths do not at all).
    if ((a.k === 'builtin' ? 'vec' : a.k) === (b.k === 'builtin' ? 'vec' : b.k)) return false;
    return this.infer.canUnify(ea, eb) && (this.infer.unify(ea, eb), true);
  }

  private comparable(l: Ty, r: Ty): boolean {
    let a = this.infer.shallow(l), b = this.infer.shallow(r);
    if (this.infer.canUnify(a, b)) { this.infer.unify(a, b); return true; }
    // Peel matching references: &String == &str, String == &str (std's impls), &&str == &str.
    while (a.k === 'ref' && b.k === 'ref') { a = this.infer.shallow(a.inner); b = this.infer.shallow(b.inner); }
    const strish = (x: Ty) => x.k === 'str' || (x.k === 'builtin' && x.name === 'String') || (x.k === 'ref' && this.infer.shallow(x.inner).k === 'str') || this.isCowOfStr(x);
    if (strish(a) && strish(b)) return true;
    if (this.infer.canUnify(a, b)) { this.infer.unify(a, b); return true; }
    return a.k === 'error' || b.k === 'error' || a.k === 'param' || b.k === 'param';
  }

  /** Whether `t` is std's `Cow<str>` (which compares with a str or a String by its text). */
  private isCowOfStr(t: Ty): boolean {
    const s = this.infer.shallow(t);
    return s.k === 'adt' && this.items.isStdCow(s.adt) && this.infer.shallow(s.args[0]).k === 'str';
  }

  private checkCompoundAssign(e: A.CompoundAssignExpr): Ty {
    // rustc evaluates the right side first for primitive operands; the checker order does not matter.
    const target = this.checkExpr(e.target, null);
    const tb = this.infer.shallow(target);
    if (e.op === '+' && tb.k === 'builtin' && tb.name === 'String') {
      this.checkCoerce(e.value, { k: 'ref', mut: false, inner: STR, region: ANON });
      this.t.stringOps.add(e.id);
      this.checkAssignable(e.target, this.assignOpSpan(e), e.span, e.kind);
      return UNIT;
    }
    const named = BINARY_OPERATOR_TRAITS[e.op];
    const assignImpls = named ? this.operatorImpls(`${named[0]}Assign`, `${named[1]}_assign`, tb) : [];
    if (assignImpls.length > 0) {
      this.userBinary(e, assignImpls);
      this.checkAssignable(e.target, this.assignOpSpan(e), e.span, e.kind);
      return UNIT;
    }
    const v = this.checkExpr(e.value, isNumericLike(tb) && tb.k !== 'infer' && e.op !== '<<' && e.op !== '>>' ? tb : null);
    // `n += 1`, `x += n` with `n` a `parse` not yet typed: as for `n + 1`, decided at the body's end.
    if (named && (this.isParseTarget(target) || this.isParseOperand(v))) {
      this.deferParseOp(e, target, v);
      this.checkAssignable(e.target, this.assignOpSpan(e), e.span, e.kind);
      return UNIT;
    }
    const vb = this.operandBase(v);
    if (e.op === '<<' || e.op === '>>') {
      if (!isIntLike(tb) || !isIntLike(vb)) this.opError(e, target, v);
    } else if (tb.k === 'bool' && vb.k === 'bool' && (e.op === '&' || e.op === '|' || e.op === '^')) {
      /* ok */
    } else if (tb.k === 'param') {
      /* generic AddAssign: trust the bound */
    } else if ((isNumericLike(tb) || tb.k === 'error') && (isNumericLike(vb) || vb.k === 'error')) {
      if (!this.infer.unify(tb, vb)) this.opError(e, target, v);
    } else if (tb.k === 'infer' && isNumericLike(vb)) this.infer.unify(tb, vb);
    else this.opError(e, target, v);
    this.checkAssignable(e.target, this.assignOpSpan(e), e.span, e.kind);
    return UNIT;
  }

  /**
   * A place changed through the program's `Deref` of a type without `DerefMut` (`w.n += 1`, `&mut w.n`),
   * or through a map's `Index` (`m["a"] = 2`; std has no `IndexMut` for maps) or the program's `Index`
   * alone: rustc's E0594/E0596.
   * Other mutability is the borrow checker's.
   */
  private checkDerefMut(place: A.Expr, use: 'assign' | 'borrow', at: A.Span = place.span, whole: A.Span = at): boolean {
    for (let cur = place; ;) {
      let ov: (OverloadedDeref & { readonly at: number }) | undefined;
      let base: A.Expr;
      if (cur.kind === 'paren') { cur = cur.inner; continue; }
      if (cur.kind === 'field') [ov, base] = [this.t.fields.get(cur.id)?.overloaded, cur.base];
      else if (cur.kind === 'index') {
        const ix = this.t.indexes.get(cur.id);
        // A map, or the program's type with `Index` and no `IndexMut`.
        const map = ix && ((ix.baseTy.k === 'builtin' && isMap(ix.baseTy.name)) || (ix.user && ix.user.indexMut === null)) ? this.tyStr(ix.baseTy) : null;
        if (map) {
          const help = [`help: trait \`IndexMut\` is required to modify indexed content, but it is not implemented for \`${map}\``];
          if (use === 'assign') this.err('E0594', `cannot assign to data in an index of \`${map}\``, whole, 'cannot assign', help);
          else this.err('E0596', `cannot borrow data in an index of \`${map}\` as mutable`, at, 'cannot borrow as mutable', help);
          return false;
        }
        [ov, base] = [ix?.overloaded, cur.base];
      }
      else if (cur.kind === 'unary' && cur.op === '*') {
        const d = this.t.derefCalls.get(cur.id);
        [ov, base] = [d ? { ...d, at: 1 } : undefined, cur.operand];
      } else return true;
      if (ov && !ov.derefMut) {
        const baseTy = this.t.exprTys.get(base.id);
        const wrapper = this.tyStr((baseTy && this.autoderefSteps(baseTy, true)[ov.at - 1]?.ty) ?? baseTy ?? ERROR);
        const help = [`help: trait \`DerefMut\` is required to modify through a dereference, but it is not implemented for \`${wrapper}\``];
        if (use === 'assign') this.err('E0594', `cannot assign to data in dereference of \`${wrapper}\``, at, 'cannot assign', help);
        else this.err('E0596', `cannot borrow data in dereference of \`${wrapper}\` as mutable`, at, 'cannot borrow as mutable', help);
        return false;
      }
      cur = base;
    }
  }

  /** Assignment targets must be places. Mutability is the borrow checker's (E0384/E0594/E0596), or `checkDerefMut`'s. */
  private checkAssignable(target: A.Expr, opSpan: A.Span | null, whole: A.Span, kind: 'assign' | 'compoundAssign' = 'assign'): boolean {
    const t = target.kind === 'paren' ? target.inner : target;
    // `LIMIT = 60` with `const LIMIT`: a constant is a value, not a place.
    const res = t.kind === 'path' ? this.t.paths.get(t.id) : undefined;
    if (res && res.k === 'const') {
      const at = opSpan ?? t.span;
      this.diags.push(error('typeck', kind === 'assign' ? 'E0070' : 'E0067', 'invalid left-hand side of assignment', at, [label(at, '', true), label(t.span, 'cannot assign to this expression')]));
      return false;
    }
    if (t.kind === 'path' || t.kind === 'field' || t.kind === 'index' || (t.kind === 'unary' && t.op === '*')) return this.checkDerefMut(t, 'assign', t.span, whole);
    // `(a, b) += ..` (a plain `=` destructures, see `checkDestructuring`).
    if (t.kind === 'tuple' || t.kind === 'struct' || t.kind === 'array') {
      this.unsupported('destructuring assignment', t.span);
      return false;
    }
    const at = opSpan ?? t.span;
    this.diags.push(error('typeck', 'E0070', 'invalid left-hand side of assignment', at, [label(at, '', true), label(t.span, 'cannot assign to this expression')]));
    return false;
  }

  /**
   * Whether `target = ..` destructures (rustc reads it as `{ let (lhs0, lhs1) = ..; a = lhs0; b = lhs1; }`):
   * a tuple, an array, a struct or tuple struct written with places in it, or `_`.
   */
  private isDestructuring(target: A.Expr): boolean {
    const t = target.kind === 'paren' ? target.inner : target;
    if (t.kind === 'tuple') return t.elems.length > 0;
    if (t.kind === 'array' || t.kind === 'struct' || isUnderscore(t)) return true;
    return t.kind === 'call' && this.tupleCtorTarget(t) !== undefined;
  }

  /** The tuple struct (or variant; adt -1 for std's) a call-shaped target names (`Pair(a, b) = ..`); undefined for a function. */
  private tupleCtorTarget(t: A.CallExpr): { adt: number; variant: number } | undefined {
    if (t.callee.kind !== 'path' || t.callee.path.segments.length !== 1 || t.callee.path.qself) return undefined;
    const name = t.callee.path.segments[0].name.name;
    if (name === 'Some' || name === 'Ok' || name === 'Err') return { adt: -1, variant: 0 };
    const item = this.items.values.get(name);
    return item && item.k === 'ctor' && this.items.adts[item.adt].variants[item.variant].shape === 'tuple' ? { adt: item.adt, variant: item.variant } : undefined;
  }

  /**
   * A destructuring assignment: the places a tuple target names first (as a plain assignment checks its
   * target), the value expecting their types, then each part of the target against the value's type.
   */
  private checkDestructuring(e: A.AssignExpr): Ty {
    const placeTys = new Map<A.Expr, Ty>();
    const expect = this.destructureExpect(e.target, placeTys);
    const value = this.checkExpr(e.value, expect);
    const leaves: DestructureLeaf[] = [];
    if (this.destructureTarget(e.target, value, [], leaves, this.assignOpSpan(e), e.value, placeTys)) this.t.destructures.set(e.id, leaves);
    return UNIT;
  }

  /** The type a destructuring target asks of its value where its shape tells it (tuples of places); checks those places. */
  private destructureExpect(x: A.Expr, placeTys: Map<A.Expr, Ty>): Ty | null {
    if (x.kind === 'paren') return this.destructureExpect(x.inner, placeTys);
    if (isUnderscore(x)) return this.infer.fresh();
    if (x.kind === 'tuple') {
      if (x.elems.some(isRestExpr)) return null;
      const elems = x.elems.map((el) => this.destructureExpect(el, placeTys));
      return elems.every((t) => t !== null) ? { k: 'tuple', elems: elems as Ty[] } : null;
    }
    if (x.kind === 'array' || x.kind === 'struct' || x.kind === 'call') return null;
    const t = this.checkExpr(x, null);
    placeTys.set(x, t);
    return t;
  }

  /** Checks one part of a destructuring target against the type of the value it takes; collects the places. */
  private destructureTarget(x: A.Expr, ty: Ty, path: DestructureProj[], leaves: DestructureLeaf[], opSpan: A.Span | null, value: A.Expr, placeTys: Map<A.Expr, Ty>): boolean {
    const t = this.infer.shallow(ty);
    const seq = (elems: readonly A.Expr[], tys: readonly Ty[], at: (i: number) => DestructureProj): boolean => {
      const rest = elems.findIndex(isRestExpr);
      return elems.every((el, i) => {
        if (i === rest) return true;
        const ti = rest < 0 || i < rest ? i : tys.length - (elems.length - i);
        return this.destructureTarget(el, tys[ti], [...path, at(ti)], leaves, opSpan, value, placeTys);
      });
    };
    const restCount = (elems: readonly A.Expr[]) => elems.filter(isRestExpr).length;
    switch (x.kind) {
      case 'paren': return this.destructureTarget(x.inner, ty, path, leaves, opSpan, value, placeTys);
      case 'tuple': {
        if (restCount(x.elems) > 1) { this.unsupported('more than one `..` in a destructuring assignment', x.span); return false; }
        const rest = x.elems.some(isRestExpr);
        if (t.k === 'infer' && !rest) this.infer.unify(t, { k: 'tuple', elems: x.elems.map(() => this.infer.fresh()) });
        const tt = this.infer.shallow(t);
        if (tt.k === 'error') return false;
        if (tt.k !== 'tuple' || (rest ? x.elems.length - 1 > tt.elems.length : x.elems.length !== tt.elems.length)) {
          const label = tt.k === 'tuple' ? `expected a tuple with ${tt.elems.length} elements, found one with ${x.elems.length} elements` : `expected \`${this.tyStr(tt)}\`, found tuple`;
          this.err('E0308', 'mismatched types', x.span, label);
          return false;
        }
        return seq(x.elems, tt.elems, (index) => ({ k: 'field', index }));
      }
      case 'array': {
        if (restCount(x.elems) > 1) { this.unsupported('more than one `..` in a destructuring assignment', x.span); return false; }
        const rest = x.elems.some(isRestExpr);
        const z = this.infer.zonk(t);
        if (z.k === 'error') return false;
        if (z.k !== 'array' || typeof z.len !== 'number') {
          this.unsupported('this destructuring assignment (an array of a known length is needed)', x.span);
          return false;
        }
        const len = z.len;
        const need = rest ? x.elems.length - 1 : x.elems.length;
        if (rest ? need > len : need !== len) {
          this.err('E0527', `pattern requires ${need}${rest ? ' or more' : ''} elements but array has ${len}`, x.span, `expected ${len} element${len === 1 ? '' : 's'}`);
          return false;
        }
        return seq(x.elems, Array<Ty>(len).fill(z.elem), (offset) => ({ k: 'index', offset, fromEnd: false }));
      }
      case 'call': case 'struct': {
        const ctor = x.kind === 'call' ? this.tupleCtorTarget(x) : this.structTarget(x);
        if (!ctor) return false;
        const adt = this.items.adts[ctor.adt];
        if (!adt || adt.kind !== 'struct') { this.unsupported('destructuring assignment to an enum variant', x.span); return false; }
        const self: Ty = { k: 'adt', adt: ctor.adt, args: adt.typeParams.map(() => this.infer.fresh()) };
        if (!this.infer.unify(t, self)) { if (t.k !== 'error') this.mismatch(value, self, t); return false; }
        this.t.paths.set(x.id, { k: 'ctor', adt: ctor.adt, variant: 0, tyArgs: self.args });
        const fields = adt.variants[0].fields;
        const fieldTys = fields.map((f) => this.instantiate(f.ty, self.args));
        if (x.kind === 'call') {
          const rest = x.args.some(isRestExpr);
          if (restCount(x.args) > 1 || (rest ? x.args.length - 1 > fields.length : x.args.length !== fields.length)) {
            this.unsupported('this destructuring assignment (its fields do not match)', x.span);
            return false;
          }
          return seq(x.args, fieldTys, (index) => ({ k: 'field', index }));
        }
        if (x.base && !isRestExpr(x.base)) { this.unsupported('`..base` in a destructuring assignment', x.base.span); return false; }
        for (const f of x.fields) {
          const index = fields.findIndex((d) => d.name === f.name.name);
          if (index < 0) { this.err('E0026', `struct \`${adt.name}\` does not have a field named \`${f.name.name}\``, f.name.span, 'struct `' + adt.name + '` does not have this field'); return false; }
          this.checkFieldPrivacy(adt, f.name.name, f.span, 'E0451');
        }
        const missing = fields.filter((d) => !x.fields.some((f) => f.name.name === d.name));
        if (!x.base && missing.length) {
          const list = missing.map((m) => `\`${m.name}\``).join(', ');
          this.err('E0027', `pattern does not mention field${missing.length > 1 ? 's' : ''} ${list}`, x.span, `missing field${missing.length > 1 ? 's' : ''} ${list}`);
          return false;
        }
        return x.fields.every((f) => {
          const index = fields.findIndex((d) => d.name === f.name.name);
          return this.destructureTarget(f.value, fieldTys[index], [...path, { k: 'field', index }], leaves, opSpan, value, placeTys);
        });
      }
      default: {
        if (isUnderscore(x)) return true;
        const pt = placeTys.get(x) ?? this.checkExpr(x, null);
        if (!this.checkAssignable(x, opSpan, x.span)) return false;
        if (!this.infer.unify(pt, t)) { this.mismatch(x, pt, t); return false; }
        leaves.push({ target: x, path, ty: t });
        return true;
      }
    }
  }

  /** The struct a struct-shaped target names (`Point { x, y: py } = p`, `Self { .. } = ..`). */
  private structTarget(x: A.StructExpr): { adt: number; variant: number } | undefined {
    const names = x.path.segments.map((s) => s.name.name);
    const st = names.length === 1 ? (names[0] === 'Self' ? this.tyScope.selfTy : this.typeOfPathHead(x.path.segments[0])) : null;
    const z = st ? this.infer.shallow(st) : null;
    if (z && z.k === 'adt') return { adt: z.adt, variant: 0 };
    const item = names.length === 1 ? this.items.values.get(names[0]) : undefined;
    if (item && item.k === 'ctor') return { adt: item.adt, variant: item.variant };
    this.unsupported(`the destructuring assignment to \`${names.join('::')}\``, x.path.span);
    return undefined;
  }

  /** The `=` of `target = value`. */
  private assignOpSpan(e: A.AssignExpr | A.CompoundAssignExpr): A.Span | null {
    const between = this.source.slice(e.target.span.end, e.value.span.start);
    const op = e.kind === 'assign' ? '=' : `${e.op}=`;
    const at = between.indexOf(op);
    return at < 0 || between.slice(0, at).includes('\n') ? null : opSpan(e.target.span, at, op.length, between);
  }

  // ------------------------------------------------------------ calls

  private checkCall(e: A.CallExpr, expected: Expect): Ty {
    const callee = e.callee.kind === 'paren' ? e.callee : e.callee;
    if (callee.kind === 'path') {
      // `Drop::drop(&mut b)`, `std::ops::Drop::drop(..)`: only the compiler calls a destructor.
      const segs = callee.path.segments;
      const stdDrop = !callee.path.qself && segs.length >= 2 && segs[segs.length - 1].name.name === 'drop' && segs[segs.length - 2].name.name === 'Drop' && !this.items.types.has('Drop');
      if (stdDrop) return this.explicitDrop(e);
      const viaTrait = this.defaultCall(e, callee, expected) ?? this.traitMethodCall(e, callee, expected);
      if (viaTrait) return viaTrait;
      const cow = this.cowFromCall(e, callee.path, callee.id, expected);
      if (cow) return cow;
      const res = this.resolveValuePath(callee.path, true, callee.span);
      if (!res) { for (const a of e.args) this.checkExpr(a, null); return ERROR; }
      // `B::drop(&mut b)`, `<B as Drop>::drop(&mut b)`: the same, through the type.
      if (res.k === 'fn' && this.items.fns[res.fn].impl?.traitName === 'Drop' && !this.items.types.has('Drop')) return this.explicitDrop(e);
      this.t.paths.set(callee.id, res);
      const conv = res.k === 'fn' ? this.items.fns[res.fn].impl?.traitName : undefined;
      if (res.k === 'fn' && (conv === 'From' || conv === 'TryFrom') && e.args.length === 1) return this.checkFromCall(e, res.fn, callee.id, res.tyArgs);
      if (res.k === 'fn') return this.checkFnCall(e, res.fn, res.tyArgs, expected);
      if (res.k === 'ctor') return this.checkCtorCall(e, res, expected);
      if (res.k === 'builtinCtor') {
        const ty = res.ty as Extract<Ty, { k: 'builtin' }>;
        if (expected) this.infer.unify(ty, expected) || void 0;
        const fieldTy = ty.name === 'Option' ? (res.variant === 1 ? ty.args[0] : null) : ty.args[res.variant];
        if (!fieldTy) { this.unsupported('calling `None`', e.span); return ERROR; }
        if (e.args.length !== 1) { this.argCountErr(e, 1, callee.span, 'variant'); e.args.forEach((a) => this.checkExpr(a, null)); return ty; }
        this.t.calls.set(e.id, { k: 'builtinCtor', ty, variant: res.variant });
        this.checkCoerce(e.args[0], fieldTy);
        this.t.exprTys.set(callee.id, ty);
        return ty;
      }
      // A local (closure, fn pointer) or a const/static holding a callable.
      const calleeTy = this.resTy(res, callee);
      this.t.exprTys.set(callee.id, calleeTy);
      return this.checkValueCall(e, calleeTy);
    }
    const calleeTy = this.checkExpr(callee, null);
    return this.checkValueCall(e, calleeTy);
  }

  /** E0040 for a destructor called by its path (its arguments checked all the same). */
  private explicitDrop(e: A.CallExpr): Ty {
    e.args.forEach((a) => this.checkExpr(a, null));
    this.err('E0040', 'explicit use of destructor method', e.callee.span, 'explicit destructor calls not allowed', ['help: consider using `drop` function: `drop`']);
    return UNIT;
  }

  /**
   * `Default::default()` (and `..Default::default()` in a struct literal): the default of the type the
   * context asks for. A type of the program needs `#[derive(Default)]` or its own impl (else E0277).
   */
  private defaultCall(e: A.CallExpr, callee: A.PathExpr, expected: Expect): Ty | null {
    const names = callee.path.segments.map((s) => s.name.name);
    const std = names.length === 2 || (names.length === 4 && (names[0] === 'std' || names[0] === 'core') && names[1] === 'default');
    if (e.args.length !== 0 || !std || names[names.length - 2] !== 'Default' || names[names.length - 1] !== 'default') return null;
    if (this.items.types.get('Default')) return null; // the program's own `Default`
    const fnId = this.items.preludeTraits.get('Default')?.methods.get('default');
    if (fnId === undefined) return null;
    const ty = expected ?? this.infer.fresh();
    const s = this.infer.shallow(ty);
    if (s.k === 'adt' && !this.items.adts[s.adt].isPrelude && !this.items.adts[s.adt].derives.includes('Default') && !this.hasUserImpl(s, 'Default')) {
      this.err('E0277', `the trait bound \`${this.tyStr(s)}: Default\` is not satisfied`, callee.span, `the trait \`Default\` is not implemented for \`${this.tyStr(s)}\``);
      return ERROR;
    }
    if (s.k === 'adt' && s.args.length > 0 && this.items.adts[s.adt].derives.includes('Default')) this.derivedDefaultArgs.push({ ty: s, at: e.span, viaTrait: true });
    const res = { k: 'fn' as const, fn: fnId, tyArgs: [ty] };
    this.t.paths.set(callee.id, res);
    this.t.calls.set(e.id, res);
    this.t.exprTys.set(callee.id, { k: 'fndef', fn: fnId, args: [ty] });
    return ty;
  }

  /**
   * `Animal::name(&dog)`: a method of one of the program's traits called by the trait's name. The impl
   * is the one for the type of the first argument (through the `&` a `&self` method takes). Null when
   * the path is not that, or the receiver's impl cannot be known here (then the usual path applies).
   */
  private traitMethodCall(e: A.CallExpr, callee: A.PathExpr, expected: Expect): Ty | null {
    const segs = callee.path.segments;
    if (segs.length !== 2) return null;
    const head = this.items.types.get(segs[0].name.name);
    if (!head && STD_UFCS_TRAITS.has(segs[0].name.name) && e.args.length > 0) return this.stdTraitMethodCall(e, callee);
    if (!head || head.k !== 'trait' || typeof head.trait.key !== 'number') return null;
    const traitInfo = head.trait;
    const decl = traitInfo.methods.get(segs[1].name.name);
    const declFn = decl === undefined ? null : this.items.fns[decl];
    if (declFn && !declFn.selfMode) return this.traitFnByExpected(e, callee, traitInfo, expected);
    if (!declFn || e.args.length === 0) return null;
    const a0 = this.checkExpr(e.args[0], null);
    let recv = this.infer.shallow(a0);
    if (declFn.selfMode !== 'value' && recv.k === 'ref') recv = this.infer.shallow(recv.inner);
    const known = recv.k === 'adt' || recv.k === 'int' || recv.k === 'float' || recv.k === 'builtin' || recv.k === 'str';
    // `Convert::<i64>::convert(m)`: the impl with those trait arguments.
    const found = known ? this.userImplMethods(this.implsOfWritten(traitInfo, segs[0]), segs[1].name.name, recv)[0]
      : recv.k === 'param' ? this.paramTraitMethod(recv, traitInfo, decl!, e.args[0].span) : undefined;
    if (found === null) {
      e.args.slice(1).forEach((a) => this.checkExpr(a, null));
      return ERROR;
    }
    if (!found) {
      this.unsupported(`calling trait functions as \`${segs[0].name.name}::...\` on \`${this.tyStr(a0)}\``, segs[0].name.span);
      e.args.slice(1).forEach((a) => this.checkExpr(a, null));
      return ERROR;
    }
    const { fn: fnId, tyArgs, inputs, output } = found;
    this.supertraitsUnmetAt(this.items.fns[fnId], recv, e.args[0].span);
    const res = { k: 'fn' as const, fn: fnId, tyArgs };
    this.t.paths.set(callee.id, res);
    this.t.calls.set(e.id, res);
    this.t.exprTys.set(callee.id, { k: 'fndef', fn: fnId, args: tyArgs });
    if (inputs.length !== e.args.length) {
      this.argCountErr(e, inputs.length, callee.span, 'function');
      e.args.slice(1).forEach((a) => this.checkExpr(a, null));
      return output;
    }
    this.coerce(e.args[0], a0, inputs[0]);
    e.args.slice(1).forEach((a, i) => this.checkCoerce(a, inputs[i + 1]));
    return output;
  }

  /**
   * `Shape::area(s)` with `s: &S` and `S: Shape` (or a trait that has it as a supertrait): the trait's
   * method for the parameter, which the instance's type argument selects as `s.area()` does. A
   * parameter without the bound is E0277 (null).
   */
  private paramTraitMethod(t: Extract<Ty, { k: 'param' }>, trait: TraitInfo, fnId: FnId, arg: A.Span): { fn: FnId; tyArgs: Ty[]; inputs: Ty[]; output: Ty } | null {
    const seen = new Set<number | string>();
    const boundArgs = (key: number | string): readonly Ty[] | null => {
      if (seen.has(key)) return null;
      seen.add(key);
      const info = this.items.traitByKey(key);
      for (const sup of info?.supertraits ?? []) {
        if (sup.trait === trait.key) return sup.args;
        const r = boundArgs(sup.trait);
        if (r) return r;
      }
      return null;
    };
    let args: readonly Ty[] | null = null;
    for (const b of this.paramBounds(t.index)) {
      args = b.trait === trait.key ? b.args : boundArgs(b.trait);
      if (args) break;
    }
    if (!args) {
      this.err('E0277', `the trait bound \`${t.name}: ${trait.name}\` is not satisfied`, arg, `the trait \`${trait.name}\` is not implemented for \`${t.name}\``);
      return null;
    }
    const fn = this.items.fns[fnId];
    const tyArgs = fn.typeParams.map((_, i) => (i === 0 ? t : i < fn.ownParamStart ? (args![i - 1] ?? this.infer.fresh()) : this.infer.fresh()));
    return { fn: fnId, tyArgs, ...this.callSig(fn, tyArgs) };
  }

  /**
   * `let dolly: Sheep = Animal::new("Dolly")` (Rust by Example): a trait function without `self`,
   * its impl chosen by the type the context asks for (a type parameter's, found at run time).
   */
  private traitFnByExpected(e: A.CallExpr, callee: A.PathExpr, traitInfo: TraitInfo, expected: Expect): Ty | null {
    const segs = callee.path.segments;
    const want = expected ? this.infer.shallow(expected) : null;
    if (want && want.k === 'param') {
      const res = this.paramAssoc(want, segs[1]);
      if (!res || res.k !== 'fn') return null;
      this.t.paths.set(callee.id, res);
      return this.checkFnCall(e, res.fn, res.tyArgs, expected);
    }
    const found = want && this.certain(want) ? this.userImplMethods(this.implsOfWritten(traitInfo, segs[0]), segs[1].name.name, want)[0] : undefined;
    if (!found) {
      this.unsupported(`calling \`${traitInfo.name}::${segs[1].name.name}\` where the context does not say for which type`, segs[0].name.span);
      e.args.forEach((a) => this.checkExpr(a, null));
      return ERROR;
    }
    const res = { k: 'fn' as const, fn: found.fn, tyArgs: found.tyArgs };
    this.t.paths.set(callee.id, res);
    return this.checkFnCall(e, res.fn, res.tyArgs, expected);
  }

  /** `ToString::to_string(&x)`, `Clone::clone(&v)`: a std trait's method by the trait's name, as the type's own. */
  private stdTraitMethodCall(e: A.CallExpr, callee: A.PathExpr): Ty {
    const segs = callee.path.segments;
    const a0 = this.checkExpr(e.args[0], null);
    this.t.exprTys.set(e.args[0].id, a0);
    const outer = this.infer.shallow(a0);
    const recv = outer.k === 'ref' ? this.infer.shallow(outer.inner) : outer;
    let res = this.certain(recv) ? this.findAssocFn(recv, segs[1].name.name) : null;
    // A type with its own Display has std's blanket `to_string`.
    const toString = this.items.preludeTraits.get('ToString')?.methods.get('to_string');
    if (!res && segs[1].name.name === 'to_string' && toString !== undefined && recv.k === 'adt' && this.hasUserImpl(recv, 'Display')) res = { k: 'fn', fn: toString, tyArgs: [recv] };
    const fn = res && res.k === 'fn' ? this.items.fns[res.fn] : null;
    if (!res || res.k !== 'fn' || !fn || !fn.selfMode || fn.inputs.length !== e.args.length) {
      this.unsupported(`calling \`${segs[0].name.name}::${segs[1].name.name}\` on \`${this.tyStr(a0)}\``, segs[0].name.span);
      e.args.slice(1).forEach((a) => this.checkExpr(a, null));
      return ERROR;
    }
    this.t.paths.set(callee.id, res);
    this.t.calls.set(e.id, res);
    this.t.exprTys.set(callee.id, { k: 'fndef', fn: res.fn, args: res.tyArgs });
    const { inputs, output } = this.callSig(fn, res.tyArgs);
    this.coerce(e.args[0], a0, inputs[0]);
    e.args.slice(1).forEach((a, i) => this.checkCoerce(a, inputs[i + 1]));
    return output;
  }

  /**
   * `MyError::from(x)` where the program implements `From` for `MyError` more than once: rustc picks
   * the impl by the argument's type, so the argument is checked first.
   */
  private checkFromCall(e: A.CallExpr, first: FnId, calleeId: A.NodeId, pathArgs: readonly Ty[]): Ty {
    const impl = this.items.fns[first].impl!;
    const arg = this.checkExpr(e.args[0], null);
    // Of the type's `From` (or `TryFrom`) impls, the one for the argument's type.
    const tryFrom = impl.traitName === 'TryFrom';
    const chosen = this.userFrom(arg, impl.selfTy, tryFrom ? 'TryFrom' : 'From', tryFrom ? 'try_from' : 'from') ?? { fn: first, tyArgs: this.items.fns[first].typeParams.map(() => this.infer.fresh()) };
    const fn = this.items.fns[chosen.fn];
    // The type the path named (`V::from`, its arguments maybe still unknown) is the chosen impl's.
    if (fn.impl) this.infer.unify(substTy(impl.selfTy, pathArgs), substTy(fn.impl.selfTy, chosen.tyArgs));
    const res = { k: 'fn' as const, fn: chosen.fn, tyArgs: chosen.tyArgs };
    this.t.paths.set(calleeId, res);
    this.t.calls.set(e.id, res);
    this.t.exprTys.set(e.callee.id, { k: 'fndef', fn: chosen.fn, args: chosen.tyArgs });
    this.coerce(e.args[0], arg, substTy(fn.inputs[0], chosen.tyArgs));
    return substTy(fn.output, chosen.tyArgs);
  }

  /** A call of an impl method whose signature is not its trait's: that error says it all (its arguments are still checked). */
  private badSigCall(e: A.CallExpr | A.MethodCallExpr): Ty {
    e.args.forEach((a) => this.t.exprTys.set(a.id, this.checkExpr(a, null)));
    return ERROR;
  }

  private argCountErr(e: A.CallExpr | A.MethodCallExpr, want: number, at: A.Span, what: 'function' | 'method' | 'variant'): void {
    const got = e.args.length;
    const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
    const msg = what === 'variant'
      ? `this enum variant takes ${plural(want, 'argument')} but ${plural(got, 'argument')} ${got === 1 ? 'was' : 'were'} supplied`
      : `this ${what} takes ${plural(want, 'argument')} but ${plural(got, 'argument')} ${got === 1 ? 'was' : 'were'} supplied`;
    this.err('E0061', msg, at, '');
  }

  /** Arguments checked ahead of their call (see `ownFromCall`), by node. */
  private readonly prechecked = new Map<A.NodeId, Ty>();

  /**
   * `String::from(user)`, `f64::from(c)`, `Vec::from(bag)` where the program implements `From<X>` for that
   * std type: the impl for the argument's type (checked first, as rustc picks the impl by it). Null to
   * go on with std's own `from`, the argument's type kept for it.
   */
  private ownFromCall(e: A.CallExpr, fn: FnDef, tyArgs: readonly Ty[]): Ty | null {
    if (!fn.isPrelude || fn.shortName !== 'from' || e.args.length !== 1 || !fn.builtin || e.args[0].kind === 'closure') return null;
    const target = fn.builtin === 'char::from' ? CHAR : fn.builtin === 'int::from' || fn.builtin === 'float::from' ? tyArgs[0] : substTy(fn.output, tyArgs);
    if (!this.items.impls.some((impl) => !impl.isPrelude && impl.traitName === 'From' && sameHead(impl.selfTy, this.infer.shallow(target)))) return null;
    const arg = this.checkExpr(e.args[0], null);
    const chosen = this.userFromInto(arg, target);
    if (!chosen) {
      this.prechecked.set(e.args[0].id, arg);
      return null;
    }
    const res = { k: 'fn' as const, fn: chosen.fn, tyArgs: chosen.tyArgs };
    this.t.calls.set(e.id, res);
    this.t.exprTys.set(e.callee.id, { k: 'fndef', fn: chosen.fn, args: chosen.tyArgs });
    if (e.callee.kind === 'path') this.t.paths.set(e.callee.id, res);
    this.coerce(e.args[0], arg, chosen.inputs[0]);
    return chosen.output;
  }

  private checkFnCall(e: A.CallExpr, fnId: FnId, tyArgs: readonly Ty[], expected: Expect): Ty {
    const fn = this.items.fns[fnId];
    if (fn.ast?.isUnsafe) this.unsafeCall(fn, e.span);
    if (fn.isPrelude && fn.builtin === 'mem::transmute') this.transmutes.push({ from: tyArgs[0], to: tyArgs[1], at: e.callee.span });
    const own = this.ownFromCall(e, fn, tyArgs);
    if (own) return own;
    // `i64::from(x)`, `f64::from(n)`: std's lossless number conversions only.
    if ((fn.builtin === 'int::from' || fn.builtin === 'float::from' || fn.builtin === 'char::from') && e.args.length === 1) {
      const to: Ty = fn.builtin === 'char::from' ? CHAR : tyArgs[0];
      const argTy = this.checkExpr(e.args[0], null);
      this.t.exprTys.set(e.args[0].id, argTy);
      const withArg = [...tyArgs.slice(0, -1), argTy];
      this.t.calls.set(e.id, { k: 'fn', fn: fnId, tyArgs: withArg });
      this.t.exprTys.set(e.callee.id, { k: 'fndef', fn: fnId, args: withArg });
      this.numericFrom(this.infer.shallow(argTy), this.infer.shallow(to), e.callee.span);
      return to;
    }
    const sig = this.callSig(fn, tyArgs);
    const inputs = sig.inputs;
    // `str::parse::<Color>(s)`, the method called as a path: the same `Result<F, F::Err>` as `s.parse()`.
    const output = fn.builtin === 'str::parse' ? this.parseOutput(tyArgs[tyArgs.length - 1], e.callee.span) : sig.output;
    this.t.calls.set(e.id, { k: 'fn', fn: fnId, tyArgs });
    this.t.exprTys.set(e.callee.id, { k: 'fndef', fn: fnId, args: tyArgs });
    if (this.items.badSigFns.has(fnId)) return this.badSigCall(e);
    if (inputs.length !== e.args.length) {
      if (fn.isPrelude) this.unsupported(`calling \`${fn.name}\` with ${e.args.length} arguments`, e.span);
      else this.argCountErr(e, inputs.length, e.callee.span, fn.selfMode ? 'method' : 'function');
      e.args.forEach((a) => this.checkExpr(a, null));
      return output;
    }
    if ((fn.builtin === 'Rc::from' || fn.builtin === 'Arc::from') && e.args.length === 1) return this.countedFromCall(e, fnId, tyArgs, expected);
    if (fn.builtin === 'Vec::from' || fn.builtin === 'VecDeque::from' || fn.builtin === 'BinaryHeap::from' || fn.builtin === 'HashMap::from' || fn.builtin === 'HashSet::from' || fn.builtin === 'BTreeMap::from' || fn.builtin === 'BTreeSet::from') return this.collectionFrom(e, fn.builtin, output, expected);
    // `let c: &Cell<[i32]> = Cell::from_mut(&mut arr)`: rustc's expectation from the output makes T
    // the slice, so the array's &mut unsizes to it.
    if (fn.builtin === 'Cell::from_mut' && expected) {
      const ex = this.infer.shallow(expected);
      const cell = ex.k === 'ref' ? this.infer.shallow(ex.inner) : null;
      if (cell?.k === 'builtin' && cell.name === 'Cell' && this.infer.shallow(cell.args[0]).k === 'slice') this.infer.unify(tyArgs[0], cell.args[0]);
    }
    this.noteAssocBindings(fn, tyArgs, e.args, fn.inputs, e.callee.span);
    this.noteGenericCall(fn, tyArgs, e.callee.span);
    this.checkArgs(fn, e.args, inputs, tyArgs, output, expected, e.callee.span);
    this.settleProjections();
    const written = e.callee.kind === 'path' ? e.callee.path.segments.at(-1)?.args?.types ?? [] : [];
    this.noteSizedObligations(fn, tyArgs, written, e.args, fn.inputs, e.callee.span);
    if (!fn.isPrelude) this.noteBoundObligations(fn, tyArgs, e);
    // std's own `Send`/`Sync` bounds (`thread::spawn`'s `F: Send`): judged once captures are known.
    else this.noteThreadBounds(fn, tyArgs, e.args);
    // `catch_unwind`'s `F: UnwindSafe`: likewise.
    if (fn.builtin === 'panic::catch_unwind' && tyArgs[0] && e.args[0]) this.unwindObligations.push({ ty: tyArgs[0], at: e.args[0].span });
    return output;
  }

  /**
   * `Vec::from([1, 2])`, `Vec::from(&v[..])`, `HashMap::from([("a", 1)])`, `HashSet::from([1, 2])`: the
   * collection's type arguments are the array's (or the slice's) elements, `(K, V)` for a map. (The
   * prelude declares the argument as a slice, which no array is: the shape the borrow checker reads.)
   */
  private collectionFrom(e: A.CallExpr, name: string, output: Ty, expected: Expect): Ty {
    if (expected) this.infer.unify(output, expected);
    const out = this.infer.shallow(output) as Extract<Ty, { k: 'builtin' }>;
    const wanted: Ty = name === 'HashMap::from' || name === 'BTreeMap::from' ? { k: 'tuple', elems: out.args } : out.args[0];
    const actual = this.checkExpr(e.args[0], { k: 'array', elem: wanted, len: 0 });
    this.t.exprTys.set(e.args[0].id, actual);
    const a = this.infer.shallow(actual);
    const inner = a.k === 'ref' ? this.infer.shallow(a.inner) : null;
    const elem = a.k === 'array' ? a.elem
      : name === 'Vec::from' && inner && (inner.k === 'slice' || inner.k === 'array') ? inner.elem
      : (name === 'VecDeque::from' || name === 'BinaryHeap::from') && a.k === 'builtin' && a.name === 'Vec' ? a.args[0]
      : null;
    if (!elem) {
      if (a.k !== 'error') this.unsupported(`\`${name}\` of a \`${this.tyStr(a)}\` (an array is modelled)`, e.args[0].span);
      return output;
    }
    if (!this.infer.unify(wanted, elem) && this.certain(elem)) {
      this.err('E0277', `the trait bound \`${this.tyStr(out)}: From<${this.tyStr(a)}>\` is not satisfied`, e.args[0].span, `the trait \`From<${this.tyStr(a)}>\` is not implemented for \`${this.tyStr(out)}\``);
    } else if (name === 'BinaryHeap::from' || name === 'BTreeSet::from' || name === 'BTreeMap::from') {
      // std's `From` of these needs an `Ord` key: E0277 at the path, as for a first `push`.
      this.keyChecks.push({ selfTy: output, name: 'from', at: e.callee.span, keyKnown: false });
    }
    return output;
  }

  /**
   * `let r: Rc<str> = "hi".into()`: std's `From` impls for the `Rc` (or `Arc`) the context asks for,
   * called as `Rc::from` is. Null for any other `into` (and where the program has an `Into` or a
   * `From` of its own that could be the one meant).
   */
  private intoCounted(e: A.MethodCallExpr, recvTy: Ty, expected: Expect): Ty | null {
    if (e.method.name !== 'into' || e.args.length > 0 || e.turbofish || !expected) return null;
    const want = this.infer.shallow(expected);
    if (want.k !== 'builtin' || (want.name !== 'Rc' && want.name !== 'Arc')) return null;
    const r = this.infer.shallow(recvTy);
    if (r.k === 'param' || r.k === 'adt' || r.k === 'opaque') return null;
    if (this.items.impls.some((impl) => !impl.isPrelude && (impl.traitName === 'Into' || impl.traitName === 'From'))) return null;
    const head = want.name;
    const from = this.items.implsWithMethod('from').find((x) => x.impl.isPrelude && this.items.fns[x.fn].builtin === `${head}::from`)?.fn;
    if (from === undefined) return null;
    const t = this.infer.fresh();
    const target = this.countedFromTarget(head, r, t, expected, e.method.span, true);
    if (!target) return ERROR;
    this.t.methods.set(e.id, { fn: from, tyArgs: [target, r], derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
    this.t.exprTys.set(e.receiver.id, recvTy);
    return { k: 'builtin', name: head, args: [target] };
  }

  /** `Rc::from(x)`, `Arc::<str>::from(x)`: the Rc std's `From` impls make of the argument (see `countedFromTarget`). */
  private countedFromCall(e: A.CallExpr, fnId: FnId, tyArgs: readonly Ty[], expected: Expect): Ty {
    const head = this.items.fns[fnId].builtin === 'Arc::from' ? 'Arc' : 'Rc';
    const arg = this.checkExpr(e.args[0], null);
    this.t.exprTys.set(e.args[0].id, arg);
    const segs = e.callee.kind === 'path' ? e.callee.path.segments : [];
    const at = segs.at(-2)?.name.span ?? e.callee.span;
    const target = this.countedFromTarget(head, arg, tyArgs[0], expected, at, false);
    if (!target) return ERROR;
    const args = [target, arg];
    this.t.calls.set(e.id, { k: 'fn', fn: fnId, tyArgs: args });
    this.t.exprTys.set(e.callee.id, { k: 'fndef', fn: fnId, args });
    return { k: 'builtin', name: head, args: [target] };
  }

  /**
   * What std's `From` impls for `Rc<T>` (and `Arc<T>`) make of an argument of type `arg`: `Rc<str>` of a
   * `&str` or `String`, `Rc<[U]>` of a `Vec<U>`, `&[U]` or `[U; N]`, `Rc<U>` of a `Box<U>`, and `Rc<A>` of
   * anything (`From<T>`). The one impl an argument fits is taken whatever the context asks for (a
   * mismatch is then the caller's E0308, as in rustc); between two, the `Rc` the context (or the
   * path's `T`) asks for decides. Null when none fits (E0277) or the context does not say.
   */
  private countedFromTarget(head: 'Rc' | 'Arc', arg: Ty, t: Ty, expected: Expect, at: A.Span, viaInto: boolean): Ty | null {
    const a = this.infer.shallow(arg);
    const inner = a.k === 'ref' ? this.infer.shallow(a.inner) : null;
    const elem = inner?.k === 'slice' ? inner.elem : a.k === 'array' ? a.elem : a.k === 'builtin' && a.name === 'Vec' ? a.args[0] : null;
    const unsized: Ty | null = inner?.k === 'str' || this.isStringTy(a) ? STR
      : elem ? { k: 'slice', elem }
      : a.k === 'builtin' && a.name === 'Box' ? a.args[0]
      : null;
    const candidates = unsized ? [unsized, a] : [a];
    const want = this.infer.shallow(expected ?? ERROR);
    const asked = !this.infer.isUnresolved(t) ? t : want.k === 'builtin' && want.name === head ? want.args[0] : null;
    if (candidates.length === 1 && !viaInto) {
      if (!this.infer.unify(t, a)) return this.countedFromUnmet(head, t, a, at);
      return t;
    }
    // `let x = Rc::from(s); let y: Rc<str> = x;`: the body says it later.
    if (!asked || this.infer.isUnresolved(asked)) {
      this.pendingCountedFroms.push({ head, t, a, candidates, at, viaInto });
      return t;
    }
    return this.countedFromFit(head, t, asked, a, candidates, at);
  }

  private countedFromFit(head: string, t: Ty, asked: Ty, a: Ty, candidates: readonly Ty[], at: A.Span): Ty | null {
    const fit = candidates.find((c) => this.infer.canUnify(asked, c));
    if (!fit) return this.countedFromUnmet(head, asked, a, at);
    this.infer.unify(t, asked);
    this.infer.unify(t, fit);
    return t;
  }

  private readonly pendingCountedFroms: { readonly head: string; readonly t: Ty; readonly a: Ty; readonly candidates: readonly Ty[]; readonly at: A.Span; readonly viaInto: boolean }[] = [];

  /** Each `Rc::from` whose `Rc` the body told after the call (rustc's E0283 where it never does). */
  private settleCountedFroms(): void {
    for (const p of this.pendingCountedFroms.splice(0)) {
      if (!this.infer.isUnresolved(p.t)) this.countedFromFit(p.head, p.t, p.t, p.a, p.candidates, p.at);
      else this.unsupported(`\`${p.viaInto ? 'into' : `${p.head}::from`}\` where the program does not say which \`${p.head}\` it makes`, p.at);
    }
  }

  private countedFromUnmet(head: string, t: Ty, a: Ty, at: A.Span): null {
    const rc = `${head}<${this.tyStr(t)}>`;
    const from = `From<${this.tyStr(a)}>`;
    this.err('E0277', `the trait bound \`${rc}: ${from}\` is not satisfied`, at, `the trait \`${from}\` is not implemented for \`${rc}\``);
    return null;
  }

  /** `I: Iterator<Item = T>`, `C: Container<Item = i32>` of a called fn: each binding waits for the argument to tell `I`. */
  private pendingBindings: { readonly trait: number | string; readonly name: string; readonly base: Ty; readonly want: Ty; readonly at: A.Span; readonly callee: A.Span }[] = [];

  /**
   * The associated-type bindings on the bounds of a called fn's own parameters: the argument's own
   * associated type must be the bound's (its `Item` tells `T`; a certain other type is E0271).
   * rustc points at the argument whose type names the parameter.
   */
  private noteAssocBindings(fn: FnDef, tyArgs: readonly Ty[], args: readonly A.Expr[], argInputs: readonly Ty[], callee: A.Span): void {
    if (fn.isPrelude) return;
    for (let i = fn.ownParamStart; i < fn.typeParams.length; i++) {
      if (!tyArgs[i]) continue;
      for (const b of fn.typeParams[i].bounds) {
        const list = boundBindings(b);
        // `C: Convert<u8, Out = String>`: which impl is meant depends on the arguments too (not judged).
        if (list.length === 0 || (typeof b.trait === 'number' && b.args.length > 0)) continue;
        const k = argInputs.findIndex((t) => mentionsParamIndex(t, i));
        const at = k >= 0 && args[k] ? args[k].span : callee;
        for (const x of list) this.pendingBindings.push({ trait: b.trait, name: x.name, base: tyArgs[i], want: substTy(x.ty, tyArgs), at, callee });
      }
    }
  }

  /** The pending bindings whose base type is known now: unified with its associated type, or E0271. */
  private settleBindings(): void {
    if (this.pendingBindings.length === 0) return;
    const left: typeof this.pendingBindings = [];
    for (const p of this.pendingBindings.splice(0)) {
      const given = this.boundAssocTy(p.trait, p.name, p.base);
      if (!given) {
        if (this.infer.shallow(p.base).k === 'infer') left.push(p);
        continue;
      }
      if (this.infer.canUnify(p.want, given)) this.infer.unify(p.want, given);
      else if (this.certain(p.want) && this.certain(given)) this.bindingMismatch(p, given);
    }
    this.pendingBindings.push(...left);
  }

  /** `<base as trait>::name` where memviz knows it surely (null: not known yet, not modelled, or `base` lacks the trait). */
  private boundAssocTy(trait: number | string, name: string, base: Ty): Ty | null {
    const t = this.infer.shallow(base);
    if (t.k === 'infer' || t.k === 'error') return null;
    if (typeof trait === 'number') {
      if (t.k === 'param') {
        const b = this.paramBounds(t.index).find((x) => x.trait === trait);
        return b?.bindings?.find((x) => x.name === name)?.ty ?? null;
      }
      return this.implAssocTy(trait, name, t) ?? null;
    }
    if (name !== 'Item') return BINDING_STD_TRAITS.has(trait) ? this.stdAssocTy(trait, name, t) : null;
    const iterItem = this.iteratorItem(t);
    if (trait === 'Iterator' || iterItem) return iterItem;
    return trait === 'IntoIterator' ? this.stdAssocTy('IntoIterator', 'Item', t) : null;
  }

  /** The `Item` of a type that is an iterator (std's, a range, the program's own, a generic `I: Iterator`, `&mut` of one). */
  private iteratorItem(t: Ty): Ty | null {
    const s = this.infer.shallow(t);
    if (s.k === 'builtin' && (s.name === 'Iter' || s.name === 'Range' || s.name === 'RangeInclusive')) return s.args[0];
    if (s.k === 'builtin' && s.name === 'Box') return this.dynIterItem(s);
    if (s.k === 'param') return this.paramIterItem(s, ['Iterator']);
    if (s.k === 'ref' && s.mut) return this.iteratorItem(s.inner) ?? this.dynIterItem(s);
    // `evens(10)` of `fn evens(..) -> impl Iterator<Item = u32>`: what its signature says.
    if (s.k === 'opaque') return s.bounds.find((b) => b.trait === 'Iterator' && b.args.length === 1)?.args[0] ?? (s.actual.k === 'infer' ? null : this.iteratorItem(s.actual));
    return this.ownIterator(s)?.item ?? null;
  }

  /** rustc's E0271 for a binding the argument's type does not meet. */
  private bindingMismatch(p: (typeof this.pendingBindings)[number], given: Ty): void {
    // rustc erases lifetimes here (`&'a str` is `&str`).
    const show = (t: Ty) => this.tyStr(t).replace(/&'[A-Za-z_][A-Za-z0-9_]* /g, '&');
    const [base, want, found] = [show(p.base), show(p.want), show(given)];
    const trait = typeof p.trait === 'number' ? this.items.traitName(p.trait) : p.trait;
    const resolving = `type mismatch resolving \`<${base} as ${trait}>::${p.name} == ${want}\``;
    const message = p.trait === 'Iterator' ? `expected \`${base}\` to be an iterator that yields \`${want}\`, but it yields \`${found}\`` : resolving;
    // Where the type is the program's own (its impl says), rustc's label repeats what it resolved.
    const b = this.infer.shallow(p.base);
    const own = typeof p.trait === 'number' || (b.k === 'adt' && !this.items.adts[b.adt].isPrelude);
    const g = this.infer.shallow(given);
    const foundText = g.k === 'infer' ? (g.kind === 'int' ? 'integer' : 'floating-point number') : `\`${found}\``;
    const text = own ? resolving : `expected \`${want}\`, found ${foundText}`;
    this.diags.push(error('typeck', 'E0271', message, p.at, [label(p.at, text, true), label(p.callee, 'required by a bound introduced by this call')]));
  }

  private readonly boundObligations: { readonly ty: Ty; readonly trait: number | string; readonly args: readonly Ty[]; readonly at: A.Span }[] = [];

  /**
   * `dup(&C(1))` with `fn dup<T: Clone>`: each bound of the callee's own parameters, checked at the body's end.
   * A function of an inherent impl called by its path (`Tree::new()` of `impl<T: Ord> Tree<T>`) has its
   * impl's bounds too, and an associated function's type path those of the struct.
   */
  private noteBoundObligations(fn: FnDef, tyArgs: readonly Ty[], e: A.CallExpr): void {
    const inherent = fn.impl !== null && fn.impl.trait === null && fn.impl.special === null;
    for (let i = inherent ? 0 : fn.ownParamStart; i < fn.typeParams.length; i++) {
      const bounds = fn.typeParams[i].bounds.filter((b) => !b.fnSig);
      if (bounds.length === 0 || !tyArgs[i]) continue;
      const own = i >= fn.ownParamStart;
      // rustc points at the argument whose type names the parameter (else at the call, for an impl's);
      // for `I::Item`, the one that names `I`.
      const named = fn.typeParams[i].projection?.base ?? i;
      const k = fn.inputs.findIndex((t) => mentionsParamIndex(t, named));
      const at = k >= 0 && e.args[k] ? e.args[k].span : own ? e.callee.span : e.span;
      for (const b of bounds) {
        const args = b.args.map((x) => substTy(x, tyArgs));
        this.boundObligations.push({ ty: tyArgs[i], trait: b.trait, args, at });
        if (own) this.inferFromImpl(tyArgs[i], b.trait, args);
      }
    }
    const segs = e.callee.kind === 'path' ? e.callee.path.segments : [];
    if (inherent && fn.selfMode === null && segs.length === 2 && fn.impl!.selfTy.k === 'adt') this.noteAdtBounds(substTy(fn.impl!.selfTy, tyArgs), segs[0].name.span);
  }

  /** `let t: Tree<f64>` with `struct Tree<T: Ord>`: the bounds of every struct or enum of the program the type names. */
  private noteAdtBounds(ty: Ty, at: A.Span, depth = 0): void {
    const t = this.infer.shallow(ty);
    if (depth > 8) return;
    switch (t.k) {
      case 'ref': this.noteAdtBounds(t.inner, at, depth + 1); return;
      case 'tuple': t.elems.forEach((e) => this.noteAdtBounds(e, at, depth + 1)); return;
      case 'array': case 'slice': this.noteAdtBounds(t.elem, at, depth + 1); return;
      case 'builtin': t.args.forEach((a) => this.noteAdtBounds(a, at, depth + 1)); return;
      case 'adt':
        this.items.adts[t.adt].bounds?.forEach((_, i) => this.noteAdtParamBounds(t, i, at));
        t.args.forEach((a) => this.noteAdtBounds(a, at, depth + 1));
        return;
      default: return;
    }
  }

  /** The bounds the struct or enum puts on its type parameter `i`, for the type `t` names there. */
  private noteAdtParamBounds(t: Extract<Ty, { k: 'adt' }>, i: number, at: A.Span): void {
    for (const b of this.items.adts[t.adt].bounds?.[i] ?? []) {
      if (t.args[i]) this.boundObligations.push({ ty: t.args[i], trait: b.trait, args: b.args.map((x) => substTy(x, t.args)), at });
    }
  }

  /**
   * `Tree { root: None }` or `K(1.5)` of a `struct Tree<T: Ord>`: each bound is due where rustc points,
   * at the first field whose declared type names the parameter (else at `whole`).
   */
  private noteCtorBounds(t: Extract<Ty, { k: 'adt' }>, fields: readonly { ty: Ty; at: A.Span }[], whole: A.Span): void {
    this.items.adts[t.adt].bounds?.forEach((_, i) => this.noteAdtParamBounds(t, i, fields.find((f) => mentionsParamIndex(f.ty, i))?.at ?? whole));
  }

  /**
   * `fill(&mut shelf)` with `fn fill<C: Put<i32>>` and one `impl<T> Put<T> for Shelf<T>`: the bound's
   * arguments tell the impl's, so `shelf` is a `Shelf<i32>` (rustc selects the one impl the same way).
   */
  private inferFromImpl(ty: Ty, trait: TraitRef['trait'], args: readonly Ty[]): void {
    const t = this.infer.shallow(ty);
    if (typeof trait !== 'number' || args.length === 0 || t.k !== 'adt' || this.certain(t)) return;
    const candidates = this.items.impls.filter((impl) => impl.trait?.key === trait && this.matchImpl(impl, t));
    if (candidates.length !== 1) return;
    const impl = candidates[0];
    const implArgs = this.matchImpl(impl, t)!.map((a) => a ?? this.infer.fresh());
    (impl.traitArgs ?? []).forEach((x, k) => { if (args[k]) this.infer.unify(substTy(x, implArgs), args[k]); });
  }

  private readonly sizedObligations: { readonly ty: Ty; readonly at: A.Span; readonly fn: FnDef; readonly call: A.Span | null }[] = [];

  /**
   * A called fn's own type parameters are `Sized` unless declared `?Sized`: `size_of::<str>()`, or
   * `f(s)` with `fn f<T: Debug>(x: &T)` and `s: &str`, is E0277. (Of std, only its module functions
   * are judged: the prelude's types stand in for std's where unsized arguments are fine.)
   */
  private noteSizedObligations(fn: FnDef, tyArgs: readonly Ty[], written: readonly A.Type[], args: readonly A.Expr[], argInputs: readonly Ty[], callee: A.Span): void {
    if (fn.isPrelude && fn.impl?.special !== 'module') return;
    for (let i = fn.ownParamStart; i < fn.typeParams.length; i++) {
      if (fn.typeParams[i].maybeUnsized || !tyArgs[i]) continue;
      const w = written[i - fn.ownParamStart];
      // rustc points at the type written, else at the argument whose type names the parameter.
      const k = argInputs.findIndex((t) => mentionsParamIndex(t, i));
      const at = w ? w.span : k >= 0 && args[k] ? args[k].span : callee;
      this.sizedObligations.push({ ty: tyArgs[i], at, fn, call: w ? null : callee });
    }
  }

  private checkSizedObligations(): void {
    for (const o of this.sizedObligations.splice(0)) {
      const t = this.infer.zonk(o.ty);
      if (t.k !== 'str' && t.k !== 'slice' && t.k !== 'dyn') continue;
      const ty = this.tyStr(t);
      const labels = [label(o.at, "doesn't have a size known at compile-time", true), ...(o.call ? [label(o.call, 'required by a bound introduced by this call')] : [])];
      const where = o.fn.isPrelude ? `std::${o.fn.impl?.moduleName === 'mpsc' ? 'sync::mpsc' : o.fn.impl?.moduleName}::${o.fn.ast?.name.name}` : o.fn.name;
      const notes = [`help: the trait \`Sized\` is not implemented for \`${ty}\``, `note: required by an implicit \`Sized\` bound in \`${where}\``];
      if (!o.fn.isPrelude) notes.push('help: consider relaxing the implicit `Sized` restriction');
      this.diags.push(error('typeck', 'E0277', `the size for values of type \`${ty}\` cannot be known at compilation time`, o.at, labels, notes));
    }
  }

  /** E0277 for a bound the type argument surely does not meet (traits memviz can judge only). */
  private checkBoundObligations(): void {
    for (const o of this.boundObligations.splice(0)) {
      const t = this.infer.shallow(o.ty);
      // `greet(42)` with `fn greet<T: Into<String>>`: String has no `From` of a number or a bool.
      const ownNoString = t.k === 'adt' && !this.items.adts[t.adt].isPrelude && this.certain(t) && !this.userFrom(t, STRING) && !this.hasUserImpl(t, 'Into');
      if (o.trait === 'Into' && o.args.length === 1 && this.isStringTy(o.args[0]) && (isNumericLike(t) || t.k === 'bool' || ownNoString)) {
        this.err('E0277', `the trait bound \`String: From<${this.tyStr(t)}>\` is not satisfied`, o.at, `the trait \`From<${this.tyStr(t)}>\` is not implemented for \`String\``);
        continue;
      }
      if (typeof o.trait === 'string' && JUDGED_STD_TRAITS.has(o.trait)) {
        const bad = this.lacksStdTrait(t, o.trait);
        if (bad) this.unmetStdBound(bad, o.trait, o.at);
        continue;
      }
      if (!this.certain(t) || t.k === 'param') continue;
      // `show("hot")` with `fn show<T: Into<Celsius>>`: Celsius needs a `From` of that type (or is it).
      if (o.trait === 'Into' && o.args.length === 1) {
        const to = this.infer.shallow(o.args[0]);
        if ((to.k === 'int' || to.k === 'float') && (t.k === 'int' || t.k === 'float' || t.k === 'bool')) this.numericFrom(t, to, o.at);
        else if (to.k === 'adt' && this.certain(to) && this.tyStr(to) !== this.tyStr(t) && !this.userFrom(t, to) && !this.userInto(t, to)) {
          this.err('E0277', `the trait bound \`${this.tyStr(to)}: From<${this.tyStr(t)}>\` is not satisfied`, o.at, `the trait \`From<${this.tyStr(t)}>\` is not implemented for \`${this.tyStr(to)}\``);
        }
        continue;
      }
      // Whether a closure is `Send` depends on its captures: judged once capture analysis has run.
      if (o.trait === 'Send' || o.trait === 'Sync') {
        this.threadObligations.push({ ty: o.ty, trait: o.trait, at: o.at });
        continue;
      }
      if (o.trait === 'Display' || o.trait === 'Debug') {
        const bad = this.lacksFmt(t, o.trait, 0);
        if (!bad) continue;
        const name = this.tyStr(bad);
        this.err('E0277', o.trait === 'Debug' ? `\`${name}\` doesn't implement \`Debug\`` : `\`${name}\` doesn't implement \`std::fmt::Display\``, o.at, 'unsatisfied trait bound');
        continue;
      }
      const missing = typeof o.trait === 'number' && t.k !== 'dyn' && t.k !== 'opaque' && !this.findTraitImpl(t, o.trait);
      if (!missing) continue;
      const name = typeof o.trait === 'number' ? this.items.traitName(o.trait) : o.trait;
      this.err('E0277', `the trait bound \`${this.tyStr(t)}: ${name}\` is not satisfied`, o.at, `the trait \`${name}\` is not implemented for \`${this.tyStr(t)}\``);
    }
  }

  /** Arguments are coercion sites; closures get their signature from the callee's `F: Fn(..)` bounds. */
  private checkArgs(fn: FnDef, args: readonly A.Expr[], inputs: readonly Ty[], tyArgs: readonly Ty[], output: Ty, expected: Expect, callee: A.Span): void {
    const hints = expected ? this.expectationsFromOutput(inputs, output, expected) : inputs;
    for (let i = 0; i < args.length; i++) {
      const formal = inputs[i];
      const arg = args[i];
      const sig = this.fnBoundSig(fn, formal, tyArgs);
      const patParam = fn.isPrelude ? fn.ast?.params[i]?.pat : undefined;
      const charPredicate = patParam?.kind === 'ident' && PATTERN_PARAMS.has(patParam.name.name) && fn.builtin !== null && CHAR_PREDICATE_METHODS.has(fn.builtin);
      // `fold(0, &|acc, v| acc + v)` for `f: &impl Fn(A, &i32) -> A` (or `&F`, `&mut F`): the closure behind the reference.
      const byRef = this.closureByRef(fn, arg, formal, tyArgs);
      let actual: Ty;
      // `s.split(|c: char| !c.is_alphanumeric())`: a pattern closure takes each char.
      if (arg.kind === 'closure' && charPredicate) actual = this.checkClosure(arg, { k: 'dyn', traits: [{ trait: 'FnMut', args: [], fnSig: { inputs: [CHAR], output: BOOL } }] }, true);
      else if (arg.kind === 'closure') actual = this.checkClosure(arg, sig ? { k: 'dyn', traits: [sig] } : hints[i], true);
      else if (byRef) {
        const inner = this.checkClosure(byRef.closure, { k: 'dyn', traits: [byRef.sig] }, true);
        this.t.exprTys.set(byRef.closure.id, inner);
        this.applyFnBound(inner, byRef.sig);
        actual = { k: 'ref', mut: byRef.mutable, inner, region: ANON };
      } else actual = this.checkExpr(arg, hints[i]);
      // `v.iter().map(|x: i32| ..)`: a closure whose written parameter types are not the ones the callee passes.
      const sigMismatch = this.closureParamMismatch;
      this.closureParamMismatch = null;
      const closure = arg.kind === 'closure' ? arg : byRef?.closure;
      if (closure && sigMismatch) {
        const show = (ts: readonly Ty[]) => `fn(${ts.map((t) => this.tyStr(t)).join(', ')}) -> _`;
        const paramsSpan = { ...closure.span, end: closure.body.span.start, endLine: closure.body.span.line, endCol: closure.body.span.col };
        this.diags.push(error('typeck', 'E0631', 'type mismatch in closure arguments', callee, [label(callee, 'expected due to this', true), label(paramsSpan, 'found signature defined here')], [`note: expected closure signature \`${show(sigMismatch.expected)}\``, `         found closure signature \`${show(sigMismatch.found)}\``]));
      }
      this.t.exprTys.set(arg.id, actual);
      // Prelude string-pattern params also take a `char` (`s.split('.')`, `s.contains(c)`).
      if (fn.isPrelude && this.isStrRef(formal) && this.infer.shallow(actual).k === 'char') continue;
      // Other patterns std takes (a set of chars, a closure) are not modelled: "not supported yet", not E0308.
      const param = fn.isPrelude ? fn.ast?.params[i]?.pat : undefined;
      if (param && param.kind === 'ident' && this.isStrRef(formal) && PATTERN_PARAMS.has(param.name.name)) {
        const a = this.infer.shallow(actual);
        const inner = a.k === 'ref' ? this.infer.shallow(a.inner) : a;
        // A closure or fn taking a char, or a set of chars, where memviz models them.
        const charSet = (inner.k === 'slice' || inner.k === 'array') && this.infer.shallow(inner.elem).k === 'char';
        if (charPredicate && (a.k === 'closure' || a.k === 'fndef' || charSet)) continue;
        if (inner.k === 'slice' || inner.k === 'array' || a.k === 'closure' || a.k === 'fndef') {
          this.unsupported(`a pattern of type \`${this.tyStr(actual)}\` (only \`&str\` and \`char\` patterns are modelled)`, arg.span);
          continue;
        }
      }
      // `String::from` also takes a `String` (std's `impl<T> From<T> for T`).
      if (fn.builtin === 'String::from') {
        const a = this.infer.shallow(actual);
        if (a.k === 'builtin' && a.name === 'String') continue;
        // rustc picks `String`'s `From` impl by the argument: a number, a Vec or a type of the program has none.
        const noImpl = a.k === 'adt' || a.k === 'int' || a.k === 'float' || a.k === 'bool' || a.k === 'tuple' || a.k === 'array' || (a.k === 'infer' && a.kind !== 'general') || (a.k === 'builtin' && a.name !== 'Box');
        if (noImpl) {
          // rustc points at the type, `String` of `String::from`.
          const at = this.source.startsWith('String::', callee.start) ? { ...callee, end: callee.start + 6, endLine: callee.line, endCol: callee.col + 6 } : callee;
          this.err('E0277', `the trait bound \`String: From<${this.tyStr(a)}>\` is not satisfied`, at, `the trait \`From<${this.tyStr(a)}>\` is not implemented for \`String\``);
          continue;
        }
      }
      // Prelude iterator params (`zip`, `chain`) take anything that iterates, as std's `IntoIterator` bound does.
      const iterParam = fn.isPrelude ? this.infer.shallow(formal) : null;
      if (iterParam && iterParam.k === 'builtin' && iterParam.name === 'Iter') {
        const a = this.infer.shallow(actual);
        const item = a.k === 'builtin' && a.name === 'Iter' ? null : (this.ownIterator(a)?.item ?? this.intoIterItem(a));
        if (item) {
          this.infer.unify(iterParam.args[0], item);
          continue;
        }
        // `v.extend(w.iter())`: std's `Extend<&T>` for collections of `Copy` values copies what the references point at.
        const given = a.k === 'builtin' && a.name === 'Iter' ? this.infer.shallow(a.args[0]) : null;
        if (fn.builtin?.endsWith('::extend') && given?.k === 'ref' && !this.infer.canUnify(iterParam.args[0], given) && this.infer.canUnify(iterParam.args[0], given.inner) && isCopy(given.inner, this)) {
          this.infer.unify(iterParam.args[0], given.inner);
          continue;
        }
      }
      this.coerce(arg, actual, formal);
      // `total(v.into_iter(), |x| ..)` with `I: Iterator<Item = T>`: `T` is known before the next argument.
      this.settleBindings();
      if (sig) this.applyFnBound(actual, sig);
      // A closure made earlier (`let f = move || drop(s); call_twice(f)`): its kind is known only
      // after capture analysis, which then checks it against the bound (E0525).
      if (sig && arg.kind !== 'closure' && (sig.trait === 'Fn' || sig.trait === 'FnMut')) this.kindObligations.push({ ty: actual, trait: sig.trait, at: arg.span });
    }
  }

  private isStrRef(t: Ty): boolean {
    const s = this.infer.shallow(t);
    return s.k === 'ref' && this.infer.shallow(s.inner).k === 'str';
  }

  /** `&|..| ..` (or `&mut`) passed for `&F` where `F: Fn(..)`: the closure, and the bound it gets its signature from. */
  private closureByRef(fn: FnDef, arg: A.Expr, formal: Ty, tyArgs: readonly Ty[]): { closure: A.ClosureExpr; sig: TraitRef; mutable: boolean } | null {
    if (arg.kind !== 'ref' || arg.operand.kind !== 'closure') return null;
    const f = this.infer.shallow(formal);
    const sig = f.k === 'ref' && f.mut === arg.mutable ? this.fnBoundSig(fn, f.inner, tyArgs) : null;
    return sig ? { closure: arg.operand, sig, mutable: arg.mutable } : null;
  }

  /** If the formal type is a type param of `fn` with an Fn-family bound, the bound (substituted). */
  private fnBoundSig(fn: FnDef, formal: Ty, tyArgs: readonly Ty[]): TraitRef | null {
    const f = fn.inputs.find((x) => substTy(x, tyArgs) === formal);
    void f;
    // Find the param whose substitution is `formal`.
    for (let i = 0; i < fn.typeParams.length; i++) {
      if (tyArgs[i] !== formal) continue;
      for (const b of fn.typeParams[i].bounds) {
        if (typeof b.trait === 'string' && FN_TRAITS.has(b.trait) && b.fnSig) return substFnBound(b, b.fnSig, tyArgs);
      }
    }
    return null;
  }

  /** A closure or fn item passed for `F: Fn(A) -> R` must have that signature. */
  private applyFnBound(actual: Ty, bound: TraitRef): void {
    let t = this.infer.shallow(actual);
    // std's `Fn` impls for `&F` and `Box<F>`: `compose(add5, times3)` with `times3` a `Box<dyn Fn(i32) -> i32>`.
    for (let i = 0; i < 4 && (t.k === 'ref' || (t.k === 'builtin' && t.name === 'Box')); i++) t = this.infer.shallow(t.k === 'ref' ? t.inner : t.args[0]);
    const sig = this.callableSig(t);
    if (!sig || !bound.fnSig) return;
    this.unifyList(sig.inputs, bound.fnSig.inputs);
    this.infer.unify(sig.output, bound.fnSig.output);
  }

  /** rustc's "expectations from the expected output": `Box::new(closure)` expected as `Box<dyn Fn(i32)>`. */
  private expectationsFromOutput(inputs: readonly Ty[], output: Ty, expected: Ty): Ty[] {
    const out = this.infer.shallow(output);
    const ex = this.infer.shallow(expected);
    if (out.k !== 'builtin' && out.k !== 'adt' && out.k !== 'infer') return inputs as Ty[];
    const map = new Map<number, Ty>();
    this.matchOutputVars(out, ex, map);
    if (map.size === 0) return inputs as Ty[];
    return inputs.map((t) => {
      const s = this.infer.shallow(t);
      return s.k === 'infer' && map.has(s.var) ? map.get(s.var)! : t;
    });
  }

  /** Binds the inference variables of `o` to the matching parts of `x`. */
  private matchOutputVars(o: Ty, x: Ty, map: Map<number, Ty>): void {
    o = this.infer.shallow(o);
    x = this.infer.shallow(x);
    if (o.k === 'infer') { if (!map.has(o.var) && x.k !== 'infer') map.set(o.var, x); return; }
    if (o.k === 'builtin' && x.k === 'builtin' && o.name === x.name) for (let i = 0; i < o.args.length; i++) this.matchOutputVars(o.args[i], x.args[i], map);
    if (o.k === 'adt' && x.k === 'adt' && o.adt === x.adt) for (let i = 0; i < o.args.length; i++) this.matchOutputVars(o.args[i], x.args[i], map);
  }

  /**
   * std's `From` impls of `Cow` for what `x` is, as `Cow::from(x)` and `x.into()` pick them: Borrowed
   * of a `&str`/`&String` (`Cow<str>`) or a `&[T]`/`&Vec<T>`/`&[T; N]` (`Cow<[T]>`), Owned of a String or a Vec.
   */
  private cowFrom(x: Ty): { fn: FnId; tyArgs: Ty[]; output: Ty } | null {
    const cow = this.items.preludeTypes.get('Cow');
    if (!cow || cow.k !== 'adt' || this.items.types.has('Cow')) return null;
    const s = this.infer.shallow(x);
    const inner = s.k === 'ref' ? this.infer.shallow(s.inner) : s;
    const isVec = inner.k === 'builtin' && inner.name === 'Vec';
    const b: Ty | null = inner.k === 'str' || (inner.k === 'builtin' && inner.name === 'String') ? STR
      : inner.k === 'slice' ? inner
      : isVec ? { k: 'slice', elem: inner.args[0] }
      : s.k === 'ref' && inner.k === 'array' ? { k: 'slice', elem: inner.elem }
      : null;
    if (!b || (s.k !== 'ref' && inner.k !== 'builtin')) return null;
    const borrowed = s.k === 'ref';
    const fn = this.items.implsWithMethod(borrowed ? 'from_borrowed' : 'from_owned').find((m) => m.impl.isPrelude)?.fn;
    if (fn === undefined) return null;
    const tyArgs = [b, toOwnedTy(b)!];
    return { fn, tyArgs, output: { k: 'adt', adt: cow.adt, args: tyArgs } };
  }

  /** `Cow::from(x)`: the Borrowed or Owned std's impl for x makes (see `cowFrom`); null where it is not that call. */
  private cowFromCall(e: A.CallExpr, path: A.Path, calleeId: A.NodeId, expected: Ty | null): Ty | null {
    const segs = path.segments.map((x) => x.name.name);
    if (path.qself || e.args.length !== 1 || segs.length < 2 || segs.at(-1) !== 'from' || segs.at(-2) !== 'Cow' || this.items.types.has('Cow')) return null;
    if (path.segments.at(-2)!.args) return null;
    const argTy = this.checkExpr(e.args[0], null);
    const pick = this.cowFrom(argTy);
    if (!pick) {
      this.unsupported(`\`Cow::from\` of a \`${this.tyStr(argTy)}\``, path.span);
      return ERROR;
    }
    const res: Res = { k: 'fn', fn: pick.fn, tyArgs: pick.tyArgs };
    this.t.paths.set(calleeId, res);
    this.t.calls.set(e.id, res);
    this.t.exprTys.set(calleeId, { k: 'fndef', fn: pick.fn, args: pick.tyArgs });
    const input = this.items.fns[pick.fn].inputs[0];
    this.coerce(e.args[0], argTy, substTy(input, pick.tyArgs));
    if (expected && this.infer.canUnify(pick.output, expected)) this.infer.unify(pick.output, expected);
    return pick.output;
  }

  private checkCtorCall(e: A.CallExpr, res: Extract<Res, { k: 'ctor' }>, expected: Ty | null = null): Ty {
    const adt = this.items.adts[res.adt];
    const v = adt.variants[res.variant];
    const self: Ty = { k: 'adt', adt: res.adt, args: res.tyArgs };
    // The type the context wants gives the fields theirs, as rustc's expectation does: `&v` is a `&[i32]`
    // in `let c: Cow<[i32]> = Cow::Borrowed(&v)`.
    if (expected && this.infer.canUnify(self, expected)) this.infer.unify(self, expected);
    this.t.exprTys.set(e.callee.id, self);
    if (v.shape !== 'tuple') {
      if (v.shape === 'unit') this.err('E0618', `expected function, found \`${adt.kind === 'enum' ? adt.name + '::' + v.name : adt.name}\``, e.callee.span, 'call expression requires function');
      else this.err('E0533', `expected function, tuple struct or tuple variant, found struct variant \`${adt.name}::${v.name}\``, e.callee.span, 'not a function, tuple struct or tuple variant');
      e.args.forEach((a) => this.checkExpr(a, null));
      return self;
    }
    if (v.fields.length !== e.args.length) {
      this.err('E0061', `this ${adt.kind === 'enum' ? 'enum variant' : 'struct'} takes ${v.fields.length} argument${v.fields.length === 1 ? '' : 's'} but ${e.args.length} argument${e.args.length === 1 ? ' was' : 's were'} supplied`, e.callee.span);
      e.args.forEach((a) => this.checkExpr(a, null));
      return self;
    }
    this.t.calls.set(e.id, { k: 'ctor', adt: res.adt, variant: res.variant, tyArgs: res.tyArgs });
    v.fields.forEach((f, i) => this.checkCoerce(e.args[i], this.instantiate(f.ty, res.tyArgs)));
    // `K(1.5)` of a `struct K<T: Ord>(T)`: rustc asks the bounds of the argument, and of the constructor called.
    if (adt.bounds && self.k === 'adt') {
      this.noteCtorBounds(self, v.fields.map((f, i) => ({ ty: f.ty, at: e.args[i].span })), e.span);
      adt.bounds.forEach((_, i) => { if (v.fields.some((f) => mentionsParamIndex(f.ty, i))) this.noteAdtParamBounds(self, i, e.span); });
    }
    return self;
  }

  /** The signature of a callable type: closure, fn item, fn pointer, `dyn Fn`, `impl Fn`, `F: Fn`. */
  callableSig(t: Ty): { inputs: readonly Ty[]; output: Ty; kind: 'Fn' | 'FnMut' | 'FnOnce' | null } | null {
    const s = this.infer.shallow(t);
    switch (s.k) {
      case 'closure': {
        const c = this.t.closuresByFn.get(s.fn);
        return c ? { inputs: c.inputs, output: c.output, kind: null } : null;
      }
      case 'fndef': {
        const fn = this.items.fns[s.fn];
        return { inputs: fn.inputs.map((x) => substTy(x, s.args)), output: substTy(fn.output, s.args), kind: 'Fn' };
      }
      case 'fnptr': return { inputs: s.inputs, output: s.output, kind: 'Fn' };
      case 'dyn': case 'opaque': {
        const b = (s.k === 'dyn' ? s.traits : s.bounds).find((x) => x.fnSig);
        return b && b.fnSig ? { inputs: b.fnSig.inputs, output: b.fnSig.output, kind: b.trait as 'Fn' } : null;
      }
      case 'param': {
        const p = this.typeParams[s.index];
        const b = p?.bounds.find((x) => x.fnSig);
        return b && b.fnSig ? { inputs: b.fnSig.inputs, output: b.fnSig.output, kind: b.trait as 'Fn' } : null;
      }
      default: return null;
    }
  }

  private checkValueCall(e: A.CallExpr, calleeTy: Ty): Ty {
    // Auto-deref the callee: `Box<dyn Fn>`, `&dyn Fn`, `&F`.
    let cur: Ty = this.infer.shallow(calleeTy);
    let derefs = 0;
    let sig = this.callableSig(cur);
    while (!sig && derefs < 4) {
      const next = derefStep(cur);
      if (!next) break;
      cur = this.infer.shallow(next);
      derefs++;
      sig = this.callableSig(cur);
    }
    if (!sig) {
      e.args.forEach((a) => this.checkExpr(a, null));
      if (cur.k === 'error') return ERROR;
      if (this.certain(cur)) this.err('E0618', `expected function, found \`${this.tyStr(cur)}\``, e.callee.span, 'call expression requires function');
      else this.unsupported(`calling a value of type \`${this.tyStr(calleeTy)}\``, e.callee.span);
      return ERROR;
    }
    this.t.calls.set(e.id, { k: 'value', derefs, calleeTy: cur });
    if (sig.inputs.length !== e.args.length) {
      this.argCountErr(e, sig.inputs.length, e.callee.span, 'function');
      e.args.forEach((a) => this.checkExpr(a, null));
      return sig.output;
    }
    e.args.forEach((a, i) => this.checkCoerce(a, sig!.inputs[i]));
    return sig.output;
  }

  // ------------------------------------------------------------ methods

  /**
   * The types a receiver or a field's base reaches by derefs, in order. With `userDeref`, also through
   * one `impl Deref` of the program (the steps from there on say so; their lowering calls `deref`).
   */
  private autoderefSteps(t: Ty, userDeref = false): AutoderefStep[] {
    const steps: AutoderefStep[] = [];
    let cur: Ty | null = this.infer.shallow(t);
    let n = 0;
    let overloaded: AutoderefStep['overloaded'];
    while (cur && n < 8) {
      steps.push({ ty: cur, derefs: n, unsize: false, overloaded });
      let next = derefStep(cur);
      if (!next && userDeref && !overloaded) {
        const user = this.userDeref(cur);
        if (user) {
          overloaded = { ...user, at: n + 1 };
          next = user.target;
        }
      }
      if (!next) break;
      cur = this.infer.shallow(next);
      n++;
    }
    const last = steps[steps.length - 1];
    if (last && last.ty.k === 'array') steps.push({ ty: { k: 'slice', elem: last.ty.elem }, derefs: last.derefs, unsize: true });
    return steps;
  }

  private checkMethodCall(e: A.MethodCallExpr, expected: Expect): Ty {
    const recvTy = this.revealOpaque(this.checkExpr(e.receiver, null));
    const name = e.method.name;
    const r = this.infer.shallow(recvTy);
    // `p.rev().collect()` with no `DoubleEndedIterator` for `p`: `Rev<P>` is no iterator either.
    const unrev = this.unreversible.get(e.receiver.id);
    if (unrev !== undefined) {
      const rev = `Rev<${unrev}>`;
      e.args.forEach((a) => this.checkExpr(a, null));
      this.err('E0599', `the method \`${name}\` exists for struct \`${rev}\`, but its trait bounds were not satisfied`, e.method.span, `method cannot be called on \`${rev}\` due to unsatisfied trait bounds`);
      return ERROR;
    }
    if (r.k === 'error') { e.args.forEach((a) => this.checkExpr(a, null)); return ERROR; }
    if (r.k === 'infer' && r.kind === 'general') {
      e.args.forEach((a) => this.checkExpr(a, null));
      // `let words = it.collect(); words.len()`: rustc must know the type here (E0282), as for `-n` of a parse.
      if (this.annObligations.some((o) => this.infer.shallow(o.ty) === r)) return this.annotationNeeded(r, e.receiver.span);
      this.unsupported(`calling \`${name}\` on a value whose type is not known yet (add a type annotation)`, e.method.span);
      return ERROR;
    }
    this.unmetImplBounds = null;
    this.ambiguousMethod = false;
    const intoCounted = this.intoCounted(e, recvTy, expected);
    if (intoCounted) return intoCounted;
    // `s.into()` where `S: Into<String>`: whatever S is at run time (a &str, a String, a char) becomes a String.
    if (name === 'into' && e.args.length === 0 && r.k === 'param' && this.paramBounds(r.index).some((b) => b.trait === 'Into' && b.args.length === 1 && this.isStringTy(b.args[0]))) {
      const intoFn = this.items.implsWithMethod('from_into').find((x) => x.impl.isPrelude)?.fn;
      // With the program's own `impl From<Username> for String`: the impl for S's type at run time, std's for text.
      const own = this.items.impls.some((impl) => !impl.isPrelude && impl.traitName === 'From' && this.isStringTy(impl.selfTy));
      if (intoFn !== undefined && own) {
        this.t.methods.set(e.id, { fn: intoFn, tyArgs: [STRING, r], derefs: 0, autoref: null, unsizeTo: null, dispatch: 'trait', traitKey: 'From', selfTy: STRING, method: 'from' });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return STRING;
      }
      if (intoFn !== undefined) {
        this.t.methods.set(e.id, { fn: intoFn, tyArgs: [r], derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return STRING;
      }
    }
    // `t.into()` where `T: Into<Celsius>` and the program implements `From<X> for Celsius`: the impl
    // for T's type at run time, found as `<Celsius as From<T>>::from` is.
    const intoBound = name === 'into' && e.args.length === 0 && r.k === 'param' ? this.paramBounds(r.index).find((b) => b.trait === 'Into' && b.args.length === 1) : undefined;
    if (intoBound) {
      const target = this.infer.shallow(intoBound.args[0]);
      // Into<f64> and the like: std's lossless number conversions, picked for T's type at run time.
      const numeric = (target.k === 'int' || target.k === 'float') && this.certain(target);
      // Else the program's `impl Into<Celsius> for X`, which the run time finds where no `From` is.
      const from = target.k === 'adt'
        ? this.userImplMethods((impl) => impl.traitName === 'From', 'from', target)[0] ?? this.userIntoFor(target)
        : numeric ? this.items.implsWithMethod('into').find((x) => x.impl.isPrelude && this.items.fns[x.fn].builtin === `${target.k}::into`) : undefined;
      if (from) {
        this.t.methods.set(e.id, { fn: from.fn, tyArgs: [target, r], derefs: 0, autoref: null, unsizeTo: null, dispatch: 'trait', traitKey: 'From', selfTy: target, method: 'from' });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return target;
      }
    }
    // `x.try_into()` where the program implements `TryFrom<X>` for the `Ok` type the context asks for.
    if (name === 'try_into' && e.args.length === 0 && expected) {
      const want = this.infer.shallow(expected);
      const okTy = want.k === 'builtin' && want.name === 'Result' ? this.infer.shallow(want.args[0]) : null;
      const from = okTy && okTy.k === 'adt' && ownStdImpl(this.items, okTy.adt, 'TryFrom') ? this.userFrom(r, okTy, 'TryFrom', 'try_from') : null;
      if (from) {
        this.t.methods.set(e.id, { fn: from.fn, tyArgs: from.tyArgs, derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return from.output;
      }
    }
    // `v[..3].try_into()` as an array: std's `TryFrom<&[T]> for [T; N]`, the array type told by the context.
    const sliceTy = r.k === 'ref' ? this.infer.shallow(r.inner) : r;
    if (name === 'try_into' && e.args.length === 0 && sliceTy.k === 'slice') {
      const fnId = this.items.implsWithMethod('slice_try_into').find((x) => x.impl.isPrelude)?.fn;
      const errAdt = this.items.preludeTypes.get('TryFromSliceError');
      if (fnId !== undefined && errAdt?.k === 'adt') {
        const out = this.infer.fresh();
        const want = expected ? this.infer.shallow(expected) : null;
        if (want && want.k === 'builtin' && want.name === 'Result') this.infer.unify(out, want.args[0]);
        this.sliceTryIntos.push({ out, elem: sliceTy.elem, at: e.method.span });
        this.t.methods.set(e.id, { fn: fnId, tyArgs: [sliceTy.elem, out], derefs: 0, autoref: r.k === 'ref' ? null : 'ref', unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: sliceTy });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return { k: 'builtin', name: 'Result', args: [out, { k: 'adt', adt: errAdt.adt, args: [] }] };
      }
    }
    // `let f = c.into();` beside the program's `impl Into<F> for C`: into what the body tells later, as rustc
    // keeps std's blanket `Into` (by the `From` impls) and the program's own both in mind until then.
    if (name === 'into' && e.args.length === 0 && this.userIntos(r).length > 0 && this.intoLater(r, expected)) {
      const out = expected ?? this.infer.fresh();
      this.pendingIntos.push({ e, from: r, to: out });
      this.t.exprTys.set(e.receiver.id, recvTy);
      return out;
    }
    // `x.into()` where the program implements `Into<W>` for X, or `From<X>` for the type W the context asks for.
    if (name === 'into' && e.args.length === 0 && expected) {
      const want = this.infer.shallow(expected);
      // `"x".into()` as a `Cow<str>`: std's From impls (the builtin sees a `&String` as a `&str`).
      const cow = want.k === 'adt' && this.items.isStdCow(want.adt) ? this.cowFrom(r) : null;
      if (cow) {
        this.t.methods.set(e.id, { fn: cow.fn, tyArgs: cow.tyArgs, derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return cow.output;
      }
      // Between std's sequences: `vec.into()` as a BinaryHeap or VecDeque (their `From<Vec<T>>`), a heap as a Vec.
      const seq = this.seqInto(r, want);
      if (seq) {
        this.t.methods.set(e.id, { fn: seq.fn, tyArgs: seq.tyArgs, derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return want;
      }
      // `Err("no such user".into())` in a function returning `Result<_, Box<dyn Error>>`.
      if (this.isBoxDynError(want) && this.isStdError(r)) {
        const boxFn = this.items.implsWithMethod('dyn_error').find((x) => x.impl.isPrelude)?.fn;
        if (boxFn !== undefined) {
          this.t.methods.set(e.id, { fn: boxFn, tyArgs: [(want as Extract<Ty, { k: 'builtin' }>).args[0], r], derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
          this.t.exprTys.set(e.receiver.id, recvTy);
          return want;
        }
      }
      const from = this.certain(want) ? this.userInto(r, want) ?? this.userFrom(r, want) : null;
      if (from) {
        this.t.methods.set(e.id, { fn: from.fn, tyArgs: from.tyArgs, derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return from.output;
      }
      // Between two of the program's own types, with no `impl From<R> for W` nor `impl Into<W> for R`: rustc's E0277.
      const own = (t: Ty) => t.k === 'adt' && !this.items.adts[t.adt].isPrelude && this.certain(t);
      // std's `impl<T> From<T> for T` (`let c: Celsius = c.into()`): not modelled for the program's types.
      if (own(r) && this.tyStr(want) === this.tyStr(r)) {
        this.unsupported(`\`into\` from \`${this.tyStr(r)}\` into itself`, e.method.span);
        return want;
      }
      if (own(want) && own(r)) {
        this.err('E0277', `the trait bound \`${this.tyStr(want)}: From<${this.tyStr(r)}>\` is not satisfied`, e.method.span, 'unsatisfied trait bound');
        e.args.forEach((a) => this.checkExpr(a, null));
        return want;
      }
    }
    // `[a, b, c].map(f)`: an array of what `f` makes of each element (std's `[T; N]::map`).
    const arr = r.k === 'ref' ? this.infer.shallow(r.inner) : r;
    if (name === 'map' && e.args.length === 1 && arr.k === 'array') {
      const fnId = this.items.implsWithMethod('array_map').find((x) => x.impl.isPrelude)?.fn;
      if (fnId !== undefined) {
        const out = this.infer.fresh();
        const sig: TraitRef = { trait: 'FnMut', args: [], fnSig: { inputs: [arr.elem], output: out } };
        const f = e.args[0];
        const ft = f.kind === 'closure' ? this.checkClosure(f, { k: 'dyn', traits: [sig] }, true) : this.checkExpr(f, null);
        this.t.exprTys.set(f.id, ft);
        this.applyFnBound(ft, sig);
        this.t.methods.set(e.id, { fn: fnId, tyArgs: [arr.elem, out, ft], derefs: r.k === 'ref' ? 1 : 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: arr });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return { k: 'array', elem: out, len: arr.len };
      }
    }
    // `boxed.into_vec()` of a `Box<[T]>`.
    if (name === 'into_vec' && e.args.length === 0 && r.k === 'builtin' && r.name === 'Box' && this.infer.shallow(r.args[0]).k === 'slice') {
      const elem = (this.infer.shallow(r.args[0]) as Extract<Ty, { k: 'slice' }>).elem;
      const fnId = this.items.implsWithMethod('slice_into_vec').find((x) => x.impl.isPrelude)?.fn;
      if (fnId !== undefined) {
        this.t.methods.set(e.id, { fn: fnId, tyArgs: [r.args[0], elem], derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return { k: 'builtin', name: 'Vec', args: [elem] };
      }
    }
    // `boxed.into_string()` of a `Box<str>`.
    if (name === 'into_string' && e.args.length === 0 && r.k === 'builtin' && r.name === 'Box' && this.infer.shallow(r.args[0]).k === 'str') {
      const fnId = this.items.implsWithMethod('str_into_string').find((x) => x.impl.isPrelude)?.fn;
      if (fnId !== undefined) {
        this.t.methods.set(e.id, { fn: fnId, tyArgs: [r.args[0]], derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: r });
        this.t.exprTys.set(e.receiver.id, recvTy);
        return STRING;
      }
    }
    this.sameTraitAlternatives = [];
    let pick = this.probe(recvTy, name) ?? this.probeAsIter(r, name);
    if (pick && this.sameTraitAlternatives.length > 0) {
      const better = this.implByCall(e, [pick, ...this.sameTraitAlternatives], expected);
      if (better === 'error') {
        e.args.forEach((a) => this.checkExpr(a, null));
        return ERROR;
      }
      if (better && better !== pick) pick = { ...pick, fn: better.fn, tyArgs: better.tyArgs };
    }
    if (pick && this.ambiguousMethod) {
      e.args.forEach((a) => this.checkExpr(a, null));
      this.err('E0034', 'multiple applicable items in scope', e.method.span, `multiple \`${name}\` found`);
      return ERROR;
    }
    // `items.map(..)` with `items: impl Iterator<Item = X>`: std's iterator methods, as on any iterator.
    // And `items.into_iter()` with `items: I` and `I: IntoIterator`: std's iterator over what I holds, whatever I is at run time.
    const paramItem = pick ? null : this.paramIterItem(r, name === 'into_iter' ? ['Iterator', 'IntoIterator'] : ['Iterator']);
    if (paramItem) {
      // (`into_iter` as a Vec's: the builtin makes an iterator of whatever it is given.)
      const asIter = this.probe({ k: 'builtin', name: name === 'into_iter' ? 'Vec' : 'Iter', args: [paramItem] }, name);
      if (asIter) pick = { ...asIter, selfTy: r };
    }
    // `boxed.map(..)` with `boxed: Box<dyn Iterator<Item = X>>` (or a `&mut dyn Iterator`): std's
    // iterator methods, by value, on whatever iterator it holds at run time.
    const dynItem = pick || r.k === 'dyn' ? null : this.dynIterItem(r);
    if (dynItem && !ITER_BACK_METHODS.has(name) && name !== 'len' && name !== 'size_hint') {
      const asIter = this.probe({ k: 'builtin', name: 'Iter', args: [dynItem] }, name);
      // A `&mut dyn Iterator` is reborrowed for a method that takes it by value (`it.take(2)`, then `it.next()`).
      const reborrow = asIter && r.k === 'ref' && asIter.derefs === 0 && asIter.autoref === null ? { derefs: 1, autoref: 'refMut' as const, selfTy: r.inner } : {};
      if (asIter) pick = { ...asIter, selfTy: r as Ty, ...reborrow };
    }
    // `[1, 2, 3].into_iter()` iterates the array's values (edition 2021), as a Vec's `into_iter` does
    // (the builtin takes any sequence by value).
    if (!pick && r.k === 'array' && name === 'into_iter') {
      const asVec = this.probe({ k: 'builtin', name: 'Vec', args: [r.elem] }, name);
      if (asVec) pick = { ...asVec, selfTy: r };
    }
    if (!pick && name === 'into' && e.args.length === 0 && this.intoLater(r, expected)) {
      // `Some(f).map(|r| r.into())`: into the type the body tells later, by the program's `From` impls.
      const out = expected ?? this.infer.fresh();
      this.pendingIntos.push({ e, from: r, to: out });
      this.t.exprTys.set(e.receiver.id, recvTy);
      return out;
    }
    if (!pick) {
      // A closure given to a method that is not there (`tasks.filter(|t| !t.done)` on a Vec): its
      // parameters' types are unknown, not "not supported": rustc says nothing more about it.
      e.args.forEach((a) => (a.kind === 'closure' ? this.checkClosure(a, { k: 'dyn', traits: [{ trait: 'FnMut', args: [], fnSig: { inputs: a.params.map(() => ERROR), output: this.infer.fresh() } }] }) : this.checkExpr(a, null)));
      this.reportNoMethod(r, e);
      return ERROR;
    }
    const fn = this.items.fns[pick.fn];
    if (fn.ast?.isUnsafe) this.unsafeCall(fn, e.span);
    this.supertraitsUnmetAt(fn, pick.selfTy, e.method.span);
    // std's iterators are all `Iter<T>` here: which of them are `ExactSizeIterator` is not modelled
    // (your own iterator's is). Their `size_hint` is: the interpreter's iterators give std's.
    if (fn.isPrelude && fn.builtin === 'Iter::len' && !(r.k === 'adt' && this.ownIterator(r))) {
      e.args.forEach((a) => this.checkExpr(a, null));
      this.unsupported(`the method \`${name}\` on \`${this.tyStr(r)}\``, e.method.span);
      return ERROR;
    }
    // `m.insert(Point { .. }, 1)` where Point lacks `Eq + Hash` (`Ord` for a B-tree): judged at the body's
    // end, once the key type is known (`HashSet::new()` learns it from the first insert).
    const heapTy = this.infer.shallow(pick.selfTy);
    const heapOrd = (name === 'push' || name === 'pop' || name === 'into_sorted_vec') && heapTy.k === 'builtin' && heapTy.name === 'BinaryHeap';
    if (fn.isPrelude && (KEYED_METHODS.has(name) || heapOrd)) {
      const st = this.infer.shallow(pick.selfTy);
      const lookup = st.k === 'builtin' && (st.name === 'BTreeMap' || st.name === 'BTreeSet') && BTREE_LOOKUPS.has(name) ? e.args[0] ?? null : null;
      this.keyChecks.push({ selfTy: pick.selfTy, name, at: e.method.span, keyKnown: st.k === 'builtin' && !!st.args[0] && this.certain(st.args[0]), lookup });
    }
    // Through the program's `Deref`: `&self` methods, copies, and `&mut self` methods when it also has `DerefMut`.
    if (pick.overloaded && ((pick.autoref === 'refMut' && !pick.overloaded.derefMut) || (pick.autoref === null && pick.derefs >= pick.overloaded.at && !isCopy(pick.selfTy, this)))) {
      e.args.forEach((a) => this.checkExpr(a, null));
      // rustc's borrow checker: without `DerefMut` nothing is mutable through the program's `Deref`,
      // and nothing moves out of it.
      const wrapper = this.tyStr(this.autoderefSteps(recvTy).at(-1)?.ty ?? recvTy);
      if (pick.autoref === 'refMut') this.err('E0596', `cannot borrow data in dereference of \`${wrapper}\` as mutable`, e.receiver.span, 'cannot borrow as mutable', [`help: trait \`DerefMut\` is required to modify through a dereference, but it is not implemented for \`${wrapper}\``]);
      else this.err('E0507', `cannot move out of dereference of \`${wrapper}\``, e.receiver.span, `move occurs because value has type \`${this.tyStr(pick.selfTy)}\`, which does not implement the \`Copy\` trait`);
      return ERROR;
    }
    if (pick.autoref === 'refMut' && !this.checkDerefMut(e.receiver, 'borrow')) {
      e.args.forEach((a) => this.checkExpr(a, null));
      return ERROR;
    }
    // `s.write_str(..)`, `s.write_char(..)`: methods of std's `fmt::Write`, usable once it is imported.
    if (fn.isPrelude && (fn.builtin === 'String::write_str' || fn.builtin === 'String::write_char') && !this.items.fmtWriteInScope) {
      e.args.forEach((a) => this.checkExpr(a, null));
      this.err('E0599', `no method named \`${name}\` found for struct \`String\` in the current scope`, e.method.span, 'method not found in `String`', ['help: trait `Write` which provides `' + name + '` is implemented but not in scope; perhaps you want to import it: `use std::fmt::Write;`']);
      return ERROR;
    }
    // `x.hash(&mut h)`, `h.finish()`: methods of std's `Hash` and `Hasher`, usable once they are imported.
    const hashTrait = fn.isPrelude ? (fn.impl?.builtinPrefix === 'DefaultHasher' && name !== 'new' && name !== 'default' ? 'Hasher' : pick.traitKey === 'Hash' && pick.dispatch === 'static' ? 'Hash' : null) : null;
    if (hashTrait && !this.items.stdTraitInScope(hashTrait)) {
      e.args.forEach((a) => this.checkExpr(a, null));
      const t = this.infer.shallow(pick.selfTy);
      const kind = t.k === 'adt' ? this.items.adts[t.adt].kind : t.k === 'builtin' ? 'struct' : t.k === 'ref' ? 'reference' : 'type';
      this.err('E0599', `no method named \`${name}\` found for ${kind} \`${this.tyStr(t)}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(t)}\``, [`help: trait \`${hashTrait}\` which provides \`${name}\` is implemented but not in scope; perhaps you want to import it: \`use std::hash::${hashTrait};\``]);
      return ERROR;
    }
    // `x.drop()`: only the compiler calls a destructor (the Book, listing 15-15).
    if (name === 'drop' && fn.impl?.traitName === 'Drop') {
      e.args.forEach((a) => this.checkExpr(a, null));
      this.err('E0040', 'explicit use of destructor method', e.method.span, 'explicit destructor calls not allowed', ['help: consider using `drop` function: `drop(x)`']);
      return UNIT;
    }
    // `Vec::into_iter` takes the Vec by value: through a reference std iterates `&T` instead (IntoIterator for &Vec).
    if (fn.isPrelude && name === 'into_iter' && pick.derefs > 0) {
      e.args.forEach((a) => this.checkExpr(a, null));
      this.unsupported(`\`into_iter\` through a reference (\`${this.tyStr(r)}\`): use \`iter()\``, e.method.span);
      return ERROR;
    }
    // `downcast` exists for a `Box<dyn Any>` (`+ Send`, `+ Send + Sync`) only.
    if (fn.isPrelude && fn.builtin === 'Box::downcast') {
      const boxed = this.infer.shallow(pick.selfTy);
      const inner = boxed.k === 'builtin' && boxed.name === 'Box' ? this.infer.shallow(boxed.args[0]) : boxed;
      if (inner.k !== 'dyn' || !inner.traits.some((b) => b.trait === 'Any')) {
        e.args.forEach((a) => this.checkExpr(a, null));
        this.unsupported(`\`downcast\` of \`${this.tyStr(boxed)}\` (std has it for \`Box<dyn Any>\` only)`, e.method.span);
        return ERROR;
      }
    }
    // `as_slice_of_cells` exists for a `Cell<[U]>` only: U is the slice's element.
    if (fn.isPrelude && fn.builtin === 'Cell::as_slice_of_cells') {
      const cell = this.infer.shallow(pick.selfTy);
      const inner = cell.k === 'builtin' && cell.name === 'Cell' ? this.infer.shallow(cell.args[0]) : cell;
      if (inner.k === 'slice') this.infer.unify(pick.tyArgs[1], inner.elem);
      else {
        e.args.forEach((a) => this.checkExpr(a, null));
        if (inner.k === 'infer' && inner.kind === 'general') this.unsupported(`\`as_slice_of_cells\` of \`${this.tyStr(cell)}\``, e.method.span);
        else this.err('E0599', `no method named \`${name}\` found for struct \`${this.tyStr(cell)}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(cell)}\``, ['note: the method was found for\n- `Cell<[T]>`']);
        return ERROR;
      }
    }
    // `transpose`: Option<Result<U, E>> ↔ Result<Option<U>, E>.
    if (fn.isPrelude && (fn.builtin === 'Option::transpose' || fn.builtin === 'Result::transpose') && r.k === 'builtin' && e.args.length === 0) {
      const inner = this.infer.shallow(r.args[0]);
      if (r.name === 'Option' && inner.k === 'builtin' && inner.name === 'Result') {
        this.t.methods.set(e.id, { ...pick, tyArgs: [r.args[0], inner.args[0], inner.args[1]] });
        return { k: 'builtin', name: 'Result', args: [{ k: 'builtin', name: 'Option', args: [inner.args[0]] }, inner.args[1]] };
      }
      if (r.name === 'Result' && inner.k === 'builtin' && inner.name === 'Option') {
        this.t.methods.set(e.id, { ...pick, tyArgs: [r.args[0], r.args[1], inner.args[0]] });
        return { k: 'builtin', name: 'Option', args: [{ k: 'builtin', name: 'Result', args: [inner.args[0], r.args[1]] }] };
      }
      this.unsupported(`\`transpose\` of \`${this.tyStr(r)}\``, e.method.span);
      return ERROR;
    }
    // `flatten` of an Option of an Option.
    if (fn.isPrelude && fn.builtin === 'Option::flatten' && r.k === 'builtin' && e.args.length === 0) {
      const inner = this.infer.shallow(r.args[0]);
      if (inner.k === 'builtin' && inner.name === 'Option') {
        this.t.methods.set(e.id, { ...pick, tyArgs: [r.args[0], inner.args[0]] });
        return inner;
      }
      this.unsupported(`\`flatten\` of \`${this.tyStr(r)}\``, e.method.span);
      return ERROR;
    }
    // `x.unsigned_abs()`: the unsigned type of the same width (i32 → u32).
    if (fn.isPrelude && fn.builtin === 'int::unsigned_abs' && r.k === 'int' && e.args.length === 0) {
      if (!r.int.startsWith('i')) {
        this.err('E0599', `no method named \`${name}\` found for type \`${r.int}\` in the current scope`, e.method.span, `method not found in \`${r.int}\``);
        return ERROR;
      }
      this.t.methods.set(e.id, pick);
      return { k: 'int', int: `u${r.int.slice(1)}` as typeof r.int };
    }
    // `let y: i64 = x.into()`: std's lossless number conversions only (E0277 for the others).
    if (fn.isPrelude && name === 'into' && (fn.builtin === 'int::into' || fn.builtin === 'float::into')) {
      const to = expected ? this.infer.shallow(expected) : null;
      if (!to || !this.certain(to)) {
        this.unsupported(`\`into\` from \`${this.tyStr(r)}\` where the context does not say into what`, e.method.span);
        return ERROR;
      }
      this.numericFrom(r, to, e.method.span);
      this.t.methods.set(e.id, { ...pick, tyArgs: [...pick.tyArgs.slice(0, -1), to] });
      return to;
    }
    // `let s: String = 'x'.into()`, `let n: u32 = c.into()`.
    if (fn.isPrelude && name === 'into' && fn.builtin === 'char::into') {
      const to = expected ? this.infer.shallow(expected) : null;
      if (!to || !this.certain(to)) {
        this.unsupported(`\`into\` from \`char\` where the context does not say into what`, e.method.span);
        return ERROR;
      }
      if (!this.isStringTy(to) && !(to.k === 'int' && (to.int === 'u32' || to.int === 'u64' || to.int === 'u128'))) {
        this.err('E0277', `the trait bound \`${this.tyStr(to)}: From<char>\` is not satisfied`, e.method.span, `the trait \`From<char>\` is not implemented for \`${this.tyStr(to)}\``);
      }
      this.t.methods.set(e.id, { ...pick, tyArgs: [to] });
      return to;
    }
    // `let b: Box<str> = "hi".into()`: the text in a heap block of its own size.
    const wantsBoxStr = (t: Expect) => { const x = t ? this.infer.shallow(t) : null; return !!x && x.k === 'builtin' && x.name === 'Box' && this.infer.shallow(x.args[0]).k === 'str'; };
    if (fn.isPrelude && name === 'into' && fn.builtin === 'str::into' && wantsBoxStr(expected)) {
      const boxed = this.items.implsWithMethod('into_boxed_str').find((x) => x.impl.isPrelude && x.impl.builtinPrefix === 'str')?.fn;
      if (boxed !== undefined) {
        this.t.methods.set(e.id, { ...pick, fn: boxed });
        return expected!;
      }
    }
    if (fn.isPrelude && name === 'into' && !this.intoStringWanted(expected)) {
      e.args.forEach((a) => this.checkExpr(a, null));
      // Into a type of the program that has no `From` impl at all (and with no `impl Into` anywhere):
      // std has none for it either, so none can apply (E0277).
      const to = this.infer.shallow(expected!);
      if (to.k === 'adt' && !this.items.adts[to.adt].isPrelude && !this.items.impls.some((impl) => !impl.isPrelude && (impl.traitName === 'Into' || (impl.traitName === 'From' && sameHead(impl.selfTy, to))))) {
        this.err('E0277', `the trait bound \`${this.tyStr(to)}: From<${this.tyStr(r)}>\` is not satisfied`, e.method.span, 'unsatisfied trait bound', [`note: required for \`${this.tyStr(r)}\` to implement \`Into<${this.tyStr(to)}>\``]);
        return ERROR;
      }
      this.unsupported(`\`into\` from \`${this.tyStr(r)}\` to anything but \`String\``, e.method.span);
      return ERROR;
    }
    if (fn.isPrelude && (fn.builtin === 'slice::get' || fn.builtin === 'slice::get_mut') && e.args.length === 1 && !e.turbofish) {
      const got = this.sliceGet(e, pick, recvTy);
      if (got) return got;
    }
    if (fn.isPrelude && fn.builtin === 'slice::join' && e.args.length === 1) {
      const joined = this.seqJoin(e, pick, recvTy, r);
      if (joined) return joined;
    }
    const explicit = e.turbofish?.types.map((t) => this.items.lowerTy(t, this.tyScope)) ?? [];
    const tyArgs = pick.tyArgs.map((t, i) => (i >= fn.ownParamStart && explicit[i - fn.ownParamStart] ? explicit[i - fn.ownParamStart] : t));
    this.noteConstArgs(fn, tyArgs, e.method.span);
    if (fn.isPrelude && fn.builtin === 'String::extend') this.stringExtends.push({ item: tyArgs[fn.ownParamStart], at: e.method.span });
    const res: MethodRes = { ...pick, tyArgs };
    this.t.methods.set(e.id, res);
    this.checkFnIdPrivacy(res.fn, e.method.span);
    this.checkNumericMethod(fn, r, name, e.method.span);
    // `Result::unwrap`/`expect` print the error with `{:?}` (`unwrap_err`/`expect_err` the value).
    if (fn.isPrelude && r.k === 'builtin' && r.name === 'Result' && RESULT_DEBUG_METHODS[name] !== undefined) this.debugBounds.push({ ty: r.args[RESULT_DEBUG_METHODS[name]], at: e.method.span, method: name });
    this.checkTraitInScope(res, recvTy, name, e.method.span);
    const sig = this.callSig(fn, tyArgs);
    const inputs = sig.inputs;
    // `it.next()` with `I: Iterator<Item = X>` (or the fn's `I::Item`): the prelude's `Self::Item` is that.
    // So with a `dyn Iterator<Item = X>`.
    const paramNext = fn.isPrelude && name === 'next' && pick.traitKey === 'Iterator' ? this.paramIterItem(pick.selfTy, ['Iterator']) ?? this.dynIterItem(pick.selfTy) : null;
    const output = fn.builtin === 'str::parse' ? this.parseOutput(tyArgs[tyArgs.length - 1], e.method.span) : paramNext ? ({ k: 'builtin', name: 'Option', args: [paramNext] } as Ty) : sig.output;
    if (this.items.badSigFns.has(fn.id)) return this.badSigCall(e);
    // The receiver, adjusted, has the type of the first input.
    if (inputs.length - 1 !== e.args.length) {
      if (fn.isPrelude) this.unsupported(`calling \`${fn.name}\` with ${e.args.length} arguments`, e.span);
      else this.argCountErr(e, inputs.length - 1, e.method.span, 'method');
      e.args.forEach((a) => this.checkExpr(a, null));
      return output;
    }
    // `try_fold`'s closure returns what the call does: the context's type reaches the closure's `?`.
    if (fn.isPrelude && name === 'try_fold' && expected && this.infer.shallow(output).k === 'infer') this.infer.unify(output, expected);
    this.noteAssocBindings(fn, tyArgs, e.args, fn.inputs.slice(1), e.method.span);
    this.noteGenericCall(fn, tyArgs, e.method.span);
    this.checkArgs(fn, e.args, inputs.slice(1), tyArgs, output, expected, e.method.span);
    this.noteSizedObligations(fn, tyArgs, e.turbofish?.types ?? [], e.args, fn.inputs.slice(1), e.method.span);
    if (fn.isPrelude) this.noteThreadBounds(fn, tyArgs, e.args, 1);
    this.settleProjections();
    // `copied`/`cloned` of an iterator or an option of references give the values (`Iter<&T>` → `Iter<T>`, `Option<&T>` → `Option<T>`).
    // (On a generic `I: Iterator<Item = &'a T>`, std's method gives back an iterator of its items: that type says.)
    const copiedFrom = r.k === 'builtin' ? r : this.infer.shallow(output);
    if (fn.isPrelude && (name === 'copied' || name === 'cloned') && copiedFrom.k === 'builtin' && (copiedFrom.name === 'Iter' || copiedFrom.name === 'Option')) {
      const item = this.infer.shallow(copiedFrom.args[0]);
      if (item.k === 'ref') return { k: 'builtin', name: copiedFrom.name, args: [item.inner] };
    }
    // `concat` of Vecs, arrays or slices is a Vec of their elements (of strings, a String).
    if (fn.isPrelude && name === 'concat') {
      let inner = this.infer.shallow(r);
      if (inner.k === 'builtin' && inner.name === 'Vec') inner = this.infer.shallow(inner.args[0]);
      else if (inner.k === 'slice' || inner.k === 'array') inner = this.infer.shallow(inner.elem);
      while (inner.k === 'ref') inner = this.infer.shallow(inner.inner);
      const elem = inner.k === 'builtin' && inner.name === 'Vec' ? inner.args[0] : inner.k === 'array' || inner.k === 'slice' ? inner.elem : null;
      if (elem) return { k: 'builtin', name: 'Vec', args: [elem] };
    }
    // `flat_map`/`flatten`: items of the iterables the closure returns (or the items are).
    if (fn.isPrelude && (name === 'flat_map' || name === 'flatten') && r.k === 'builtin' && (r.name === 'Iter' || r.name === 'Range' || r.name === 'RangeInclusive')) {
      const inner = name === 'flat_map' ? tyArgs[1] : r.args[0];
      const item = this.intoIterItem(this.infer.shallow(inner));
      if (item) return { k: 'builtin', name: 'Iter', args: [item] };
      this.unsupported(`\`${name}\` over \`${this.tyStr(inner)}\``, e.method.span);
      return ERROR;
    }
    // `as_deref` (`as_deref_mut`) of an option: the target of the payload's `Deref`.
    let opt: Ty = r;
    while (opt.k === 'ref') opt = this.infer.shallow(opt.inner); // (also through `&Option<Box<T>>`)
    if (fn.isPrelude && (name === 'as_deref' || name === 'as_deref_mut') && opt.k === 'builtin' && opt.name === 'Option') {
      const item = this.infer.shallow(opt.args[0]);
      const target: Ty | null =
        item.k === 'builtin' && item.name === 'String' ? { k: 'str' }
        : item.k === 'builtin' && item.name === 'Vec' ? { k: 'slice', elem: item.args[0] }
        : item.k === 'builtin' && item.name === 'Box' ? item.args[0]
        : null;
      if (!target) {
        this.unsupported(`\`${name}\` on \`${this.tyStr(opt)}\``, e.method.span);
        return ERROR;
      }
      const o = this.infer.shallow(output);
      const region = o.k === 'builtin' && o.args[0]?.k === 'ref' ? o.args[0].region : { k: 'anon' as const };
      return { k: 'builtin', name: 'Option', args: [{ k: 'ref', mut: name === 'as_deref_mut', inner: target, region }] };
    }
    // `collect` into a Vec: its elements are the iterator's items (`collect::<Vec<_>>()`, and the type a
    // closure upstream returns, `map(|r| r.iter().sum())` collected into `Vec<u32>`). Whatever the
    // iterator is (std's, a range, your own, an `impl Iterator`), Iter's first type argument is its item.
    if (fn.isPrelude && fn.builtin === 'Iter::collect' && tyArgs.length > 0) {
      let o = this.infer.shallow(output);
      if (o.k === 'infer' && o.kind === 'general' && expected) {
        this.infer.unify(o, expected);
        o = this.infer.shallow(output);
      }
      // Not known yet (a closure's result, collected again outside it): related once it is.
      if (o.k === 'infer' && o.kind === 'general') this.pendingCollects.push({ output: o, item: tyArgs[0], at: this.collectBlame(e) });
      else this.relateCollect(o, tyArgs[0], this.collectBlame(e));
    }
    // `partition` into two collections the context names: Vecs of the items.
    if (fn.isPrelude && name === 'partition' && r.k === 'builtin' && r.name === 'Iter') {
      if (expected) this.infer.unify(output, expected);
      const o = this.infer.shallow(output);
      const b = o.k === 'tuple' ? this.infer.shallow(o.elems[0]) : null;
      const item = this.infer.shallow(r.args[0]);
      if (b && b.k === 'builtin' && b.name === 'Vec') {
        // A Vec of the items, or of what they point at (std's `Extend<&T>` for a Vec of Copy values).
        if (!this.infer.unify(b.args[0], item) && !(item.k === 'ref' && this.infer.unify(b.args[0], item.inner))) {
          this.err('E0277', `the trait bound \`${this.tyStr(b)}: Extend<${this.tyStr(item)}>\` is not satisfied`, e.method.span, `the trait \`Extend<${this.tyStr(item)}>\` is not implemented for \`${this.tyStr(b)}\``);
        }
      } else if (b && b.k === 'infer') this.annObligations.push({ ty: b, method: e.method.span, name: 'collect', letAt: null });
      else if (b && b.k !== 'error') this.unsupported(`\`partition\` into \`${this.tyStr(b)}\` (a Vec is modelled)`, e.method.span);
    }
    // `collect`/`sum`/`parse` return whatever the context asks for; if nothing does, rustc asks for
    // an annotation (checked at the body's end).
    // `Cell::get` copies the value out: it exists only for `T: Copy` (rustc: E0599).
    if (fn.builtin === 'Cell::get' && r.k === 'builtin' && r.name === 'Cell') {
      const inner = this.infer.shallow(r.args[0]);
      if (this.certain(inner) && inner.k !== 'param' && !isCopy(inner, this)) {
        this.err('E0599', `the method \`get\` exists for struct \`${this.tyStr(r)}\`, but its trait bounds were not satisfied`, e.method.span, 'method cannot be called due to unsatisfied trait bounds');
      }
    }
    if (fn.isPrelude && (name === 'sort' || name === 'sort_unstable')) {
      // Floats are only PartialOrd (NaN): `v.sort()` on floats is rustc's E0277.
      const rr = this.infer.shallow(r);
      const el = rr.k === 'builtin' && rr.name === 'Vec' ? this.infer.shallow(rr.args[0]) : rr.k === 'array' || rr.k === 'slice' ? this.infer.shallow(rr.elem) : null;
      // So are the program's types that neither derive nor implement `Ord`.
      const unordered = el !== null && el.k === 'adt' && !this.items.adts[el.adt].isPrelude && !this.items.adts[el.adt].derives.includes('Ord') && !this.hasUserImpl(el, 'Ord');
      if (el && (el.k === 'float' || (el.k === 'infer' && el.kind === 'float') || unordered)) {
        this.err('E0277', `the trait bound \`${this.tyStr(el)}: Ord\` is not satisfied`, e.method.span, `the trait \`Ord\` is not implemented for \`${this.tyStr(el)}\``);
      }
    }
    // `Iterator::min`/`max` need `Item: Ord`, `min_by_key`/`max_by_key` a key that is `Ord`: judged at the
    // body's end, before `{float}` falls back to f64 (rustc names it so).
    if (fn.isPrelude && r.k === 'builtin' && r.name === 'Iter' && (name === 'min' || name === 'max') && e.args.length === 0) this.ordChecks.push({ ty: r.args[0], at: e.method.span });
    if (fn.isPrelude && r.k === 'builtin' && r.name === 'Iter' && (name === 'min_by_key' || name === 'max_by_key') && tyArgs[2]) this.ordChecks.push({ ty: tyArgs[2], at: e.method.span });
    if (fn.isPrelude && SORT_KEY_METHODS.has(name) && e.args[0]?.kind === 'closure') this.noteKeyBorrow(e.args[0]);
    // `is_sorted` needs its elements (items) to be `PartialOrd`, `is_sorted_by_key` its key.
    if (fn.isPrelude && (name === 'is_sorted' || name === 'is_sorted_by_key')) {
      const rr = this.infer.shallow(r);
      const el = name === 'is_sorted_by_key' ? tyArgs[tyArgs.length - 1]
        : rr.k === 'builtin' && (rr.name === 'Vec' || rr.name === 'Iter') ? rr.args[0] : rr.k === 'array' || rr.k === 'slice' ? rr.elem : null;
      if (el) this.ordChecks.push({ ty: el, at: e.method.span, trait: 'PartialOrd' });
    }
    // `sum`/`product` into a type of the program: its own `impl Sum<Item>` (`Product<Item>`), called with the iterator.
    if (fn.isPrelude && (name === 'sum' || name === 'product') && r.k === 'builtin' && r.name === 'Iter') {
      if (expected && this.infer.shallow(output).k === 'infer') this.infer.unify(output, expected);
      const o = this.infer.shallow(output);
      if (o.k === 'adt' && !this.items.adts[o.adt].isPrelude) return this.userSum(e, o, r, name) ?? ERROR;
    }
    if (fn.isPrelude && (name === 'sum' || name === 'product' || name === 'collect' || name === 'parse')) {
      const o = this.infer.shallow(output);
      const wanted = name === 'parse' ? (o.k === 'builtin' && o.name === 'Result' ? o.args[0] : null) : output;
      if (wanted) this.annObligations.push({ ty: wanted, method: e.method.span, name, letAt: null });
    }
    return output;
  }

  /**
   * `v.get(i)`, `v.get(1..)`: std's `get` takes any `SliceIndex`, a position (an element) or a range
   * (a subslice). Decided here for a range written in the call or held in a local; anything else
   * is a position, checked as the declaration says.
   */
  private sliceGet(e: A.MethodCallExpr, pick: MethodRes, recvTy: Ty): Ty | null {
    const arg = e.args[0];
    const byRange = this.items.implsWithMethod(e.method.name === 'get' ? 'get_range' : 'get_range_mut').find((x) => x.impl.isPrelude)?.fn;
    if ((arg.kind !== 'range' && arg.kind !== 'path') || byRange === undefined) return null;
    const at = this.checkExpr(arg, null);
    this.t.exprTys.set(arg.id, at);
    const a = this.infer.shallow(at);
    const elem = pick.tyArgs[0];
    let res: MethodRes = pick;
    if (a.k === 'builtin' && (a.name === 'Range' || a.name === 'RangeInclusive')) {
      res = { ...pick, fn: byRange, tyArgs: [elem, a] };
      if (!this.infer.unify(a.args[0], USIZE) && this.certain(a.args[0])) {
        const name = arg.kind === 'range' ? rangeTypeName(arg) : a.name;
        this.err('E0277', `the type \`[${this.tyStr(elem)}]\` cannot be indexed by \`std::ops::${name}<${this.tyStr(a.args[0])}>\``, arg.span, 'slice indices are of type `usize` or ranges of `usize`');
      }
    } else if (!this.infer.unify(a, USIZE) && this.certain(a)) {
      this.err('E0277', `the type \`[${this.tyStr(elem)}]\` cannot be indexed by \`${this.tyStr(a)}\``, arg.span, 'slice indices are of type `usize` or ranges of `usize`');
    }
    this.t.methods.set(e.id, res);
    this.t.exprTys.set(e.receiver.id, recvTy);
    return this.callSig(this.items.fns[res.fn], res.tyArgs).output;
  }

  /**
   * `[[1, 2], [3, 4]].join(&0)`, `rows.join(&[0, 0][..])`: std's `Join` of slices (Vecs, arrays) is a
   * Vec of their elements, with an element or a slice of them between each two. Null for strings.
   */
  private seqJoin(e: A.MethodCallExpr, pick: MethodRes, recvTy: Ty, r: Ty): Ty | null {
    let outer = this.infer.shallow(r);
    while (outer.k === 'ref') outer = this.infer.shallow(outer.inner);
    const part = outer.k === 'builtin' && outer.name === 'Vec' ? outer.args[0] : outer.k === 'slice' || outer.k === 'array' ? outer.elem : null;
    if (!part) return null;
    let inner = this.infer.shallow(part);
    while (inner.k === 'ref') inner = this.infer.shallow(inner.inner);
    const elem = inner.k === 'builtin' && inner.name === 'Vec' ? inner.args[0] : inner.k === 'array' || inner.k === 'slice' ? inner.elem : null;
    if (!elem) return null;
    const arg = e.args[0];
    const at = this.checkExpr(arg, null);
    this.t.exprTys.set(arg.id, at);
    const sep = this.infer.shallow(at);
    const sepInner = sep.k === 'ref' ? this.infer.shallow(sep.inner) : null;
    const between = sepInner === null ? null : this.infer.canUnify(elem, sepInner) ? sepInner : sepInner.k === 'slice' && this.infer.canUnify(elem, sepInner.elem) ? sepInner.elem : null;
    const fits = between !== null && this.infer.unify(elem, between);
    if (!fits && sep.k !== 'error') {
      if (sepInner && this.certain(sepInner)) {
        const borrow = `Borrow<[${this.tyStr(sepInner)}]>`;
        this.err('E0277', `the trait bound \`${this.tyStr(part)}: ${borrow}\` is not satisfied`, e.method.span, `the trait \`${borrow}\` is not implemented for \`${this.tyStr(part)}\``);
      } else this.unsupported(`\`join\` with a separator of type \`${this.tyStr(sep)}\``, arg.span);
      return ERROR;
    }
    this.t.methods.set(e.id, pick);
    this.t.exprTys.set(e.receiver.id, recvTy);
    return { k: 'builtin', name: 'Vec', args: [elem] };
  }

  /** Where rustc reports a `collect` that cannot build its target: the range itself for `(0..3).collect()`, else the method. */
  private collectBlame(e: A.MethodCallExpr): A.Span {
    let recv: A.Expr = e.receiver;
    while (recv.kind === 'paren') recv = recv.inner;
    return recv.kind === 'range' ? recv.span : e.method.span;
  }

  /** What `collect` builds from its items: a Vec or set of them, a map of `(K, V)` pairs, `Option`/`Result` of a Vec. */
  private relateCollect(o: Ty, itemTy: Ty, at: A.Span): void {
    // (An element type that does not unify while neither side is unknown at the top: a real mismatch.)
    if (o.k === 'builtin' && o.name === 'Vec' && !this.infer.unify(o.args[0], itemTy) && this.plainItem(o.args[0]) && this.plainItem(itemTy)) {
      const [want, got] = [this.tyStr(o), this.tyStr(itemTy)];
      this.err('E0277', `a value of type \`${want}\` cannot be built from an iterator over elements of type \`${got}\``, at, `value of type \`${want}\` cannot be built from \`std::iter::Iterator<Item=${got}>\``);
    }
    // A HashMap from `(K, V)` pairs, a HashSet from its elements.
    if (o.k === 'builtin' && isMap(o.name)) this.infer.unify({ k: 'tuple', elems: o.args }, itemTy);
    if (o.k === 'builtin' && (o.name === 'HashSet' || o.name === 'BTreeSet')) this.infer.unify(o.args[0], itemTy);
    // `Option<Vec<T>>` from Options, `Result<Vec<T>, E>` from Results.
    const item = this.infer.shallow(itemTy);
    if (o.k === 'builtin' && (o.name === 'Option' || o.name === 'Result') && item.k === 'builtin' && item.name === o.name) {
      const v = this.infer.shallow(o.args[0]);
      if (v.k === 'builtin' && v.name === 'Vec') this.infer.unify(v.args[0], item.args[0]);
      if (o.name === 'Result') this.infer.unify(o.args[1], item.args[1]);
    }
  }

  /** Whether `t` is still the unknown type a `parse` produces (only an annotation or a typed use tells it). */
  private isParseTarget(t: Ty): boolean {
    const s = this.infer.shallow(t);
    return s.k === 'infer' && s.kind === 'general' && this.annObligations.some((o) => o.name === 'parse' && this.infer.shallow(o.ty) === s);
  }

  /** E0282 where an operand that is a `parse` not yet typed must be known (`-n`): at its `let`, as rustc, and no E0284 after it. */
  private parseTargetNeeded(t: Ty, at: A.Span): Ty {
    return this.annotationNeeded(t, at, 'parse');
  }

  /** E0282 where the unknown type of a `parse`, `collect`, `sum` or `product` must be known: at its `let`, as rustc, and no E0283/E0284 after it. */
  private annotationNeeded(t: Ty, at: A.Span, only?: string): Ty {
    const param: Record<string, string> = { sum: 'S', product: 'P', collect: 'B', parse: 'F' };
    const i = this.annObligations.findIndex((x) => (!only || x.name === only) && this.infer.shallow(x.ty) === t);
    const o = this.annObligations.splice(i, 1)[0];
    const unnamed = o.name === 'parse' ? 'cannot infer type' : `cannot infer type of the type parameter \`${param[o.name]}\` declared on the method \`${o.name}\``;
    const labels = o.letAt ? [label(o.letAt, '', true), label(at, 'type must be known at this point', false)] : [label(o.method, unnamed, true)];
    this.diags.push(error('typeck', 'E0282', 'type annotations needed', o.letAt ?? o.method, labels));
    this.parseTargetReported = true;
    return ERROR;
  }

  /** Set by that E0282: rustc then reports no "type annotations needed" for the body's other `parse`s, `collect`s, `sum`s. */
  private parseTargetReported = false;

  /** Arithmetic with an operand that was a `parse` not yet typed: its output, known once the operands are. */
  private readonly parseOps: { readonly e: A.BinaryExpr | A.CompoundAssignExpr; readonly l: Ty; readonly r: Ty; readonly out: Ty }[] = [];

  private deferParseOp(e: A.BinaryExpr | A.CompoundAssignExpr, l: Ty, r: Ty): Ty {
    const out = this.infer.fresh();
    this.parseOps.push({ e, l, r, out });
    return out;
  }

  /**
   * The deferred operators, once a later use typed their `parse` (`n * 2; let k: i32 = n;`): std's
   * numeric impls (one type on both sides, any integers for a shift). Still untyped: the `parse`'s E0284.
   */
  private settleParseOps(): void {
    for (const { e, l, r, out } of this.parseOps.splice(0)) {
      const lb = this.operandBase(l), rb = this.operandBase(r);
      if (this.isParseTarget(lb) || this.isParseTarget(rb) || lb.k === 'error' || rb.k === 'error') continue;
      const shift = e.op === '<<' || e.op === '>>';
      const fits = shift ? isIntLike(lb) && isIntLike(rb) : isNumericLike(lb) && isNumericLike(rb) && this.infer.unify(lb, rb);
      if (!fits) { this.opError(e, l, r); continue; }
      // `let m: i32 = n * 2;` with `n` an `i64` after all: not modelled.
      if (e.kind === 'binary' && !this.infer.unify(out, lb)) this.unsupported(`the operator \`${e.op}\` on \`${this.tyStr(lb)}\` where another type was expected`, e.span);
    }
  }

  /** An operand that is such a `parse`, or a reference to one (`&n + 1`). */
  private isParseOperand(t: Ty): boolean {
    const s = this.infer.shallow(t);
    return this.isParseTarget(s) || (s.k === 'ref' && this.isParseTarget(s.inner));
  }

  /** Comparisons whose left side was a `parse` not yet typed: the right side takes its type at the body's end. */
  private readonly pendingCmps: { readonly l: Ty; readonly r: Ty }[] = [];

  private settleCmps(): void {
    for (const { l, r } of this.pendingCmps.splice(0)) {
      const t = this.infer.shallow(l);
      if (!(t.k === 'infer' && t.kind === 'general')) this.infer.unify(r, t);
    }
  }

  /** `slice.try_into()`s: each must have become an array of the slice's elements (a `&[T; N]`, or nothing known, is not modelled). */
  private readonly sliceTryIntos: { readonly out: Ty; readonly elem: Ty; readonly at: A.Span }[] = [];

  private checkSliceTryIntos(): void {
    for (const p of this.sliceTryIntos.splice(0)) {
      const o = this.infer.shallow(p.out);
      if (o.k === 'array' && this.infer.unify(o.elem, p.elem) && isCopy(this.infer.zonk(p.elem), this)) continue;
      this.unsupported(o.k === 'infer' ? '`try_into` on a slice whose target type is not known (add a type annotation)' : `\`try_into\` from a slice to \`${this.tyStr(o)}\``, p.at);
    }
  }

  /** `mem::transmute` calls, judged once their types are known (E0512). */
  private readonly transmutes: { readonly from: Ty; readonly to: Ty; readonly at: A.Span }[] = [];

  private checkTransmutes(): void {
    for (const t of this.transmutes.splice(0)) {
      const from = this.infer.zonk(t.from), to = this.infer.zonk(t.to);
      const a = transmuteBits(from), b = transmuteBits(to);
      if (a === null || b === null) this.unsupported(`\`mem::transmute\` from \`${this.tyStr(from)}\` to \`${this.tyStr(to)}\``, t.at);
      else if (a !== b) this.err('E0512', 'cannot transmute between types of different sizes, or dependently-sized types', t.at, '', [`note: source type: \`${this.tyStr(from)}\` (${a} bits)`, `note: target type: \`${this.tyStr(to)}\` (${b} bits)`]);
    }
  }

  /** `-x` on an integer whose type was not known yet. */
  private readonly negations: { readonly ty: Ty; readonly at: A.Span }[] = [];

  private checkNegations(): void {
    for (const n of this.negations.splice(0)) {
      const t = this.infer.shallow(n.ty);
      if (t.k === 'int' && t.int.startsWith('u')) this.err('E0277', `the trait bound \`${t.int}: Neg\` is not satisfied`, n.at, `the trait \`Neg\` is not implemented for \`${t.int}\``);
    }
  }

  /**
   * `v.sort_by_key(|c| &c.name)` or `|s| s`: the key type is one for every call, so it cannot borrow from
   * the closure's argument (rustc's borrow checker: "lifetime may not live long enough"). Only a key
   * that surely is such a borrow: the parameter itself, or a reference to a field of the element
   * reached through plain struct and tuple fields.
   */
  private noteKeyBorrow(c: A.ClosureExpr): void {
    const p = c.params.length === 1 ? c.params[0].pat : null;
    if (p?.kind !== 'ident' || p.byRef !== 'none' || p.sub) return;
    let body = c.body;
    while (body.kind === 'block' && body.stmts.length === 0 && body.tail && !body.label && !body.unsafe) body = body.tail;
    const isParam = (x: A.Expr) => x.kind === 'path' && x.path.segments.length === 1 && !x.path.segments[0].args && x.path.segments[0].name.name === p.name.name;
    const param = this.infer.zonk(this.t.bindings.get(p.id)?.ty ?? ERROR);
    if (param.k !== 'ref') return;
    let key: Ty | null = null;
    if (isParam(body)) key = param;
    else if (body.kind === 'ref' && !body.mutable && body.operand.kind === 'field') {
      // Each step a field of a struct or tuple held by value, from the element itself.
      let x: A.Expr = body.operand;
      const plain = (t: Ty) => t.k === 'tuple' || (t.k === 'adt' && !this.items.adts[t.adt].isPrelude);
      while (x.kind === 'field') {
        const base = this.infer.zonk(this.t.exprTys.get(x.base.id) ?? ERROR);
        if (!(isParam(x.base) ? plain(this.infer.zonk(param.inner)) : plain(base))) return;
        x = x.base;
      }
      if (!isParam(x)) return;
      key = this.infer.zonk(this.t.exprTys.get(body.id) ?? ERROR);
    }
    if (!key || key.k !== 'ref') return;
    const lifetimed = (t: Extract<Ty, { k: 'ref' }>, l: string) => `&${l} ${this.tyStr(t.inner)}`;
    // rustc's two marks: the closure's opening `|` (its return type), then the parameter.
    const at = { ...c.span, end: c.span.start + 1, endLine: c.span.line, endCol: c.span.col + 1 };
    this.lateBorrowErrors.push(error('borrowck', null, 'lifetime may not live long enough', body.span, [
      label(body.span, "returning this value requires that `'1` must outlive `'2`", true),
      label(p.span, `has type \`${lifetimed(param, "'1")}\``),
      label(at, `return type of closure is ${lifetimed(key, "'2")}`),
    ]));
  }

  /** Types std's methods need to be `Ord` (`min`, `max`, `max_by_key`'s key) or `PartialOrd` (`is_sorted`). */
  private readonly ordChecks: { readonly ty: Ty; readonly at: A.Span; readonly trait?: 'PartialOrd' }[] = [];

  /** E0277 for a float (`{float}` too) or a type of the program without `Ord`, through references. */
  private checkOrds(): void {
    for (const { ty, at, trait } of this.ordChecks.splice(0)) {
      if (trait === 'PartialOrd') {
        const bad = this.lacksStdTrait(ty, trait);
        const name = bad ? this.tyStr(bad.ty) : '';
        if (bad) this.err('E0277', `can't compare \`${name}\` with \`${name}\``, at, `no implementation for \`${name} < ${name}\` and \`${name} > ${name}\``);
        continue;
      }
      let t = this.infer.shallow(ty);
      while (t.k === 'ref') t = this.infer.shallow(t.inner);
      const unordered = t.k === 'adt' && !this.items.adts[t.adt].isPrelude && this.certain(t) && !this.items.adts[t.adt].derives.includes('Ord') && !this.hasUserImpl(t, 'Ord');
      if (t.k === 'float' || (t.k === 'infer' && t.kind === 'float') || unordered) {
        this.err('E0277', `the trait bound \`${this.tyStr(t)}: Ord\` is not satisfied`, at, `the trait \`Ord\` is not implemented for \`${this.tyStr(t)}\``);
      }
    }
  }

  /** `x.into()` on a type of the program whose target was not known yet (`.map(|r| r.into())`). */
  private readonly pendingIntos: { readonly e: A.MethodCallExpr; readonly from: Ty; readonly to: Ty }[] = [];

  /**
   * Whether `r.into()` waits for its target: `r` is of the program's own types (no std `into` of its
   * own), the context does not say the target yet, and some `impl From<R> for X` of the program takes it.
   */
  private intoLater(r: Ty, expected: Expect): boolean {
    const want = expected ? this.infer.shallow(expected) : null;
    if (want && !(want.k === 'infer' && want.kind === 'general')) return false;
    if (r.k !== 'adt' || this.items.adts[r.adt].isPrelude || !this.certain(r)) return false;
    if (this.userIntos(r).length > 0) return true;
    return this.items.impls.some((impl) => {
      const from = !impl.isPrelude && impl.traitName === 'From' ? impl.methods.get('from') : undefined;
      const input = from === undefined ? undefined : this.items.fns[from].inputs[0];
      return input !== undefined && input.k !== 'param' && this.infer.canUnify(input, r);
    });
  }

  /** Each pending `into`, now that the body has told its target: the program's impl (E0277 without one). */
  private settleIntos(): void {
    for (const { e, from, to } of this.pendingIntos.splice(0)) {
      const t = this.infer.shallow(to);
      const found = this.certain(t) ? this.userInto(from, t) ?? this.userFrom(from, t) : null;
      if (found) {
        this.t.methods.set(e.id, { fn: found.fn, tyArgs: found.tyArgs, derefs: 0, autoref: null, unsizeTo: null, dispatch: 'static', traitKey: null, selfTy: from });
        this.infer.unify(t, found.output);
      } else if (this.certain(t) && t.k !== 'param' && this.tyStr(t) !== this.tyStr(from)) {
        this.err('E0277', `the trait bound \`${this.tyStr(t)}: From<${this.tyStr(from)}>\` is not satisfied`, e.method.span, 'unsatisfied trait bound');
      } else this.unsupported(`\`into\` from \`${this.tyStr(from)}\` where the context does not say into what`, e.method.span);
    }
  }

  /** `collect`s whose target was unknown when checked: related to their items once the body tells it. */
  private readonly pendingCollects: { readonly output: Ty; readonly item: Ty; readonly at: A.Span }[] = [];

  private settleCollects(): void {
    for (let progress = true; progress && this.pendingCollects.length > 0;) {
      progress = false;
      for (let i = 0; i < this.pendingCollects.length; i++) {
        const p = this.pendingCollects[i];
        const o = this.infer.shallow(p.output);
        if (o.k === 'infer' && o.kind === 'general') continue;
        this.pendingCollects.splice(i--, 1);
        this.relateCollect(o, p.item, p.at);
        progress = true;
      }
    }
    this.pendingCollects.length = 0;
  }

  /**
   * `s.parse::<F>()`: `Result<F, E>` where E is the error of parsing an F (ParseIntError,
   * ParseFloatError, ...), known once F is (often only at the `let` that annotates it).
   */
  private parseOutput(value: Ty, at: A.Span): Ty {
    const err = this.infer.fresh();
    const p = { value, err, at };
    this.parseErrs.push(p);
    this.resolveParseErr(p);
    return { k: 'builtin', name: 'Result', args: [value, err] };
  }
  private readonly parseErrs: { readonly value: Ty; readonly err: Ty; readonly at: A.Span }[] = [];
  private readonly unparsable = new Set<object>();
  /** Gives a parse's error type once its value type is known (E0271 if something else already claimed it). */
  private resolveParseErr(p: { readonly value: Ty; readonly err: Ty; readonly at: A.Span }): void {
    const v = this.infer.shallow(p.value);
    // The program's own `impl FromStr`: its `type Err`.
    const own = v.k === 'adt' ? ownStdImpl(this.items, v.adt, 'FromStr')?.assocTys.get('Err') : undefined;
    if (own) {
      if (!this.infer.unify(p.err, own)) this.err('E0271', `type mismatch resolving \`<${this.tyStr(v)} as FromStr>::Err == ${this.tyStr(this.infer.shallow(p.err))}\``, p.at, `expected \`${this.tyStr(this.infer.shallow(p.err))}\`, found \`${this.tyStr(own)}\``);
      return;
    }
    // `"#ff0000".parse::<Rgb>()` where the program gives `Rgb` no `FromStr` (reported once).
    if (v.k === 'adt' && !this.items.adts[v.adt].isPrelude && this.certain(v) && !this.unparsable.has(p)) {
      this.unparsable.add(p);
      this.err('E0277', `the trait bound \`${this.tyStr(v)}: FromStr\` is not satisfied`, p.at, 'unsatisfied trait bound');
      return;
    }
    const name = v.k === 'float' || (v.k === 'infer' && v.kind === 'float') ? 'ParseFloatError' : v.k === 'bool' ? 'ParseBoolError' : v.k === 'char' ? 'ParseCharError' : v.k === 'int' || (v.k === 'infer' && v.kind === 'int') ? 'ParseIntError' : null;
    const item = name ? this.items.preludeTypes.get(name) : undefined;
    if (!item || item.k !== 'adt') return;
    const want: Ty = { k: 'adt', adt: item.adt, args: [] };
    const claimed = this.infer.shallow(p.err);
    if (!this.infer.unify(p.err, want)) this.err('E0271', `type mismatch resolving \`<${this.tyStr(v)} as FromStr>::Err == ${this.tyStr(claimed)}\``, p.at, `expected \`${this.tyStr(claimed)}\`, found \`${name}\``);
  }
  /** A parse's error not known yet: its type variable. */
  private pendingParseErr(t: Ty): boolean {
    const s = this.infer.shallow(t);
    if (s.k !== 'infer') return false;
    for (const p of this.parseErrs) {
      this.resolveParseErr(p);
      if (this.infer.shallow(p.err) === s) return true;
    }
    return false;
  }
  /** `?` on a parse whose error type waits for its value's: converted at the body's end. */
  private readonly pendingTries: { readonly e: A.TryExpr; readonly err: Ty; readonly ret: Ty }[] = [];

  private readonly annObligations: { readonly ty: Ty; readonly method: A.Span; readonly name: string; letAt: A.Span | null }[] = [];

  /** E0283/E0284 "type annotations needed": a `sum`, `product`, `collect` or `parse` nothing gave a type. */
  private checkAnnotationsNeeded(): void {
    const param: Record<string, string> = { sum: 'S', product: 'P', collect: 'B', parse: 'F' };
    const quiet = this.parseTargetReported;
    this.parseTargetReported = false;
    for (const o of this.annObligations.splice(0)) {
      const t = this.infer.shallow(o.ty);
      // `collect` into a HashMap of keys without `Eq + Hash` (a BTreeMap's without `Ord`): E0277 per bound.
      if (o.name === 'collect') for (const b of this.missingKeyBounds(t)) this.err('E0277', `the trait bound \`${this.tyStr(b.key)}: ${b.bound}\` is not satisfied`, o.method, `the trait \`${b.bound}\` is not implemented for \`${this.tyStr(b.key)}\``);
      // (After that E0282 the body's inference is tainted: rustc reports no other "type annotations needed".)
      if (quiet || t.k !== 'infer' || t.kind !== 'general') continue;
      const code = o.name === 'parse' ? 'E0284' : 'E0283';
      const labels = o.letAt
        ? [label(o.letAt, '', true), label(o.method, 'type must be known at this point', false)]
        : [label(o.method, `cannot infer type of the type parameter \`${param[o.name]}\` declared on the method \`${o.name}\``, true)];
      this.diags.push(error('typeck', code, 'type annotations needed', o.letAt ?? o.method, labels));
      return; // rustc stops at the first
    }
  }

  /** Const parameters instantiated with an inference variable: where, of what (`Board`, `Board::<N>::empty`), and which parameter. */
  private readonly constArgUses: { readonly v: Ty; readonly at: A.Span; readonly owner: string; readonly param: string; readonly what: string }[] = [];
  /** The body's `let name = ..` bindings without a type: where E0284 points when their type has an unknown const. */
  private readonly untypedLets: { readonly ty: Ty; readonly at: A.Span; readonly name: string }[] = [];

  /** Notes the const parameters of `fn` (its impl's and its own) whose arguments are still to be inferred. */
  private noteConstArgs(fn: FnDef, tyArgs: readonly Ty[], at: A.Span): void {
    if (!fn.typeParams.some((p) => p.konst)) return;
    const self = fn.impl && !fn.impl.special ? this.tyStr(fn.impl.selfTy).replace('<', '::<') : null;
    const owner = self && !fn.impl!.trait ? `${self}::${fn.shortName}` : fn.impl?.special ? fn.shortName : fn.name;
    fn.typeParams.forEach((p, i) => {
      const v = tyArgs[i] ? this.infer.shallow(tyArgs[i]) : null;
      if (p.konst && v?.k === 'infer') this.constArgUses.push({ v, at, owner, param: p.name, what: fn.impl ? 'associated function' : 'function' });
    });
  }

  /** Likewise for a struct or enum named in a value path (`Board::empty`, `Code(..)`). */
  private noteAdtConstArgs(t: Ty, at: A.Span): void {
    if (t.k !== 'adt') return;
    const adt = this.items.adts[t.adt];
    adt.constTys?.forEach((c, i) => {
      const v = t.args[i] ? this.infer.shallow(t.args[i]) : null;
      if (c && v?.k === 'infer') this.constArgUses.push({ v, at, owner: adt.name, param: adt.typeParams[i], what: adt.kind });
    });
  }

  /**
   * E0284 for each use of a const parameter whose value nothing told (`let board = Board::empty();`),
   * at the `let` whose type holds it when there is one, as rustc reports them (and only when the
   * program has no other error: rustc does not report ambiguities then).
   */
  private checkConstArgsInferred(): void {
    const uses = this.constArgUses.splice(0);
    const lets = this.untypedLets.splice(0);
    if (uses.length === 0 || this.diags.some((d) => d.severity === 'error') || this.items.diagnostics.some((d) => d.severity === 'error')) return;
    for (const u of uses) {
      const v = this.infer.shallow(u.v);
      if (v.k !== 'infer') continue;
      const note = `note: required by a const generic parameter in \`${u.owner}\``;
      const binding = lets.find((b) => mentionsVar(this.infer.zonk(b.ty), v));
      if (u.owner === '') {
        // `[0; _]` whose length nothing tells.
        const at = binding?.at ?? u.at;
        this.diags.push(error('typeck', 'E0282', binding ? `type annotations needed for \`${this.tyStr(binding.ty)}\`` : 'type annotations needed', at, [label(at, '', true)]));
      } else if (binding) {
        const shown = this.tyStr(binding.ty);
        const given = shown.replace(/_/g, u.param);
        this.diags.push(error('typeck', 'E0284', `type annotations needed for \`${shown}\``, binding.at, [label(binding.at, '', true), label(u.at, 'type must be known at this point')],
          [note, `help: consider giving \`${binding.name}\` an explicit type, where the value of const parameter \`${u.param}\` is specified: \`${given}\``]));
      } else {
        this.diags.push(error('typeck', 'E0284', 'type annotations needed', u.at, [label(u.at, `cannot infer the value of the const parameter \`${u.param}\` declared on the ${u.what} \`${u.owner}\``, true)], [note]));
      }
    }
  }

  private readonly emptyCollections: { readonly ty: Ty; readonly name: string; readonly at: A.Span }[] = [];

  /** E0282 for `let v = Vec::new();` whose element type nothing in the body tells (only in a program without other errors). */
  private checkEmptyCollections(): void {
    for (const c of this.emptyCollections.splice(0)) {
      const t = this.infer.zonk(c.ty);
      // A std collection, or a generic struct of the program (`Stack::new()`).
      if ((t.k !== 'builtin' && (t.k !== 'adt' || this.items.adts[t.adt].isPrelude)) || !t.args.some((a) => a.k === 'infer' && a.kind === 'general')) continue;
      if (this.diags.some((d) => d.severity === 'error')) return;
      const typeName = t.k === 'builtin' ? t.name : this.items.adts[t.adt].name;
      const shown = `${typeName}<${t.args.map((a) => (a.k === 'infer' ? '_' : this.tyStr(a))).join(', ')}>`;
      const param = t.args.findIndex((a) => a.k === 'infer' && a.kind === 'general');
      const names = t.k === 'adt' ? this.items.adts[t.adt].typeParams : isMap(t.name) ? ['K', 'V'] : ['T'];
      this.diags.push(error('typeck', 'E0282', `type annotations needed for \`${shown}\``, c.at, [label(c.at, '', true)], [`help: consider giving \`${c.name}\` an explicit type, where the type for type parameter \`${names[param] ?? 'T'}\` is specified`]));
      return; // rustc stops at the first
    }
  }

  /** Does `name` name a struct or enum of the program with type parameters? */
  private isGenericAdtName(name: string): boolean {
    const found = this.items.types.get(name);
    return found?.k === 'adt' && this.items.adts[found.adt].typeParams.length > 0;
  }

  private readonly keyChecks: { readonly selfTy: Ty; readonly name: string; readonly at: A.Span; readonly keyKnown: boolean; readonly lookup?: A.Expr | null }[] = [];

  /**
   * A keyed method of a map or set whose key lacks its bounds: rustc's E0599 for a hash table whose key
   * type was known before the call (the bounds are on its impl); E0277 where the call's own argument
   * told the key type (the first `insert` into `HashSet::new()`), and for a B-tree (bounds on the method).
   */
  private checkKeyedMethods(): void {
    for (const { selfTy, name, at, keyKnown, lookup } of this.keyChecks.splice(0)) {
      const st = this.infer.shallow(selfTy);
      const missing = this.missingKeyBounds(st);
      if (missing.length === 0) continue;
      if (keyKnown && st.k === 'builtin' && (st.name === 'HashMap' || st.name === 'HashSet' || st.name === 'BinaryHeap')) {
        const shown = this.tyStr(st);
        // `f64: Ord` of a `(i32, f64)` key: rustc says which bound needed it.
        const notes = missing.flatMap((m) => [`\`${this.tyStr(m.key)}: ${m.bound}\``, ...(m.within ? [`which is required by \`${this.tyStr(m.within)}: ${m.bound}\``] : [])]);
        this.err('E0599', `the method \`${name}\` exists for struct \`${shown}\`, but its trait bounds were not satisfied`, at, `method cannot be called on \`${shown}\` due to unsatisfied trait bounds`, ['note: the following trait bounds were not satisfied:', ...notes]);
      } else for (const m of missing) this.err('E0277', `the trait bound \`${this.tyStr(m.key)}: ${m.bound}\` is not satisfied`, at, `the trait \`${m.bound}\` is not implemented for \`${this.tyStr(m.key)}\``);
      // A B-tree's lookup by `&Q` needs `Q: Ord` too: rustc says so again at the argument, when Q is the key.
      const q = lookup ? this.infer.shallow(this.t.exprTys.get(lookup.id) ?? ERROR) : null;
      if (lookup && q && q.k === 'ref' && st.k === 'builtin' && (this.tyStr(q.inner) === this.tyStr(st.args[0]) || this.lacksStdTrait(q.inner, 'Ord'))) {
        for (const m of missing) this.err('E0277', `the trait bound \`${this.tyStr(m.key)}: ${m.bound}\` is not satisfied`, lookup.span, `the trait \`${m.bound}\` is not implemented for \`${this.tyStr(m.key)}\``);
      }
    }
  }

  /**
   * The bounds std's hash maps and sets (`Eq + Hash`) and B-tree ones and heaps (`Ord`) put on their keys that a
   * key type of the program surely lacks (neither derived nor implemented).
   */
  private missingKeyBounds(t: Ty): { key: Ty; bound: string; within?: Ty }[] {
    if (t.k !== 'builtin' || !(isTable(t.name) || t.name === 'BinaryHeap') || !t.args[0]) return [];
    const key = this.infer.shallow(t.args[0]);
    const hashed = t.name === 'HashMap' || t.name === 'HashSet';
    // Floats are not `Ord`, nor a tuple or `Reverse` of one (a generic parameter's own bounds are left to rustc's wording).
    if (!hashed && !(key.k === 'adt' && !this.items.adts[key.adt].isPrelude) && key.k !== 'param') {
      const bad = this.lacksStdTrait(key, 'Ord');
      if (!bad || this.infer.shallow(bad.ty).k === 'param') return [];
      return [{ key: bad.ty, bound: 'Ord', ...(bad.ty === key ? {} : { within: key }) }];
    }
    if (key.k !== 'adt' || this.items.adts[key.adt].isPrelude || !this.certain(key)) return [];
    const adt = this.items.adts[key.adt];
    const bounds = t.name === 'HashMap' || t.name === 'HashSet' ? ['Eq', 'Hash'] : ['Ord'];
    return bounds.filter((b) => !adt.derives.includes(b) && !this.hasUserImpl(key, b)).map((bound) => ({ key, bound }));
  }

  /** The prelude models `&str`'s `into` as `Into<String>`: right when the context asks for a String or does not say. */
  private intoStringWanted(expected: Expect): boolean {
    if (!expected) return true;
    const x = this.infer.shallow(expected);
    return x.k === 'infer' || x.k === 'error' || (x.k === 'builtin' && x.name === 'String');
  }

  /** Set when a method was passed over because its impl's bounds were not met (E0599's wording). */
  private unmetImplBounds: { readonly ty: Ty; readonly name: string } | null = null;

  /** Is some bound of the impl's parameters, as `args` bind them, surely unmet? */
  /** `dyn A + B` is `A`, `B` and each of their supertraits. */
  private dynHasTrait(t: Extract<Ty, { k: 'dyn' }>, trait: number | string): boolean {
    const seen = new Set<number | string>();
    const has = (key: number | string): boolean => {
      if (key === trait) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return (this.items.traitByKey(key)?.supertraits ?? []).some((s) => has(s.trait));
    };
    return t.traits.some((r) => has(r.trait));
  }

  private implBoundsUnmet(impl: ImplInfo, args: readonly (Ty | undefined)[]): boolean {
    return impl.typeParams.some((p, i) => {
      const a = args[i] ? this.infer.shallow(args[i]!) : null;
      // A `Box<dyn Drawable>` is known too: a trait of the program has it only by an impl for it
      // (`impl<S: Shape> Drawable for S` gives it no `area`: its `dyn Drawable` does).
      let inner = a;
      for (let d = 0; d < 4 && inner && (inner.k === 'ref' || (inner.k === 'builtin' && inner.name === 'Box')); d++) inner = this.infer.shallow(inner.k === 'ref' ? inner.inner : inner.args[0]);
      const dynPointer = inner?.k === 'dyn';
      if (!a || (!this.certain(a) && !dynPointer) || a.k === 'param') return false;
      return p.bounds.some((b) => {
        if (b.fnSig) return false;
        if (dynPointer && typeof b.trait !== 'number') return false;
        // `dyn Drawable` has its traits and their supertraits (and what impls give it).
        if (a.k === 'dyn') return typeof b.trait === 'number' && !this.dynHasTrait(a, b.trait) && !this.findTraitImpl(a, b.trait);
        if (b.trait === 'Display' || b.trait === 'Debug') return this.lacksFmt(a, b.trait, 0) !== null;
        if (typeof b.trait === 'number') return !this.findTraitImpl(a, b.trait);
        return JUDGED_STD_TRAITS.has(b.trait) && this.lacksStdTrait(a, b.trait) !== null;
      });
    });
  }

  /**
   * An inherent method of the integer or float types: E0689 on a number whose type is not known yet
   * (`let x = 2.5; x.powi(2)`), E0599 for `abs` and `signum` on an unsigned integer.
   */
  private checkNumericMethod(fn: FnDef, r: Ty, name: string, at: A.Span): void {
    const special = fn.impl?.special;
    if ((special !== 'int' && special !== 'float') || NUMERIC_TRAIT_METHODS.has(name) || (special === 'int' && NUMERIC_ORD_METHODS.has(name))) return;
    const t = r.k === 'ref' ? this.infer.shallow(r.inner) : r;
    if (t.k === 'infer' && t.kind !== 'general') {
      this.err('E0689', `can't call method \`${name}\` on ambiguous numeric type \`${t.kind === 'int' ? '{integer}' : '{float}'}\``, at, '');
    } else if (t.k === 'int' && t.int.startsWith('u') && SIGNED_ONLY_METHODS.has(name)) {
      this.err('E0599', `no method named \`${name}\` found for type \`${t.int}\` in the current scope`, at, `method not found in \`${t.int}\``);
    }
  }

  /**
   * Your own iterator asked for what only `DoubleEndedIterator` or `ExactSizeIterator` give: E0277 for
   * `rev` and `rposition` (`Iterator`'s, bound by them), E0599 for their own methods (`next_back`, `len`).
   */
  private reportMissingIterTrait(r: Ty, adt: Extract<Ty, { k: 'adt' }>, e: A.MethodCallExpr): boolean {
    const name = e.method.name;
    const shown = this.tyStr(adt);
    if (name === 'rev' || name === 'rposition') {
      const missing = (name === 'rev' ? ['DoubleEndedIterator'] : ['ExactSizeIterator', 'DoubleEndedIterator']).filter((t) => !ownStdImpl(this.items, adt.adt, t));
      for (const trait of missing) this.err('E0277', `the trait bound \`${shown}: ${trait}\` is not satisfied`, e.method.span, 'unsatisfied trait bound');
      if (name === 'rev') this.unreversible.set(e.id, shown);
      return true;
    }
    if (!ITER_BACK_METHODS.has(name) && !ITER_EXACT_METHODS.has(name)) return false;
    const kind = r.k === 'ref' ? (r.mut ? 'mutable reference' : 'reference') : this.items.adts[adt.adt].kind;
    this.err('E0599', `no method named \`${name}\` found for ${kind} \`${this.tyStr(r)}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(r)}\``);
    return true;
  }

  /** Whether one of these traits, or a trait they extend, declares `name`. */
  private dynHasMethod(traits: readonly TraitRef[], name: string, depth = 0): boolean {
    return traits.some((tr) => {
      const info = typeof tr.trait === 'number' ? this.items.traits[tr.trait] : this.items.preludeTraits.get(tr.trait);
      // A std supertrait (`Display`, `Debug`) brings methods memviz does not list: assume it has it.
      if (!info || info.isPrelude) return true;
      return info.methods.has(name) || (depth < 8 && this.dynHasMethod(info.supertraits, name, depth + 1));
    });
  }

  private reportNoMethod(r: Ty, e: A.MethodCallExpr): void {
    const name = e.method.name;
    const unmet = this.unmetImplBounds;
    this.unmetImplBounds = null;
    if (unmet && unmet.name === name) {
      const t = this.infer.shallow(unmet.ty);
      const kind = t.k === 'adt' ? this.items.adts[t.adt].kind : 'type';
      this.err('E0599', `the method \`${name}\` exists for ${kind} \`${this.tyStr(t)}\`, but its trait bounds were not satisfied`, e.method.span, 'method cannot be called due to unsatisfied trait bounds');
      return;
    }
    const base = this.autoderefSteps(r).map((s) => s.ty);
    // A reference to a type already reported (`&Speaker`, E0782): nothing more to say.
    if (base.some((t) => this.infer.shallow(t).k === 'error')) return;
    // `rx.clone()`: a channel has one receiver (`Receiver` is not `Clone`; a `&Receiver` clones the reference).
    if (name === 'clone' && r.k === 'builtin' && r.name === 'Receiver') {
      this.err('E0599', 'no method named `clone` found for struct `std::sync::mpsc::Receiver<T>` in the current scope', e.method.span, `method not found in \`std::sync::mpsc::${this.tyStr(r)}\``);
      return;
    }
    // `greeting.push_str("!")` on a `&str`: a method of `String` only.
    if (r.k === 'ref' && !r.mut && this.infer.shallow(r.inner).k === 'str' && this.items.impls.some((impl) => impl.isPrelude && impl.builtinPrefix === 'String' && impl.methods.has(name))) {
      this.err('E0599', `no method named \`${name}\` found for reference \`&str\` in the current scope`, e.method.span, 'method not found in `&str`');
      return;
    }
    // `x.cmp(&y)` on an f64 (only PartialOrd): rustc looks for `Iterator::cmp`.
    const num = base.find((t) => t.k === 'int' || t.k === 'float');
    if (num && num.k === 'float' && r.k === 'float' && name === 'cmp') {
      this.err('E0599', `\`${num.float}\` is not an iterator`, e.method.span, `\`${num.float}\` is not an iterator`);
      return;
    }
    // `n.sqrt()` on an i32, `x.pow(2)` on an f64: a method of the other kind of number.
    if (num && (num.k === 'int' || num.k === 'float')) {
      const other = num.k === 'int' ? 'float' : 'int';
      if (this.items.impls.some((impl) => impl.isPrelude && impl.special === other && impl.methods.has(name))) {
        const shown = num.k === 'int' ? num.int : num.float;
        this.err('E0599', `no method named \`${name}\` found for type \`${shown}\` in the current scope`, e.method.span, `method not found in \`${shown}\``);
        return;
      }
    }
    const userAdt = base.find((t) => t.k === 'adt' && !this.items.adts[t.adt].isPrelude) as Extract<Ty, { k: 'adt' }> | undefined;
    if (userAdt && ownStdImpl(this.items, userAdt.adt, 'Iterator') && this.reportMissingIterTrait(r, userAdt, e)) return;
    // Your own `Iterator` has the trait's seventy-odd provided methods (`zip`, `skip`, `sum`...), which
    // memviz does not model there: not knowing one is not knowing it is missing.
    if (userAdt && ownStdImpl(this.items, userAdt.adt, 'Iterator')) {
      this.unsupported(`the \`Iterator\` method \`${name}\` on your own iterator \`${this.tyStr(r)}\` (call its \`next\` yourself)`, e.method.span);
      return;
    }
    // A `dyn Trait` of the program's own traits has their methods only (`radius` of `Circle` is not `Shape`'s).
    const dyn = base.find((t) => t.k === 'dyn');
    if (dyn && dyn.k === 'dyn' && dyn.traits.length > 0 && dyn.traits.every((tr) => typeof tr.trait === 'number') && !STD_METHOD_NAMES.has(name) && !this.dynHasMethod(dyn.traits, name)) {
      const kind = r.k === 'ref' ? 'reference' : r.k === 'builtin' ? 'struct' : 'trait object';
      this.err('E0599', `no method named \`${name}\` found for ${kind} \`${this.tyStr(r)}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(r)}\``);
      return;
    }
    // The impl of a trait that declares it but leaves it out: rustc's E0046 there says it all.
    const declaredByImpl = userAdt && this.items.impls.some((i) => i.trait && !i.trait.isPrelude && i.selfTy.k === 'adt' && i.selfTy.adt === userAdt.adt && i.trait.methods.has(name));
    if (declaredByImpl) return;
    if (userAdt && base.every((t) => t.k === 'ref' || t === userAdt) && this.certain(userAdt) && this.missingStdBound(r, userAdt, e)) return;
    if (userAdt && !STD_METHOD_NAMES.has(name) && base.every((t) => t.k === 'adt' || t.k === 'ref')) {
      const adt = this.items.adts[userAdt.adt];
      // `flat.cross(..)` on a `Vector<2>` where only `impl Vector<3>` has it.
      const others = this.items.implsWithMethod(name).filter((m) => !m.impl.trait && m.impl.selfTy.k === 'adt' && m.impl.selfTy.adt === userAdt.adt && !this.matchImpl(m.impl, userAdt)).map((m) => `- \`${this.tyStr(m.impl.selfTy)}\``);
      const notes = others.length > 0 ? [`note: the method was found for\n${others.join('\n')}`] : [];
      this.err('E0599', `no method named \`${name}\` found for ${r.k === 'ref' ? 'reference' : adt.kind} \`${this.tyStr(r)}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(r)}\``, notes);
      return;
    }
    // Option and Result: std's whole list of their methods is known, so a name outside it is missing.
    const last = base[base.length - 1];
    const known = last && last.k === 'builtin' ? STD_ENUM_METHODS[last.name] : undefined;
    if (known && !known.has(name) && !STD_METHOD_NAMES.has(name) && base.every((t) => t.k === 'ref' || t === last)) {
      const generic = last.k === 'builtin' && last.name === 'Option' ? 'Option<T>' : 'Result<T, E>';
      this.err('E0599', `no method named \`${name}\` found for enum \`${generic}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(r)}\``);
      return;
    }
    // Strings, vectors, slices, arrays and primitives: std's whole list of their methods is known too
    // (`s.length()`, `v.size()`). Unless a trait of the program gives one of that name.
    const kinds = base.filter((t) => t.k !== 'ref').map(knownMethodsKind);
    const mine = this.items.traits.some((tr) => !tr.isPrelude && tr.methods.has(name));
    if (kinds.length > 0 && kinds.every((k) => k !== null && !stdHasMethod(k, name)) && !mine && this.certain(r)) {
      const what = r.k === 'ref' ? 'reference' : kinds[0] === 'String' || kinds[0] === 'Vec' ? 'struct' : kinds[0] === 'array' ? 'array' : kinds[0] === 'slice' ? 'slice' : 'type';
      this.err('E0599', `no method named \`${name}\` found for ${what} \`${this.tyStr(r)}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(r)}\``);
      return;
    }
    // Rc, Weak, RefCell and Cell: std's whole list of their methods is known too, and so is what an Rc
    // derefs to when it is one of those types or the program's own struct: `s.bump()` on an
    // `Rc<RefCell<S>>` (a RefCell does not deref to the S whose method it is).
    if (!mine && this.pointerChainLacks(base, name)) {
      const generic = r.k === 'builtin' && base.length === 1 ? POINTER_GENERIC_NAMES[r.name] : undefined;
      const what = r.k === 'ref' ? 'reference' : 'struct';
      this.err('E0599', `no method named \`${name}\` found for ${what} \`${generic ?? this.tyStr(r)}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(r)}\``);
      return;
    }
    // `x.len()` on a `T` or `&T` whose `T` has no bounds: nothing gives it the method (a std trait
    // with impls for every type or reference, like `to_string`'s, stays unjudged).
    // A trait of the program that declares it counts only through a blanket impl (`impl<T> Tr for T`, `for &T`).
    const param = r.k === 'ref' ? this.infer.shallow(r.inner) : r;
    if (param.k === 'param' && this.unboundedParam(param) && !STD_METHOD_NAMES.has(name) && !OPERATOR_METHODS.has(name) && !this.blanketImplGives(name)) {
      const what = r.k === 'ref' ? (r.mut ? 'mutable reference' : 'reference') : 'type parameter';
      this.err('E0599', `no method named \`${name}\` found for ${what} \`${this.tyStr(r)}\` in the current scope`, e.method.span, `method not found in \`${this.tyStr(r)}\``);
      return;
    }
    // `v.clone()`, `v.to_string()` on a `T` itself with no bounds: no impl of Clone or Display is for every type.
    if (r.k === 'param' && (name === 'clone' || name === 'to_string') && this.unboundedParam(r) && !this.blanketImplGives(name)) {
      const text = name === 'to_string' ? `method cannot be called on \`${r.name}\` due to unsatisfied trait bounds` : `method not found in \`${r.name}\``;
      this.err('E0599', `no method named \`${name}\` found for type parameter \`${r.name}\` in the current scope`, e.method.span, text, ['help: items from traits can only be used if the type parameter is bounded by the trait']);
      return;
    }
    this.unsupported(`the method \`${name}\` on \`${this.tyStr(r)}\``, e.method.span);
  }

  /**
   * Whether no step of an autoderef chain through Rc, Weak, RefCell or Cell has the method: each of
   * those lacks it, and so does the last step, when it is a type whose whole list of methods is known
   * (std's strings, vectors, numbers, Option and Result; the program's own struct or enum).
   */
  private pointerChainLacks(base: readonly Ty[], name: string): boolean {
    const owned = base.map((t) => this.infer.shallow(t)).filter((t) => t.k !== 'ref');
    const pointer = (t: Ty) => t.k === 'builtin' && POINTER_KINDS.has(t.name);
    if (!owned.some(pointer)) return false;
    // `borrow`/`borrow_mut` of the traits every type implements, which a `use` must bring into scope
    // (a RefCell's own are inherent): without it `v.borrow_mut()` on an `Rc<Vec<i32>>` is missing.
    const borrowTrait = name === 'borrow' ? 'Borrow' : name === 'borrow_mut' ? 'BorrowMut' : null;
    const unimported = borrowTrait !== null && !this.items.stdTraitInScope(borrowTrait);
    const lacks = (kind: KnownMethodsKind) => !stdHasMethod(kind, name) || (unimported && kind !== 'RefCell');
    return owned.every((t, i) => {
      if (t.k === 'builtin' && pointer(t)) return lacks(t.name as KnownMethodsKind);
      // (`String` then `str`, `Vec<T>` then `[T]`: each a known list.)
      const kind = knownMethodsKind(t);
      if (kind) return this.certain(t) && lacks(kind);
      if (i !== owned.length - 1) return false;
      if (t.k === 'builtin') return STD_ENUM_METHODS[t.name] !== undefined && !STD_ENUM_METHODS[t.name].has(name) && ((!STD_METHOD_NAMES.has(name) && !stdTraitHasMethod(name)) || unimported);
      return t.k === 'adt' && this.adtSurelyLacks(t, name, unimported);
    });
  }

  /**
   * The program's struct or enum has no method of this name: none of its impls, no std trait it may
   * implement (but `Borrow`'s when it is not imported), no `Deref` of its own.
   */
  private adtSurelyLacks(t: Extract<Ty, { k: 'adt' }>, name: string, unimported: boolean): boolean {
    if (this.items.adts[t.adt].isPrelude || this.userDeref(t)) return false;
    if ((STD_METHOD_NAMES.has(name) || stdTraitHasMethod(name)) && !unimported) return false;
    const own = (impl: ImplInfo) => impl.selfTy.k === 'param' || (impl.selfTy.k === 'adt' && impl.selfTy.adt === t.adt);
    if (this.items.implsWithMethod(name).some((m) => own(m.impl))) return false;
    // Iterator's seventy-odd provided methods, Error's and Hasher's: not listed here.
    return !this.items.impls.some((impl) => !impl.isPrelude && own(impl) && impl.traitName !== null && (impl.trait?.isPrelude ?? true) && !SMALL_STD_TRAITS.has(impl.traitName));
  }

  /** Whether an impl of the program's for any type (`impl<T: B> Tr for T`, `for &T`, `for Box<T>`...) gives a method of this name. */
  private blanketImplGives(name: string): boolean {
    const blanket = (t: Ty): boolean => t.k === 'param' || (t.k === 'ref' && blanket(t.inner)) || (t.k === 'builtin' && t.args.some(blanket));
    return this.items.impls.some((impl) => !impl.isPrelude && impl.trait !== null && !impl.trait.isPrelude && impl.trait.methods.has(name) && blanket(impl.selfTy));
  }

  /** A declared type parameter of the body's fn or impl: not `Self`, a const or a hidden projection (`I::Item`). */
  private rigidParam(t: Extract<Ty, { k: 'param' }>): boolean {
    const p = this.typeParams[t.index];
    return !!p && p.name === t.name && t.name !== 'Self' && !p.konst && !p.projection;
  }

  /** A type parameter of the body with no bound at all, where no `where` clause could give it one. */
  private unboundedParam(t: Extract<Ty, { k: 'param' }>): boolean {
    const p = this.typeParams[t.index];
    if (!p || p.name !== t.name || t.name === 'Self' || p.bounds.length > 0) return false;
    const fn = this.body?.fn;
    const wheres = [...(fn?.ast?.generics.where ?? []), ...(fn?.impl?.ast.generics.where ?? [])];
    return wheres.every((w) => w.ty.kind === 'path' && w.ty.path.segments.length === 1 && w.ty.path.segments[0].name.name !== t.name);
  }

  /**
   * E0599 for a std method whose trait the program's type lacks: `to_string` without `Display`, `cmp`
   * (`max`, `min`) without `Ord`. rustc's first line depends on how the method was looked for: through a
   * reference it "exists, but its trait bounds were not satisfied"; on the value, `to_string` is a
   * missing `Display` and `cmp` the method of a missing `Iterator`.
   */
  private missingStdBound(r: Ty, adt: Extract<Ty, { k: 'adt' }>, e: A.MethodCallExpr): boolean {
    const name = e.method.name;
    const display = name === 'to_string' && e.args.length === 0 && !this.hasUserImpl(adt, 'Display');
    const lacksOrd = !this.items.adts[adt.adt].derives.includes('Ord') && !this.hasUserImpl(adt, 'Ord') && !ownStdImpl(this.items, adt.adt, 'Iterator');
    const ord = (name === 'cmp' || name === 'max' || name === 'min') && e.args.length === 1 && lacksOrd;
    if (!display && !ord) return false;
    const [shown, kind] = [this.tyStr(r), r.k === 'ref' ? 'reference' : this.items.adts[adt.adt].kind];
    const unsatisfied = `the method \`${name}\` exists for ${kind} \`${shown}\`, but its trait bounds were not satisfied`;
    const message = r.k === 'ref' || (name !== 'to_string' && name !== 'cmp') ? unsatisfied
      : display ? `\`${shown}\` doesn't implement \`std::fmt::Display\`` : `\`${shown}\` is not an iterator`;
    const labelText = message.endsWith('is not an iterator') ? `\`${shown}\` is not an iterator` : `method cannot be called on \`${shown}\` due to unsatisfied trait bounds`;
    this.err('E0599', message, e.method.span, labelText);
    return true;
  }

  /** rustc's method probe: at each auto-deref step, by value, then `&`, then `&mut`; inherent before trait methods. */
  /** Set by `lookupMethod` when two of the program's traits give the method at the step it was found. */
  private ambiguousMethod = false;

  probe(recvTy: Ty, name: string): Omit<MethodRes, never> | null {
    for (const step of this.autoderefSteps(recvTy, true)) {
      const u = step.ty;
      // By value: `self` methods of U, or `&self`/`&mut self` methods when U is a reference (reborrowed).
      const byValue = this.lookupMethod(u, name, 'value');
      if (byValue) return this.makePick(byValue, step, null, u);
      // `self: Box<Self>` methods of the boxed type, the box taken by value.
      if (u.k === 'builtin' && u.name === 'Box') {
        const inner = this.infer.shallow(u.args[0]);
        const byBox = this.lookupMethod(inner, name, 'box');
        if (byBox) return this.makePick(byBox, step, null, inner);
      }
      if (u.k === 'ref') {
        const inner = this.infer.shallow(u.inner);
        const viaRef = this.lookupMethod(inner, name, u.mut ? 'refMut' : 'ref');
        if (viaRef) return this.makePick(viaRef, { ...step, derefs: step.derefs + 1 }, u.mut ? 'refMut' : 'ref', inner);
      }
      const byRef = this.lookupMethod(u, name, 'ref');
      if (byRef) return this.makePick(byRef, step, 'ref', u);
      const byMut = this.lookupMethod(u, name, 'refMut');
      if (byMut) return this.makePick(byMut, step, 'refMut', u);
    }
    return null;
  }

  private makePick(c: MethodCandidate, step: AutoderefStep, autoref: 'ref' | 'refMut' | null, selfTy: Ty): MethodRes {
    return {
      fn: c.fn, tyArgs: c.tyArgs, derefs: step.derefs, autoref,
      unsizeTo: step.unsize ? { k: 'ref', mut: autoref === 'refMut', inner: step.ty, region: ANON } : null,
      dispatch: c.dispatch, traitKey: c.traitKey, selfTy,
      ...(step.overloaded ? { overloaded: step.overloaded } : {}),
    };
  }

  /**
   * Which of several impls of one generic trait for the receiver's type a call means (`impl Scale<u32>` and
   * `impl Scale<f64>` for `Mm`): as rustc's selection, the impls that the argument types (as far as they are
   * known before checking them) and the type asked of the call allow. An unsuffixed literal that several
   * allow falls back to `i32` or `f64`; none left is rustc's E0277 at the argument. The first candidate
   * when the arguments do not tell.
   */
  private implByCall(e: A.MethodCallExpr, cands: readonly ImplCandidate[], expected: Expect): ImplCandidate | 'error' | null {
    const inputs = (c: ImplCandidate) => this.items.fns[c.fn].inputs.slice(1).map((t) => substTy(t, c.tyArgs));
    // Only the arguments whose parameter the impls give different types (the others may coerce).
    const varies = (i: number) => cands.some((c) => !tyEq(inputs(c)[i] ?? ERROR, inputs(cands[0])[i] ?? ERROR));
    const shapes = e.args.map((a, i) => (varies(i) ? this.argShape(a) : null));
    const fitsArgs = (c: ImplCandidate, shapeOf: (i: number) => Ty | null) => inputs(c).every((t, i) => { const sh = shapeOf(i); return !sh || this.infer.canUnify(t, sh); });
    let fitting = cands.filter((c) => fitsArgs(c, (i) => shapes[i]));
    if (expected) {
      const want = expected;
      const byOutput = fitting.filter((c) => this.infer.canUnify(substTy(this.items.fns[c.fn].output, c.tyArgs), want));
      if (byOutput.length > 0) fitting = byOutput;
    }
    // An integer (float) literal that several impls take: rustc falls back to i32 (f64) first.
    if (fitting.length > 1) {
      const fallback = (i: number): Ty | null => {
        const sh = shapes[i] && this.infer.shallow(shapes[i]!);
        return sh?.k === 'infer' && sh.kind === 'int' ? { k: 'int', int: 'i32' } : sh?.k === 'infer' && sh.kind === 'float' ? { k: 'float', float: 'f64' } : sh ?? null;
      };
      if (shapes.some((sh) => sh && this.infer.shallow(sh).k === 'infer')) {
        fitting = fitting.filter((c) => fitsArgs(c, fallback));
        if (fitting.length === 0) return this.noImplForArgs(e, cands[0], shapes.map((_, i) => fallback(i)));
      }
    }
    if (fitting.length === 0) return shapes.every((sh) => sh !== null) ? this.noImplForArgs(e, cands[0], shapes) : null;
    return fitting[0];
  }

  /** rustc's E0277 when no impl of the generic trait takes the argument (`Mm: Scale<&str>`), where one argument is the trait's parameter. */
  private noImplForArgs(e: A.MethodCallExpr, c: ImplCandidate, shapes: readonly (Ty | null)[]): 'error' | null {
    const fn = this.items.fns[c.fn];
    const impl = fn.impl;
    if (!impl?.trait || impl.traitArgs?.length !== 1) return null;
    const implArg = impl.traitArgs[0];
    const at = fn.inputs.slice(1).findIndex((t) => tyEq(t, implArg));
    const shown = at >= 0 ? shapes[at] : null;
    if (!shown) return null;
    const bound = `${this.tyStr(substTy(impl.selfTy, c.tyArgs))}: ${impl.trait.name}<${this.tyStr(shown)}>`;
    this.err('E0277', `the trait bound \`${bound}\` is not satisfied`, e.args[at].span, 'unsatisfied trait bound');
    return 'error';
  }

  /** The type of a method's argument as far as it shows without checking it: a literal, a local, `-x`, `&x`; null when it does not. */
  private argShape(a: A.Expr): Ty | null {
    switch (a.kind) {
      case 'lit':
        if (a.lit.kind === 'int' && !a.lit.suffix) return this.infer.fresh('int');
        if (a.lit.kind === 'float' && !a.lit.suffix) return this.infer.fresh('float');
        return this.checkLit(a.lit, null);
      case 'unary': return a.op === '-' ? this.argShape(a.operand) : null;
      case 'ref': {
        const inner = this.argShape(a.operand);
        return inner && { k: 'ref', mut: a.mutable, inner, region: ANON };
      }
      case 'path': {
        if (a.path.segments.length !== 1 || a.path.qself) return null;
        const name = a.path.segments[0].name.name;
        const scope = [...this.scopes].reverse().find((m) => m.has(name));
        const t = scope ? this.infer.shallow(this.localTy(scope.get(name)!)) : null;
        return t && t.k !== 'error' && this.certain(t) ? t : null;
      }
      default: return null;
    }
  }

  /** Set by `lookupMethod`: further impls of the trait it found, for the same type (with other trait arguments). */
  private sameTraitAlternatives: MethodCandidate[] = [];

  private lookupMethod(self: Ty, name: string, mode: 'value' | 'ref' | 'refMut' | 'box'): MethodCandidate | null {
    const s = this.infer.shallow(self);
    if (s.k === 'infer' && s.kind === 'general') return null;
    let traitHit: MethodCandidate | null = null;
    for (const { impl, fn: fnId } of this.items.implsWithMethod(name)) {
      const fn = this.items.fns[fnId];
      if (fn.selfMode !== mode) continue;
      const implArgs = this.matchImpl(impl, s);
      if (!implArgs) continue;
      // `impl<T: Display> P<T>` has no methods for `P<O>` when `O` surely is not Display.
      if (!impl.isPrelude && this.implBoundsUnmet(impl, implArgs)) { this.unmetImplBounds = { ty: s, name }; continue; }
      const cand: MethodCandidate = { fn: fnId, tyArgs: this.instantiateArgs(fn, implArgs, s), dispatch: 'static', traitKey: impl.trait?.key ?? null };
      if (!impl.trait) {
        this.ambiguousMethod = false; // inherent wins, whatever traits give the name too
        return cand;
      }
      // Two of the program's traits giving the same method to this type: rustc will not choose (E0034).
      if (traitHit && typeof traitHit.traitKey === 'number' && typeof cand.traitKey === 'number' && traitHit.traitKey !== cand.traitKey) this.ambiguousMethod = true;
      // One generic trait implemented twice for the type (`impl Convert<f64>`, `impl Convert<String>`): the
      // type asked of the call chooses (see `checkMethodCall`).
      else if (traitHit && typeof cand.traitKey === 'number' && traitHit.traitKey === cand.traitKey) this.sameTraitAlternatives.push(cand);
      traitHit ??= cand;
    }
    if (traitHit) return traitHit;
    // Generic params and `Self` in trait default bodies: methods of their bounds.
    if (s.k === 'param') {
      for (const b of this.paramBounds(s.index)) {
        const c = this.traitMethod(b.trait, name, mode, s, 'trait', b.args);
        if (c) return c;
      }
    }
    if (s.k === 'dyn') {
      for (const b of s.traits) {
        const c = this.traitMethod(b.trait, name, mode, s, 'dyn');
        if (c) return c;
      }
    }
    if (name === 'clone' && mode === 'ref' && s.k !== 'param' && isBuiltinClone(s, this)) {
      const clone = this.items.preludeTraits.get('Clone')!.methods.get('clone')!;
      return { fn: clone, tyArgs: [s], dispatch: 'static', traitKey: 'Clone' };
    }
    // `a.cmp(&b)` / `a.partial_cmp(&b)` on a program's type that derives the order, or on a tuple of
    // ordered values: std's comparison, the same builtin as for integers (it compares any value).
    if ((name === 'cmp' || name === 'partial_cmp') && mode === 'ref' && this.hasStdOrder(s, name === 'cmp' ? 'Ord' : 'PartialOrd')) {
      for (const { impl, fn } of this.items.implsWithMethod(name)) {
        if (impl.isPrelude && impl.special === 'int') return { fn, tyArgs: [s], dispatch: 'static', traitKey: null };
      }
    }
    // `a.eq(&b)`, `a.ne(&b)` on anything with std's equality: the same builtin comparison as `==`.
    if ((name === 'eq' || name === 'ne') && mode === 'ref' && this.hasStdEq(s)) {
      for (const { impl, fn } of this.items.implsWithMethod(name)) {
        if (impl.isPrelude && impl.special === 'int') return { fn, tyArgs: [s], dispatch: 'static', traitKey: null };
      }
    }
    // `self.id.hash(state)`, `key.hash(&mut hasher)` on anything with std's `Hash`: std's, as `Hash::hash`
    // of the value's type (the program's own `impl Hash` was found above).
    if (name === 'hash' && mode === 'ref' && this.hasStdHash(s)) {
      const hash = this.items.preludeTraits.get('Hash')!.methods.get('hash')!;
      return { fn: hash, tyArgs: [s, this.infer.fresh()], dispatch: 'static', traitKey: 'Hash' };
    }
    // `a.max(b)`, `a.min(b)`, `a.clamp(lo, hi)` of a program's type that derives Ord (or a tuple, a String): std's `Ord::max`.
    if ((name === 'max' || name === 'min' || name === 'clamp') && mode === 'value' && s.k !== 'int' && this.hasStdOrder(s, 'Ord')) {
      for (const { impl, fn } of this.items.implsWithMethod(name)) {
        if (impl.isPrelude && impl.special === 'int') return { fn, tyArgs: [s], dispatch: 'static', traitKey: null };
      }
    }
    // std's blanket `impl<T: Display> ToString for T`: for `c.to_uppercase()` (std's ToUppercase prints as
    // its chars; here every char iterator does), a `dyn Error` or `dyn Display`, a type with its own
    // `impl Display`, and std's parse errors.
    if (name === 'to_string' && mode === 'ref' && this.displaysForToString(s)) {
      const toString = this.items.preludeTraits.get('ToString')!.methods.get('to_string')!;
      return { fn: toString, tyArgs: [s], dispatch: 'static', traitKey: 'ToString' };
    }
    return null;
  }


  /**
   * E0277 again at a call of a method of the program's trait, for each supertrait the impl for the
   * receiver's type lacks (`impl Named for Robot` with `trait Named: Display` and no Display for Robot).
   */
  private supertraitsUnmetAt(fn: FnDef, selfTy: Ty, at: A.Span): void {
    if (!fn.trait || fn.trait.isPrelude) return;
    const self = this.infer.shallow(selfTy);
    if (self.k !== 'adt') return;
    const impl = this.items.impls.find((i) => i.trait === fn.trait && i.unmetSupertraits && i.selfTy.k === 'adt' && i.selfTy.adt === self.adt);
    for (const message of impl?.unmetSupertraits ?? []) this.err('E0277', message, at, 'unsatisfied trait bound');
  }

  /** The types whose `to_string` the probe finds through Display (see `probe`'s last rules). */
  private displaysForToString(s: Ty): boolean {
    if (s.k === 'builtin') return s.name === 'Iter' && this.infer.shallow(s.args[0]).k === 'char';
    if (s.k === 'dyn') return s.traits.some((tr) => tr.trait === 'Error' || tr.trait === 'Display');
    if (s.k === 'param') return this.paramHasTrait(s, 'Display');
    return s.k === 'adt' && (ownStdImpl(this.items, s.adt, 'Display') !== undefined || this.isStdParseError(s.adt) || this.isChannelError(s.adt));
  }

  /** std's channel errors (SendError, TrySendError, RecvError, TryRecvError): Display, written by fmt. */
  private isChannelError(adt: number): boolean {
    const a = this.items.adts[adt];
    return a.isPrelude && /^(Try)?(Send|Recv)Error$/.test(a.name);
  }

  private isStringTy(t: Ty): boolean {
    const s = this.infer.shallow(t);
    return s.k === 'builtin' && s.name === 'String';
  }

  /**
   * The bounds of the fn's type parameter `index`, or of an associated type standing for one
   * (`S::Reading` has what its trait's `type Reading: Display + Copy;` asks).
   */
  private paramBounds(index: number): readonly TraitRef[] {
    const own = this.typeParams[index];
    if (own) return own.bounds;
    const assoc = this.items.assocParams.get(index);
    const declared = (assoc && this.items.assocBounds.get(`${assoc.trait}:${assoc.name}`)) || [];
    // `where I::Item: Clone` on the fn or its impl.
    const written = this.assocBoundsHere?.get(index);
    return written ? [...written, ...declared] : declared;
  }

  /** The bounds the body's fn and its impl put on associated types (`FnDef.assocBounds`). */
  private assocBoundsHere: ReadonlyMap<number, readonly TraitRef[]> | undefined;

  /** Whether a bound of type parameter `t` is `trait` or has it among its supertraits. */
  private paramHasTrait(t: Extract<Ty, { k: 'param' }>, trait: number | string): boolean {
    return (this.paramBounds(t.index)).some((b) => this.traitImplies(b.trait, trait));
  }

  /** Whether trait `key` is `trait` or has it among its supertraits. */
  private traitImplies(key: number | string, trait: number | string, seen = new Set<number | string>()): boolean {
    if (key === trait) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return (this.items.traitByKey(key)?.supertraits ?? []).some((b) => this.traitImplies(b.trait, trait, seen));
  }

  /** std's ParseIntError, ParseFloatError, ParseBoolError or ParseCharError (the prelude's), or another std error whose Display fmt writes. */
  private isStdParseError(adt: number): boolean {
    const a = this.items.adts[adt];
    return a.isPrelude && (/^Parse(Int|Float|Bool|Char)Error$/.test(a.name) || a.name === 'BorrowError' || a.name === 'BorrowMutError');
  }

  /** Whether `==` on the type is std's (or the program's own `PartialEq`), which `eq` then calls. */
  private hasStdEq(t: Ty, depth = 0): boolean {
    const s = this.infer.shallow(t);
    if (depth > 8) return false;
    switch (s.k) {
      case 'int': case 'float': case 'bool': case 'char': case 'str': return true;
      case 'infer': return s.kind !== 'general';
      case 'ref': return this.hasStdEq(s.inner, depth + 1);
      case 'tuple': return s.elems.every((e) => this.hasStdEq(e, depth + 1));
      case 'array': case 'slice': return this.hasStdEq(s.elem, depth + 1);
      case 'adt': {
        const adt = this.items.adts[s.adt];
        return (adt.derives.includes('PartialEq') || this.hasUserImpl(s, 'PartialEq')) && s.args.every((a) => this.hasStdEq(a, depth + 1));
      }
      case 'builtin': return ['String', 'Option', 'Result', 'Vec', 'VecDeque', 'Box', 'Rc', 'Arc', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet'].includes(s.name) && s.args.every((a) => this.hasStdEq(a, depth + 1));
      case 'param': return this.paramHasTrait(s, 'PartialEq') || this.paramHasTrait(s, 'Eq') || this.paramHasTrait(s, 'PartialOrd') || this.paramHasTrait(s, 'Ord');
      default: return false;
    }
  }

  /** Whether `t` has std's `Hash` (derived, or std's for its kind): not floats, closures or what the program did not give it. */
  private hasStdHash(t: Ty, depth = 0): boolean {
    const s = this.infer.shallow(t);
    if (depth > 8) return false;
    switch (s.k) {
      case 'int': case 'bool': case 'char': case 'str': return true;
      case 'infer': return s.kind === 'int';
      case 'ref': return this.hasStdHash(s.inner, depth + 1);
      case 'tuple': return s.elems.every((e) => this.hasStdHash(e, depth + 1));
      case 'array': case 'slice': return this.hasStdHash(s.elem, depth + 1);
      case 'adt': {
        const adt = this.items.adts[s.adt];
        return (adt.derives.includes('Hash') || this.hasUserImpl(s, 'Hash')) && s.args.every((a) => this.hasStdHash(a, depth + 1));
      }
      case 'builtin': return ['String', 'Option', 'Result', 'Vec', 'VecDeque', 'Box', 'Rc', 'Arc'].includes(s.name) && s.args.every((a) => this.hasStdHash(a, depth + 1));
      default: return false;
    }
  }

  /** Whether a program's type derives `trait` (Ord or PartialOrd) for its fields, or a tuple's elements all have it. */
  private hasStdOrder(t: Ty, trait: 'Ord' | 'PartialOrd', depth = 0): boolean {
    const s = this.infer.shallow(t);
    if (depth > 8) return false;
    switch (s.k) {
      case 'int': case 'bool': case 'char': case 'str': return true;
      case 'float': return trait === 'PartialOrd';
      case 'infer': return s.kind === 'int' || (s.kind === 'float' && trait === 'PartialOrd');
      case 'ref': return this.hasStdOrder(s.inner, trait, depth + 1);
      case 'tuple': return s.elems.length > 0 && s.elems.every((e) => this.hasStdOrder(e, trait, depth + 1));
      case 'adt': {
        const adt = this.items.adts[s.adt];
        return !adt.isPrelude && adt.derives.includes(trait) && s.args.every((a) => this.hasStdOrder(a, trait, depth + 1));
      }
      case 'builtin': return (s.name === 'String' || s.name === 'Option' || s.name === 'Vec' || s.name === 'Box') && s.args.every((a) => this.hasStdOrder(a, trait, depth + 1));
      // `T: PartialOrd` (or `Ord`): the comparison of whatever T is at run time, its own impl included.
      case 'param': return this.paramHasTrait(s, trait) || (trait === 'PartialOrd' && this.paramHasTrait(s, 'Ord'));
      default: return false;
    }
  }

  private traitMethod(key: number | string, name: string, mode: 'value' | 'ref' | 'refMut' | 'box', self: Ty, dispatch: 'trait' | 'dyn', args: readonly Ty[] = []): MethodCandidate | null {
    const trait = this.items.traitByKey(key);
    if (!trait) return null;
    const fnId = trait.methods.get(name);
    if (fnId !== undefined) {
      const fn = this.items.fns[fnId];
      if (fn.selfMode !== mode) return null;
      // The bound's arguments are the trait's (`C: Convert<String>`: T is String).
      return { fn: fnId, tyArgs: fn.typeParams.map((_, i) => (i === 0 ? self : i <= args.length ? args[i - 1] : this.infer.fresh())), dispatch, traitKey: trait.key };
    }
    for (const sup of trait.supertraits) {
      const c = this.traitMethod(sup.trait, name, mode, self, dispatch);
      if (c) return c;
    }
    return null;
  }

  // ------------------------------------------------------------ fields and indexing

  private checkField(e: A.FieldExpr): Ty {
    const baseTy = this.checkExpr(e.base, null);
    const name = e.field.name;
    for (const step of this.autoderefSteps(baseTy, true)) {
      if (step.unsize) break;
      const t = step.ty;
      const through = step.overloaded ? { overloaded: step.overloaded } : {};
      if (t.k === 'tuple' && /^\d+$/.test(name)) {
        const i = Number(name);
        if (i < t.elems.length) { this.t.fields.set(e.id, { derefs: step.derefs, index: i, ...through }); return t.elems[i]; }
      }
      if (t.k === 'adt') {
        const adt = this.items.adts[t.adt];
        if (adt.kind === 'struct') {
          const i = adt.variants[0].fields.findIndex((f) => f.name === name);
          if (i >= 0) {
            this.checkFieldPrivacy(adt, name, e.field.span, 'E0616');
            this.t.fields.set(e.id, { derefs: step.derefs, index: i, ...through });
            return this.instantiate(adt.variants[0].fields[i].ty, t.args);
          }
        }
      }
      if (t.k === 'infer' && t.kind === 'general') {
        this.unsupported(`the field \`${name}\` of a value whose type is not known yet (add a type annotation)`, e.field.span);
        return ERROR;
      }
    }
    const b = this.infer.shallow(baseTy);
    if (b.k === 'error') return ERROR;
    if (this.certain(b)) {
      const fieldsNote = '';
      this.err('E0609', `no field \`${name}\` on type \`${this.tyStr(b)}\``, e.field.span, 'unknown field', fieldsNote ? [fieldsNote] : []);
    } else this.unsupported(`the field \`${name}\` on \`${this.tyStr(b)}\``, e.field.span);
    return ERROR;
  }

  private checkIndex(e: A.IndexExpr): Ty {
    const baseTy = this.checkExpr(e.base, null);
    const idxTy = this.checkExpr(e.index, null);
    const idx = this.infer.shallow(idxTy);
    const isRange = idx.k === 'builtin' && (idx.name === 'Range' || idx.name === 'RangeInclusive');
    // `map[&key]`: std's `Index<&Q>` for HashMap, whose output is the value (a missing key panics).
    for (const step of this.autoderefSteps(baseTy, true)) {
      const t = step.ty;
      const through = step.overloaded ? { overloaded: step.overloaded } : {};
      if (t.k !== 'builtin' || !isMap(t.name)) continue;
      if (idx.k !== 'ref' && this.certain(idx)) {
        this.err('E0277', `the trait bound \`${this.tyStr(t.args[0])}: Borrow<${this.tyStr(idx)}>\` is not satisfied`, e.index.span, `the trait \`Borrow<${this.tyStr(idx)}>\` is not implemented for \`${this.tyStr(t.args[0])}\``);
        return t.args[1];
      }
      this.t.indexes.set(e.id, { derefs: step.derefs, ...through, kind: 'overloaded', baseTy: t, idxTy: idx, outputTy: t.args[1] });
      return t.args[1];
    }
    const idxName = this.tyStr(idx);
    // `v[i]` with `i: i32`: rustc's E0277 (slices are indexed by `usize` only).
    const badIndex = !isRange && !this.infer.unify(idx, { k: 'int', int: 'usize' }) && this.certain(idx);
    for (const step of this.autoderefSteps(baseTy, true)) {
      const t = step.ty;
      const through = step.overloaded ? { overloaded: step.overloaded } : {};
      if (step.unsize) break;
      if (t.k === 'adt' && !step.overloaded) {
        const user = this.userIndex(e, t, idxTy, step.derefs);
        if (user) return user;
      }
      const elem = t.k === 'array' || t.k === 'slice' ? t.elem : t.k === 'builtin' && t.name === 'Vec' ? t.args[0] : null;
      if (badIndex && elem) {
        // No `Index` impl was found, so the element type is not known either: `g[r][c]` is one error, as in rustc.
        this.err('E0277', `the type \`[${this.tyStr(elem)}]\` cannot be indexed by \`${idxName}\``, e.index.span, 'slice indices are of type `usize` or ranges of `usize`');
        return ERROR;
      }
      if (!isRange && (t.k === 'str' || (t.k === 'builtin' && t.name === 'String')) && (idx.k === 'int' || (idx.k === 'infer' && idx.kind === 'int'))) {
        this.err('E0277', `the type \`str\` cannot be indexed by \`${idxName}\``, e.index.span, 'string indices are ranges of `usize`');
        return ERROR;
      }
      if (t.k === 'array' || t.k === 'slice') {
        if (isRange) {
          const out: Ty = { k: 'slice', elem: t.elem };
          this.t.indexes.set(e.id, { derefs: step.derefs, ...through, kind: 'overloaded', baseTy: t, idxTy: idx, outputTy: out });
          return out;
        }
        this.t.indexes.set(e.id, { derefs: step.derefs, ...through, kind: 'builtin', baseTy: t, idxTy: idx, outputTy: t.elem });
        return t.elem;
      }
      // A VecDeque is indexed by position in the queue (by `usize` only).
      if (t.k === 'builtin' && t.name === 'VecDeque' && !isRange) {
        // Its one `Index<usize>` impl is chosen anyway, so a bad index is a mismatch and the element is known.
        if (badIndex) {
          this.mismatch(e.index, { k: 'int', int: 'usize' }, idx);
          return t.args[0];
        }
        this.t.indexes.set(e.id, { derefs: step.derefs, ...through, kind: 'overloaded', baseTy: t, idxTy: idx, outputTy: t.args[0] });
        return t.args[0];
      }
      if (t.k === 'builtin' && t.name === 'Vec') {
        const out: Ty = isRange ? { k: 'slice', elem: t.args[0] } : t.args[0];
        this.t.indexes.set(e.id, { derefs: step.derefs, ...through, kind: 'overloaded', baseTy: t, idxTy: idx, outputTy: out });
        return out;
      }
      if ((t.k === 'str' || (t.k === 'builtin' && t.name === 'String')) && isRange) {
        this.t.indexes.set(e.id, { derefs: step.derefs, ...through, kind: 'overloaded', baseTy: t, idxTy: idx, outputTy: STR });
        return STR;
      }
    }
    const b = this.infer.shallow(baseTy);
    if (b.k === 'error') return ERROR;
    if (this.certain(b) && !(b.k === 'str' || (b.k === 'builtin' && b.name === 'String'))) this.err('E0608', `cannot index into a value of type \`${this.tyStr(b)}\``, e.span, '');
    else this.unsupported(`indexing \`${this.tyStr(b)}\` with \`${this.tyStr(idx)}\``, e.span);
    return ERROR;
  }

  private checkRange(e: A.RangeExpr, expected: Expect): Ty {
    const ex = expected ? this.infer.shallow(expected) : null;
    let elem: Ty = ex && ex.k === 'builtin' && (ex.name === 'Range' || ex.name === 'RangeInclusive') ? ex.args[0] : this.infer.fresh();
    if (e.start) {
      const s = this.checkExpr(e.start, elem);
      this.infer.unify(elem, s);
      elem = s;
    }
    if (e.end) this.checkCoerce(e.end, elem);
    const idx = this.infer.shallow(elem);
    if (idx.k === 'infer' && idx.kind === 'general' && !e.start && !e.end) this.infer.unify(idx, { k: 'int', int: 'usize' });
    return { k: 'builtin', name: e.inclusive ? 'RangeInclusive' : 'Range', args: [elem] };
  }

  // ------------------------------------------------------------ structs

  private checkStructExpr(e: A.StructExpr): Ty {
    const names = e.path.segments.map((s) => s.name.name);
    let adtId: number | null = null;
    let variant = 0;
    let tyArgs: readonly Ty[] = [];
    if (names.length === 1 || (names.length === 2 && names[0] !== 'Self')) {
      // `Acount { .. }` naming nothing: rustc's E0422 (not the E0433 of a path's head).
      const unknown = names.length === 1 && names[0] !== 'Self' && !this.items.types.has(names[0]) && !this.items.preludeTypes.has(names[0]) && !this.items.values.has(names[0]) && !this.tyScope.params.has(names[0]) && !BUILTIN_TYPE_NAMES.has(names[0]) && !this.items.stdImports.has(names[0]) && !this.items.stdGlob;
      if (unknown) {
        e.fields.forEach((f) => this.checkExpr(f.value, null));
        if (!this.diags.some((d) => d.span.start === e.path.span.start)) this.resolveErr('E0422', `cannot find struct, variant or union type \`${names[0]}\` in this scope`, e.path.span, 'not found in this scope');
        return ERROR;
      }
      if (names.length === 1) {
        const t = names[0] === 'Self' ? this.tyScope.selfTy : this.typeOfPathHead(e.path.segments[0]);
        const st = t ? this.infer.shallow(t) : null;
        if (st && st.k === 'adt' && this.items.adts[st.adt].kind === 'struct') { adtId = st.adt; tyArgs = st.args; }
        else {
          const v = this.items.values.get(names[0]);
          if (v && v.k === 'ctor') { adtId = v.adt; variant = v.variant; tyArgs = this.items.adts[v.adt].typeParams.map(() => this.infer.fresh()); }
        }
      } else {
        const res = this.resolveValuePath(e.path, false, e.path.span);
        if (res && res.k === 'ctor') { adtId = res.adt; variant = res.variant; tyArgs = res.tyArgs; }
        else if (!res) { e.fields.forEach((f) => this.checkExpr(f.value, null)); return ERROR; }
      }
    } else if (names.length === 2 && names[0] === 'Self') {
      const st = this.tyScope.selfTy ? this.infer.shallow(this.tyScope.selfTy) : null;
      if (st && st.k === 'adt') {
        const vi = this.items.adts[st.adt].variants.findIndex((v) => v.name === names[1]);
        if (vi >= 0) { adtId = st.adt; variant = vi; tyArgs = st.args; }
      }
    }
    if (adtId === null) {
      e.fields.forEach((f) => this.checkExpr(f.value, null));
      if (!this.diags.length || this.diags[this.diags.length - 1].span.start !== e.path.span.start) {
        this.unsupported(`the struct expression \`${names.join('::')}\``, e.path.span);
      }
      return ERROR;
    }
    const adt = this.items.adts[adtId];
    const v = adt.variants[variant];
    const self: Ty = { k: 'adt', adt: adtId, args: tyArgs };
    this.t.paths.set(e.id, { k: 'ctor', adt: adtId, variant, tyArgs });
    const given = new Map<string, A.Span>();
    for (const f of e.fields) {
      const fi = v.fields.findIndex((x) => x.name === f.name.name);
      const first = given.get(f.name.name);
      if (first) {
        // `R { g: 1, g: 2 }`: rustc's one error there (no missing field is reported besides).
        this.checkExpr(f.value, null);
        this.diags.push(error('typeck', 'E0062', `field \`${f.name.name}\` specified more than once`, f.name.span, [label(f.name.span, 'used more than once', true), label(first, `first use of \`${f.name.name}\``, false)]));
        continue;
      }
      given.set(f.name.name, f.span);
      if (fi < 0) {
        this.checkExpr(f.value, null);
        const what = adt.kind === 'enum' ? `variant \`${adt.name}::${v.name}\`` : `struct \`${adt.name}\``;
        this.err(adt.kind === 'enum' ? 'E0559' : 'E0560', `${what} has no field named \`${f.name.name}\``, f.name.span, adt.kind === 'enum' ? `\`${adt.name}::${v.name}\` does not have this field` : `\`${adt.name}\` does not have this field`);
        continue;
      }
      this.checkFieldPrivacy(adt, f.name.name, f.span, 'E0451');
      // `Ticker { on_tick: |x| total += x }` with `struct Ticker<F: FnMut(u32)>`: the bound types the closure.
      const declared = v.fields[fi].ty;
      const bound = declared.k === 'param' ? adt.fnBounds?.[declared.index] : null;
      if (bound?.fnSig && f.value.kind === 'closure') {
        const sig = substFnBound(bound, bound.fnSig, tyArgs);
        const t = this.checkClosure(f.value, { k: 'dyn', traits: [sig] }, true);
        this.t.exprTys.set(f.value.id, t);
        this.coerce(f.value, t, this.instantiate(declared, tyArgs));
        this.applyFnBound(t, sig);
        continue;
      }
      if (f.shorthand) {
        // `Point { x, y }`: the value is the path `x`.
        const t = this.checkExpr(f.value, this.instantiate(v.fields[fi].ty, tyArgs));
        this.coerce(f.value, t, this.instantiate(v.fields[fi].ty, tyArgs));
      } else this.checkCoerce(f.value, this.instantiate(v.fields[fi].ty, tyArgs));
    }
    if (adt.bounds && self.k === 'adt') {
      const written = e.fields.flatMap((f) => { const d = v.fields.find((x) => x.name === f.name.name); return d ? [{ ty: d.ty, at: f.value.span }] : []; });
      this.noteCtorBounds(self, written, e.path.span);
    }
    if (e.base && isRestExpr(e.base)) {
      // `Point { x: 1, .. }` outside a destructuring assignment: rustc points just after the `..`.
      const b = e.base.span;
      this.err('E0797', 'base expression required after `..`', { start: b.end, end: b.end + 1, line: b.endLine, col: b.endCol, endLine: b.endLine, endCol: b.endCol + 1 });
    } else if (e.base) this.checkCoerce(e.base, self);
    else {
      const missing = v.fields.filter((f) => !e.fields.some((x) => x.name.name === f.name));
      // A misspelt field (`hieght`) is rustc's one error there: it does not also call `height` missing.
      const unknown = e.fields.some((x) => !v.fields.some((f) => f.name === x.name.name));
      if (missing.length && !unknown && given.size === e.fields.length) {
        const list = missing.map((m) => `\`${m.name}\``);
        const text = list.length === 1 ? `field ${list[0]}` : `fields ${list.slice(0, -1).join(', ')} and ${list[list.length - 1]}`;
        this.err('E0063', `missing ${text} in initializer of \`${adt.kind === 'enum' ? adt.name + '::' + v.name : adt.name}\``, e.path.span, `missing ${text}`);
      }
    }
    return self;
  }

  // ------------------------------------------------------------ control flow

  /** An `if`/`while` condition: a bool, a `let` pattern, or a `&&` chain of those. Bindings go to the current scope. */
  private checkCond(c: A.Expr): void {
    if (c.kind === 'letCond') {
      const t = this.checkExpr(c.value, null);
      this.t.exprTys.set(c.id, BOOL);
      this.checkPat(c.pat, t, 'move', false);
      this.bindingsOnce(c.pat);
      return;
    }
    if (c.kind === 'binary' && c.op === '&&' && containsLet(c)) {
      this.checkCond(c.left);
      this.checkCond(c.right);
      this.t.exprTys.set(c.id, BOOL);
      return;
    }
    this.checkCoerce(c, BOOL);
  }

  private checkIf(e: A.IfExpr, expected: Expect): Ty {
    let thenTy: Ty = UNIT;
    this.withScope(() => {
      this.checkCond(e.cond);
      thenTy = this.checkBlock(e.then, e.else ? expected : UNIT);
    });
    if (!e.else) {
      // Without `else` an `if` is `()`: where a value is wanted (a fn's tail, `let y: i32 = if ..`),
      // rustc's E0317, and the wanted type for what follows.
      const ex = expected ? this.infer.shallow(expected) : null;
      const wanted = ex !== null && this.certain(ex) && !isUnit(ex) && ex.k !== 'never' ? ex : null;
      if (this.infer.shallow(thenTy).k !== 'never' && !this.infer.unify(thenTy, UNIT)) {
        // Where `()` is wanted anyway (a statement, a loop's body), rustc's E0308 is at the block's value.
        if (ex && isUnit(ex)) {
          this.mismatch(e.then.tail ?? e.then, UNIT, thenTy);
          return UNIT;
        }
        const shown = this.infer.shallow(wanted ?? thenTy);
        const text = shown.k === 'infer' && shown.kind !== 'general' ? (shown.kind === 'int' ? 'integer' : 'floating-point number') : `\`${this.tyStr(shown)}\``;
        this.err('E0317', '`if` may be missing an `else` clause', e.span, `expected ${text}, found \`()\``);
        // The `if` has no type then: what uses it gets no second error.
        return wanted ?? ERROR;
      }
      if (wanted) {
        this.err('E0317', '`if` may be missing an `else` clause', e.span, `expected \`${this.tyStr(wanted)}\`, found \`()\``);
        return wanted;
      }
      return UNIT;
    }
    const elseTy = e.else.kind === 'if' ? this.checkExpr(e.else, expected) : this.checkBlock(e.else, expected);
    if (e.else.kind === 'block') this.t.exprTys.set(e.else.id, elseTy);
    this.t.exprTys.set(e.then.id, thenTy);
    return this.joinBranches([[e.then, thenTy], [e.else, elseTy]], expected, '`if` and `else` have incompatible types');
  }

  /** The type of if/match arms: coerce each arm to the expectation when known, else unify. */
  private joinBranches(arms: [A.Expr, Ty][], expected: Expect, disagree: string): Ty {
    const live = arms.filter(([, t]) => this.infer.shallow(t).k !== 'never');
    if (live.length === 0) return NEVER;
    const ex = expected ? this.infer.shallow(expected) : null;
    // `Box<dyn Trait>` asked for: each arm's box coerces to it (two closures are two types).
    // `&dyn Trait` likewise: `if c { &dog } else { &bird }`.
    const boxDyn = ex !== null && ((ex.k === 'builtin' && ex.name === 'Box' && this.infer.shallow(ex.args[0]).k === 'dyn') || (ex.k === 'ref' && this.infer.shallow(ex.inner).k === 'dyn'));
    const decided = expected !== null && (boxDyn || this.certain(expected));
    const target = decided ? expected : live[0][1];
    // Arms that disagree among themselves (no expectation decided the type): rustc's own words.
    const saved = this.mismatchMessage;
    if (!decided) this.mismatchMessage = disagree;
    try {
      this.joinArms(live, target);
    } finally {
      this.mismatchMessage = saved;
    }
    return target;
  }

  private mismatchMessage: string | null = null;

  private joinArms(live: [A.Expr, Ty][], target: Ty): void {
    for (const [e, t] of live) {
      const at = e.kind === 'block' && e.tail ? e.tail : e;
      if (at === e && e.kind === 'block') {
        if (!this.infer.unify(t, target)) this.mismatch(e, target, t);
      } else if (e.kind === 'if') {
        if (!this.infer.unify(t, target)) this.mismatch(e, target, t);
      } else this.coerce(at, t, target);
    }
  }

  private checkMatch(e: A.MatchExpr, expected: Expect): Ty {
    const scrutTy = this.checkExpr(e.scrutinee, null);
    const armTys: [A.Expr, Ty][] = [];
    for (const arm of e.arms) {
      this.withScope(() => {
        this.checkPat(arm.pat, scrutTy, 'move', false);
        this.bindingsOnce(arm.pat);
        if (arm.guard) this.checkCond(arm.guard);
        const t = this.checkExpr(arm.body, expected);
        armTys.push([arm.body, t]);
      });
    }
    if (e.arms.length === 0) return NEVER;
    return this.joinBranches(armTys, expected, '`match` arms have incompatible types');
  }

  /** An item type memviz knows for certain at its top: not unknown, not an iterator or `impl Trait` it approximates. */
  private plainItem(t: Ty): boolean {
    const s = this.infer.shallow(t);
    return s.k !== 'infer' && s.k !== 'opaque' && s.k !== 'param' && s.k !== 'error' && !(s.k === 'builtin' && s.name === 'Iter');
  }

  /**
   * `make().summarize()` where `fn make() -> impl Summary`: the concrete type the function returns,
   * once its body has been checked (memviz runs the program's own code, so it knows it). Before
   * that (the function comes later in the file), the opaque type stays, and so does "not supported yet".
   */
  private revealOpaque(t: Ty): Ty {
    const s = this.infer.shallow(t);
    if (s.k !== 'opaque') return t;
    const actual = this.infer.shallow(s.actual);
    return actual.k === 'infer' && actual.kind === 'general' ? t : actual;
  }

  /** The item of a type parameter bound by `Iterator<Item = X>` (or `IntoIterator<Item = X>`), or null. */
  private paramIterItem(t: Ty, traits: readonly string[] = ['Iterator', 'IntoIterator']): Ty | null {
    const s = this.infer.shallow(t);
    if (s.k !== 'param') return null;
    const b = this.paramBounds(s.index).find((x) => typeof x.trait === 'string' && traits.includes(x.trait) && x.args.length === 1);
    if (b) return b.args[0];
    // `I: IntoIterator` with no `Item = X`: the fn's hidden `I::Item`.
    const hidden = this.projectionParam(s, 'Item');
    if (hidden) return traits.includes(this.typeParams[hidden.index].projection!.trait) ? hidden : null;
    return this.paramItem(s, traits);
  }

  /**
   * `I::Item` of a type parameter bound by `Iterator` (or `IntoIterator`), with no `Item = X` and no
   * hidden parameter of the fn for it (an impl's `I`, or a fn's whose signature does not name it):
   * the parameter that stands for it in all the items of its impl, as `I::Item` written there does.
   */
  private paramItem(p: Extract<Ty, { k: 'param' }>, traits: readonly string[]): Ty | null {
    if (this.items.assocParams.has(p.index)) return null;
    const bounds = this.paramBounds(p.index).filter((b) => b.trait === 'Iterator' || b.trait === 'IntoIterator');
    if (bounds.length !== 1 || bounds[0].args.length !== 0 || !traits.includes(bounds[0].trait as string)) return null;
    return this.items.assocParam(bounds[0].trait, 'Item', p.index, `${p.name}::Item`);
  }

  /** The item of a `Box<dyn Iterator<Item = X>>` or a `&mut dyn Iterator<Item = X>` (std makes both iterators), or of the `dyn` itself; or null. */
  private dynIterItem(t: Ty): Ty | null {
    const s = this.infer.shallow(t);
    const inner = s.k === 'builtin' && s.name === 'Box' ? s.args[0] : s.k === 'ref' && s.mut ? s.inner : s;
    const d = this.infer.shallow(inner);
    if (d?.k !== 'dyn') return null;
    const b = d.traits.find((x) => x.trait === 'Iterator' && x.args.length === 1);
    return b ? b.args[0] : null;
  }

  /** The hidden parameter of the fn being checked for `p::name` (`I::Item`, `T::Output`), if it has one. */
  private projectionParam(p: Extract<Ty, { k: 'param' }>, name: string): Extract<Ty, { k: 'param' }> | null {
    const index = this.typeParams.findIndex((x) => x.projection?.base === p.index && x.projection.name === name);
    return index < 0 ? null : { k: 'param', name: this.typeParams[index].name, index };
  }

  private checkFor(e: A.ForExpr): Ty {
    const iterTy = this.revealOpaque(this.checkExpr(e.iter, null));
    // `for x in p.rev()` with no `DoubleEndedIterator` for `p`: `Rev<P>` does not iterate either.
    const unrev = this.unreversible.get(e.iter.id);
    if (unrev !== undefined) this.err('E0277', `the trait bound \`${unrev}: DoubleEndedIterator\` is not satisfied`, e.iter.span, 'unsatisfied trait bound');
    // `for t in 0.0..3.0`: a range of floats does not iterate.
    const it = this.infer.shallow(iterTy);
    if (it.k === 'builtin' && (it.name === 'Range' || it.name === 'RangeInclusive')) {
      const el = this.infer.shallow(it.args[0]);
      if (el.k === 'float' || (el.k === 'infer' && el.kind === 'float')) {
        const name = `${it.name}<${this.tyStr(el)}>`;
        this.err('E0277', `\`std::ops::${name}\` is not an iterator`, e.iter.span, `\`${name}\` is not an iterator`);
      }
    }
    const viaInto = this.ownIterator(iterTy) ? null : this.ownIntoIterator(iterTy);
    const own = this.ownIterator(viaInto ? viaInto.output : iterTy);
    const item = own ? own.item : viaInto ? this.intoIterItem(viaInto.output) : this.intoIterItem(iterTy) ?? this.paramIterItem(iterTy);
    if (!item) {
      const t = this.infer.shallow(iterTy);
      // `for c in word` with `word: &str`: rustc says which iterator to ask for.
      if (t.k === 'ref' && this.infer.shallow(t.inner).k === 'str') this.err('E0277', '`&str` is not an iterator', e.iter.span, '`&str` is not an iterator; try calling `.chars()` or `.bytes()`');
      else if (this.ownNotIterable(t)) this.notIterableErr(t, e.iter.span);
      else if (t.k !== 'error') this.unsupported(`iterating over \`${this.tyStr(iterTy)}\` with \`for\``, e.iter.span);
    }
    const itemTy = item ?? ERROR;
    const into = viaInto ? { userIntoIter: { fn: viaInto.fn, tyArgs: viaInto.tyArgs, output: viaInto.output } } : {};
    this.t.fors.set(e.id, own ? { iterTy, itemTy, userNext: own.next, userNextTyArgs: own.tyArgs, ...into } : { iterTy, itemTy, ...into });
    this.withScope(() => {
      this.checkPat(e.pat, itemTy, 'move', true);
      this.bindingsOnce(e.pat);
      this.body.loops.push({ label: e.label, breakTy: null, isLoop: false, hasBreak: false });
      this.checkBlockUnit(e.body);
      this.body.loops.pop();
    });
    return UNIT;
  }

  /**
   * A value of your own type that implements `Iterator` (by value, not generic): a `for` loop calls
   * its `next` on each turn, as rustc's desugaring does (`IntoIterator` of an iterator is itself).
   */
  private ownIterator(t: Ty): { item: Ty; next: FnId; tyArgs: Ty[] } | null {
    const s = this.infer.shallow(t);
    if (s.k !== 'adt' || this.items.adts[s.adt].isPrelude) return null;
    const im = ownStdImpl(this.items, s.adt, 'Iterator');
    if (!im) return null;
    const next = im.methods.get('next');
    const item = im.assocTys.get('Item');
    // A generic impl (`impl<T: Clone> Iterator for Rep<T>`): its parameters as this type binds them.
    const implArgs = this.matchImpl(im, s);
    if (next === undefined || item === undefined || !implArgs) return null;
    const tyArgs = this.instantiateArgs(this.items.fns[next], implArgs, s);
    return { item: this.instantiate(item, tyArgs), next, tyArgs };
  }

  /**
   * `for x in &bag` where the program's own `Bag` has no `Iterator` or `IntoIterator` impl for that form
   * (`Bag`, `&Bag`, `&mut Bag`): none can come from std either. Any impl of either trait whose form
   * matches, or one for a generic type, leaves it open.
   */
  private ownNotIterable(t: Ty): boolean {
    const base = t.k === 'ref' ? this.infer.shallow(t.inner) : t;
    if (base.k !== 'adt' || this.items.adts[base.adt].isPrelude) return false;
    const form = (x: Ty) => (x.k === 'ref' ? (x.mut ? 'mut' : 'shared') : 'value');
    const want = form(t);
    return !this.items.impls.some((im) => {
      if (im.isPrelude || (im.traitName !== 'Iterator' && im.traitName !== 'IntoIterator')) return false;
      const self = im.selfTy.k === 'ref' ? im.selfTy.inner : im.selfTy;
      if (self.k === 'param') return true;
      if (self.k !== 'adt' || self.adt !== base.adt) return false;
      // std's `impl Iterator for &mut I` makes `&mut bag` iterable when `Bag` is an iterator.
      return form(im.selfTy) === want || (want === 'mut' && form(im.selfTy) === 'value' && im.traitName === 'Iterator');
    });
  }

  /** rustc's E0277 for a `for` over a type of the program that does not iterate (`ownNotIterable`). */
  private notIterableErr(t: Ty, at: A.Span): void {
    const shown = this.tyStr(t);
    const notes = t.k === 'ref' && t.mut
      ? [`help: the trait \`Iterator\` is not implemented for \`${this.tyStr(t.inner)}\``, `note: required for \`${shown}\` to implement \`Iterator\``]
      : [`help: the trait \`Iterator\` is not implemented for \`${shown}\``];
    const inner = t.k === 'ref' && !t.mut ? this.infer.shallow(t.inner) : null;
    if (inner && inner.k === 'adt' && ownStdImpl(this.items, inner.adt, 'Iterator')) notes.push(`note: \`Iterator\` is implemented for \`&mut ${this.tyStr(inner)}\`, but not for \`${shown}\``);
    notes.push(`note: required for \`${shown}\` to implement \`IntoIterator\``);
    this.err('E0277', `\`${shown}\` is not an iterator`, at, `\`${shown}\` is not an iterator`, notes);
  }

  /** Your own type's `impl IntoIterator` (for it, or for a reference to it): its `into_iter`, and the iterator it gives. */
  private ownIntoIterator(t: Ty): { output: Ty; fn: FnId; tyArgs: Ty[] } | null {
    const s = this.infer.shallow(t);
    const base = s.k === 'ref' ? this.infer.shallow(s.inner) : s;
    if (base.k !== 'adt' || this.items.adts[base.adt].isPrelude) return null;
    const m = this.userImplMethods((impl) => impl.traitName === 'IntoIterator', 'into_iter', s)[0];
    return m ? { output: m.output, fn: m.fn, tyArgs: m.tyArgs } : null;
  }

  /** The `Item` of `IntoIterator` for the types memviz iterates over. */
  intoIterItem(t: Ty): Ty | null {
    const s = this.infer.shallow(t);
    if (s.k === 'builtin') {
      if (s.name === 'Range' || s.name === 'RangeInclusive' || s.name === 'Iter' || s.name === 'Vec' || s.name === 'VecDeque' || s.name === 'BinaryHeap' || s.name === 'Option' || s.name === 'Result' || s.name === 'HashSet' || s.name === 'BTreeSet' || s.name === 'Receiver') return s.args[0];
      if (isMap(s.name)) return { k: 'tuple', elems: s.args };
      return s.name === 'Box' ? this.dynIterItem(s) : null;
    }
    if (s.k === 'array') return s.elem;
    if (s.k === 'ref') {
      const inner = this.infer.shallow(s.inner);
      const elem = inner.k === 'array' || inner.k === 'slice' ? inner.elem : inner.k === 'builtin' && (inner.name === 'Vec' || inner.name === 'VecDeque' || inner.name === 'BinaryHeap' || inner.name === 'Option') ? inner.args[0] : null;
      if (elem) return { k: 'ref', mut: s.mut, inner: elem, region: ANON };
      // `for (k, v) in &map`: `(&K, &V)`, and `(&K, &mut V)` through `&mut map` (keys never change in place).
      if (inner.k === 'builtin' && isMap(inner.name)) {
        return { k: 'tuple', elems: [{ k: 'ref', mut: false, inner: inner.args[0], region: ANON }, { k: 'ref', mut: s.mut, inner: inner.args[1], region: ANON }] };
      }
      if (inner.k === 'builtin' && (inner.name === 'HashSet' || inner.name === 'BTreeSet') && !s.mut) return { k: 'ref', mut: false, inner: inner.args[0], region: ANON };
      if (inner.k === 'builtin' && inner.name === 'Iter' && s.mut) return inner.args[0];
      if (inner.k === 'dyn') return this.dynIterItem(s);
      // `for msg in &rx`: the values themselves, as `rx.iter()` gives them.
      if (inner.k === 'builtin' && inner.name === 'Receiver' && !s.mut) return inner.args[0];
    }
    return null;
  }

  // ------------------------------------------------------------ closures

  /** Set by `checkClosure` when a written parameter type is not the expected one; read by `checkArgs` (E0631). */
  private closureParamMismatch: { readonly expected: readonly Ty[]; readonly found: readonly Ty[] } | null = null;

  /** std's `From<Vec<T>>` for BinaryHeap and VecDeque, and `From<BinaryHeap<T>>` for Vec, as the prelude fn `into` calls. */
  private seqInto(from: Ty, to: Ty): { fn: FnId; tyArgs: Ty[] } | null {
    if (from.k !== 'builtin' || to.k !== 'builtin' || !from.args[0] || !to.args[0]) return null;
    const builtin =
      from.name === 'Vec' && (to.name === 'BinaryHeap' || to.name === 'VecDeque') ? `${to.name}::from`
      : to.name === 'Vec' && from.name === 'BinaryHeap' ? 'BinaryHeap::into_vec'
      : to.name === 'Vec' && from.name === 'VecDeque' ? 'VecDeque::deque_into_vec'
      : null;
    const fn = builtin ? this.items.fns.findIndex((f) => f.isPrelude && f.builtin === builtin) : -1;
    if (fn < 0 || !this.infer.unify(from.args[0], to.args[0])) return null;
    return { fn, tyArgs: [from.args[0]] };
  }

  /** `s.extend(iter)` on a String, with the item type: std has Extend<char>, <&char>, <&str>, <String> (and <Box<str>>, <Cow<str>>). */
  private readonly stringExtends: { readonly item: Ty; readonly at: A.Span }[] = [];

  private checkStringExtends(): void {
    for (const { item, at } of this.stringExtends.splice(0)) {
      const t = this.infer.zonk(item);
      if (t.k === 'infer' && t.kind === 'general') continue;
      const inner = t.k === 'ref' ? this.infer.shallow(t.inner) : null;
      const ok = t.k === 'char' || t.k === 'error' || (inner !== null && (inner.k === 'char' || inner.k === 'str')) || (t.k === 'builtin' && (t.name === 'String' || (t.name === 'Box' && this.infer.shallow(t.args[0]).k === 'str'))) || (t.k === 'adt' && this.items.adts[t.adt].isPrelude && this.items.adts[t.adt].name === 'Cow');
      if (!ok) this.err('E0277', `the trait bound \`String: Extend<${this.tyStr(t)}>\` is not satisfied`, at, `the trait \`Extend<${this.tyStr(t)}>\` is not implemented for \`String\``);
    }
  }

  /** Results of closures whose body diverges, for the never-type fallback at the end of the fn. */
  private readonly divergingResults: Ty[] = [];

  checkClosure(e: A.ClosureExpr, expected: Expect, _fromArg = false): Ty {
    const ex = expected ? this.infer.shallow(expected) : null;
    let expSig: { inputs: readonly Ty[]; output: Ty } | null = null;
    let expectedKind: ClosureInfo['expectedKind'];
    if (ex && (ex.k === 'dyn' || ex.k === 'opaque')) {
      const b = (ex.k === 'dyn' ? ex.traits : ex.bounds).find((x) => x.fnSig);
      if (b?.fnSig) expSig = b.fnSig;
      if (b && (b.trait === 'Fn' || b.trait === 'FnMut' || b.trait === 'FnOnce')) expectedKind = b.trait;
    } else if (ex && ex.k === 'fnptr') expSig = { inputs: ex.inputs, output: ex.output };
    if (expSig && expSig.inputs.length !== e.params.length) expSig = null;
    const inputs = e.params.map((p, i) => (p.ty ? this.items.lowerTy(p.ty, this.tyScope) : expSig ? expSig.inputs[i] : this.infer.fresh()));
    let mismatch = false;
    if (expSig) e.params.forEach((p, i) => { if (p.ty && !this.infer.unify(inputs[i], expSig!.inputs[i]) && this.certain(inputs[i]) && this.certain(expSig!.inputs[i])) mismatch = true; });
    const paramMismatch = mismatch && expSig ? { expected: expSig.inputs, found: inputs } : null;
    const output = e.ret ? this.items.lowerTy(e.ret, this.tyScope) : expSig ? expSig.output : this.infer.fresh();
    const enclosing = this.body.fn;
    const idx = this.closureCounter++;
    const fnId = this.items.newBodyFn(e.fnValue ?? `${enclosing.name}::{closure#${idx}}`, 'closure', e.span, output, enclosing.typeParams);
    if (enclosing.assocBounds) this.items.fns[fnId].assocBounds = enclosing.assocBounds;
    const info: ClosureInfo = {
      fn: fnId, upvars: [], upvarSpans: new Map(), inputs, output, isMove: e.isMove, captures: [], kind: 'Fn', enclosingFn: enclosing.id, expectedKind,
    };
    this.items.fns[fnId].inputs = inputs;
    this.t.closures.set(e.id, info);
    this.t.closuresByFn.set(fnId, info);
    const outer = this.body;
    this.body = { fn: outer.fn, retTy: output, loops: [], closure: info, depth: outer.depth + 1 };
    this.closureStack.push(info);
    this.withScope(() => {
      e.params.forEach((p, i) => {
        this.checkPat(p.pat, inputs[i], 'move', true);
        this.bindingsOnce(p.pat);
      });
      this.t.bodies.set(fnId, { params: e.params.map((p) => p.id) });
      const t = this.checkExpr(e.body, output);
      this.coerce(e.body, t, output);
      // `|| panic!()` says nothing of its result: what nothing else fixes falls back to `()`.
      if (this.infer.shallow(t).k === 'never') this.divergingResults.push(output);
    });
    this.closureStack.pop();
    this.body = outer;
    this.closureParamMismatch = paramMismatch; // (after the body, whose own closures set it too)
    return { k: 'closure', fn: fnId, captures: [] };
  }

  // ------------------------------------------------------------ `?`

  /** The program's `impl From<E> for F` taking `from` (its `from` method, instantiated), if any. */
  private userFrom(from: Ty, to: Ty, trait = 'From', method = 'from'): ImplMethod | null {
    const impls = this.userImplMethods((impl) => impl.traitName === trait, method, this.infer.shallow(to));
    const found = impls.find((x) => x.inputs[0] !== undefined && this.infer.canUnify(x.inputs[0], from));
    if (found) this.infer.unify(found.inputs[0], from);
    return found ?? null;
  }

  /** The `into` methods of the program's `impl Into<W> for X` for the type `from`. */
  private userIntos(from: Ty): ImplMethod[] {
    return this.userImplMethods((impl) => impl.traitName === 'Into', 'into', this.infer.shallow(from));
  }

  /** The `into` of some `impl Into<W> for X` of the program that gives `to`, whatever X. */
  private userIntoFor(to: Ty): { fn: FnId } | undefined {
    for (const impl of this.items.impls) {
      const fn = !impl.isPrelude && impl.traitName === 'Into' ? impl.methods.get('into') : undefined;
      if (fn !== undefined && this.infer.canUnify(substTy(this.items.fns[fn].output, impl.typeParams.map(() => this.infer.fresh())), to)) return { fn };
    }
    return undefined;
  }

  /** The program's `impl Into<W> for X` for `from` that gives `to`, if any. */
  private userInto(from: Ty, to: Ty): ImplMethod | null {
    const found = this.userIntos(from).find((x) => this.infer.canUnify(x.output, to));
    if (found) this.infer.unify(found.output, to);
    return found ?? null;
  }

  /**
   * As `userFrom`, where the target may still have unknowns (`Vec::from(bag)` is a `Vec<_>`): then one of
   * the program's impls for a type of that shape without parameters of its own, whose argument fits.
   */
  private userFromInto(from: Ty, to: Ty): ImplMethod | null {
    if (this.certain(to)) return this.userFrom(from, to);
    const fits = this.items.impls.filter((impl) => !impl.isPrelude && impl.traitName === 'From' && impl.typeParams.length === 0 && this.infer.canUnify(impl.selfTy, to));
    for (const impl of fits) {
      const found = this.userFrom(from, impl.selfTy);
      if (!found) continue;
      this.infer.unify(to, impl.selfTy);
      return found;
    }
    return null;
  }

  private checkTry(e: A.TryExpr): Ty {
    const t = this.infer.shallow(this.checkExpr(e.operand, null));
    const ret = this.infer.shallow(this.body.retTy);
    if (t.k === 'builtin' && t.name === 'Result') {
      if (ret.k === 'builtin' && ret.name === 'Result') {
        if (this.pendingParseErr(t.args[1])) this.pendingTries.push({ e, err: t.args[1], ret: ret.args[1] });
        else this.tryConvert(e, t.args[1], ret.args[1]);
      } else if (ret.k === 'builtin' && ret.name === 'Option') {
        this.err('E0277', 'the `?` operator can only be used on `Option`s, not `Result`s, in a function that returns `Option`', questionMark(e.span), 'use `.ok()?` if you want to discard the `Result<T, E>` error information');
      } else this.tryReturnErr(e, ret);
      return t.args[0];
    }
    if (t.k === 'builtin' && t.name === 'Option') {
      if (ret.k === 'builtin' && ret.name === 'Result') {
        const at = questionMark(e.span);
        this.err('E0277', 'the `?` operator can only be used on `Result`s, not `Option`s, in a function that returns `Result`', at, 'use `.ok_or(...)?` to provide an error compatible with `Result`');
      } else if (!(ret.k === 'builtin' && ret.name === 'Option')) this.tryReturnErr(e, ret);
      return t.args[0];
    }
    if (t.k !== 'error') {
      if (this.certain(t)) this.err('E0277', `the \`?\` operator can only be applied to values that implement \`Try\``, e.span, `the \`?\` operator cannot be applied to type \`${this.tyStr(t)}\``);
      else this.unsupported('`?` on this type', e.span);
    }
    return ERROR;
  }

  /**
   * std's `From` between numbers: to a wider integer of the same signedness, an unsigned one into a
   * wider signed one, `bool` into any integer, `u8` into `char`, and into a float every type whose
   * values it holds exactly. Anything else is E0277, as rustc says it.
   */
  private numericFrom(from: Ty, to: Ty, at: A.Span): void {
    // An integer literal with nothing else to say is an i32, as rustc falls back.
    if (from.k === 'infer' && from.kind === 'int') this.infer.unify(from, { k: 'int', int: 'i32' });
    const f = this.infer.shallow(from);
    const bits = (t: string) => (t === 'isize' || t === 'usize' ? 64 : Number(t.slice(1)));
    let ok = false;
    if (f.k === 'bool') ok = to.k === 'int';
    else if (f.k === 'int' && to.k === 'int') {
      const [fs, ts] = [f.int[0] === 'i', to.int[0] === 'i'];
      const [fb, tb] = [bits(f.int), bits(to.int)];
      // usize and isize take only what fits on every target: u8/u16 (usize), u8/i8/i16 (isize).
      if (to.int === 'usize') ok = f.int === 'u8' || f.int === 'u16' || f.int === 'usize';
      else if (to.int === 'isize') ok = f.int === 'u8' || f.int === 'i8' || f.int === 'i16' || f.int === 'isize';
      else if (f.int === 'usize' || f.int === 'isize') ok = false;
      else ok = fs === ts ? tb >= fb : !fs && ts && tb > fb;
    } else if (f.k === 'int' && to.k === 'char') ok = f.int === 'u8';
    else if (f.k === 'int' && to.k === 'float') ok = !(['usize', 'isize'] as string[]).includes(f.int) && bits(f.int) <= (to.float === 'f64' ? 32 : 16);
    else if (f.k === 'float' && to.k === 'float') ok = f.float === 'f32' || to.float === 'f64';
    if (!ok && this.certain(f) && this.certain(to)) {
      this.err('E0277', `the trait bound \`${this.tyStr(to)}: From<${this.tyStr(f)}>\` is not satisfied`, at, `the trait \`From<${this.tyStr(f)}>\` is not implemented for \`${this.tyStr(to)}\``);
    }
  }

  /** `?`'s `From` conversion of `err` into the function's error type `ret`. */
  private tryConvert(e: A.TryExpr, err: Ty, ret: Ty): void {
    // The identity, and `&str`/`char` into `String` (`Err("bad")?` in a fn returning `Result<_, String>`).
    if (this.toStringConversion(err, ret)) this.t.tryToString.add(e.id);
    else if (this.isBoxDynError(ret) && !this.isBoxDynError(err) && this.isStdError(err)) this.t.tryBoxError.add(e.id);
    else if (!this.infer.unify(ret, err)) {
      const from = this.userFrom(err, ret);
      if (from) this.t.tryFrom.set(e.id, from);
      else if (this.certain(ret) && this.certain(err)) this.err('E0277', `\`?\` couldn't convert the error to \`${this.tyStr(ret)}\``, questionMark(e.span), `the trait \`From<${this.tyStr(err)}>\` is not implemented for \`${this.tyStr(ret)}\``);
      else this.unsupported('`?` with an error conversion', e.span);
    }
  }

  /** `Box<dyn Error>` (with or without `+ Send + Sync`). */
  private isBoxDynError(t: Ty): boolean {
    const s = this.infer.shallow(t);
    if (s.k !== 'builtin' || s.name !== 'Box') return false;
    const d = this.infer.shallow(s.args[0]);
    return d.k === 'dyn' && d.traits.some((tr) => tr.trait === 'Error');
  }

  /** What std boxes into a `Box<dyn Error>`: a type that implements `Error` (std's parse errors, the program's own), a `String` or a `&str`. */
  private isStdError(t: Ty): boolean {
    const s = this.infer.shallow(t);
    if (s.k === 'builtin' && s.name === 'String') return true;
    if (s.k === 'ref' && this.infer.shallow(s.inner).k === 'str') return true;
    if (s.k !== 'adt') return false;
    return this.isStdParseError(s.adt) || this.hasUserImpl(s, 'Error');
  }

  /** `impl From<&str> for String` (and `&String`, `char`): what `?` may convert an error with. */
  private toStringConversion(from: Ty, to: Ty): boolean {
    const f = this.infer.shallow(from), t = this.infer.shallow(to);
    if (!(t.k === 'builtin' && t.name === 'String')) return false;
    if (f.k === 'char') return true;
    if (f.k !== 'ref') return false;
    const inner = this.infer.shallow(f.inner);
    return inner.k === 'str' || (inner.k === 'builtin' && inner.name === 'String');
  }

  private tryReturnErr(e: A.TryExpr, ret: Ty): void {
    if (ret.k === 'error') return;
    // A closure whose result type is not known yet (rustc may learn it later): not judged.
    if (ret.k === 'infer' && ret.kind === 'general') {
      this.unsupported('`?` in a closure whose result type is not known yet (annotate the closure\'s return type)', questionMark(e.span));
      return;
    }
    const inClosure = this.body.closure !== null;
    this.err('E0277', `the \`?\` operator can only be used in ${inClosure ? 'a closure' : 'a function'} that returns \`Result\` or \`Option\` (or another type that implements \`FromResidual\`)`, questionMark(e.span), `cannot use the \`?\` operator in ${inClosure ? 'a closure' : 'a function'} that returns \`${this.tyStr(ret)}\``);
  }

  // ------------------------------------------------------------ macros

  private checkMacro(e: A.MacroExpr, expected: Expect): Ty {
    switch (e.name) {
      case 'println': case 'print': case 'eprintln': case 'eprint':
        this.checkFormat(e, e.args);
        return UNIT;
      case 'format':
        this.checkFormat(e, e.args);
        return STRING;
      case 'dbg': {
        // Each argument is moved in, printed with `{:#?}`, and handed back.
        const tys = e.args.map((a) => this.checkExpr(a, e.args.length === 1 ? expected : null));
        for (const a of e.args) this.fmtObligations.push({ arg: a, trait: 'Debug' });
        return tys.length === 0 ? UNIT : tys.length === 1 ? tys[0] : { k: 'tuple', elems: tys };
      }
      case 'panic': case 'unreachable': case 'todo': case 'unimplemented':
        this.checkFormat(e, e.args);
        return NEVER;
      case 'assert': {
        if (e.args.length < 1) { this.err(null, 'the `assert!` macro requires a boolean argument', e.span); return UNIT; }
        this.checkCoerce(e.args[0], BOOL);
        this.checkFormat(e, e.args.slice(1));
        return UNIT;
      }
      case 'assert_eq': case 'assert_ne': {
        if (e.args.length < 2) { this.unsupported(`\`${e.name}!\` with fewer than two arguments`, e.span); return UNIT; }
        const l = this.checkExpr(e.args[0], null);
        const r = this.checkExpr(e.args[1], this.infer.shallow(l).k === 'ref' ? null : l);
        // std's expansion prints both sides with Debug when they differ, and compares them with `==`
        // (assert_ne! too), all at the macro.
        this.assertDebugs.push({ ty: l, at: e.span }, { ty: r, at: e.span });
        if (this.lacksDerivable(l, 'PartialEq') || this.paramLacksOpBound(l, 'PartialEq')) this.err('E0369', `binary operation \`==\` cannot be applied to type \`${this.tyStr(l)}\``, e.span, '');
        else if (this.seqComparable(l, r)) this.t.seqEqs.add(e.id);
        else if (!this.comparable(l, r)) {
          if (this.certain(l) && this.certain(r)) {
            if (!this.constMismatch(e.args[1], this.infer.zonk(l), this.infer.zonk(r))) this.err('E0308', 'mismatched types', e.args[1].span, `expected \`${this.tyStr(l)}\`, found \`${this.tyStr(r)}\``);
          } else this.unsupported('comparing these types', e.span);
        }
        this.checkFormat(e, e.args.slice(2));
        return UNIT;
      }
      case 'write': case 'writeln': {
        // In a user's `impl Display`/`impl Debug`: `write!(f, ...)` to its `&mut Formatter`.
        const destTy = this.checkExpr(e.args[0], null);
        const d = this.infer.shallow(destTy);
        const inner = d.k === 'ref' && d.mut ? this.infer.shallow(d.inner) : null;
        // Into a String (`write!(s, ..)`, `s` a String or a `&mut String`): std's `fmt::Write`, which must be imported.
        const intoString = (d.k === 'builtin' && d.name === 'String') || (inner?.k === 'builtin' && inner.name === 'String');
        if (intoString && !this.items.fmtWriteInScope) {
          this.err('E0599', 'cannot write into `String`', e.args[0].span, '', ['help: trait `Write` which provides `write_fmt` is implemented but not in scope; perhaps you want to import it: `use std::fmt::Write;`']);
          e.args.slice(1).forEach((a) => this.checkExpr(a, null));
          return ERROR;
        }
        if (intoString) {
          this.t.writeIntoString.add(e.id);
          this.checkFormat(e, e.args.slice(1));
          return { k: 'builtin', name: 'Result', args: [UNIT, this.fmtErrorTy()] };
        }
        if (!inner || inner.k !== 'builtin' || inner.name !== 'Formatter') {
          if (d.k !== 'error') this.unsupported(`\`${e.name}!\` to anything but the \`Formatter\` of an \`impl Display\` or \`impl Debug\`, or a \`String\``, e.span);
          e.args.slice(1).forEach((a) => this.checkExpr(a, null));
          return ERROR;
        }
        // Passed on as a reborrow (`&mut *f`), as a `&mut` argument is: `f` stays usable for the next write.
        this.coerce(e.args[0], destTy, destTy);
        this.checkFormat(e, e.args.slice(1));
        return { k: 'builtin', name: 'Result', args: [UNIT, this.fmtErrorTy()] };
      }
      case 'vec': {
        const ex = expected ? this.infer.shallow(expected) : null;
        const want = ex && ex.k === 'builtin' && ex.name === 'Vec' ? ex.args[0] : null;
        if (e.repeat) {
          const elem = this.checkExpr(e.repeat.value, want);
          this.checkCoerce(e.repeat.count, { k: 'int', int: 'usize' });
          // std's `vec::from_elem<T: Clone>` clones the value into every slot but the last.
          this.boundObligations.push({ ty: elem, trait: 'Clone', args: [], at: e.repeat.value.span });
          return { k: 'builtin', name: 'Vec', args: [elem] };
        }
        const elem = this.checkElems(e.args, want);
        return { k: 'builtin', name: 'Vec', args: [elem] };
      }
      default:
        this.unsupported(`the macro \`${e.name}!\``, e.span);
        e.args.forEach((a) => this.checkExpr(a, null));
        return ERROR;
    }
  }

  /** `fmt::Result`'s error, `std::fmt::Error` (the prelude's `FmtError`). */
  private fmtErrorTy(): Ty {
    const t = this.items.preludeTypes.get('FmtError');
    return t && t.k === 'adt' ? { k: 'adt', adt: t.adt, args: [] } : UNIT;
  }

  /** Parses the format string, resolves inline `{name}` args, and checks every argument. */
  private checkFormat(e: A.MacroExpr, args: readonly A.Expr[]): void {
    for (const a of args) this.checkExpr(a, null);
    if (!e.format) {
      if (args.length) this.unsupported('format arguments without a format string', e.span);
      this.t.fmts.set(e.id, { pieces: [], args: [] });
      return;
    }
    const parsed = parseFormatString(e.format.value, args.length);
    if (parsed.error) {
      this.err(null, parsed.error.message, e.format.span);
      return;
    }
    const implicit: A.Expr[] = [];
    for (const c of parsed.captured) {
      // Inline args name variables in scope; the span points inside the string literal when it is plain.
      const span = this.spanInFormat(e.format, c.offset, c.name.length);
      const path: A.PathExpr = { kind: 'path', id: this.synthId--, span, path: { id: this.synthId--, span, segments: [{ name: { name: c.name, span }, args: null }] } };
      this.checkExpr(path, null);
      implicit.push(path);
    }
    if (parsed.positionalUsed > args.length) {
      const n = parsed.positionalUsed;
      const msg = args.length === 0
        ? `${n} positional argument${n === 1 ? '' : 's'} in format string, but no arguments were given`
        : `${n} positional argument${n === 1 ? '' : 's'} in format string, but there ${args.length === 1 ? 'is' : 'are'} ${args.length} argument${args.length === 1 ? '' : 's'}`;
      // rustc points at the first placeholder (`{}`), when the literal lets us find it.
      const first = /\{(?!\{)/.exec(e.format.value.replace(/\{\{/g, '  '));
      const close = first ? e.format.value.indexOf('}', first.index) : -1;
      this.err(null, msg, first && close > 0 ? this.spanInFormat(e.format, first.index, close - first.index + 1) : e.format.span);
      return;
    }
    for (let i = 0; i < args.length; i++) {
      if (!parsed.usedExplicit.has(i)) {
        this.err(null, args.length - parsed.usedExplicit.size > 1 ? 'multiple unused formatting arguments' : 'argument never used', args[i].span, 'argument never used');
        return;
      }
    }
    const all = [...args, ...implicit];
    this.t.fmts.set(e.id, { pieces: parsed.pieces, args: all });
    // `{}` needs Display and `{:?}` Debug: checked once the body's types are known (checkFormatTraits).
    for (const p of parsed.pieces) {
      if (p.k === 'arg' && (p.spec.trait === 'Display' || p.spec.trait === 'Debug') && all[p.index]) this.fmtObligations.push({ arg: all[p.index], trait: p.spec.trait });
      else if (p.k === 'arg' && p.spec.trait !== 'Pointer' && all[p.index]) this.numFmtObligations.push({ arg: all[p.index], trait: p.spec.trait });
    }
  }

  /** Whether std (or the program) has several `PartialEq` impls for the type, each for another right side. */
  private severalEqImpls(t: Ty): boolean {
    if (t.k === 'str' || t.k === 'slice' || t.k === 'array') return true;
    if (t.k === 'builtin') return t.name === 'String' || t.name === 'Vec' || t.name === 'VecDeque';
    if (t.k === 'adt') return this.items.impls.some((i) => !i.isPrelude && i.traitName === 'PartialEq' && i.selfTy.k === 'adt' && i.selfTy.adt === t.adt && (i.traitArgs?.length ?? 0) > 0);
    return false;
  }

  private readonly fmtObligations: { readonly arg: A.Expr; readonly trait: 'Display' | 'Debug' }[] = [];
  /** `r.unwrap()` needs the error type's Debug (`unwrap_err` the value's): checked with the format traits. */
  private readonly debugBounds: { readonly ty: Ty; readonly at: A.Span; readonly method: string }[] = [];

  /** The two sides of an `assert_eq!`/`assert_ne!`, which its failure prints with Debug. */
  private readonly assertDebugs: { readonly ty: Ty; readonly at: A.Span }[] = [];

  /** E0277 for an argument whose type cannot be formatted as asked (a missing `#[derive(Debug)]`). */
  private checkFormatTraits(): void {
    for (const o of this.assertDebugs.splice(0)) {
      const bad = this.lacksFmt(this.infer.zonk(o.ty), 'Debug', 0);
      if (!bad) continue;
      const name = this.tyStr(bad);
      this.err('E0277', `\`${name}\` doesn't implement \`Debug\``, o.at, `the trait \`Debug\` is not implemented for \`${name}\``, [`note: add \`#[derive(Debug)]\` to \`${name}\` or manually \`impl Debug for ${name}\``]);
    }
    for (const o of this.debugBounds.splice(0)) {
      const bad = this.lacksFmt(this.infer.zonk(o.ty), 'Debug', 0);
      if (!bad) continue;
      const name = this.tyStr(bad);
      this.err('E0277', `\`${name}\` doesn't implement \`Debug\``, o.at, `the trait \`Debug\` is not implemented for \`${name}\``, [`note: required by a bound in \`Result::<T, E>::${o.method}\``]);
    }
    const seen = new Set<A.NodeId>();
    const list = this.fmtObligations.splice(0);
    for (const o of list) {
      const ty = this.t.exprTys.get(o.arg.id);
      if (!ty || seen.has(o.arg.id)) continue;
      const bad = this.lacksFmt(ty, o.trait, 0);
      if (!bad) continue;
      seen.add(o.arg.id);
      const name = this.tyStr(bad);
      if (o.trait === 'Debug') this.err('E0277', `\`${name}\` doesn't implement \`Debug\``, o.arg.span, `\`${name}\` cannot be formatted using \`{:?}\` because it doesn't implement \`Debug\``);
      else this.err('E0277', `\`${name}\` doesn't implement \`std::fmt::Display\``, o.arg.span, `\`${name}\` cannot be formatted with the default formatter`);
    }
    // `{:x}`, `{:b}`, `{:o}` need an integer, `{:e}` a number (through references): std has them for nothing else.
    for (const o of this.numFmtObligations.splice(0)) {
      let t = this.infer.shallow(this.t.exprTys.get(o.arg.id) ?? ERROR);
      while (t.k === 'ref') t = this.infer.shallow(t.inner);
      const int = t.k === 'int' || (t.k === 'infer' && t.kind === 'int');
      const float = t.k === 'float' || (t.k === 'infer' && t.kind === 'float');
      const exp = o.trait === 'LowerExp' || o.trait === 'UpperExp';
      if (int || (exp && float) || !this.certain(t) || t.k === 'param' || (t.k === 'adt' && this.hasUserImpl(t, o.trait))) continue;
      const name = this.tyStr(t);
      this.err('E0277', `the trait bound \`${name}: ${o.trait}\` is not satisfied`, o.arg.span, `the trait \`${o.trait}\` is not implemented for \`${name}\``);
    }
  }
  private readonly numFmtObligations: { readonly arg: A.Expr; readonly trait: FmtSpec['trait'] }[] = [];

  /**
   * The type inside `t` that lacks `Display` / `Debug`, or null. Only what is surely known fails:
   * generic parameters, trait objects, unresolved types and std types memviz does not model pass.
   */
  private lacksFmt(ty: Ty, trait: 'Display' | 'Debug', depth: number): Ty | null {
    const t = this.infer.shallow(ty);
    if (depth > 8) return null;
    const debugOnly = (...inner: Ty[]): Ty | null => {
      if (trait === 'Display') return t;
      for (const x of inner) { const bad = this.lacksFmt(x, trait, depth + 1); if (bad) return bad; }
      return null;
    };
    switch (t.k) {
      case 'int': case 'float': case 'bool': case 'char': case 'str': return null;
      case 'ref': return this.lacksFmt(t.inner, trait, depth + 1);
      case 'tuple': return debugOnly(...t.elems);
      case 'array': case 'slice': return debugOnly(t.elem);
      case 'builtin':
        // An orphan `impl Display for Vec<i32>` is E0117, and still an impl rustc selects.
        if (this.hasUserImpl(t, trait)) return null;
        switch (t.name) {
          case 'String': return null;
          case 'Box': case 'Rc': case 'Arc': case 'Ref': case 'RefMut': case 'MutexGuard': case 'RwLockReadGuard': case 'RwLockWriteGuard': return this.lacksFmt(t.args[0], trait, depth + 1);
          case 'Vec': case 'VecDeque': case 'BinaryHeap': case 'Option': case 'Result': case 'RefCell': case 'Cell': case 'Range': case 'RangeInclusive': case 'HashMap': case 'HashSet': case 'BTreeMap': case 'BTreeSet': case 'Mutex': case 'RwLock': return debugOnly(...t.args);
          case 'JoinHandle': case 'Sender': case 'SyncSender': case 'Receiver': return debugOnly();
          case 'Weak': return debugOnly();
          default: return null;
        }
      case 'adt': {
        const adt = this.items.adts[t.adt];
        // The program's impl, whose own bounds the type's arguments must meet (`impl<T: Display> Display for W<T>`).
        const impl = this.items.impls.find((i) => !i.isPrelude && i.traitName === trait && this.matchImpl(i, t));
        if (impl) {
          const args = this.matchImpl(impl, t)!;
          for (let k = 0; k < impl.typeParams.length; k++) {
            for (const b of impl.typeParams[k].bounds) {
              if ((b.trait !== 'Display' && b.trait !== 'Debug') || !args[k]) continue;
              const bad = this.lacksFmt(args[k]!, b.trait, depth + 1);
              if (bad) return bad;
            }
          }
          return null;
        }
        // std's channel and lock errors print `SendError { .. }` whatever they hold.
        if (trait === 'Debug' && adt.isPrelude && OPAQUE_DEBUG.has(adt.name)) return null;
        // A Cow prints as what it derefs to: `Cow<[i32]>` has Debug and no Display, as `[i32]`.
        if (this.items.isStdCow(t.adt)) return this.lacksFmt(t.args[0], trait, depth + 1);
        if (trait === 'Debug' && adt.derives.includes('Debug')) {
          // `#[derive(Debug)]` on `W<T>` needs `T: Debug`.
          for (const a of t.args) { const bad = this.lacksFmt(a, trait, depth + 1); if (bad) return bad; }
          return null;
        }
        if (adt.isPrelude) return null; // std's own types (ParseIntError is Display, Ordering is not): not judged
        return t;
      }
      // `{}` of a `T` whose bounds (or their supertraits) do not give Display.
      case 'param': return this.paramHasTrait(t, trait) ? null : t;
      // `{:?}` of a `dyn Shape` whose trait does not ask for Debug (std's `dyn Error` has both).
      // std's `impl Debug for dyn Any (+ Send)`: a thread's panic payload prints as `Any { .. }`.
      case 'dyn': return t.traits.some((b) => b.trait === 'Error' || this.traitImplies(b.trait, trait) || (b.trait === 'Any' && trait === 'Debug')) ? null : t;
      default: return null;
    }
  }

  private spanInFormat(fmt: { value: string; span: A.Span }, offset: number, len: number): A.Span {
    const s = fmt.span;
    const raw = this.source.slice(s.start, s.end);
    // Only when the literal has no escapes before the name are offsets 1:1 (plus the opening quote).
    if (raw.startsWith('"') && raw.slice(1, 1 + offset + len) === fmt.value.slice(0, offset + len) && s.line === s.endLine) {
      const start = s.start + 1 + offset;
      return { start, end: start + len, line: s.line, col: s.col + 1 + offset, endLine: s.line, endCol: s.col + 1 + offset + len };
    }
    return s;
  }

  // ------------------------------------------------------------ patterns

  /**
   * Checks a pattern against the type of the value it matches, declaring its
   * bindings. `mode` is the default binding mode (match ergonomics).
   */
  checkPat(p: A.Pattern, expected: Ty, mode: 'move' | 'ref' | 'refMut', irrefutable: boolean): void {
    let ty = this.infer.shallow(expected);
    // Match ergonomics: a non-reference pattern against a reference derefs it and binds by reference.
    if (p.kind !== 'ident' && p.kind !== 'wild' && p.kind !== 'ref' && p.kind !== 'rest' && p.kind !== 'or') {
      let derefs = 0;
      while (ty.k === 'ref' && !(p.kind === 'lit' && p.lit.kind === 'str' && this.infer.shallow(ty.inner).k === 'str')) {
        mode = ty.mut && mode !== 'ref' ? 'refMut' : 'ref';
        ty = this.infer.shallow(ty.inner);
        derefs++;
      }
      if (derefs) this.t.patDerefs.set(p.id, derefs);
    }
    this.t.patTys.set(p.id, ty);
    switch (p.kind) {
      case 'wild': case 'rest': return;
      case 'ident': return this.checkIdentPat(p, ty, mode, irrefutable);
      case 'lit': {
        const lt = this.checkLit(p.lit, ty);
        if (!this.infer.unify(ty, lt)) this.patMismatch(p, ty, lt);
        return;
      }
      case 'range': {
        const lits = [p.start, p.end].filter((x): x is A.LitValue => x !== null);
        for (const l of lits) {
          const lt = this.checkLit(l, ty);
          if (!this.infer.unify(ty, lt)) this.patMismatch(p, ty, lt);
        }
        return;
      }
      case 'tuple': {
        const rest = p.elems.findIndex((x) => x.kind === 'rest');
        let elems: readonly Ty[];
        if (ty.k === 'tuple') elems = ty.elems;
        else if (ty.k === 'infer' && rest < 0) {
          elems = p.elems.map(() => this.infer.fresh());
          this.infer.unify(ty, { k: 'tuple', elems });
        } else {
          if (ty.k !== 'error') this.patMismatch(p, ty, { k: 'tuple', elems: p.elems.map(() => ERROR) });
          p.elems.forEach((x) => this.checkPat(x, ERROR, mode, irrefutable));
          return;
        }
        this.checkSeqPats(p, p.elems, elems, mode, irrefutable);
        return;
      }
      case 'tupleStruct': return this.checkTupleStructPat(p, ty, mode, irrefutable);
      case 'struct': return this.checkStructPat(p, ty, mode, irrefutable);
      case 'path': {
        const res = this.resolvePatPath(p.path, p.span);
        if (!res) return;
        this.t.paths.set(p.id, res);
        const rt = this.patResTy(res);
        if (rt && !this.infer.unify(ty, rt)) this.patMismatch(p, ty, rt);
        return;
      }
      case 'ref': {
        if (ty.k === 'ref') {
          if (ty.mut !== p.mutable && p.mutable) this.patMismatch(p, ty, { k: 'ref', mut: true, inner: ty.inner, region: ANON });
          this.checkPat(p.inner, ty.inner, 'move', irrefutable);
        } else if (ty.k === 'infer') {
          const inner = this.infer.fresh();
          this.infer.unify(ty, { k: 'ref', mut: p.mutable, inner, region: ANON });
          this.checkPat(p.inner, inner, 'move', irrefutable);
        } else {
          if (ty.k !== 'error') this.patMismatch(p, ty, { k: 'ref', mut: p.mutable, inner: ERROR, region: ANON });
          this.checkPat(p.inner, ERROR, 'move', irrefutable);
        }
        return;
      }
      case 'or': {
        const first = p.alts[0];
        this.checkPat(first, expected, mode, irrefutable);
        const names = new Map<string, A.NodeId>();
        collectBindings(first, (b) => names.set(b.name.name, b.id));
        for (const alt of p.alts.slice(1)) {
          // Later alternatives bind the same names: alias them to the first alternative's locals.
          const scope = this.scopes[this.scopes.length - 1];
          const saved = new Map(scope);
          this.checkPat(alt, expected, mode, irrefutable);
          collectBindings(alt, (b) => {
            const canon = names.get(b.name.name);
            if (canon !== undefined) {
              this.t.bindingAlias.set(b.id, canon);
              const bt = this.t.bindings.get(b.id)?.ty;
              if (bt) this.infer.unify(bt, this.localTy(canon));
            }
          });
          for (const [k] of scope) if (!saved.has(k)) scope.delete(k);
          for (const [k, v] of saved) scope.set(k, v);
        }
        this.orBindingsAgree(p);
        return;
      }
      case 'slice': {
        const elem = ty.k === 'array' || ty.k === 'slice' ? ty.elem : null;
        if (!elem) { if (ty.k !== 'error') this.unsupported('this slice pattern', p.span); return; }
        if (ty.k === 'array' && typeof ty.len !== 'number') {
          const len = this.infer.shallow(ty.len);
          const rest = p.elems.some(isRestPat);
          // `let [a, b] = first(&v)`: the pattern tells a length still inferred (rustc does so too).
          if (len.k === 'infer' && !rest) this.infer.unify(len, { k: 'const', value: BigInt(p.elems.length) });
          else if (len.k !== 'const') {
            if (len.k === 'param') this.err('E0730', 'cannot pattern-match on an array without a fixed length', p.span, '');
            else this.unsupported('an array pattern on an array whose length is not known yet', p.span);
            for (const x of p.elems) {
              if (x.kind === 'ident' && x.sub?.kind === 'rest') this.checkPat({ ...x, sub: null }, ERROR, mode, irrefutable);
              else if (x.kind !== 'rest') this.checkPat(x, elem, mode, irrefutable);
            }
            return;
          }
          ty = this.infer.zonk(ty);
          this.t.patTys.set(p.id, ty);
        }
        const arrLen = ty.k === 'array' ? (ty.len as number) : 0;
        for (const x of p.elems) {
          if (x.kind === 'rest') continue;
          if (x.kind === 'ident' && x.sub && x.sub.kind === 'rest') {
            // `rest @ ..` of a slice reached through a reference binds `&[T]` (or `&mut [T]`).
            if (ty.k === 'slice' && mode !== 'move' && x.byRef === 'none' && !x.mutable) this.checkPat({ ...x, sub: null }, ty, mode, irrefutable);
            // Of an array, the elements the other patterns leave: an array of them (`[head, tail @ ..]`).
            else if (ty.k === 'array' && x.byRef === 'none' && !x.mutable && p.elems.length - 1 <= arrLen) {
              const rest: Ty = { k: 'array', elem: ty.elem, len: arrLen - (p.elems.length - 1) };
              this.checkPat({ ...x, sub: null }, rest, mode, irrefutable);
            } else {
              this.unsupported(ty.k === 'array' ? '`name @ ..` in array patterns' : '`name @ ..` here', x.span);
              this.checkPat({ ...x, sub: null }, ERROR, mode, irrefutable);
            }
            continue;
          }
          this.checkPat(x, elem, mode, irrefutable);
        }
        return;
      }
    }
  }

  private checkSeqPats(p: A.Pattern, pats: readonly A.Pattern[], tys: readonly Ty[], mode: 'move' | 'ref' | 'refMut', irrefutable: boolean, variant?: string): void {
    const rest = pats.findIndex((x) => x.kind === 'rest');
    if (rest < 0 && pats.length !== tys.length) {
      if (variant !== undefined && pats.length > 0) {
        // rustc: E0023, at the subpatterns.
        const first = pats[0].span, last = pats[pats.length - 1].span;
        const span: A.Span = { start: first.start, end: last.end, line: first.line, col: first.col, endLine: last.endLine, endCol: last.endCol };
        const n = (k: number) => `${k} field${k === 1 ? '' : 's'}`;
        this.err('E0023', `this pattern has ${n(pats.length)}, but the corresponding ${variant} has ${n(tys.length)}`, span, `expected ${n(tys.length)}, found ${pats.length}`);
      } else this.err('E0308', 'mismatched types', p.span, `expected a tuple with ${tys.length} elements, found one with ${pats.length} elements`);
      // Its bindings still exist (with unknown types): no follow-on "cannot find value".
      pats.forEach((x, i) => this.checkPat(x, tys[i] ?? ERROR, mode, irrefutable));
      return;
    }
    if (rest < 0) { pats.forEach((x, i) => this.checkPat(x, tys[i], mode, irrefutable)); return; }
    const after = pats.length - rest - 1;
    pats.forEach((x, i) => {
      if (i === rest) return;
      const ti = i < rest ? i : tys.length - (pats.length - i);
      this.checkPat(x, tys[ti] ?? ERROR, mode, irrefutable);
    });
    void after;
  }

  /** E0408: every alternative of `A(x) | B` must bind the same names (once all of them are typed). */
  private orBindingsAgree(p: A.OrPat): void {
    const sets = p.alts.map((alt) => {
      const names = new Set<string>();
      collectBindings(alt, (b) => { if (this.t.bindings.has(b.id)) names.add(b.name.name); });
      return names;
    });
    const all = new Set(sets.flatMap((x) => [...x]));
    p.alts.forEach((alt, i) => {
      for (const name of all) {
        if (!sets[i].has(name)) this.resolveErr('E0408', `variable \`${name}\` is not bound in all patterns`, alt.span, `pattern doesn't bind \`${name}\``);
      }
    });
  }

  /** E0416: a name bound twice in one pattern (`let (x, x) = ..`). */
  private bindingsOnce(pat: A.Pattern): void {
    const seen = new Set<string>();
    collectBindings(pat, (b) => {
      if (!this.t.bindings.has(b.id)) return;
      if (seen.has(b.name.name)) this.resolveErr('E0416', `identifier \`${b.name.name}\` is bound more than once in the same pattern`, b.name.span, 'used in a pattern more than once');
      seen.add(b.name.name);
    });
  }

  private patMismatch(p: A.Pattern, expected: Ty, found: Ty): void {
    this.mismatch(p, expected, found);
  }

  private checkIdentPat(p: A.IdentPat, ty: Ty, mode: 'move' | 'ref' | 'refMut', irrefutable: boolean): void {
    // A lone name that names a unit struct, unit variant or constant is a path pattern.
    if (!p.sub && p.byRef === 'none' && !p.mutable) {
      const item = this.items.values.get(p.name.name) ?? this.items.preludeValues.get(p.name.name);
      const isUnitCtor = item && item.k === 'ctor' && this.items.adts[item.adt].variants[item.variant].shape === 'unit';
      if (isUnitCtor || (item && item.k === 'const') || p.name.name === 'None') {
        const res = this.resolvePatPath({ id: p.id, span: p.span, segments: [{ name: p.name, args: null }] }, p.span);
        if (res) {
          this.t.paths.set(p.id, res);
          const rt = this.patResTy(res);
          let t = ty;
          let derefs = 0;
          while (t.k === 'ref') { t = this.infer.shallow(t.inner); derefs++; }
          if (derefs) this.t.patDerefs.set(p.id, derefs);
          this.t.patTys.set(p.id, t);
          if (rt && !this.infer.unify(t, rt)) this.patMismatch(p, t, rt);
          return;
        }
      }
    }
    const bmode = p.byRef === 'ref' ? 'ref' : p.byRef === 'refMut' ? 'refMut' : mode === 'move' ? 'value' : mode;
    const bty: Ty = bmode === 'value' ? ty : { k: 'ref', mut: bmode === 'refMut', inner: ty, region: ANON };
    if (p.mutable && mode !== 'move' && p.byRef === 'none') {
      this.unsupported('`mut` bindings under a reference default binding mode', p.span);
    }
    // An explicit `ref mut a` borrows at the whole binding, as rustc reports it (no sub-pattern there).
    const borrowSpan = p.byRef !== 'none' ? { ...p.span, end: p.name.span.end, endLine: p.name.span.endLine, endCol: p.name.span.endCol } : undefined;
    this.t.bindings.set(p.id, { name: p.name.name, span: p.name.span, mode: bmode, ty: bty, mutable: p.mutable, borrowSpan });
    if (p.sub) this.checkPat(p.sub, ty, mode, irrefutable);
    this.declare(p.name.name, p.id);
  }

  private resolvePatPath(path: A.Path, span: A.Span): Res | null {
    const names = path.segments.map((s) => s.name.name);
    if (names.length === 1) {
      const n = names[0];
      const item = this.items.values.get(n) ?? this.items.preludeValues.get(n);
      if (item) return this.itemRes(item, path.segments[0]);
      if (n === 'None' || n === 'Some' || n === 'Ok' || n === 'Err') return this.resolveValuePath(path, false, span);
      this.resolveErr('E0531', `cannot find tuple struct or tuple variant \`${n}\` in this scope`, path.segments[0].name.span, 'not found in this scope');
      return null;
    }
    const res = this.resolveValuePath(path, false, span);
    return res;
  }

  private patResTy(res: Res): Ty | null {
    switch (res.k) {
      case 'ctor': return { k: 'adt', adt: res.adt, args: res.tyArgs };
      case 'builtinCtor': return res.ty;
      case 'const': return this.items.consts[res.id].ty;
      default: return null;
    }
  }

  private checkTupleStructPat(p: A.TupleStructPat, ty: Ty, mode: 'move' | 'ref' | 'refMut', irrefutable: boolean): void {
    const res = this.resolvePatPath(p.path, p.span);
    if (!res) { p.elems.forEach((x) => this.checkPat(x, ERROR, mode, irrefutable)); return; }
    this.t.paths.set(p.id, res);
    let fields: Ty[];
    if (res.k === 'ctor') {
      const adt = this.items.adts[res.adt];
      const v = adt.variants[res.variant];
      if (v.shape !== 'tuple') {
        // rustc: E0532 for a unit variant (a resolution error), E0164 for a struct variant.
        const code = v.shape === 'unit' ? 'E0532' : 'E0164';
        this.err(code, `expected tuple struct or tuple variant, found ${v.shape === 'unit' ? 'unit' : 'struct'} variant \`${adt.name}::${v.name}\``, p.path.span, 'not a tuple struct or tuple variant');
        p.elems.forEach((x) => this.checkPat(x, ERROR, mode, irrefutable));
        return;
      }
      fields = v.fields.map((f) => this.instantiate(f.ty, res.tyArgs));
    } else if (res.k === 'builtinCtor') {
      const b = res.ty as Extract<Ty, { k: 'builtin' }>;
      fields = b.name === 'Option' ? (res.variant === 1 ? [b.args[0]] : []) : [b.args[res.variant]];
    } else {
      this.unsupported('this pattern', p.span);
      return;
    }
    const rt = this.patResTy(res)!;
    if (!this.infer.unify(ty, rt)) { this.patMismatch(p, ty, rt); }
    const isStruct = res.k === 'ctor' && this.items.adts[res.adt].kind === 'struct';
    this.checkSeqPats(p, p.elems, fields, mode, irrefutable, isStruct ? 'tuple struct' : 'tuple variant');
  }

  private checkStructPat(p: A.StructPat, ty: Ty, mode: 'move' | 'ref' | 'refMut', irrefutable: boolean): void {
    let res: Res | null;
    if (p.path.segments.length === 1 && p.path.segments[0].name.name !== 'Self') {
      const t = this.typeOfPathHead(p.path.segments[0]);
      const st = t ? this.infer.shallow(t) : null;
      if (st && st.k === 'adt') res = { k: 'ctor', adt: st.adt, variant: 0, tyArgs: st.args };
      else res = null;
    } else if (p.path.segments.length === 1) {
      const st = this.tyScope.selfTy ? this.infer.shallow(this.tyScope.selfTy) : null;
      res = st && st.k === 'adt' ? { k: 'ctor', adt: st.adt, variant: 0, tyArgs: st.args } : null;
    } else res = this.resolveValuePath(p.path, false, p.span);
    if (!res || res.k !== 'ctor') { p.fields.forEach((f) => this.checkPat(f.pat, ERROR, mode, irrefutable)); return; }
    this.t.paths.set(p.id, res);
    const adt = this.items.adts[res.adt];
    const v = adt.variants[res.variant];
    const rt: Ty = { k: 'adt', adt: res.adt, args: res.tyArgs };
    if (!this.infer.unify(ty, rt)) this.patMismatch(p, ty, rt);
    let unknownField = false;
    for (const f of p.fields) {
      const fi = v.fields.findIndex((x) => x.name === f.name.name);
      if (fi < 0) {
        unknownField = true;
        this.checkPat(f.pat, ERROR, mode, irrefutable);
        this.err('E0026', `${adt.kind === 'enum' ? 'variant' : 'struct'} \`${adt.kind === 'enum' ? adt.name + '::' + v.name : adt.name}\` does not have a field named \`${f.name.name}\``, f.name.span, `${adt.kind === 'enum' ? 'variant' : 'struct'} \`${adt.kind === 'enum' ? adt.name + '::' + v.name : adt.name}\` does not have this field`);
        continue;
      }
      this.checkFieldPrivacy(adt, f.name.name, f.span, 'E0451');
      this.checkPat(f.pat, this.instantiate(v.fields[fi].ty, res.tyArgs), mode, irrefutable);
    }
    // rustc leaves out E0027 once a field was unknown.
    if (!p.rest && !unknownField) {
      const missing = v.fields.filter((f) => !p.fields.some((x) => x.name.name === f.name));
      if (missing.length) {
        const list = missing.map((m) => `\`${m.name}\``).join(', ');
        this.err('E0027', `pattern does not mention field${missing.length > 1 ? 's' : ''} ${list}`, p.span, `missing field${missing.length > 1 ? 's' : ''} ${list}`);
      }
    }
  }
}

interface MethodCandidate {
  fn: FnId;
  tyArgs: Ty[];
  dispatch: 'static' | 'trait' | 'dyn';
  traitKey: number | string | null;
}

/** A method of one impl, as `implByCall` weighs it (a probe's pick or one of its alternatives). */
interface ImplCandidate {
  readonly fn: FnId;
  readonly tyArgs: readonly Ty[];
}

export function collectBindings(p: A.Pattern, f: (b: A.IdentPat) => void): void {
  switch (p.kind) {
    case 'ident': f(p); if (p.sub) collectBindings(p.sub, f); break;
    case 'tuple': case 'tupleStruct': case 'slice': p.elems.forEach((x) => collectBindings(x, f)); break;
    case 'struct': p.fields.forEach((x) => collectBindings(x.pat, f)); break;
    case 'ref': collectBindings(p.inner, f); break;
    case 'or': collectBindings(p.alts[0], f); break;
    default: break;
  }
}

/** `_` written as an expression (an inferred array length, `[0; _]`; a part of a destructuring assignment that takes nothing). */
function isUnderscore(e: A.Expr): boolean {
  return e.kind === 'path' && e.path.segments.length === 1 && e.path.segments[0].name.name === '_' && !e.path.qself;
}

/** Does `t` mention the inference variable `v` (a zonked type)? */
function mentionsVar(t: Ty, v: Extract<Ty, { k: 'infer' }>): boolean {
  switch (t.k) {
    case 'infer': return t.var === v.var;
    case 'ref': return mentionsVar(t.inner, v);
    case 'tuple': return t.elems.some((x) => mentionsVar(x, v));
    case 'array': return mentionsVar(t.elem, v) || (typeof t.len !== 'number' && mentionsVar(t.len, v));
    case 'slice': return mentionsVar(t.elem, v);
    case 'adt': case 'builtin': return t.args.some((x) => mentionsVar(x, v));
    default: return false;
  }
}

/** Does `t` name the generic parameter `index` (any parameter when `index` is null)? */
function mentionsParamIndex(t: Ty, index: number | null): boolean {
  switch (t.k) {
    case 'param': return index === null || t.index === index;
    case 'ref': return mentionsParamIndex(t.inner, index);
    case 'tuple': return t.elems.some((x) => mentionsParamIndex(x, index));
    case 'array': return mentionsParamIndex(t.elem, index) || (typeof t.len !== 'number' && mentionsParamIndex(t.len, index));
    case 'slice': return mentionsParamIndex(t.elem, index);
    case 'adt': case 'builtin': return t.args.some((x) => mentionsParamIndex(x, index));
    default: return false;
  }
}

/** A method of one of the program's impls, instantiated for a receiver type. */
interface ImplMethod {
  readonly fn: number;
  readonly tyArgs: Ty[];
  readonly inputs: Ty[];
  readonly output: Ty;
}

/** A type a receiver or a field's base reaches by `derefs` derefs (see `autoderefSteps`). */
interface AutoderefStep {
  readonly ty: Ty;
  readonly derefs: number;
  readonly unsize: boolean;
  readonly overloaded?: OverloadedDeref & { readonly at: number };
}

/** Result's methods that format one side with `{:?}`: which type argument must be Debug. */
const RESULT_DEBUG_METHODS: Readonly<Record<string, number>> = { unwrap: 1, expect: 1, unwrap_err: 0, expect_err: 0 };

/** std's modules named after a primitive type whose functions are the type's own (`std::char::from_digit`, `std::str::from_utf8`). */
const PRIMITIVE_MODULES: ReadonlySet<string> = new Set(['char', 'str']);

/** Which of std's method lists (see `stdmethods.ts`) covers a type, if one does. */
function knownMethodsKind(t: Ty): KnownMethodsKind | null {
  switch (t.k) {
    case 'builtin': return t.name === 'String' ? 'String' : t.name === 'Vec' ? 'Vec' : null;
    case 'str': return 'str';
    case 'slice': return 'slice';
    case 'array': return 'array';
    case 'int': return 'int';
    case 'float': return 'float';
    case 'char': return 'char';
    case 'bool': return 'bool';
    case 'infer': return t.kind === 'int' ? 'int' : t.kind === 'float' ? 'float' : null;
    default: return null;
  }
}

/** std's types a struct literal may name (`String { .. }` is rustc's own error, not a missing name). */
const USIZE: Ty = { k: 'int', int: 'usize' };

/** std's name for the type of a range written as `a..b`, `a..`, `..b`, `..=b`, `a..=b`. */
function rangeTypeName(e: A.RangeExpr): string {
  if (e.inclusive) return e.start ? 'RangeInclusive' : 'RangeToInclusive';
  return e.start ? (e.end ? 'Range' : 'RangeFrom') : e.end ? 'RangeTo' : 'RangeFull';
}

const BUILTIN_TYPE_NAMES: ReadonlySet<string> = new Set(['String', 'Vec', 'VecDeque', 'BinaryHeap', 'Box', 'Option', 'Result', 'Rc', 'Weak', 'RefCell', 'Cell', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'Range', 'RangeInclusive', 'Arc', 'Mutex', 'RwLock']);

/** std types no coercion turns into one another. */
const PLAIN_STD_TYPES: ReadonlySet<string> = new Set(['Option', 'Result', 'Vec', 'String', 'HashMap', 'HashSet', 'VecDeque', 'BTreeMap', 'BTreeSet']);

/** std's collections whose `new()` leaves the element type to the rest of the body. */
const EMPTY_COLLECTIONS: ReadonlySet<string> = new Set(['Vec', 'VecDeque', 'HashMap', 'HashSet', 'BTreeMap', 'BTreeSet', 'BinaryHeap']);

/** Methods of std's maps and sets that need their key's `Eq + Hash` (or `Ord`): `new`, `len`, `iter`... do not. */
/** The sorts by a key whose type cannot borrow from the element (`F: FnMut(&T) -> K`). */
const SORT_KEY_METHODS: ReadonlySet<string> = new Set(['sort_by_key', 'sort_unstable_by_key', 'sort_by_cached_key']);
/** The B-tree methods that look a key up by `&Q` (std: `K: Borrow<Q>, Q: Ord`). */
const BTREE_LOOKUPS: ReadonlySet<string> = new Set(['get', 'get_mut', 'get_key_value', 'contains_key', 'remove', 'remove_entry', 'contains', 'take']);
const KEYED_METHODS: ReadonlySet<string> = new Set([
  'insert', 'get', 'get_mut', 'contains_key', 'contains', 'remove', 'entry', 'get_key_value', 'remove_entry', 'take', 'replace',
  'union', 'intersection', 'difference', 'symmetric_difference', 'is_subset', 'is_superset', 'is_disjoint', 'extend', 'range',
]);

/** The pointers and cells whose std methods `stdmethods.ts` lists (see `pointerChainLacks`). */
const POINTER_KINDS: ReadonlySet<string> = new Set(['Rc', 'Weak', 'RefCell', 'Cell']);
/** How rustc names a receiver that derefs to nothing else when it lacks the method (`Cell<T>`, not `Cell<i32>`). */
const POINTER_GENERIC_NAMES: Readonly<Record<string, string>> = { RefCell: 'RefCell<T>', Cell: 'Cell<T>', Weak: 'std::rc::Weak<T, A>' };
/** std traits whose every method `stdTraitHasMethod` knows (a type implementing another may have more). */
/** std types whose Debug does not show what they hold, so asks nothing of it (`impl<T> Debug for SendError<T>`). */
const OPAQUE_DEBUG: ReadonlySet<string> = new Set(['SendError', 'TrySendError', 'PoisonError']);
/** What keeps a type from crossing threads, as rustc names it (see `threadUnsafe`). */
interface ThreadUnsafe {
  readonly ty: Ty;
  readonly trait: 'Send' | 'Sync';
  readonly also?: ThreadUnsafe;
}

const SMALL_STD_TRAITS: ReadonlySet<string> = new Set(['Clone', 'Copy', 'Debug', 'Display', 'PartialEq', 'Eq', 'PartialOrd', 'Ord', 'Hash', 'Default', 'Drop', 'From', 'Into', 'TryFrom', 'TryInto', 'AsRef', 'AsMut', 'Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'Not', 'AddAssign', 'SubAssign', 'MulAssign', 'DivAssign', 'RemAssign', 'Index', 'IndexMut', 'FromStr', 'Send', 'Sync']);

/** Every stable method of std's Option and Result (inherent ones; trait methods are in STD_METHOD_NAMES). */
const STD_ENUM_METHODS: Readonly<Record<string, ReadonlySet<string>>> = {
  Option: new Set([
    'is_some', 'is_some_and', 'is_none', 'is_none_or', 'as_ref', 'as_mut', 'as_pin_ref', 'as_pin_mut', 'as_slice', 'as_mut_slice',
    'expect', 'unwrap', 'unwrap_or', 'unwrap_or_else', 'unwrap_or_default', 'unwrap_unchecked', 'map', 'inspect', 'map_or',
    'map_or_else', 'ok_or', 'ok_or_else', 'as_deref', 'as_deref_mut', 'iter', 'iter_mut', 'and', 'and_then', 'filter', 'or',
    'or_else', 'xor', 'insert', 'get_or_insert', 'get_or_insert_default', 'get_or_insert_with', 'take', 'take_if', 'replace',
    'zip', 'unzip', 'copied', 'cloned', 'transpose', 'flatten', 'len',
  ]),
  Result: new Set([
    'is_ok', 'is_ok_and', 'is_err', 'is_err_and', 'ok', 'err', 'as_ref', 'as_mut', 'as_deref', 'as_deref_mut', 'map', 'map_or',
    'map_or_else', 'map_err', 'inspect', 'inspect_err', 'iter', 'iter_mut', 'expect', 'unwrap', 'unwrap_or_default', 'expect_err',
    'unwrap_err', 'and', 'and_then', 'or', 'or_else', 'unwrap_or', 'unwrap_or_else', 'unwrap_unchecked', 'unwrap_err_unchecked',
    'copied', 'cloned', 'transpose', 'flatten',
  ]),
};

/** Std traits whose methods a program may call by the trait's name with the receiver first. */
const STD_UFCS_TRAITS: ReadonlySet<string> = new Set(['ToString', 'Clone', 'PartialEq', 'PartialOrd', 'Ord', 'Iterator']);
/** How many arguments those methods take, the receiver included. */
const STD_UFCS_ARITY: Readonly<Record<string, number>> = { to_string: 1, clone: 1, next: 1, eq: 2, ne: 2, cmp: 2, partial_cmp: 2, lt: 2, le: 2, gt: 2, ge: 2 };

/** Parameters of std's string methods that take a `Pattern` (a `&str`, a `char`, a set of chars, a closure). */
const PATTERN_PARAMS: ReadonlySet<string> = new Set(['pat', 'prefix', 'suffix', 'from']);
/** The string methods whose pattern may also be a char predicate or a set of chars here. */
const CHAR_PREDICATE_METHODS: ReadonlySet<string> = new Set([
  'str::split', 'str::rsplit', 'str::splitn', 'str::rsplitn', 'str::split_terminator', 'str::split_inclusive',
  'str::matches', 'str::rmatches', 'str::match_indices', 'str::rmatch_indices', 'str::replace', 'str::replacen',
  'str::split_once', 'str::rsplit_once', 'str::strip_prefix', 'str::strip_suffix',
  'str::find', 'str::rfind', 'str::contains', 'str::starts_with', 'str::ends_with',
  'str::trim_matches', 'str::trim_start_matches', 'str::trim_end_matches',
]);

/** The trait and method of each overloadable binary operator (`+=` adds `Assign`/`_assign`). */
const BINARY_OPERATOR_TRAITS: Record<string, readonly [string, string]> = {
  '+': ['Add', 'add'], '-': ['Sub', 'sub'], '*': ['Mul', 'mul'], '/': ['Div', 'div'], '%': ['Rem', 'rem'],
  '&': ['BitAnd', 'bitand'], '|': ['BitOr', 'bitor'], '^': ['BitXor', 'bitxor'], '<<': ['Shl', 'shl'], '>>': ['Shr', 'shr'],
};
const OPERATOR_TRAITS: ReadonlySet<string> = new Set(['Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg', 'Not', 'AddAssign', 'SubAssign', 'MulAssign', 'DivAssign', 'RemAssign', 'BitAnd', 'BitOr', 'BitXor', 'Shl', 'Shr']);

/** `&dyn T`, `&mut dyn T`, `Box<dyn T>`. */
function isDynPointer(t: Ty, infer: Infer): boolean {
  const inner = t.k === 'ref' ? t.inner : t.k === 'builtin' && t.name === 'Box' ? t.args[0] : null;
  return inner !== null && infer.shallow(inner).k === 'dyn';
}

/** The `?` that ends a try expression, where rustc reports its errors. */
function questionMark(s: A.Span): A.Span {
  return { start: s.end - 1, end: s.end, line: s.endLine, col: s.endCol - 1, endLine: s.endLine, endCol: s.endCol };
}

/** An operand made of literals only (`1`, `-2.5`, `(1 + 2)`): it takes the type the context expects. */
function literalOperand(e: A.Expr): boolean {
  if (e.kind === 'binary') return literalOperand(e.left) && literalOperand(e.right);
  return isLiteralExpr(e);
}

/** `5`, `-5`, `(5)`: a literal, as a cast's operand. */
function isLiteralExpr(e: A.Expr): boolean {
  if (e.kind === 'lit') return true;
  if (e.kind === 'paren') return isLiteralExpr(e.inner);
  return e.kind === 'unary' && e.op === '-' && isLiteralExpr(e.operand);
}

function containsLet(e: A.Expr): boolean {
  if (e.kind === 'letCond') return true;
  if (e.kind === 'binary' && e.op === '&&') return containsLet(e.left) || containsLet(e.right);
  return false;
}

function isBlockLike(e: A.Expr): boolean {
  return e.kind === 'block' || e.kind === 'if' || e.kind === 'match' || e.kind === 'loop' || e.kind === 'while' || e.kind === 'for';
}

function isNumeric(t: Ty): boolean {
  return t.k === 'int' || t.k === 'float';
}

function isNumericLike(t: Ty): boolean {
  return t.k === 'int' || t.k === 'float' || (t.k === 'infer' && t.kind !== 'general');
}

function isIntLike(t: Ty): boolean {
  return t.k === 'int' || (t.k === 'infer' && t.kind === 'int') || t.k === 'error';
}

/** How rustc names one of std's unsafe functions in E0133 (`Box::<T>::from_raw`, `std::ptr::read`). */
function stdUnsafeFnName(fn: FnDef): string {
  const b = fn.builtin ?? fn.name;
  const [head, name] = b.split('::');
  switch (head) {
    case 'rawptr': return fn.impl?.selfTy.k === 'ptr' && fn.impl.selfTy.mut ? `std::ptr::mut_ptr::<impl *mut T>::${name}` : `std::ptr::const_ptr::<impl *const T>::${name}`;
    case 'slice': return name === 'from_raw_parts' || name === 'from_raw_parts_mut' ? `std::slice::${name}` : `core::slice::<impl [T]>::${name}`;
    case 'mem': return name === 'transmute' ? 'std::intrinsics::transmute' : `std::mem::${name}`;
    case 'ptr': return `std::ptr::${name}`;
    default: return `${head}::<T>::${name}`;
  }
}

/** The size in bits of a type `transmute` can reinterpret in memviz (numbers and arrays of them), else null. */
function transmuteBits(t: Ty): number | null {
  if (t.k === 'int') return intBits(t.int);
  if (t.k === 'float') return t.float === 'f32' ? 32 : 64;
  if (t.k === 'array' && typeof t.len === 'number') {
    const e = transmuteBits(t.elem);
    return e === null ? null : e * t.len;
  }
  return null;
}

function castOk(from: Ty, to: Ty): boolean {
  const prim = (t: Ty) => t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char' || (t.k === 'infer' && t.kind !== 'general') || t.k === 'error';
  if (to.k === 'char') return from.k === 'char' || (from.k === 'int' && from.int === 'u8') || (from.k === 'infer' && from.kind === 'int');
  if (to.k === 'bool') return from.k === 'bool';
  // bool and char cast to integers only (`true as f64` is E0606).
  if (to.k === 'float') return prim(from) && from.k !== 'bool' && from.k !== 'char';
  if (to.k === 'int') return prim(from) || from.k === 'ptr';
  return from.k === 'error';
}

export function suffixTy(s: string): Ty {
  if (s === 'f32' || s === 'f64') return { k: 'float', float: s };
  return { k: 'int', int: s as never };
}

/** The span of an operator found `at` characters after `left` ends (`between` is the text up to the right operand). */
function opSpan(left: A.Span, at: number, len: number, between: string): A.Span {
  const before = between.slice(0, at);
  const lines = before.split('\n');
  const line = left.endLine + lines.length - 1;
  const col = lines.length === 1 ? left.endCol + at : lines[lines.length - 1].length + 1;
  return { start: left.end + at, end: left.end + at + len, line, col, endLine: line, endCol: col + len };
}

/** Whether two types have the same outermost constructor (`Vec<i32>` and `Vec<_>`, `f64` and `f64`). */
function sameHead(a: Ty, b: Ty): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'builtin') return a.name === (b as typeof a).name;
  if (a.k === 'adt') return a.adt === (b as typeof a).adt;
  if (a.k === 'int') return a.int === (b as typeof a).int;
  if (a.k === 'float') return a.float === (b as typeof a).float;
  return true;
}

/** `..` in a destructuring assignment's tuple, array or tuple struct: the parts it skips. */
function isRestExpr(e: A.Expr): boolean {
  return e.kind === 'range' && e.start === null && e.end === null && !e.inclusive;
}

/** std traits whose associated-type bindings a call checks (`T: Add<Output = T>`): memviz knows their impls' types. */
const BINDING_STD_TRAITS: ReadonlySet<string> = new Set(['Add', 'Sub', 'Mul', 'Div', 'Rem', 'Neg']);

/** A bound's associated-type bindings; an iterator's `Item = X` is its argument. */
function boundBindings(b: TraitRef): readonly { readonly name: string; readonly ty: Ty }[] {
  if ((b.trait === 'Iterator' || b.trait === 'IntoIterator') && b.args.length === 1) return [{ name: 'Item', ty: b.args[0] }];
  return b.bindings ?? [];
}
