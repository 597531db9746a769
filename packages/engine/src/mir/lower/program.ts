// Lowering of the whole checked crate to a MIR `Program`: every user fn,
// method, closure, const and static body, plus the ADT/trait/impl tables the
// back ends need.
import type { ClosureExpr, EnumItem, Expr, Span } from '../../syntax/ast.js';
import type { FnId, IntTy, Ty } from '../../types/ty.js';
import { ERROR, arrayTy } from '../../types/ty.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { PatternTyping } from '../../typeck/exhaustive.js';

const I32: Ty = Object.freeze({ k: 'int', int: 'i32' });
const F64: Ty = Object.freeze({ k: 'float', float: 'f64' });
import type { AdtDef, Body, ImplDef, Program, TraitDef } from '../mir.js';
import type { TypeckResult } from '../../typeck/index.js';
import type { AdtInfo, FnDef, Items } from '../../typeck/items.js';
import type { ClosureInfo, Tables } from '../../typeck/tables.js';
import type { Infer } from '../../typeck/infer.js';
import type { TraitEnv } from '../../typeck/traits.js';
import { BodyLowerer } from './body.js';
import { literalOutOfRange } from '../../lints/literals.js';

export interface BodyInfo {
  /** Per MIR local: where its scope ends (the block's `}`, or the statement end for temporaries). */
  readonly scopeEnds: readonly (Span | null)[];
}

export class LowerCx {
  readonly items: Items;
  readonly t: Tables;
  readonly infer: Infer;
  readonly env: TraitEnv & { typeParamsFor(fn: FnId): void; instantiate(t: Ty, args: readonly Ty[]): Ty };
  readonly bodies: (Body | null)[];
  readonly info = new Map<FnId, BodyInfo>();
  /** rustc's overflowing-literal errors, by span start (a pattern may be lowered more than once). */
  readonly literalLints = new Map<number, Diagnostic>();
  /** E0004/E0005 per body: such a body is not borrow-checked, as rustc does not check it. */
  readonly patternErrors = new Map<FnId, Diagnostic[]>();
  /** The type tables as the exhaustiveness check reads them. */
  readonly patterns: PatternTyping;
  private readonly closureExprs = new Map<FnId, ClosureExpr>();

  constructor(readonly tc: TypeckResult, readonly source: string) {
    this.items = tc.items;
    this.t = tc.checker.t;
    this.infer = tc.infer;
    this.env = tc.checker;
    this.bodies = new Array(this.items.fns.length).fill(null);
    this.patterns = {
      items: this.items,
      tyOf: (p) => this.final(this.t.patTys.get(p.id) ?? ERROR),
      derefsOf: (p) => this.t.patDerefs.get(p.id) ?? 0,
      resOf: (p) => this.t.paths.get(p.id),
      constValue: (id) => literalValue(this.items.consts[id]?.value),
    };
  }

  /** The final form of a type: variables resolved, closures with their capture types, unresolved → error. */
  final(t: Ty): Ty {
    // Memoized by object identity: once checking is done, a type's final form no longer changes.
    let f = this.finals.get(t);
    if (f === undefined) {
      f = this.fill(t);
      this.finals.set(t, f);
    }
    return f;
  }
  private readonly finals = new Map<Ty, Ty>();

  /** Resolves and fills `t` in one pass; returns `t` itself when nothing changes (no allocation). */
  private fill(t: Ty): Ty {
    switch (t.k) {
      case 'infer': {
        const s = this.infer.shallow(t);
        if (s.k !== 'infer') return this.fill(s);
        return s.kind === 'int' ? I32 : s.kind === 'float' ? F64 : ERROR;
      }
      case 'closure': {
        const caps = this.env.closureCaptureTys(t.fn);
        return { k: 'closure', fn: t.fn, captures: caps ? caps.map((c) => this.fill(c)) : [] };
      }
      case 'tuple': {
        const elems = this.fillList(t.elems);
        return elems === t.elems ? t : { k: 'tuple', elems };
      }
      case 'array': {
        const elem = this.fill(t.elem);
        const len = typeof t.len === 'number' ? t.len : this.fill(t.len);
        return elem === t.elem && len === t.len ? t : arrayTy(elem, len);
      }
      case 'slice': {
        const elem = this.fill(t.elem);
        return elem === t.elem ? t : { k: 'slice', elem };
      }
      case 'ref': {
        const inner = this.fill(t.inner);
        return inner === t.inner ? t : { k: 'ref', mut: t.mut, inner, region: t.region };
      }
      case 'ptr': {
        const inner = this.fill(t.inner);
        return inner === t.inner ? t : { k: 'ptr', mut: t.mut, inner };
      }
      case 'adt': {
        const args = this.fillList(t.args);
        return args === t.args ? t : { k: 'adt', adt: t.adt, args };
      }
      case 'builtin': {
        const args = this.fillList(t.args);
        return args === t.args ? t : { k: 'builtin', name: t.name, args };
      }
      case 'fndef': {
        const args = this.fillList(t.args);
        return args === t.args ? t : { k: 'fndef', fn: t.fn, args };
      }
      case 'fnptr': {
        const inputs = this.fillList(t.inputs);
        const output = this.fill(t.output);
        return inputs === t.inputs && output === t.output ? t : { k: 'fnptr', inputs, output };
      }
      case 'opaque': {
        const actual = this.fill(t.actual);
        return actual === t.actual ? t : { ...t, actual };
      }
      case 'dyn': {
        const z = this.infer.zonk(t);
        return z === t ? t : z;
      }
      default: return t;
    }
  }

  /** `ts` itself when no element changes. */
  private fillList(ts: readonly Ty[]): readonly Ty[] {
    for (let i = 0; i < ts.length; i++) {
      const f = this.fill(ts[i]);
      if (f !== ts[i]) {
        const out = ts.slice(0, i);
        out.push(f);
        for (let j = i + 1; j < ts.length; j++) out.push(this.fill(ts[j]));
        return out;
      }
    }
    return ts;
  }

  lowerClosureBody(e: ClosureExpr, info: ClosureInfo): void {
    if (this.bodies[info.fn]) return;
    this.closureExprs.set(info.fn, e);
    this.env.typeParamsFor(info.enclosingFn);
    const body = new BodyLowerer(this, info.fn).lowerClosure(e, info);
    this.bodies[info.fn] = body;
  }
}

export function lowerProgram(tc: TypeckResult, source: string): { program: Program; cx: LowerCx } {
  const cx = new LowerCx(tc, source);
  const items = cx.items;
  for (const c of items.consts) {
    cx.env.typeParamsFor(c.body);
    cx.bodies[c.body] = new BodyLowerer(cx, c.body).lowerConst('const', c.name, c.value, c.ty, c.ast.span);
  }
  for (const s of items.statics) {
    cx.env.typeParamsFor(s.body);
    cx.bodies[s.body] = new BodyLowerer(cx, s.body).lowerConst('static', s.name, s.ast.value, s.ty, s.ast.span);
  }
  for (const fn of items.fns) {
    if (fn.isPrelude || !fn.ast?.body) continue;
    cx.env.typeParamsFor(fn.id);
    cx.bodies[fn.id] = new BodyLowerer(cx, fn.id).lowerFn();
  }
  const shared = sharedLowering(items);
  const fns: Body[] = new Array(cx.bodies.length);
  for (let id = 0; id < fns.length; id++) fns[id] = cx.bodies[id] ?? stubBody(id, items, shared);
  const adts: AdtDef[] = new Array(items.adts.length);
  for (let id = 0; id < adts.length; id++) adts[id] = items.adts[id].isPrelude ? preludeAdtDef(id, items.adts[id], cx, shared) : adtDef(items.adts[id], cx);
  const traits: TraitDef[] = items.traits.map((t) => {
    const defaults = new Map<string, FnId>();
    for (const [name, fn] of t.methods) if (items.fns[fn].ast?.body) defaults.set(name, fn);
    return { id: t.key as number, name: t.name, defaults, methods: [...t.methods.keys()] };
  });
  const impls: ImplDef[] = items.impls
    .filter((i) => !i.isPrelude && (i.trait || i.traitName))
    .map((i) => ({ trait: i.trait ? i.trait.key : i.traitName!, selfTy: cx.final(i.selfTy), traitArgs: (i.traitArgs ?? []).map((t) => cx.final(t)), typeParams: i.typeParams.map((p) => p.name), methods: i.methods, consts: i.consts ?? new Map<string, number>(), assocTys: new Map([...i.assocTys].map(([n, t]) => [n, cx.final(t)])) }));
  const program: Program = {
    source, fns, adts, traits, impls,
    consts: items.consts.map((c) => ({ name: c.name, ty: cx.final(c.ty), body: c.body, span: c.ast.span })),
    statics: items.statics.map((s) => ({ name: s.name, ty: cx.final(s.ty), mutable: s.mutable, body: s.body, span: s.ast.span })),
    main: items.main,
    assocParams: items.assocParams,
  };
  return { program, cx };
}

function adtDef(a: AdtInfo, cx: LowerCx): AdtDef {
  if (a.ast.kind === 'enum') lintDiscriminants(a.ast, a.repr?.int ?? 'isize', cx);
  return {
    id: a.id, name: a.name, kind: a.kind, typeParams: a.typeParams, lifetimes: a.lifetimes,
    variants: a.variants.map((v) => ({ name: v.name, shape: v.shape, fields: v.fields.map((f) => ({ name: f.name, ty: cx.final(f.ty) })), discriminant: v.discriminant })),
    derives: a.derives, ...(a.repr ? { repr: a.repr } : {}), defaultVariant: a.defaultVariant, dropFn: a.dropFn, span: a.ast.span, isPrelude: a.isPrelude,
  };
}

/** `overflowing_literals` on the discriminants written (`#[repr(u8)] enum E { A = 256 }`): they have the repr's type. */
function lintDiscriminants(item: EnumItem, int: IntTy, cx: LowerCx): void {
  for (const v of item.variants) {
    const e = v.discriminant;
    const lit = e?.kind === 'lit' ? e : e?.kind === 'unary' && e.op === '-' && e.operand.kind === 'lit' ? e.operand : null;
    if (!e || !lit || lit.kind !== 'lit') continue;
    const d = literalOutOfRange(lit.lit, lit !== e, { k: 'int', int }, e.span, cx.source);
    if (d) cx.literalLints.set(e.span.start, d);
  }
}

// Prelude items are shared by every run (see Items), so their MIR stubs and
// ADT definitions are too: made once per prelude, indexed by id (prelude items
// come first and keep their ids in every run).
interface SharedLowering {
  readonly stubs: (Body | undefined)[];
  readonly adts: (AdtDef | undefined)[];
}
const sharedByPrelude = new WeakMap<object, SharedLowering>();

function sharedLowering(items: Items): SharedLowering {
  const key = items.preludeKey;
  if (!key) return { stubs: [], adts: [] };
  let shared = sharedByPrelude.get(key);
  if (!shared) sharedByPrelude.set(key, (shared = { stubs: [], adts: [] }));
  return shared;
}

function preludeAdtDef(id: number, a: AdtInfo, cx: LowerCx, shared: SharedLowering): AdtDef {
  return (shared.adts[id] ??= adtDef(a, cx));
}

/** Prelude declarations (builtins) and trait method declarations have no MIR body. */
function stubBody(id: FnId, items: Items, shared: SharedLowering): Body {
  const fn = items.fns[id];
  if (!fn.isPrelude) return makeStub(fn);
  return (shared.stubs[id] ??= makeStub(fn));
}

function makeStub(fn: FnDef): Body {
  const id = fn.id;
  return {
    id, name: fn.builtin ?? fn.name, kind: fn.kind === 'method' ? 'method' : fn.kind === 'closure' ? 'closure' : 'fn', span: fn.span,
    typeParams: fn.typeParams.map((p) => p.name), argCount: fn.inputs.length, locals: [], blocks: [], captures: null,
  };
}

/** An integer, bool or char literal (possibly negated), as a pattern constant's value. */
function literalValue(e: Expr | undefined): bigint | boolean | null {
  if (!e) return null;
  if (e.kind === 'paren') return literalValue(e.inner);
  if (e.kind === 'unary' && e.op === '-' && e.operand.kind === 'lit' && e.operand.lit.kind === 'int') return -e.operand.lit.value;
  if (e.kind !== 'lit') return null;
  if (e.lit.kind === 'int') return e.lit.value;
  if (e.lit.kind === 'bool') return e.lit.value;
  if (e.lit.kind === 'char') return BigInt(e.lit.value.codePointAt(0) ?? 0);
  return null;
}
