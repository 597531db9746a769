// Lowering of the whole checked crate to a MIR `Program`: every user fn,
// method, closure, const and static body, plus the ADT/trait/impl tables the
// back ends need.
import type { ClosureExpr, Span } from '../../syntax/ast.js';
import type { FnId, Ty } from '../../types/ty.js';
import { ERROR } from '../../types/ty.js';
import type { AdtDef, Body, ImplDef, Program, TraitDef } from '../mir.js';
import type { TypeckResult } from '../../typeck/index.js';
import type { Items } from '../../typeck/items.js';
import type { ClosureInfo, Tables } from '../../typeck/tables.js';
import type { Infer } from '../../typeck/infer.js';
import type { TraitEnv } from '../../typeck/traits.js';
import { BodyLowerer } from './body.js';

export interface BodyInfo {
  /** Per MIR local: where its scope ends (the block's `}`, or the statement end for temporaries). */
  readonly scopeEnds: readonly (Span | null)[];
}

export class LowerCx {
  readonly items: Items;
  readonly t: Tables;
  readonly infer: Infer;
  readonly env: TraitEnv & { typeParamsFor(fn: FnId): void };
  readonly bodies: (Body | null)[];
  readonly info = new Map<FnId, BodyInfo>();
  private readonly closureExprs = new Map<FnId, ClosureExpr>();

  constructor(readonly tc: TypeckResult, readonly source: string) {
    this.items = tc.items;
    this.t = tc.checker.t;
    this.infer = tc.infer;
    this.env = tc.checker;
    this.bodies = new Array(this.items.fns.length).fill(null);
  }

  /** The final form of a type: variables resolved, closures with their capture types, unresolved → error. */
  final(t: Ty): Ty {
    const z = this.infer.zonk(t);
    return this.fill(z);
  }

  private fill(t: Ty): Ty {
    switch (t.k) {
      case 'infer': return t.kind === 'int' ? { k: 'int', int: 'i32' } : t.kind === 'float' ? { k: 'float', float: 'f64' } : ERROR;
      case 'closure': {
        const caps = this.env.closureCaptureTys(t.fn);
        return { k: 'closure', fn: t.fn, captures: caps ? caps.map((c) => this.fill(this.infer.zonk(c))) : [] };
      }
      case 'tuple': return t.elems.length ? { k: 'tuple', elems: t.elems.map((e) => this.fill(e)) } : t;
      case 'array': return { k: 'array', elem: this.fill(t.elem), len: t.len };
      case 'slice': return { k: 'slice', elem: this.fill(t.elem) };
      case 'ref': return { k: 'ref', mut: t.mut, inner: this.fill(t.inner), region: t.region };
      case 'adt': return t.args.length ? { k: 'adt', adt: t.adt, args: t.args.map((a) => this.fill(a)) } : t;
      case 'builtin': return t.args.length ? { k: 'builtin', name: t.name, args: t.args.map((a) => this.fill(a)) } : t;
      case 'fndef': return t.args.length ? { k: 'fndef', fn: t.fn, args: t.args.map((a) => this.fill(a)) } : t;
      case 'fnptr': return { k: 'fnptr', inputs: t.inputs.map((a) => this.fill(a)), output: this.fill(t.output) };
      case 'opaque': return { k: 'opaque', bounds: t.bounds, actual: this.fill(t.actual) };
      default: return t;
    }
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
  const fns: Body[] = cx.bodies.map((b, id) => b ?? stubBody(id, items));
  const adts: AdtDef[] = items.adts.map((a) => ({
    id: a.id, name: a.name, kind: a.kind, typeParams: a.typeParams,
    variants: a.variants.map((v) => ({ name: v.name, shape: v.shape, fields: v.fields.map((f) => ({ name: f.name, ty: cx.final(f.ty) })), discriminant: v.discriminant })),
    derives: a.derives, dropFn: a.dropFn, span: a.ast.span,
  }));
  const traits: TraitDef[] = items.traits.map((t) => {
    const defaults = new Map<string, FnId>();
    for (const [name, fn] of t.methods) if (items.fns[fn].ast?.body) defaults.set(name, fn);
    return { id: t.key as number, name: t.name, defaults, methods: [...t.methods.keys()] };
  });
  const impls: ImplDef[] = items.impls
    .filter((i) => !i.isPrelude && (i.trait || i.traitName))
    .map((i) => ({ trait: i.trait ? i.trait.key : i.traitName!, selfTy: cx.final(i.selfTy), typeParams: i.typeParams.map((p) => p.name), methods: i.methods }));
  const program: Program = {
    source, fns, adts, traits, impls,
    consts: items.consts.map((c) => ({ name: c.name, ty: cx.final(c.ty), body: c.body, span: c.ast.span })),
    statics: items.statics.map((s) => ({ name: s.name, ty: cx.final(s.ty), mutable: s.mutable, body: s.body, span: s.ast.span })),
    main: items.main,
  };
  return { program, cx };
}

/** Prelude declarations (builtins) and trait method declarations have no MIR body. */
function stubBody(id: FnId, items: Items): Body {
  const fn = items.fns[id];
  return {
    id, name: fn.builtin ?? fn.name, kind: fn.kind === 'method' ? 'method' : fn.kind === 'closure' ? 'closure' : 'fn', span: fn.span,
    typeParams: fn.typeParams.map((p) => p.name), argCount: fn.inputs.length, locals: [], blocks: [], captures: null,
  };
}
