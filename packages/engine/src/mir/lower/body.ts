// Lowering of one body (fn, method, closure, const) from the typed AST to MIR.
// Follows rustc's MIR building: places for place expressions, temporaries
// for values, explicit copy/move, two-phase autoref of method receivers,
// drops at scope ends in reverse declaration order, temporaries dropped at
// the end of their statement (or of the enclosing block when a `let`
// initializer's `&` extends them).
import type * as A from '../../syntax/ast.js';
import { isRestPat } from '../../syntax/ast.js';
import type { ArrayLen, FnId, Ty } from '../../types/ty.js';
import { BOOL, UNIT, STRING, isUnit, ANON, mentionsUnresolved, tyToString, intBits, isSigned, INT_TYS, type IntTy } from '../../types/ty.js';
import type {
  AssertMsg, BinOp, BlockId, Callee, Capture, ConstValue, FmtPiece, FmtSpec, LocalId, Operand, Place, Proj, Rvalue,
} from '../mir.js';
import type { Body } from '../mir.js';
import { BodyBuilder, endOf, type Scope } from './builder.js';
import { wholeReborrows } from './reborrows.js';
import type { LowerCx } from './program.js';
import type { ClosureInfo, Coercion, DestructureLeaf, OverloadedDeref, Res } from '../../typeck/tables.js';
import { isCopy, needsDrop, derefStep, ownStdImpl } from '../../typeck/traits.js';
import { substTy } from '../../typeck/infer.js';
import { collectBindings } from '../../typeck/check.js';
import { literalOutOfRange } from '../../lints/literals.js';
import { checkIrrefutable, checkMatch } from '../../typeck/exhaustive.js';
import type { Diagnostic } from '../../diagnostics.js';
import { error, label } from '../../diagnostics.js';

interface LoopTarget {
  readonly label: string | null;
  readonly isBlock: boolean;
  readonly breakTo: BlockId;
  readonly continueTo: BlockId | null;
  readonly dest: Place | null;
  readonly depth: number;
}

/** One captured place of a closure body: env field `field` holds it (or a reference to it, `byRef`). */
interface Upvar {
  readonly field: number;
  readonly byRef: boolean;
  /** The fields and derefs below the upvar that the capture is of (empty: the whole variable). */
  readonly proj: readonly Proj[];
}

const USIZE: Ty = { k: 'int', int: 'usize' };
const UNIT_OP: Operand = { k: 'const', value: { k: 'unit' }, ty: UNIT };

const BIN: Record<string, BinOp> = {
  '+': 'add', '-': 'sub', '*': 'mul', '/': 'div', '%': 'rem', '&': 'bitAnd', '|': 'bitOr', '^': 'bitXor', '<<': 'shl', '>>': 'shr',
  '==': 'eq', '!=': 'ne', '<': 'lt', '<=': 'le', '>': 'gt', '>=': 'ge',
};

export class BodyLowerer {
  readonly b = new BodyBuilder();
  private readonly localOf = new Map<A.NodeId, LocalId>();
  private readonly upvars = new Map<A.NodeId, Upvar[]>();
  /** Guard-time aliases: a by-value binding read in its arm's guard reads the matched place instead. */
  private readonly aliases = new Map<A.NodeId, Place>();
  private readonly loops: LoopTarget[] = [];
  /** Expressions whose temporaries live until the end of the enclosing block (`let x = &temp;`). */
  private extended = new Set<A.NodeId>();
  private envIsRef = false;
  private fnBodyBlock: A.BlockExpr | null = null;

  constructor(private readonly cx: LowerCx, private readonly fnId: FnId) {}

  // ------------------------------------------------------------ types

  private ty(e: A.Expr): Ty {
    return this.cx.final(this.cx.t.exprTys.get(e.id) ?? { k: 'error' });
  }
  private copyable(t: Ty): boolean {
    return isCopy(t, this.cx.env);
  }
  private dropNeeded(t: Ty): boolean {
    return needsDrop(t, this.cx.env);
  }
  /** copy or move of a place, by its type. */
  private use(place: Place, t: Ty): Operand {
    return this.copyable(t) ? { k: 'copy', place } : { k: 'move', place };
  }

  // ------------------------------------------------------------ entry points

  lowerFn(): Body {
    const fn = this.cx.items.fns[this.fnId];
    const ast = fn.ast!;
    const body = ast.body!;
    this.fnBodyBlock = body;
    const ret = this.cx.final(fn.output);
    this.b.newLocal(ret, 'return', ast.span);
    this.b.pushScope('fn', endOf(body.span));
    const paramIds = this.cx.t.bodies.get(this.fnId)?.params ?? [];
    const patterns: [A.Pattern, LocalId][] = [];
    let i = 0;
    if (ast.selfParam) {
      const sp = ast.selfParam;
      const t = this.cx.final(fn.inputs[0]);
      const l = this.b.newLocal(t, 'arg', sp.span, 'self', sp.mutable);
      this.localOf.set(sp.id, l);
      this.b.schedule(l, this.dropNeeded(t));
      i = 1;
    }
    for (const p of ast.params) {
      const t = this.cx.final(fn.inputs[i++]);
      const simple = p.pat.kind === 'ident' && p.pat.byRef === 'none' && !p.pat.sub;
      const l = this.b.newLocal(t, 'arg', simple ? (p.pat as A.IdentPat).name.span : p.pat.span, simple ? (p.pat as A.IdentPat).name.name : null, simple ? (p.pat as A.IdentPat).mutable : false);
      this.b.schedule(l, this.dropNeeded(t));
      if (simple) this.localOf.set(p.pat.id, l);
      else patterns.push([p.pat, l]);
    }
    void paramIds;
    this.b.pushScope('temps', endOf(body.span));
    for (const [pat, l] of patterns) this.checkParamPattern(pat, l, 'function argument');
    for (const [pat, l] of patterns) this.bindPat(pat, { local: l, proj: [] });
    this.into({ local: 0, proj: [] }, body);
    this.b.popScope();
    this.b.popScope();
    this.b.terminate({ k: 'return', span: endOf(body.span) });
    const whole = wholeReborrows(fn.ast!, this.cx.final(fn.output), { tyOf: (e) => this.ty(e), resOf: (e) => this.cx.t.paths.get(e.id) });
    return { ...this.finish(fn.name, fn.selfMode ? 'method' : 'fn', fn.ast!.span, fn.inputs.length, null), ...(whole ? { wholeReborrows: whole } : {}) };
  }

  lowerClosure(e: A.ClosureExpr, info: ClosureInfo): Body {
    const fn = this.cx.items.fns[info.fn];
    const closureTy = this.cx.final({ k: 'closure', fn: info.fn, captures: [] });
    this.b.newLocal(this.cx.final(info.output), 'return', e.span);
    const envTy: Ty = info.kind === 'FnOnce' ? closureTy : { k: 'ref', mut: info.kind === 'FnMut', inner: closureTy, region: ANON };
    this.envIsRef = info.kind !== 'FnOnce';
    this.b.pushScope('fn', endOf(e.body.span));
    const env = this.b.newLocal(envTy, 'arg', e.span, null, false);
    this.b.schedule(env, this.dropNeeded(envTy));
    info.captures.forEach((c, field) => {
      const list = this.upvars.get(c.id) ?? [];
      list.push({ field, byRef: c.mode !== 'value', proj: c.proj });
      this.upvars.set(c.id, list);
    });
    const patterns: [A.Pattern, LocalId][] = [];
    e.params.forEach((p, i) => {
      const t = this.cx.final(info.inputs[i]);
      const simple = p.pat.kind === 'ident' && p.pat.byRef === 'none' && !p.pat.sub;
      const l = this.b.newLocal(t, 'arg', simple ? (p.pat as A.IdentPat).name.span : p.pat.span, simple ? (p.pat as A.IdentPat).name.name : null, simple ? (p.pat as A.IdentPat).mutable : false);
      this.b.schedule(l, this.dropNeeded(t));
      if (simple) this.localOf.set(p.pat.id, l);
      else patterns.push([p.pat, l]);
    });
    this.b.pushScope('temps', endOf(e.body.span));
    for (const [pat, l] of patterns) this.checkParamPattern(pat, l, 'closure argument');
    for (const [pat, l] of patterns) this.bindPat(pat, { local: l, proj: [] });
    this.into({ local: 0, proj: [] }, e.body);
    if (e.body !== this.fnBodyBlock) this.returnStep(endOf(e.body.span));
    this.b.popScope();
    this.b.popScope();
    this.b.terminate({ k: 'return', span: endOf(e.body.span) });
    const captures: Capture[] = info.captures.map((c) => {
      const t = this.cx.final(c.ty);
      return { name: c.name, mode: c.mode, ty: c.mode === 'value' ? t : { k: 'ref', mut: c.mode === 'mutRef', inner: t, region: ANON } };
    });
    return this.finish(fn.name, 'closure', e.span, 1 + e.params.length, captures);
  }

  lowerConst(kind: 'const' | 'static', name: string, value: A.Expr, ty: Ty, span: A.Span): Body {
    this.b.newLocal(this.cx.final(ty), 'return', span);
    this.b.pushScope('fn', endOf(span));
    this.b.pushScope('temps', endOf(span));
    this.into({ local: 0, proj: [] }, value);
    this.returnStep(endOf(span));
    this.b.popScope();
    this.b.popScope();
    this.b.terminate({ k: 'return', span: endOf(span) });
    return this.finish(name, kind, span, 0, null);
  }

  private finish(name: string, kind: Body['kind'], span: A.Span, argCount: number, captures: Capture[] | null): Body {
    const fn = this.cx.items.fns[this.fnId];
    this.cx.info.set(this.fnId, { scopeEnds: this.b.scopeEnds });
    const outlives = [...(fn.impl?.ast.generics.outlives ?? []), ...(fn.ast?.generics.outlives ?? [])];
    const staticArgs = fn.inputs.flatMap((t, i) => (t.k === 'param' && fn.typeParams[t.index]?.outlivesStatic ? [i] : []));
    return {
      id: this.fnId, name, kind, span, typeParams: fn.typeParams.map((p) => p.name), argCount,
      locals: this.b.locals, blocks: this.b.finish(), captures, ...(outlives.length ? { outlives } : {}),
      ...(staticArgs.length ? { staticArgs } : {}),
    };
  }

  // ------------------------------------------------------------ temporaries

  private temp(t: Ty, span: A.Span): LocalId {
    return this.b.newLocal(t, 'temp', span);
  }

  /** A temporary that outlives its expression: dropped at the end of the statement (or block, if extended). */
  private scopedTemp(t: Ty, e: A.Expr): LocalId {
    const l = this.temp(t, e.span);
    this.b.push({ k: 'storageLive', local: l, span: e.span });
    if (this.extended.has(e.id)) this.b.schedule(l, this.dropNeeded(t), 'block');
    else this.b.schedule(l, this.dropNeeded(t), 'temps');
    return l;
  }

  private withTemps<T>(endSpan: A.Span, f: () => T): T {
    this.b.pushScope('temps', endSpan);
    const r = f();
    this.b.popScope();
    return r;
  }

  // ------------------------------------------------------------ statements

  private step(span: A.Span): void {
    this.b.push({ k: 'step', span });
  }

  /** The step that leaves the function, taken before the scopes' drops (see mir.ts). */
  private returnStep(span: A.Span): void {
    this.b.push({ k: 'step', span, return: true });
  }

  private lowerBlockInto(dest: Place | null, blk: A.BlockExpr): void {
    const isFnBody = blk === this.fnBodyBlock;
    this.b.pushScope('block', endOf(blk.span));
    for (const s of blk.stmts) this.lowerStmt(s);
    if (blk.tail) {
      if (isFnBody) this.step(blk.tail.span);
      this.into(dest, blk.tail);
    } else if (dest) {
      const t = this.ty(blk);
      if (isUnit(t)) this.b.assign(dest, { k: 'use', op: UNIT_OP }, blk.span);
    }
    if (isFnBody) this.returnStep(endOf(blk.span));
    // A block that declared variables ends on a step of its own at its closing brace, so the
    // class sees them live at the last statement and dropped at the `}` (as the article draws it).
    else if (blk.stmts.some((st) => st.kind === 'let')) this.step(endOf(blk.span));
    this.b.popScope();
  }

  private lowerStmt(s: A.Stmt): void {
    switch (s.kind) {
      case 'let': this.step(s.span); this.lowerLet(s); return;
      case 'expr':
        this.step(s.span);
        this.withTemps(endOf(s.span), () => this.into(null, s.expr));
        return;
      default: return;
    }
  }

  private lowerLet(s: A.LetStmt): void {
    const endSpan = endOf(s.span);
    this.b.pushScope('temps', endSpan);
    const pat = s.pat;
    const saved = this.extended;
    if (s.init) {
      this.extended = new Set();
      markExtended(s.init, this.extended);
    }
    if (pat.kind === 'ident' && pat.byRef === 'none' && !pat.sub && !s.elseBlock) {
      const binding = this.cx.t.bindings.get(pat.id);
      const t = this.cx.final(binding?.ty ?? { k: 'error' });
      const l = this.b.newLocal(t, 'user', pat.name.span, pat.name.name, pat.mutable, s.ty !== null && writesStatic(s.ty));
      this.b.push({ k: 'storageLive', local: l, span: pat.name.span });
      if (s.init) this.into({ local: l, proj: [] }, s.init);
      this.localOf.set(pat.id, l);
      this.b.schedule(l, this.dropNeeded(t), 'block');
    } else if (pat.kind === 'wild' && !s.elseBlock) {
      // `let _ = place;` reads nothing; `let _ = value;` drops the value at the end of the statement.
      if (s.init && !isPlaceExpr(s.init)) {
        const t = this.ty(s.init);
        const l = this.scopedTemp(t, s.init);
        this.into({ local: l, proj: [] }, s.init);
      } else if (s.init) {
        this.placeOf(s.init, false);
      }
    } else if (s.init) {
      const place = this.placeOf(s.init, patBindsRefMut(pat, this.cx));
      // rustc's FakeRead(ForLet): the initializer's place is read before the pattern binds from it.
      if (isPlaceExpr(s.init) && place.proj.length > 0) this.b.push({ k: 'fakeRead', place, span: s.init.span });
      if (!s.elseBlock) {
        // The pattern's own type is after match ergonomics' dereferences (`let (a, b) = &t;`): check against the initializer's.
        const t = this.cx.patterns.derefsOf(pat) > 0 ? this.ty(s.init) : this.cx.patterns.tyOf(pat);
        if (!mentionsUnresolved(t)) this.patternError(checkIrrefutable(this.cx.patterns, t, pat, 'local binding'));
      }
      if (s.elseBlock) {
        const fail = this.b.newBlock();
        this.testPat(pat, place, fail);
        const ok = this.b.cur;
        this.b.cur = fail;
        this.into(null, s.elseBlock);
        this.b.terminate({ k: 'unreachable', span: s.elseBlock.span });
        this.b.cur = ok;
      }
      this.bindFrom(isPlaceExpr(s.init) ? { place, span: s.init.span } : null, () => this.bindPat(pat, place));
    } else {
      // `let (a, b);` without initializer: declare the bindings.
      collectBindings(pat, (bp) => this.declareBinding(bp.id));
    }
    this.extended = saved;
    this.b.popScope();
  }

  // ------------------------------------------------------------ places

  /** Lowers a place expression to a Place; a value expression goes to a scoped temporary. */
  placeOf(e: A.Expr, mutable: boolean): Place {
    switch (e.kind) {
      case 'paren': return this.placeOf(e.inner, mutable);
      case 'path': {
        const res = this.cx.t.paths.get(e.id);
        if (res && res.k === 'local') return this.localPlace(res.id);
        if (res && res.k === 'static') {
          const st = this.cx.items.statics[res.id];
          const t: Ty = { k: 'ref', mut: st.mutable, inner: this.cx.final(st.ty), region: { k: 'static' } };
          const l = this.temp(t, e.span);
          this.b.assign({ local: l, proj: [] }, { k: 'staticRef', id: res.id, mut: st.mutable }, e.span);
          return { local: l, proj: [{ k: 'deref' }] };
        }
        break;
      }
      case 'field': {
        const f = this.cx.t.fields.get(e.id);
        if (!f) break;
        const captured = this.capturedPlace(e);
        if (captured) return captured;
        if (f.overloaded) return proj(this.derefsThrough(e.base, f.derefs, f.overloaded, mutable), { k: 'field', index: f.index });
        const base = this.placeOf(e.base, mutable);
        return proj(this.derefs(base, f.derefs), { k: 'field', index: f.index });
      }
      case 'index': return this.indexPlace(e, mutable);
      case 'unary':
        if (e.op === '*') {
          const overloaded = this.cx.t.derefCalls.get(e.id);
          if (overloaded) return this.derefCall(isPlaceExpr(e.operand) ? this.placeOf(e.operand, mutable) : this.tempOf(e.operand), overloaded, e.span, mutable);
          const captured = this.capturedPlace(e);
          if (captured) return captured;
          const inner = isPlaceExpr(e.operand) ? this.placeOf(e.operand, mutable) : this.tempOf(e.operand);
          return proj(inner, { k: 'deref' });
        }
        break;
      default: break;
    }
    return this.tempOf(e);
  }

  /**
   * `*x` through the program's `impl Deref`: `*Deref::deref(&x)`, or `*DerefMut::deref_mut(&mut x)` for a
   * mutable use when it has that impl too (without it the shared borrow makes the checker's E0596/E0594).
   * The call's result is kept in a temporary.
   */
  private derefCall(place: Place, d: OverloadedDeref, span: A.Span, mutable = false): Place {
    const viaMut = mutable && d.derefMut ? d.derefMut : null;
    const fnId = viaMut ? viaMut.fn : d.fn;
    const fn = this.cx.items.fns[fnId];
    const tyArgs = (viaMut ? viaMut.tyArgs : d.tyArgs).map((t) => this.cx.final(t));
    const argTy = this.cx.final(substTy(fn.inputs[0], tyArgs));
    const arg = this.temp(argTy, span);
    this.b.assign({ local: arg, proj: [] }, { k: 'ref', mut: !!viaMut, place, twoPhase: false }, span);
    const outTy = this.cx.final(substTy(fn.output, tyArgs));
    const out = this.temp(outTy, span);
    this.call(this.fnCallee(fnId, tyArgs), [this.use({ local: arg, proj: [] }, argTy)], { local: out, proj: [] }, span, false, [span]);
    return { local: out, proj: [{ k: 'deref' }] };
  }

  /** Evaluates a value expression into a scoped temporary and returns its place. */
  private tempOf(e: A.Expr): Place {
    const t = this.adjustedTy(e);
    const l = this.scopedTemp(t, e);
    this.into({ local: l, proj: [] }, e);
    return { local: l, proj: [] };
  }

  /** A scoped temporary holding `e`'s value before its coercion. */
  private rawTempOf(e: A.Expr): Place {
    const l = this.scopedTemp(this.ty(e), e);
    this.into({ local: l, proj: [] }, e, true);
    return { local: l, proj: [] };
  }

  private localPlace(id: A.NodeId): Place {
    const alias = this.aliases.get(id);
    if (alias) return alias;
    const canon = this.cx.t.bindingAlias.get(id) ?? id;
    const l = this.localOf.get(canon);
    if (l !== undefined) return { local: l, proj: [] };
    const up = this.upvarPlace(canon, []);
    if (up) return up;
    // An upvar captured only in parts, named where nothing is read (`let _ = p;`): the env stands in.
    if (this.upvars.has(canon)) return { local: 1, proj: [] };
    // A binding used before its declaration was lowered (e.g. `let x;` assigned later) — declare it now.
    return { local: this.declareBinding(canon), proj: [] };
  }

  /** In a closure body: the env place of `proj` below upvar `id`, through the capture of the longest prefix of it. */
  private upvarPlace(id: A.NodeId, proj: readonly Proj[]): Place | null {
    let best: Upvar | null = null;
    for (const up of this.upvars.get(id) ?? []) {
      const prefix = up.proj.length <= proj.length && up.proj.every((p, i) => p.k === proj[i].k && (p.k !== 'field' || p.index === (proj[i] as typeof p).index));
      if (prefix && (!best || up.proj.length > best.proj.length)) best = up;
    }
    if (!best) return null;
    const p: Proj[] = this.envIsRef ? [{ k: 'deref' }] : [];
    p.push({ k: 'field', index: best.field });
    if (best.byRef) p.push({ k: 'deref' });
    p.push(...proj.slice(best.proj.length));
    return { local: 1, proj: p };
  }

  /**
   * A field/deref path on an upvar (then `derefs` more derefs), resolved through the
   * capture of its longest captured prefix: `c.name` where `(*c).name` was captured.
   */
  private capturedPlace(e: A.Expr, derefs = 0): Place | null {
    if (this.upvars.size === 0) return null;
    const proj: Proj[] = Array.from({ length: derefs }, (): Proj => ({ k: 'deref' }));
    let cur: A.Expr = e;
    for (;;) {
      if (cur.kind === 'paren') cur = cur.inner;
      else if (cur.kind === 'field') {
        const f = this.cx.t.fields.get(cur.id);
        // Through the program's `Deref` the closure captured the base itself: lowered as outside.
        if (!f || f.overloaded) return null;
        proj.unshift(...Array.from({ length: f.derefs }, (): Proj => ({ k: 'deref' })), { k: 'field', index: f.index });
        cur = cur.base;
      } else if (cur.kind === 'unary' && cur.op === '*') {
        if (this.cx.t.derefCalls.has(cur.id)) return null;
        proj.unshift({ k: 'deref' });
        cur = cur.operand;
      } else break;
    }
    if (cur.kind !== 'path') return null;
    const res = this.cx.t.paths.get(cur.id);
    if (!res || res.k !== 'local' || this.aliases.has(res.id)) return null;
    return this.upvarPlace(this.cx.t.bindingAlias.get(res.id) ?? res.id, proj);
  }

  /** `n` derefs of `e`'s place (an autoderef'd receiver, field base or indexed base), step `ov.at` a call of the program's `deref` (`deref_mut` when `mutable`). */
  private derefsThrough(e: A.Expr, n: number, ov: OverloadedDeref & { readonly at: number }, mutable = false): Place {
    const base = isPlaceExpr(e) ? this.placeOf(e, mutable) : this.tempOf(e);
    return this.derefs(this.derefCall(this.derefs(base, ov.at - 1), ov, e.span, mutable), n - ov.at);
  }

  private placeDerefs(e: A.Expr, mutable: boolean, n: number): Place {
    return (n > 0 ? this.capturedPlace(e, n) : null) ?? this.derefs(this.placeOf(e, mutable), n);
  }

  /** The place of a captured path in the enclosing body (a local's, or one of this closure's upvars'). */
  private capturePlace(id: A.NodeId, proj: readonly Proj[]): Place {
    const canon = this.cx.t.bindingAlias.get(id) ?? id;
    const up = this.aliases.has(id) ? null : this.upvarPlace(canon, proj);
    if (up) return up;
    const base = this.localPlace(id);
    return { local: base.local, proj: [...base.proj, ...proj] };
  }

  private derefs(p: Place, n: number): Place {
    if (n === 0) return p;
    const proj: Proj[] = p.proj.slice();
    for (let i = 0; i < n; i++) proj.push({ k: 'deref' });
    return { local: p.local, proj };
  }

  private indexPlace(e: A.IndexExpr, mutable: boolean): Place {
    const r = this.cx.t.indexes.get(e.id);
    if (!r) return this.tempOf(e);
    const baseTy = this.cx.final(r.baseTy);
    if (r.kind === 'builtin') {
      const base = r.overloaded ? this.derefsThrough(e.base, r.derefs, r.overloaded, mutable) : this.placeDerefs(e.base, mutable, r.derefs);
      const idx = this.operandToLocal(e.index, USIZE);
      const len = this.temp(USIZE, e.span);
      // An array's length is in its type: rustc's bounds check reads a constant, not the array
      // (so `&mut a[0]` then `&mut a[1]` is only E0499, without a use of `a` while borrowed).
      let arr: Ty = baseTy;
      for (let i = 0; i < r.derefs && (arr.k === 'ref' || (arr.k === 'builtin' && arr.name === 'Box')); i++) arr = arr.k === 'ref' ? arr.inner : arr.args[0];
      if (arr.k === 'array') this.b.assign({ local: len, proj: [] }, { k: 'use', op: lenOperand(arr.len) }, e.span);
      else this.b.assign({ local: len, proj: [] }, { k: 'len', place: base }, e.span);
      const ok = this.temp(BOOL, e.span);
      this.b.assign({ local: ok, proj: [] }, { k: 'binary', op: 'lt', left: { k: 'copy', place: { local: idx, proj: [] } }, right: { k: 'copy', place: { local: len, proj: [] } }, ty: USIZE }, e.span);
      const next = this.b.newBlock();
      const msg: AssertMsg = { k: 'bounds', len: { k: 'copy', place: { local: len, proj: [] } }, index: { k: 'copy', place: { local: idx, proj: [] } } };
      this.b.terminate({ k: 'assert', cond: { k: 'copy', place: { local: ok, proj: [] } }, expected: true, msg, target: next, span: e.span }, next);
      return proj(base, { k: 'index', local: idx });
    }
    // Overloaded: `*Index::index(&base, idx)` / `*IndexMut::index_mut(&mut base, idx)` (rustc's desugaring;
    // the receiver borrow is not two-phase, which is what makes `v[v.len() - 1] += 1` an E0502).
    const base = r.overloaded ? this.derefsThrough(e.base, r.derefs, r.overloaded, mutable) : this.placeDerefs(e.base, mutable, r.derefs);
    const refTy: Ty = { k: 'ref', mut: mutable, inner: baseTy, region: ANON };
    const recv = this.temp(refTy, e.base.span);
    this.b.assign({ local: recv, proj: [] }, { k: 'ref', mut: mutable, place: base, twoPhase: false }, e.span);
    const idx = this.operand(e.index);
    const outTy: Ty = { k: 'ref', mut: mutable, inner: this.cx.final(r.outputTy), region: ANON };
    const out = this.temp(outTy, e.span);
    let callee: Callee;
    if (r.user) {
      // The program's own impl; changing what it gives needs its `IndexMut` (rustc's E0596 without one).
      if (mutable && r.user.indexMut === null) {
        const what = `cannot borrow data in an index of \`${tyToString(baseTy, this.cx.items)}\` as mutable`;
        this.patternError(error('borrowck', 'E0596', what, e.span, [label(e.span, 'cannot borrow as mutable', true)], [`help: trait \`IndexMut\` is required to modify indexed content, but it is not implemented for \`${tyToString(baseTy, this.cx.items)}\``]));
      }
      callee = mutable && r.user.indexMut !== null ? this.fnCallee(r.user.indexMut, r.user.mutTyArgs) : this.fnCallee(r.user.index, r.user.tyArgs);
    } else callee = { k: 'builtin', name: mutable ? 'IndexMut::index_mut' : 'Index::index', tyArgs: [baseTy, this.cx.final(r.idxTy)] };
    this.call(callee, [{ k: 'move', place: { local: recv, proj: [] } }, idx], { local: out, proj: [] }, e.span);
    return { local: out, proj: [{ k: 'deref' }] };
  }

  private operandToLocal(e: A.Expr, t: Ty): LocalId {
    const op = this.operand(e);
    if ((op.k === 'copy' || op.k === 'move') && op.place.proj.length === 0 && this.b.locals[op.place.local].kind === 'temp') return op.place.local;
    const l = this.temp(t, e.span);
    this.b.assign({ local: l, proj: [] }, { k: 'use', op }, e.span);
    return l;
  }

  // ------------------------------------------------------------ operands

  /** The value of `e` (after its coercion, if any) as an operand. */
  operand(e: A.Expr): Operand {
    const c = this.cx.t.coercions.get(e.id);
    if (c) return this.coerced(e, c);
    return this.rawOperand(e);
  }

  private rawOperand(e: A.Expr): Operand {
    switch (e.kind) {
      case 'paren': return this.operand(e.inner);
      case 'lit': this.lintLiteral(e.lit, false, this.ty(e), e.span); return this.litOperand(e.lit, this.ty(e));
      case 'unary':
        if (e.op === '-' && e.operand.kind === 'lit' && (e.operand.lit.kind === 'int' || e.operand.lit.kind === 'float')) {
          const t = this.ty(e);
          this.lintLiteral(e.operand.lit, true, t, e.span);
          const v = e.operand.lit.kind === 'int' ? { k: 'int' as const, value: -e.operand.lit.value } : { k: 'float' as const, value: -e.operand.lit.value };
          if (t.k === 'float' && v.k === 'int') return { k: 'const', value: { k: 'float', value: Number(v.value) }, ty: t };
          return { k: 'const', value: v, ty: t };
        }
        break;
      case 'path': {
        const res = this.cx.t.paths.get(e.id);
        if (res?.k === 'const') return { k: 'const', value: { k: 'constItem', id: res.id }, ty: this.ty(e) };
        if (res?.k === 'constParam') return { k: 'const', value: { k: 'constParam', param: res.param }, ty: this.ty(e) };
        if (res?.k === 'assocConst') return { k: 'const', value: { k: 'assocConst', trait: res.trait, name: res.name, selfTy: this.cx.final(res.selfTy) }, ty: this.ty(e) };
        if (res?.k === 'fn') return { k: 'const', value: { k: 'fn', fn: res.fn, tyArgs: res.tyArgs.map((t) => this.cx.final(t)) }, ty: this.ty(e) };
        break;
      }
      default: break;
    }
    if (isPlaceExpr(e)) {
      const res = e.kind === 'path' ? this.cx.t.paths.get(e.id) : null;
      if (!res || res.k === 'local' || res.k === 'static' || e.kind !== 'path') {
        const p = this.placeOf(e, false);
        const t = this.ty(e);
        // A guard sees its arm's bindings by reference: moving one there is E0507 (rustc's fake borrows).
        if (res?.k === 'local' && this.aliases.has(res.id) && !this.copyable(t)) {
          const name = this.cx.t.bindings.get(res.id)?.name ?? '_';
          this.patternError(error('borrowck', 'E0507', `cannot move out of \`${name}\` in pattern guard`, e.span, [label(e.span, `move occurs because \`${name}\` has type \`${tyToString(t, this.cx.items)}\`, which does not implement the \`Copy\` trait`, true)], ['note: variables bound in patterns cannot be moved from until after the end of the pattern guard']));
          return { k: 'copy', place: p };
        }
        return this.use(p, t);
      }
    }
    const t = this.ty(e);
    const l = this.temp(t, e.span);
    this.into({ local: l, proj: [] }, e, true);
    return this.use({ local: l, proj: [] }, t);
  }

  /** E0005 for a parameter's pattern that some argument would not match (`fn f(Some(b): Option<i32>)`). */
  private checkParamPattern(pat: A.Pattern, local: LocalId, what: string): void {
    const t = this.b.locals[local].ty;
    if (!mentionsUnresolved(t)) this.patternError(checkIrrefutable(this.cx.patterns, t, pat, what));
  }

  private patternError(ds: Diagnostic | Diagnostic[] | null): void {
    if (!ds) return;
    const list = this.cx.patternErrors.get(this.fnId) ?? [];
    for (const d of Array.isArray(ds) ? ds : [ds]) if (!list.some((x) => x.span.start === d.span.start && x.code === d.code)) list.push(d);
    this.cx.patternErrors.set(this.fnId, list);
  }

  private lintLiteral(lit: A.LitValue, negated: boolean, t: Ty, span: A.Span): void {
    const d = literalOutOfRange(lit, negated, t, span, this.cx.source);
    if (d) this.cx.literalLints.set(span.start, d);
  }

  private litOperand(lit: A.LitValue, t: Ty): Operand {
    let value: ConstValue;
    switch (lit.kind) {
      case 'int': value = t.k === 'float' ? { k: 'float', value: Number(lit.value) } : { k: 'int', value: lit.value }; break;
      case 'float': value = { k: 'float', value: lit.value }; break;
      case 'bool': value = { k: 'bool', value: lit.value }; break;
      case 'char': value = { k: 'char', value: lit.value }; break;
      case 'str': value = { k: 'str', value: lit.value }; break;
    }
    return { k: 'const', value, ty: t };
  }

  /** The type of `e` after its coercion. */
  private adjustedTy(e: A.Expr): Ty {
    const c = this.cx.t.coercions.get(e.id);
    if (!c) return this.ty(e);
    if (c.unsizeTo) return this.cx.final(c.unsizeTo);
    let t = this.ty(e);
    for (let i = 0; i < c.derefs; i++) t = (c.overloaded?.at === i + 1 ? this.cx.final(c.overloaded.target) : derefStep(t)) ?? t;
    return { k: 'ref', mut: c.reborrow === 'refMut', inner: t, region: ANON };
  }

  /** Applies a recorded coercion: reborrow through derefs (`&*s`, `&**x`), then unsize. */
  private coerced(e: A.Expr, c: Coercion): Operand {
    let op: Operand;
    let t = this.ty(e);
    if (c.reborrow && c.derefs > 0 && c.overloaded) {
      // `&my_box` as `&str`: the derefs before the program's `deref`, its call, then the rest
      // (`&mut my_box` as `&mut Vec<T>`: its `deref_mut`).
      const at = c.overloaded.at;
      const mutable = c.reborrow === 'refMut';
      const before = e.kind === 'ref' && e.mutable === mutable ? this.derefs(this.placeOf(e.operand, mutable), at - 2) : this.derefs(isPlaceExpr(e) ? this.placeOf(e, mutable) : this.rawTempOf(e), at - 1);
      const place = this.derefs(this.derefCall(before, c.overloaded, e.span, mutable), c.derefs - at);
      let inner = this.cx.final(c.overloaded.target);
      for (let i = at; i < c.derefs; i++) inner = derefStep(inner) ?? inner;
      const refTy: Ty = { k: 'ref', mut: mutable, inner, region: ANON };
      const l = this.temp(refTy, e.span);
      this.b.assign({ local: l, proj: [] }, { k: 'ref', mut: mutable, place, twoPhase: false }, e.span);
      op = this.use({ local: l, proj: [] }, refTy);
      t = refTy;
    } else if (c.reborrow && c.derefs > 0) {
      let place: Place;
      let inner = t;
      if (e.kind === 'ref' && !e.mutable) {
        place = this.derefs(this.placeOf(e.operand, false), c.derefs - 1);
      } else {
        const base = isPlaceExpr(e) ? this.placeOf(e, false) : this.rawTempOf(e);
        place = this.derefs(base, c.derefs);
      }
      for (let i = 0; i < c.derefs; i++) inner = derefStep(inner) ?? inner;
      const refTy: Ty = { k: 'ref', mut: c.reborrow === 'refMut', inner, region: ANON };
      const l = this.temp(refTy, e.span);
      this.b.assign({ local: l, proj: [] }, { k: 'ref', mut: c.reborrow === 'refMut', place, twoPhase: false }, e.span);
      op = this.use({ local: l, proj: [] }, refTy);
      t = refTy;
    } else op = this.rawOperand(e);
    if (c.unsizeTo) {
      const to = this.cx.final(c.unsizeTo);
      const l = this.temp(to, e.span);
      this.b.assign({ local: l, proj: [] }, { k: 'coerce', op, to }, e.span);
      op = this.use({ local: l, proj: [] }, to);
    }
    return op;
  }

  // ------------------------------------------------------------ expressions into a destination

  /** Stores the value of `e` computed as `rv` into `dest`; with no dest, a moved value still gets dropped. */
  private put(dest: Place | null, e: A.Expr, rv: Rvalue): void {
    if (dest) this.b.assign(dest, rv, e.span);
    else if (rv.k === 'use' && rv.op.k === 'move' && this.dropNeeded(this.ty(e))) {
      // `x;` moves x into a temporary that is dropped at the end of the statement.
      const l = this.scopedTemp(this.ty(e), e);
      this.b.assign({ local: l, proj: [] }, rv, e.span);
    }
  }

  /**
   * Evaluates `e` into `dest` (null: for its effects only). `raw` skips the
   * coercion (the caller applies it).
   */
  into(dest: Place | null, e: A.Expr, raw = false): void {
    if (!raw && this.cx.t.coercions.has(e.id)) {
      const op = this.operand(e);
      if (dest) this.b.assign(dest, { k: 'use', op }, e.span);
      return;
    }
    const span = e.span;
    switch (e.kind) {
      case 'paren': return this.into(dest, e.inner);
      case 'lit': case 'path': {
        if (e.kind === 'path') {
          const res = this.cx.t.paths.get(e.id);
          if (res && (res.k === 'ctor' || res.k === 'builtinCtor')) {
            const t = this.ty(e);
            const kind = res.k === 'ctor'
              ? { k: 'adt' as const, adt: res.adt, variant: res.variant, tyArgs: res.tyArgs.map((x) => this.cx.final(x)) }
              : { k: 'builtin' as const, ty: t, variant: res.variant };
            this.put(dest, e, { k: 'aggregate', kind, ops: [] });
            return;
          }
          if (!dest && res && (res.k === 'local' || res.k === 'static')) {
            // A place evaluated for nothing: moves a non-Copy value out (then drops it), else reads nothing.
            const t = this.ty(e);
            if (!this.copyable(t)) this.put(dest, e, { k: 'use', op: { k: 'move', place: this.placeOf(e, false) } });
            return;
          }
        }
        this.put(dest, e, { k: 'use', op: this.rawOperand(e) });
        return;
      }
      case 'field': case 'index':
        if (!dest) { this.placeOf(e, false); return; }
        this.put(dest, e, { k: 'use', op: this.use(this.placeOf(e, false), this.ty(e)) });
        return;
      case 'unary': return this.unaryInto(dest, e);
      case 'ref': {
        const place = this.placeOf(e.operand, e.mutable);
        this.put(dest, e, { k: 'ref', mut: e.mutable, place, twoPhase: false });
        return;
      }
      case 'binary': return this.binaryInto(dest, e);
      case 'assign': {
        const leaves = this.cx.t.destructures.get(e.id);
        if (leaves) return this.destructuringAssign(dest, e, leaves);
        // The right side first, read before the target runs any code: `v[0] = v[1]` copies `v[1]`
        // out before `IndexMut` borrows `v` (rustc builds assignments right to left).
        const op = this.readNow(this.operand(e.value), e.value, [e.target], 0);
        const place = this.placeOf(e.target, true);
        const t = this.ty(e.target);
        if (this.dropNeeded(t)) {
          // Drop-and-replace: the old value is dropped before the new one is written.
          const next = this.b.newBlock();
          this.b.terminate({ k: 'drop', place, target: next, span: e.target.span }, next);
        }
        this.b.assign(place, { k: 'use', op }, span);
        if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, span);
        return;
      }
      case 'compoundAssign': return this.compoundInto(e, dest);
      case 'call': return this.callInto(dest, e);
      case 'methodCall': return this.methodCallInto(dest, e);
      case 'range': {
        const t = this.ty(e);
        const ops: Operand[] = [];
        if (e.start) ops.push(this.operand(e.start));
        if (e.end) ops.push(this.operand(e.end));
        // Range shape as the variant: 0 `a..b`, 1 `a..`, 2 `..b`, 3 `..` (and `a..=b` / `..=b` for RangeInclusive).
        const variant = e.start && e.end ? 0 : e.start ? 1 : e.end ? 2 : 3;
        this.put(dest, e, { k: 'aggregate', kind: { k: 'builtin', ty: t, variant }, ops });
        return;
      }
      case 'tuple': {
        if (e.elems.length === 0) { if (dest) this.put(dest, e, { k: 'use', op: UNIT_OP }); return; }
        const ops = this.inOrder(e.elems, (x) => this.operand(x));
        this.put(dest, e, { k: 'aggregate', kind: { k: 'tuple' }, ops });
        return;
      }
      case 'array': {
        const t = this.ty(e);
        const elem = t.k === 'array' ? t.elem : { k: 'error' as const };
        const ops = this.inOrder(e.elems, (x) => this.operand(x));
        this.put(dest, e, { k: 'aggregate', kind: { k: 'array', elem }, ops });
        return;
      }
      case 'arrayRepeat': {
        const t = this.ty(e);
        const op = this.operand(e.value);
        this.put(dest, e, { k: 'repeat', op, count: t.k === 'array' ? t.len : 0 });
        return;
      }
      case 'struct': return this.structInto(dest, e);
      case 'block':
        if (e.label) return this.labeledBlockInto(dest, e);
        return this.lowerBlockInto(dest, e);
      case 'if': return this.ifInto(dest, e);
      case 'match': return this.matchInto(dest, e);
      case 'loop': return this.loopInto(dest, e);
      case 'while': this.whileLoop(e); if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, span); return;
      case 'for': this.forLoop(e); if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, span); return;
      case 'break': return this.breakExpr(e);
      case 'continue': return this.continueExpr(e);
      case 'return': return this.returnExpr(e);
      case 'closure': return this.closureInto(dest, e);
      case 'macro': return this.macroInto(dest, e);
      case 'try': return this.tryInto(dest, e);
      case 'cast': {
        const op = this.operand(e.operand);
        const to = this.ty(e);
        // A cast to `&dyn T` or `Box<dyn T>` is the operand's coercion (recorded by typeck), nothing more.
        if (to.k === 'ref' || (to.k === 'builtin' && to.name === 'Box')) this.put(dest, e, { k: 'use', op });
        else this.put(dest, e, { k: 'cast', op, to });
        return;
      }
      case 'letCond': return;
    }
  }

  private unaryInto(dest: Place | null, e: A.UnaryExpr): void {
    if (e.op === '*') {
      const place = this.placeOf(e, false);
      if (dest) this.put(dest, e, { k: 'use', op: this.use(place, this.ty(e)) });
      return;
    }
    if (e.op === '-' && e.operand.kind === 'lit') { this.put(dest, e, { k: 'use', op: this.rawOperand(e) }); return; }
    const opCall = this.cx.t.opCalls.get(e.id);
    if (opCall) {
      // `-p` with `impl Neg for P`: a call of its `neg`, taking `p` by value.
      this.call(this.fnCallee(opCall.fn, opCall.tyArgs.map((t) => this.cx.final(t))), [this.argOperand(e.operand)], this.destFor(dest, e), e.span, false, [e.operand.span]);
      return;
    }
    const op = this.primOperand(e.operand);
    this.put(dest, e, { k: 'unary', op: e.op === '-' ? 'neg' : 'not', operand: op, ty: this.ty(e) });
  }

  /** An arithmetic operand: std's impls for `&i32` read through one reference. */
  private primOperand(e: A.Expr): Operand {
    const t = this.adjustedTy(e);
    if (t.k === 'ref' && isPrim(t.inner)) {
      const base = isPlaceExpr(e) && !this.cx.t.coercions.has(e.id) ? this.placeOf(e, false) : this.tempOfAdjusted(e);
      return { k: 'copy', place: proj(base, { k: 'deref' }) };
    }
    return this.operand(e);
  }

  private tempOfAdjusted(e: A.Expr): Place {
    const t = this.adjustedTy(e);
    const l = this.temp(t, e.span);
    this.b.assign({ local: l, proj: [] }, { k: 'use', op: this.operand(e) }, e.span);
    return { local: l, proj: [] };
  }

  private binaryInto(dest: Place | null, e: A.BinaryExpr): void {
    if (e.op === '&&' || e.op === '||') {
      // Short circuit: `a && b` is `if a { b } else { false }`.
      const d = dest ?? { local: this.temp(BOOL, e.span), proj: [] };
      const l = this.withTemps(endOf(e.left.span), () => this.operandToLocal(e.left, BOOL));
      const rhs = this.b.newBlock();
      const short = this.b.newBlock();
      const join = this.b.newBlock();
      const [onTrue, onFalse] = e.op === '&&' ? [rhs, short] : [short, rhs];
      this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: l, proj: [] } }, values: [0n], targets: [onFalse], otherwise: onTrue, span: e.span }, short);
      this.b.assign(d, { k: 'use', op: { k: 'const', value: { k: 'bool', value: e.op === '||' }, ty: BOOL } }, e.span);
      this.b.goto(join, e.span);
      this.b.cur = rhs;
      this.withTemps(endOf(e.right.span), () => this.into(d, e.right));
      this.b.goto(join, e.span);
      return;
    }
    const opCall = this.cx.t.opCalls.get(e.id);
    if (opCall) {
      // `a + b` with `impl Add for P`: a call of its `add`, taking both operands by value, left first.
      const args = this.inOrder([e.left, e.right], (a) => this.argOperand(a));
      this.call(this.fnCallee(opCall.fn, opCall.tyArgs.map((t) => this.cx.final(t))), args, this.destFor(dest, e), e.span, false, [e.left.span, e.right.span]);
      return;
    }
    if (this.cx.t.stringOps.has(e.id)) {
      const d = dest ?? { local: this.scopedTemp(STRING, e), proj: [] };
      const l = this.operand(e.left);
      const r = this.operand(e.right);
      this.call({ k: 'builtin', name: 'String::add', tyArgs: [] }, [l, r], d, e.span);
      return;
    }
    const op = BIN[e.op];
    const isCmp = op === 'eq' || op === 'ne' || op === 'lt' || op === 'le' || op === 'gt' || op === 'ge';
    const crossEq = this.cx.t.crossEqs.get(e.id);
    if (crossEq) {
      // `PartialEq::eq(&a, &b)`; with `&m == &f`, of what the references point at.
      const through = (a: A.Expr): Operand => {
        const [ref, t] = this.refTo(a);
        if (crossEq.derefs === 0) return { k: 'copy', place: { local: ref, proj: [] } };
        let inner = t;
        for (let i = 0; i < crossEq.derefs; i++) inner = derefStep(inner) ?? inner;
        const refTy: Ty = { k: 'ref', mut: false, inner, region: ANON };
        const l = this.temp(refTy, a.span);
        this.b.assign({ local: l, proj: [] }, { k: 'ref', mut: false, place: this.derefs({ local: ref, proj: [] }, crossEq.derefs + 1), twoPhase: false }, a.span);
        return { k: 'copy', place: { local: l, proj: [] } };
      };
      const eq = this.temp(BOOL, e.span);
      const args: Operand[] = [through(e.left), through(e.right)];
      this.call(this.fnCallee(crossEq.fn, crossEq.tyArgs), args, { local: eq, proj: [] }, e.span);
      const value: Operand = { k: 'copy', place: { local: eq, proj: [] } };
      this.put(dest, e, op === 'ne' ? { k: 'unary', op: 'not', operand: value, ty: BOOL } : { k: 'use', op: value });
      return;
    }
    if (this.cx.t.seqEqs.has(e.id)) {
      const [lref, lt] = this.refTo(e.left);
      const [rref, rt] = this.refTo(e.right);
      const eq = this.seqEq(lref, lt, rref, rt, e.span);
      const value: Operand = { k: 'copy', place: { local: eq, proj: [] } };
      this.put(dest, e, op === 'ne' ? { k: 'unary', op: 'not', operand: value, ty: BOOL } : { k: 'use', op: value });
      return;
    }
    if (isCmp) {
      let lt = this.adjustedTy(e.left), rt = this.adjustedTy(e.right);
      let l: Operand, r: Operand;
      // Comparing `&i32` with `&i32` compares the integers; peel equal reference depths to primitives.
      if (lt.k === 'ref' && rt.k === 'ref' && isPrim(lt.inner) && isPrim(rt.inner)) {
        l = this.primOperand(e.left);
        r = this.primOperand(e.right);
        lt = lt.inner;
        rt = rt.inner;
      } else if (isUnsized(lt) && isUnsized(rt)) {
        // `a[..] == b[..]`: unsized places compare through references to them, as `PartialEq::eq` takes them.
        const [lref] = this.refTo(e.left);
        const [rref] = this.refTo(e.right);
        l = { k: 'copy', place: { local: lref, proj: [] } };
        r = { k: 'copy', place: { local: rref, proj: [] } };
        lt = { k: 'ref', mut: false, inner: lt, region: ANON };
      } else {
        l = this.operandForRead(e.left);
        r = this.operandForRead(e.right);
      }
      this.put(dest, e, { k: 'binary', op, left: l, right: r, ty: lt });
      return;
    }
    const l = this.primOperand(e.left);
    const r = this.primOperand(e.right);
    const t = this.ty(e);
    this.put(dest, e, { k: 'binary', op, left: l, right: r, ty: op === 'shl' || op === 'shr' ? t : t });
  }

  /**
   * Comparisons take their operands by reference (`PartialEq::eq(&a, &b)`): a
   * non-Copy place is read in place (copied without moving — the interpreter only reads it).
   */
  private operandForRead(e: A.Expr): Operand {
    if (isPlaceExpr(e) && !this.cx.t.coercions.has(e.id)) {
      const place = this.placeOf(e, false);
      return { k: 'copy', place };
    }
    const t = this.adjustedTy(e);
    if (this.copyable(t)) return this.operand(e);
    const l = this.scopedTemp(t, e);
    this.b.assign({ local: l, proj: [] }, { k: 'use', op: this.operand(e) }, e.span);
    return { k: 'copy', place: { local: l, proj: [] } };
  }

  private compoundInto(e: A.CompoundAssignExpr, dest: Place | null): void {
    const opCall = this.cx.t.opCalls.get(e.id);
    if (opCall) {
      // `a += b` with `impl AddAssign for P`: `add_assign(&mut a, b)`.
      const target = this.placeOf(e.target, true);
      const selfTy = this.ty(e.target);
      const recv = this.temp({ k: 'ref', mut: true, inner: selfTy, region: ANON }, e.target.span);
      this.b.assign({ local: recv, proj: [] }, { k: 'ref', mut: true, place: target, twoPhase: true }, e.span);
      const v = this.argOperand(e.value);
      const fn = this.fnCallee(opCall.fn, opCall.tyArgs.map((t) => this.cx.final(t)));
      this.call(fn, [{ k: 'move', place: { local: recv, proj: [] } }, v], { local: this.temp(UNIT, e.span), proj: [] }, e.span, false, [e.target.span, e.value.span]);
      if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, e.span);
      return;
    }
    if (this.cx.t.stringOps.has(e.id)) {
      const target = this.placeOf(e.target, true);
      const recv = this.temp({ k: 'ref', mut: true, inner: STRING, region: ANON }, e.target.span);
      this.b.assign({ local: recv, proj: [] }, { k: 'ref', mut: true, place: target, twoPhase: true }, e.span);
      const v = this.operand(e.value);
      this.call({ k: 'builtin', name: 'String::add_assign', tyArgs: [] }, [{ k: 'move', place: { local: recv, proj: [] } }, v], { local: this.temp(UNIT, e.span), proj: [] }, e.span);
    } else {
      // rustc evaluates the right operand first for primitive compound assignment, and reads it then:
      // `v[0] += v[1]` reads `v[1]` (through the shared borrow Index gave) before borrowing `v` again.
      let v = this.primOperand(e.value);
      if (v.k !== 'const' && v.place.proj.some((p) => p.k === 'deref')) {
        const vt0 = this.ty(e.value);
        const vt = vt0.k === 'ref' ? vt0.inner : vt0;
        const l = this.temp(vt, e.value.span);
        this.b.assign({ local: l, proj: [] }, { k: 'use', op: v }, e.value.span);
        v = { k: 'copy', place: { local: l, proj: [] } };
      }
      const place = this.placeOf(e.target, true);
      const t = this.ty(e.target);
      this.b.assign(place, { k: 'binary', op: BIN[e.op], left: { k: 'copy', place }, right: v, ty: t }, e.span);
    }
    if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, e.span);
  }

  private structInto(dest: Place | null, e: A.StructExpr): void {
    const res = this.cx.t.paths.get(e.id);
    if (!res || res.k !== 'ctor') return;
    const adt = this.cx.items.adts[res.adt];
    const v = adt.variants[res.variant];
    const given = new Map<string, Operand>();
    // Field initialisers run in source order; the aggregate lists them in declaration order.
    const values = e.fields.map((f) => f.value);
    e.fields.forEach((f, i) => given.set(f.name.name, this.readNow(this.operand(f.value), f.value, values, i + 1)));
    const tyArgs = res.tyArgs.map((x) => this.cx.final(x));
    let base: Place | null = null;
    if (e.base) base = this.placeOf(e.base, false);
    const ops = v.fields.map((f, i) => {
      const g = given.get(f.name);
      if (g) return g;
      const ft = this.cx.final(this.cx.env.instantiate(f.ty, tyArgs));
      return this.use(proj(base ?? { local: 0, proj: [] }, { k: 'field', index: i }), ft);
    });
    this.put(dest, e, { k: 'aggregate', kind: { k: 'adt', adt: res.adt, variant: res.variant, tyArgs }, ops });
  }

  /** `exprs` as operands, each evaluated (and, where it matters, read) before the next: see `readNow`. */
  private inOrder(exprs: readonly A.Expr[], each: (e: A.Expr) => Operand): Operand[] {
    const ops: Operand[] = [];
    for (let i = 0; i < exprs.length; i++) ops.push(this.readNow(each(exprs[i]), exprs[i], exprs, i + 1));
    return ops;
  }

  /**
   * rustc moves or copies each operand of a call, tuple, array or constructor into a temporary as
   * soon as it is evaluated. So code in a later operand finds the place already moved
   * (`(v, v.len())` is E0382), and cannot change a value already read (`(x, { x += 1; x })` holds
   * the old `x`). Here a place operand stays a place, with no extra temporary in the trace, unless
   * one of the operands after it (`rest` from index `from`) runs code.
   */
  private readNow(op: Operand, e: A.Expr, rest: readonly A.Expr[], from: number): Operand {
    if (op.k === 'const') return op;
    let later = false;
    for (let i = from; i < rest.length && !later; i++) later = runsCode(rest[i]);
    if (!later || (op.place.proj.length === 0 && this.b.locals[op.place.local]?.kind === 'temp')) return op;
    const t = this.ty(e);
    const l = this.temp(t, e.span);
    this.b.assign({ local: l, proj: [] }, { k: 'use', op }, e.span);
    return this.use({ local: l, proj: [] }, t);
  }

  // ------------------------------------------------------------ calls

  private call(callee: Callee, args: Operand[], dest: Place, span: A.Span, diverges = false, argSpans?: readonly A.Span[]): void {
    const spans = argSpans && argSpans.length === args.length ? { argSpans } : {};
    if (diverges) {
      this.b.terminate({ k: 'call', callee, args, dest, target: null, span, ...spans });
      return;
    }
    const next = this.b.newBlock();
    this.b.terminate({ k: 'call', callee, args, dest, target: next, span, ...spans }, next);
  }

  private destFor(dest: Place | null, e: A.Expr): Place {
    if (dest) return dest;
    const t = this.ty(e);
    if (this.dropNeeded(t)) return { local: this.scopedTemp(t, e), proj: [] };
    return { local: this.temp(t, e.span), proj: [] };
  }

  private fnCallee(fnId: FnId, tyArgs: readonly Ty[]): Callee {
    const fn = this.cx.items.fns[fnId];
    const args = tyArgs.map((t) => this.cx.final(t));
    // `T::default()`, `T::new(..)`: a trait's function for a type parameter, found for its type at run time.
    if (fn.trait && !fn.impl && args.length > 0 && args[0].k === 'param') {
      return { k: 'trait', trait: fn.trait.key, method: fn.shortName, selfTy: args[0], tyArgs: args };
    }
    if (fn.builtin) return { k: 'builtin', name: fn.builtin, tyArgs: args };
    return { k: 'fn', fn: fnId, tyArgs: args };
  }

  private callInto(dest: Place | null, e: A.CallExpr): void {
    const c = this.cx.t.calls.get(e.id);
    if (!c) return;
    switch (c.k) {
      case 'ctor': {
        const ops = this.inOrder(e.args, (a) => this.operand(a));
        const rv: Rvalue = { k: 'aggregate', kind: { k: 'adt', adt: c.adt, variant: c.variant, tyArgs: c.tyArgs.map((t) => this.cx.final(t)) }, ops };
        this.b.assign(this.destFor(dest, e), rv, e.span);
        return;
      }
      case 'builtinCtor': {
        const ops = this.inOrder(e.args, (a) => this.operand(a));
        this.b.assign(this.destFor(dest, e), { k: 'aggregate', kind: { k: 'builtin', ty: this.ty(e), variant: c.variant }, ops }, e.span);
        return;
      }
      case 'fn': {
        const args = this.inOrder(e.args, (a) => this.argOperand(a));
        const diverges = this.ty(e).k === 'never';
        this.call(this.staticCallee(c.fn, c.tyArgs), args, this.destFor(dest, e), e.span, diverges, e.args.map((a) => a.span));
        return;
      }
      case 'value': {
        const calleeTy = this.cx.final(c.calleeTy);
        if (calleeTy.k === 'fndef') {
          const args = this.inOrder(e.args, (a) => this.argOperand(a));
          this.call(this.fnCallee(calleeTy.fn, calleeTy.args), args, this.destFor(dest, e), e.span);
          return;
        }
        const kind = this.callKind(calleeTy);
        const place = this.derefs(this.placeOf(e.callee, kind === 'FnMut'), c.derefs);
        let op: Operand;
        if (calleeTy.k === 'fnptr') op = { k: 'copy', place };
        else if (kind === 'FnOnce') op = this.use(place, calleeTy);
        else {
          const refTy: Ty = { k: 'ref', mut: kind === 'FnMut', inner: calleeTy, region: ANON };
          const l = this.temp(refTy, e.callee.span);
          this.b.assign({ local: l, proj: [] }, { k: 'ref', mut: kind === 'FnMut', place, twoPhase: false }, e.callee.span);
          op = { k: 'move', place: { local: l, proj: [] } };
        }
        const args = this.inOrder(e.args, (a) => this.argOperand(a));
        this.call({ k: 'value', op, kind: calleeTy.k === 'fnptr' ? 'Fn' : kind }, args, this.destFor(dest, e), e.span);
        return;
      }
    }
  }

  /** A direct call's callee; `s.parse::<Age>()` (or `str::parse::<Age>(s)`) with the program's `impl FromStr for Age` calls its `from_str(s)`. */
  private staticCallee(fn: FnId, tyArgs: readonly Ty[]): Callee {
    const target = tyArgs.length > 0 ? this.cx.final(tyArgs[tyArgs.length - 1]) : undefined;
    const fromStr = this.cx.items.fns[fn].builtin === 'str::parse' && target?.k === 'adt' ? ownStdImpl(this.cx.items, target.adt, 'FromStr')?.methods.get('from_str') : undefined;
    return fromStr !== undefined ? this.fnCallee(fromStr, []) : this.fnCallee(fn, tyArgs);
  }

  /** `(a, b) = (b, a + b)` as rustc desugars it: the right side into a temporary, then each place from its field. */
  /**
   * `[x, y] = [y, x + a]`, `Point { x, .. } = p`: as rustc reads it, `{ let [lhs0, lhs1] = value; x = lhs0; y = lhs1; }`.
   * Every part is taken out of the value first (what no part takes is dropped at the end of that `let`),
   * then each place is assigned in order, its old value dropped.
   */
  private destructuringAssign(dest: Place | null, e: A.AssignExpr, leaves: readonly DestructureLeaf[]): void {
    this.b.pushScope('block', endOf(e.span));
    this.b.pushScope('temps', endOf(e.value.span));
    const src = this.placeOf(e.value, false);
    if (isPlaceExpr(e.value) && src.proj.length > 0) this.b.push({ k: 'fakeRead', place: src, span: e.value.span });
    const parts = leaves.map((leaf) => {
      const t = this.cx.final(leaf.ty);
      const l = this.temp(t, leaf.target.span);
      this.b.push({ k: 'storageLive', local: l, span: leaf.target.span });
      this.b.schedule(l, this.dropNeeded(t), 'block');
      const from = leaf.path.reduce<Place>((p, x) => proj(p, x.k === 'field' ? x : { k: 'constIndex', offset: x.offset, fromEnd: x.fromEnd }), src);
      this.b.assign({ local: l, proj: [] }, { k: 'use', op: this.use(from, t) }, leaf.target.span);
      return { local: l, t };
    });
    this.b.popScope();
    leaves.forEach((leaf, i) => {
      const place = this.placeOf(leaf.target, true);
      if (this.dropNeeded(parts[i].t)) {
        const next = this.b.newBlock();
        this.b.terminate({ k: 'drop', place, target: next, span: leaf.target.span }, next);
      }
      this.b.assign(place, { k: 'use', op: this.use({ local: parts[i].local, proj: [] }, parts[i].t) }, leaf.target.span);
    });
    this.b.popScope();
    if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, e.span);
  }

  private callKind(t: Ty): 'Fn' | 'FnMut' | 'FnOnce' {
    if (t.k === 'closure') return this.cx.t.closuresByFn.get(t.fn)?.kind ?? 'Fn';
    if (t.k === 'dyn' || t.k === 'opaque') {
      const b = (t.k === 'dyn' ? t.traits : t.bounds).find((x) => x.fnSig);
      if (t.k === 'opaque' && !b && t.actual.k === 'closure') return this.callKind(t.actual);
      return (b?.trait as 'Fn') ?? 'Fn';
    }
    if (t.k === 'param') {
      const p = this.cx.items.fns[this.fnId].typeParams[t.index];
      const b = p?.bounds.find((x) => x.fnSig);
      return (b?.trait as 'Fn') ?? 'Fn';
    }
    return 'Fn';
  }

  /**
   * An argument; `&mut` places passed to `&mut` parameters are reborrowed by their coercion.
   * Like rustc, a value read through a pointer is copied into a temporary before the call:
   * the pointer is then dead at the call, where a two-phase receiver borrow is activated
   * (`v.insert(0, v[2])` reads `*Index::index(&v, 2)` during the reservation only).
   */
  private argOperand(a: A.Expr): Operand {
    const op = this.operand(a);
    if (op.k === 'const' || !op.place.proj.some((p) => p.k === 'deref') || this.cx.t.coercions.has(a.id)) return op;
    const t = this.ty(a);
    const l = this.temp(t, a.span);
    this.b.assign({ local: l, proj: [] }, { k: 'use', op }, a.span);
    return this.use({ local: l, proj: [] }, t);
  }

  private methodCallInto(dest: Place | null, e: A.MethodCallExpr): void {
    const m = this.cx.t.methods.get(e.id);
    if (!m) return;
    let recv: Operand;
    if (m.overloaded && m.derefs >= m.overloaded.at) {
      // Through the program's `Deref`: a `&self` method's borrow, a copy of the value, or (with its
      // `DerefMut`) a `&mut self` method's borrow.
      const mutable = m.autoref === 'refMut';
      const base = this.derefsThrough(e.receiver, m.derefs, m.overloaded, mutable);
      const selfTy = this.cx.final(m.selfTy);
      if (m.autoref) {
        const refTy: Ty = { k: 'ref', mut: mutable, inner: selfTy, region: ANON };
        const l = this.temp(refTy, e.receiver.span);
        this.b.assign({ local: l, proj: [] }, { k: 'ref', mut: mutable, place: base, twoPhase: false }, e.receiver.span);
        recv = { k: 'copy', place: { local: l, proj: [] } };
        if (m.unsizeTo) {
          const to = this.cx.final(m.unsizeTo);
          const u = this.temp(to, e.receiver.span);
          this.b.assign({ local: u, proj: [] }, { k: 'coerce', op: recv, to }, e.receiver.span);
          recv = { k: 'copy', place: { local: u, proj: [] } };
        }
      } else recv = this.use(base, selfTy);
    } else if (m.autoref) {
      const mutable = m.autoref === 'refMut';
      const base = isPlaceExpr(e.receiver) ? this.placeDerefs(e.receiver, mutable, m.derefs) : this.derefs(this.tempOf(e.receiver), m.derefs);
      const selfTy = this.cx.final(m.selfTy);
      const refTy: Ty = { k: 'ref', mut: mutable, inner: selfTy, region: ANON };
      const l = this.temp(refTy, e.receiver.span);
      // The `&mut` autoref of a receiver is a two-phase borrow (`v.push(v.len())`).
      this.b.assign({ local: l, proj: [] }, { k: 'ref', mut: mutable, place: base, twoPhase: mutable }, e.receiver.span);
      recv = { k: mutable ? 'move' : 'copy', place: { local: l, proj: [] } };
      if (m.unsizeTo) {
        const to = this.cx.final(m.unsizeTo);
        const u = this.temp(to, e.receiver.span);
        this.b.assign({ local: u, proj: [] }, { k: 'coerce', op: recv, to }, e.receiver.span);
        recv = { k: mutable ? 'move' : 'copy', place: { local: u, proj: [] } };
      }
    } else if (m.derefs > 0) {
      const base = isPlaceExpr(e.receiver) ? this.placeDerefs(e.receiver, false, m.derefs) : this.derefs(this.tempOf(e.receiver), m.derefs);
      recv = this.use(base, this.cx.final(m.selfTy));
    } else recv = this.readNow(this.operand(e.receiver), e.receiver, e.args, 0);
    const args = [recv, ...this.inOrder(e.args, (a) => this.argOperand(a))];
    const tyArgs = m.tyArgs.map((t) => this.cx.final(t));
    let callee: Callee;
    if (m.dispatch === 'dyn') callee = { k: 'dyn', trait: m.traitKey!, method: e.method.name };
    else if (m.dispatch === 'trait') callee = { k: 'trait', trait: m.traitKey!, method: m.method ?? e.method.name, selfTy: this.cx.final(m.selfTy), tyArgs };
    else callee = this.staticCallee(m.fn, tyArgs);
    const diverges = this.ty(e).k === 'never';
    this.call(callee, args, this.destFor(dest, e), e.span, diverges, [e.receiver.span, ...e.args.map((a) => a.span)]);
  }

  // ------------------------------------------------------------ control flow

  private ifInto(dest: Place | null, e: A.IfExpr): void {
    const join = this.b.newBlock();
    const elseEntry = this.b.newBlock();
    const hasLet = condHasLet(e.cond);
    // `if let` scrutinee temporaries live until the end of the whole if/else (edition 2021).
    this.b.pushScope('temps', endOf(e.span));
    const tempsScope = this.b.scopes[this.b.scopes.length - 1];
    this.b.pushScope('block', endOf(e.then.span));
    this.lowerCond(e.cond, elseEntry, hasLet);
    this.into(dest, e.then);
    this.b.popScope();
    this.b.goto(join, e.span);
    this.b.cur = elseEntry;
    if (e.else) this.into(dest, e.else);
    else if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, e.span);
    this.b.goto(join, e.span);
    this.b.cur = join;
    this.b.scopes.pop();
    this.b.emitScopeExit(tempsScope);
  }

  /** Lowers a condition; on failure jumps to `fail`, on success continues in the current block. */
  private lowerCond(c: A.Expr, fail: BlockId, _hasLet: boolean): void {
    if (c.kind === 'paren' && !condHasLet(c)) return this.lowerCond(c.inner, fail, false);
    if (c.kind === 'letCond') {
      const place = this.placeOf(c.value, patBindsRefMut(c.pat, this.cx));
      if (isPlaceExpr(c.value)) this.b.push({ k: 'fakeRead', place, span: c.value.span });
      this.testPat(c.pat, place, fail);
      this.bindFrom(isPlaceExpr(c.value) ? { place, span: c.value.span } : null, () => this.bindPat(c.pat, place));
      return;
    }
    if (c.kind === 'binary' && c.op === '&&' && condHasLet(c)) {
      this.lowerCond(c.left, fail, true);
      this.lowerCond(c.right, fail, true);
      return;
    }
    // A plain boolean condition is a terminating scope: its temporaries drop before the branch.
    const l = this.withTemps(endOf(c.span), () => this.operandToLocal(c, BOOL));
    const ok = this.b.newBlock();
    this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: l, proj: [] } }, values: [0n], targets: [fail], otherwise: ok, span: c.span }, ok);
  }

  private matchInto(dest: Place | null, e: A.MatchExpr): void {
    const scrutTy = this.ty(e.scrutinee);
    if (!mentionsUnresolved(scrutTy)) this.patternError(checkMatch(this.cx.patterns, scrutTy, e.scrutinee.span, e.arms));
    const scrutIsPlace = isPlaceExpr(e.scrutinee);
    const place = this.placeOf(e.scrutinee, e.arms.some((a) => patBindsRefMut(a.pat, this.cx)));
    if (scrutIsPlace) this.b.push({ k: 'fakeRead', place, span: e.scrutinee.span });
    const join = this.b.newBlock();
    const scrut = { place, reads: new Map<string, number>() };
    const from = scrutIsPlace ? { place, span: e.scrutinee.span } : null;
    for (const arm of e.arms) {
      const next = this.b.newBlock();
      const alts = arm.pat.kind === 'or' ? arm.pat.alts : [arm.pat];
      const body = this.b.newBlock();
      this.b.pushScope('block', endOf(arm.span));
      const deferred: { id: A.NodeId; place: Place }[] = [];
      alts.forEach((alt, i) => {
        const altFail = i < alts.length - 1 ? this.b.newBlock() : next;
        // The scrutinee's variant is read once, by the first arm that tests it: rustc's decision tree
        // does not read it again after a guard fails (`Some(n) if .. => n, Some(n) => ..` on `&mut`).
        const outer = this.scrutDiscr;
        this.scrutDiscr = scrut;
        this.testPat(alt, place, altFail);
        this.scrutDiscr = outer;
        this.bindFrom(from, () => this.bindPat(alt, place, arm.guard ? deferred : null));
        this.b.goto(body, arm.span);
        this.b.cur = altFail;
      });
      this.b.cur = body;
      if (arm.guard) {
        for (const d of deferred) this.aliases.set(d.id, d.place);
        const l = this.withTemps(endOf(arm.guard.span), () => this.operandToLocal(arm.guard!, BOOL));
        for (const d of deferred) this.aliases.delete(d.id);
        const ok = this.b.newBlock();
        this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: l, proj: [] } }, values: [0n], targets: [next], otherwise: ok, span: arm.guard.span }, ok);
        this.bindFrom(from, () => deferred.forEach((d) => this.bindOne(d.id, d.place)));
      }
      this.withTemps(endOf(arm.body.span), () => this.into(dest, arm.body));
      this.b.popScope();
      this.b.goto(join, arm.span);
      this.b.cur = next;
    }
    this.b.terminate({ k: 'unreachable', span: e.span }, join);
  }

  private loopInto(dest: Place | null, e: A.LoopExpr): void {
    const header = this.b.newBlock();
    const exit = this.b.newBlock();
    this.b.goto(header, e.span);
    this.loops.push({ label: e.label, isBlock: false, breakTo: exit, continueTo: header, dest, depth: this.b.scopes.length });
    this.into(null, e.body);
    this.loops.pop();
    this.b.goto(header, e.span);
    this.b.cur = exit;
  }

  private labeledBlockInto(dest: Place | null, e: A.BlockExpr): void {
    const exit = this.b.newBlock();
    this.loops.push({ label: e.label, isBlock: true, breakTo: exit, continueTo: null, dest, depth: this.b.scopes.length });
    this.lowerBlockInto(dest, e);
    this.loops.pop();
    this.b.goto(exit, e.span);
  }

  private whileLoop(e: A.WhileExpr): void {
    const header = this.b.newBlock();
    const exit = this.b.newBlock();
    this.b.goto(header, e.span);
    this.step(e.cond.span);
    const depth = this.b.scopes.length;
    this.b.pushScope('temps', endOf(e.body.span));
    const temps = this.b.scopes[this.b.scopes.length - 1];
    this.b.pushScope('block', endOf(e.body.span));
    const fail = this.b.newBlock();
    this.lowerCond(e.cond, fail, condHasLet(e.cond));
    this.loops.push({ label: e.label, isBlock: false, breakTo: exit, continueTo: header, dest: null, depth });
    this.into(null, e.body);
    this.loops.pop();
    this.b.popScope();
    this.b.popScope();
    this.b.goto(header, e.span);
    this.b.cur = fail;
    this.b.emitScopeExit(temps);
    this.b.goto(exit, e.span);
  }

  /**
   * `for pat in iter { body }` as rustc desugars it:
   * `let mut it = IntoIterator::into_iter(iter); loop { match Iter::next(&mut it) { None => break, Some(x) => { let pat = x; body } } }`.
   */
  private forLoop(e: A.ForExpr): void {
    const r = this.cx.t.fors.get(e.id);
    if (!r) return;
    const itemTy = this.cx.final(r.itemTy);
    // Your own iterator is iterated as it is, by its own `next`; anything else through std's iterators.
    const own = r.userNext;
    const iterTy: Ty = own !== undefined ? this.cx.final(r.userIntoIter?.output ?? r.iterTy) : { k: 'builtin', name: 'Iter', args: [itemTy] };
    // rustc's `for` is `match IntoIterator::into_iter(<head>) { mut iter => loop { .. } }`: the
    // head's temporaries live as long as the loop (`for x in &make()`, `for x in v.borrow().iter()`)
    // and are dropped after the iterator.
    this.b.pushScope('temps', endOf(e.span));
    this.b.pushScope('block', endOf(e.span));
    const it = this.b.newLocal(iterTy, 'temp', e.iter.span, null, true);
    this.b.push({ k: 'storageLive', local: it, span: e.iter.span });
    const src = this.operand(e.iter);
    if (r.userIntoIter) this.call(this.fnCallee(r.userIntoIter.fn, r.userIntoIter.tyArgs), [src], { local: it, proj: [] }, e.iter.span);
    else if (own !== undefined) this.b.assign({ local: it, proj: [] }, { k: 'use', op: src }, e.iter.span);
    else this.call({ k: 'builtin', name: 'IntoIterator::into_iter', tyArgs: [this.cx.final(r.iterTy)] }, [src], { local: it, proj: [] }, e.iter.span);
    this.b.schedule(it, true, 'block');
    const header = this.b.newBlock();
    const exit = this.b.newBlock();
    this.b.goto(header, e.span);
    const headerSpan: A.Span = { ...e.span, end: e.iter.span.end, endLine: e.iter.span.endLine, endCol: e.iter.span.endCol };
    this.step(headerSpan);
    const depth = this.b.scopes.length;
    const optTy: Ty = { k: 'builtin', name: 'Option', args: [itemTy] };
    const next = this.temp(optTy, e.iter.span);
    const refIt = this.temp({ k: 'ref', mut: true, inner: iterTy, region: ANON }, e.iter.span);
    this.b.assign({ local: refIt, proj: [] }, { k: 'ref', mut: true, place: { local: it, proj: [] }, twoPhase: false }, e.iter.span);
    const nextFn: Callee = own !== undefined ? { k: 'fn', fn: own, tyArgs: (r.userNextTyArgs ?? []).map((t) => this.cx.final(t)) } : { k: 'builtin', name: 'Iter::next', tyArgs: [itemTy] };
    this.call(nextFn, [{ k: 'move', place: { local: refIt, proj: [] } }], { local: next, proj: [] }, e.iter.span);
    const d = this.temp({ k: 'int', int: 'isize' }, e.iter.span);
    this.b.assign({ local: d, proj: [] }, { k: 'discriminant', place: { local: next, proj: [] } }, e.iter.span);
    const body = this.b.newBlock();
    this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: d, proj: [] } }, values: [0n], targets: [exit], otherwise: body, span: e.iter.span }, body);
    this.b.pushScope('block', endOf(e.body.span));
    const item: Place = { local: next, proj: [{ k: 'downcast', variant: 1 }, { k: 'field', index: 0 }] };
    if (!mentionsUnresolved(itemTy)) this.patternError(checkIrrefutable(this.cx.patterns, itemTy, e.pat, '`for` loop binding'));
    // The desugared `match iter.next() { Some(<pat>) => .. }` reads the item at the head's span:
    // a pattern that moves out of it (`for &s in &strings`) is reported there, as rustc does.
    this.b.push({ k: 'fakeRead', place: item, span: e.iter.span });
    this.bindFrom({ place: item, span: e.iter.span }, () => this.bindPat(e.pat, item));
    this.loops.push({ label: e.label, isBlock: false, breakTo: exit, continueTo: header, dest: null, depth });
    this.into(null, e.body);
    this.loops.pop();
    this.b.popScope();
    this.b.goto(header, e.span);
    this.b.cur = exit;
    this.b.popScope();
    this.b.popScope();
  }

  private findLoop(label: string | null): LoopTarget | null {
    for (let i = this.loops.length - 1; i >= 0; i--) {
      const l = this.loops[i];
      if (label === null ? !l.isBlock : l.label === label) return l;
    }
    return null;
  }

  private breakExpr(e: A.BreakExpr): void {
    const target = this.findLoop(e.label);
    if (!target) return;
    if (e.value) this.into(target.dest, e.value);
    else if (target.dest && target.isBlock === false) this.b.assign(target.dest, { k: 'use', op: UNIT_OP }, e.span);
    this.b.exitScopesTo(target.depth);
    this.b.gotoAndDetach(target.breakTo);
  }

  private continueExpr(e: A.ContinueExpr): void {
    const target = this.findLoop(e.label);
    if (!target || target.continueTo === null) return;
    this.b.exitScopesTo(target.depth);
    this.b.gotoAndDetach(target.continueTo);
  }

  private returnExpr(e: A.ReturnExpr): void {
    if (e.value) this.into({ local: 0, proj: [] }, e.value);
    else this.b.assign({ local: 0, proj: [] }, { k: 'use', op: UNIT_OP }, e.span);
    this.returnStep(e.span);
    this.b.exitScopesTo(0);
    this.b.terminate({ k: 'return', span: e.span });
  }

  /** `x?`: on Err/None, return Err(e)/None from the fn (after dropping every live scope). */
  private tryInto(dest: Place | null, e: A.TryExpr): void {
    const t = this.ty(e.operand);
    const place = isPlaceExpr(e.operand) ? this.placeOf(e.operand, false) : this.tempOf(e.operand);
    const isResult = t.k === 'builtin' && t.name === 'Result';
    const d = this.temp({ k: 'int', int: 'isize' }, e.span);
    this.b.assign({ local: d, proj: [] }, { k: 'discriminant', place }, e.span);
    const ok = this.b.newBlock();
    const bad = this.b.newBlock();
    const okVariant = isResult ? 0n : 1n;
    this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: d, proj: [] } }, values: [okVariant], targets: [ok], otherwise: bad, span: e.span }, bad);
    const retTy = this.b.locals[0].ty;
    if (isResult) {
      const errTy = t.k === 'builtin' ? t.args[1] : t;
      let errOp = this.use({ local: place.local, proj: [...place.proj, { k: 'downcast', variant: 1 }, { k: 'field', index: 0 }] }, errTy);
      const from = this.cx.t.tryFrom.get(e.id);
      if (from) {
        // `From::from(err)` of the program's impl: the error becomes the one the function returns.
        const errOut = retTy.k === 'builtin' ? retTy.args[1] : retTy;
        const c = this.temp(errOut, e.span);
        this.call(this.fnCallee(from.fn, from.tyArgs.map((x) => this.cx.final(x))), [errOp], { local: c, proj: [] }, e.span);
        errOp = { k: 'move', place: { local: c, proj: [] } };
      } else if (this.cx.t.tryBoxError.has(e.id)) {
        // `From::from(err)` into `Box<dyn Error>`: the error moves into a box.
        const errOut = retTy.k === 'builtin' ? retTy.args[1] : retTy;
        const c = this.temp(errOut, e.span);
        this.call({ k: 'builtin', name: 'Box::dyn_error', tyArgs: [] }, [errOp], { local: c, proj: [] }, e.span);
        errOp = { k: 'move', place: { local: c, proj: [] } };
      } else if (this.cx.t.tryToString.has(e.id)) {
        // `From::from(err)`: the `&str` error becomes the `String` the function returns.
        const s = this.temp(STRING, e.span);
        this.call({ k: 'builtin', name: 'String::from', tyArgs: [] }, [errOp], { local: s, proj: [] }, e.span);
        errOp = { k: 'move', place: { local: s, proj: [] } };
      }
      this.b.assign({ local: 0, proj: [] }, { k: 'aggregate', kind: { k: 'builtin', ty: retTy, variant: 1 }, ops: [errOp] }, e.span);
    } else {
      this.b.assign({ local: 0, proj: [] }, { k: 'aggregate', kind: { k: 'builtin', ty: retTy, variant: 0 }, ops: [] }, e.span);
    }
    this.returnStep(e.span);
    this.b.exitScopesTo(0, e.span);
    this.b.terminate({ k: 'return', span: e.span }, ok);
    const valTy = this.ty(e);
    const okPlace: Place = { local: place.local, proj: [...place.proj, { k: 'downcast', variant: isResult ? 0 : 1 }, { k: 'field', index: 0 }] };
    if (dest) this.b.assign(dest, { k: 'use', op: this.use(okPlace, valTy) }, e.span);
  }

  // ------------------------------------------------------------ closures

  private closureInto(dest: Place | null, e: A.ClosureExpr): void {
    const info = this.cx.t.closures.get(e.id);
    if (!info) return;
    this.cx.lowerClosureBody(e, info);
    const ops: Operand[] = info.captures.map((c) => {
      const place = this.capturePlace(c.id, c.proj);
      const t = this.cx.final(c.ty);
      if (c.mode === 'value') return this.use(place, t);
      const refTy: Ty = { k: 'ref', mut: c.mode === 'mutRef', inner: t, region: ANON };
      const l = this.temp(refTy, c.span);
      // rustc locates a capture's borrow at the closure's head (`|x|`), where the closure is made.
      const head: A.Span = { ...e.span, end: e.body.span.start, endLine: e.body.span.line, endCol: e.body.span.col };
      this.b.assign({ local: l, proj: [] }, { k: 'ref', mut: c.mode === 'mutRef', place, twoPhase: false }, head);
      return { k: 'move', place: { local: l, proj: [] } };
    });
    const fn = this.cx.items.fns[this.fnId];
    const tyArgs: Ty[] = fn.typeParams.map((p, index) => ({ k: 'param', name: p.name, index }));
    this.put(dest, e, { k: 'aggregate', kind: { k: 'closure', fn: info.fn, tyArgs }, ops });
  }

  // ------------------------------------------------------------ macros

  private macroInto(dest: Place | null, e: A.MacroExpr): void {
    const fmt = this.cx.t.fmts.get(e.id);
    switch (e.name) {
      case 'println': case 'print': case 'eprintln': case 'eprint': case 'format': {
        const pieces = e.name === 'format' ? inlineLiterals(fmt?.pieces ?? [], fmt?.args ?? []) : [...(fmt?.pieces ?? [])];
        if (e.name.endsWith('ln')) appendLit(pieces, '\n');
        const name = e.name === 'format' ? 'fmt::format' : e.name.startsWith('e') ? 'fmt::eprint' : 'fmt::print';
        const [ops, tys] = this.fmtArgs(fmt?.args ?? []);
        this.call({ k: 'builtin', name, tyArgs: tys }, [fmtConst(pieces), ...ops], this.destFor(dest, e), e.span);
        return;
      }
      case 'dbg': {
        // Each value moves into a temporary, `fmt::dbg` prints `[file:line:col] text = {:#?}` for it
        // to stderr, and the temporaries (a tuple of them) are the result.
        const spec: FmtSpec = { trait: 'Debug', fill: ' ', align: null, sign: null, alternate: true, zeroPad: false, width: null, precision: null };
        if (e.args.length === 0) {
          this.call({ k: 'builtin', name: 'fmt::dbg', tyArgs: [] }, [fmtConst([])], this.destFor(dest, e), e.span);
          return;
        }
        const ops: Operand[] = [];
        for (const a of e.args) {
          const t = this.ty(a);
          const value = this.operandToLocal(a, t);
          const r = this.temp({ k: 'ref', mut: false, inner: t, region: ANON }, a.span);
          this.b.assign({ local: r, proj: [] }, { k: 'ref', mut: false, place: { local: value, proj: [] }, twoPhase: false }, a.span);
          const text = this.cx.source.slice(a.span.start, a.span.end);
          const pieces: FmtPiece[] = [{ k: 'lit', text: `${text} = ` }, { k: 'arg', index: 0, spec }, { k: 'lit', text: '\n' }];
          const unit = { local: this.temp(UNIT, e.span), proj: [] };
          this.call({ k: 'builtin', name: 'fmt::dbg', tyArgs: [t] }, [fmtConst(pieces), { k: 'move', place: { local: r, proj: [] } }], unit, e.span);
          ops.push({ k: 'move', place: { local: value, proj: [] } });
        }
        if (ops.length === 1) this.put(dest, e, { k: 'use', op: ops[0] });
        else this.put(dest, e, { k: 'aggregate', kind: { k: 'tuple' }, ops });
        return;
      }
      case 'write': case 'writeln': {
        const pieces = [...(fmt?.pieces ?? [])];
        if (e.name === 'writeln') appendLit(pieces, '\n');
        let f: Operand;
        const target = this.ty(e.args[0]);
        if (this.cx.t.writeIntoString.has(e.id) && target.k !== 'ref') {
          // `write!(s, ..)` on a String place: `String::write_fmt(&mut s, ..)`.
          const recv = this.temp({ k: 'ref', mut: true, inner: STRING, region: ANON }, e.args[0].span);
          this.b.assign({ local: recv, proj: [] }, { k: 'ref', mut: true, place: this.placeOf(e.args[0], true), twoPhase: false }, e.args[0].span);
          f = { k: 'move', place: { local: recv, proj: [] } };
        } else f = this.argOperand(e.args[0]);
        const [ops, tys] = this.fmtArgs(fmt?.args ?? []);
        this.call({ k: 'builtin', name: 'Formatter::write_fmt', tyArgs: tys }, [f, fmtConst(pieces), ...ops], this.destFor(dest, e), e.span);
        return;
      }
      case 'panic': case 'unreachable': case 'todo': case 'unimplemented': {
        const prefix = e.name === 'unreachable' ? 'internal error: entered unreachable code' : e.name === 'todo' ? 'not yet implemented' : e.name === 'unimplemented' ? 'not implemented' : '';
        let pieces: FmtPiece[] = inlineLiterals(fmt?.pieces ?? [], fmt?.args ?? []);
        if (prefix) pieces = e.format ? [{ k: 'lit', text: prefix + ': ' }, ...pieces] : [{ k: 'lit', text: prefix }];
        else if (!e.format) pieces = [{ k: 'lit', text: 'explicit panic' }];
        const [ops, tys] = this.fmtArgs(fmt?.args ?? []);
        this.call({ k: 'builtin', name: 'fmt::panic', tyArgs: tys }, [fmtConst(pieces), ...ops], this.destFor(dest, e), e.span, true);
        return;
      }
      case 'assert': {
        const c = this.withTemps(endOf(e.args[0].span), () => this.operandToLocal(e.args[0], BOOL));
        const fail = this.b.newBlock();
        const ok = this.b.newBlock();
        this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: c, proj: [] } }, values: [0n], targets: [fail], otherwise: ok, span: e.span }, fail);
        const unit = { local: this.temp(UNIT, e.span), proj: [] };
        if (e.format) {
          const [ops, tys] = this.fmtArgs(fmt?.args ?? []);
          this.call({ k: 'builtin', name: 'fmt::panic', tyArgs: tys }, [fmtConst(inlineLiterals(fmt?.pieces ?? [], fmt?.args ?? [])), ...ops], unit, e.span, true);
        } else {
          const text = 'assertion failed: ' + this.cx.source.slice(e.args[0].span.start, e.args[0].span.end);
          this.call({ k: 'builtin', name: 'assert::failed', tyArgs: [] }, [{ k: 'const', value: { k: 'str', value: text }, ty: { k: 'ref', mut: false, inner: { k: 'str' }, region: { k: 'static' } } }], unit, e.span, true);
        }
        this.b.cur = ok;
        if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, e.span);
        return;
      }
      case 'assert_eq': case 'assert_ne': {
        const [lref, lt] = this.refTo(e.args[0]);
        const [rref, rt] = this.refTo(e.args[1]);
        let eq: LocalId;
        if (this.cx.t.seqEqs.has(e.id)) eq = this.seqEq(lref, lt, rref, rt, e.span);
        else {
          eq = this.temp(BOOL, e.span);
          this.b.assign({ local: eq, proj: [] }, { k: 'binary', op: 'eq', left: { k: 'copy', place: { local: lref, proj: [{ k: 'deref' }] } }, right: { k: 'copy', place: { local: rref, proj: [{ k: 'deref' }] } }, ty: lt }, e.span);
        }
        const fail = this.b.newBlock();
        const ok = this.b.newBlock();
        const isEq = e.name === 'assert_eq';
        this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: eq, proj: [] } }, values: [0n], targets: [isEq ? fail : ok], otherwise: isEq ? ok : fail, span: e.span }, fail);
        const [ops, tys] = this.fmtArgs(fmt?.args ?? []);
        const kind: Operand = { k: 'const', value: { k: 'str', value: isEq ? '==' : '!=' }, ty: { k: 'ref', mut: false, inner: { k: 'str' }, region: { k: 'static' } } };
        const msgOps: Operand[] = e.format ? [fmtConst(fmt?.pieces ?? []), ...ops] : [];
        this.call({ k: 'builtin', name: 'assert::eq_failed', tyArgs: [lt, rt, ...(e.format ? tys : [])] },
          [kind, { k: 'copy', place: { local: lref, proj: [] } }, { k: 'copy', place: { local: rref, proj: [] } }, ...msgOps], { local: this.temp(UNIT, e.span), proj: [] }, e.span, true);
        this.b.cur = ok;
        if (dest) this.b.assign(dest, { k: 'use', op: UNIT_OP }, e.span);
        return;
      }
      case 'vec': {
        const t = this.ty(e);
        const elem = t.k === 'builtin' ? t.args[0] : { k: 'error' as const };
        const d = this.destFor(dest, e);
        if (e.repeat) {
          const v = this.operand(e.repeat.value);
          const n = this.operand(e.repeat.count);
          this.call({ k: 'builtin', name: 'vec::from_elem', tyArgs: [elem] }, [v, n], d, e.span);
          return;
        }
        if (e.args.length === 0) {
          this.call({ k: 'builtin', name: 'Vec::new', tyArgs: [elem] }, [], d, e.span);
          return;
        }
        // rustc: `<[T]>::into_vec(Box::new([a, b, c]))` — exact capacity, elements moved in order.
        const arrTy: Ty = { k: 'array', elem, len: e.args.length };
        const arr = this.temp(arrTy, e.span);
        const ops = this.inOrder(e.args, (a) => this.operand(a));
        this.b.assign({ local: arr, proj: [] }, { k: 'aggregate', kind: { k: 'array', elem }, ops }, e.span);
        this.call({ k: 'builtin', name: 'slice::into_vec', tyArgs: [elem] }, [{ k: 'move', place: { local: arr, proj: [] } }], d, e.span);
        return;
      }
      default: return;
    }
  }

  /** `*l == *r` for two different sequence types (a Vec, an array, a slice): std's element-wise `PartialEq`. */
  private seqEq(lref: LocalId, lt: Ty, rref: LocalId, rt: Ty, span: A.Span): LocalId {
    const eq = this.temp(BOOL, span);
    this.call({ k: 'builtin', name: 'seq::eq', tyArgs: [lt, rt] }, [{ k: 'copy', place: { local: lref, proj: [] } }, { k: 'copy', place: { local: rref, proj: [] } }], { local: eq, proj: [] }, span);
    return eq;
  }

  /** `&arg` for format arguments: a shared borrow of the place (or of a temporary). */
  private fmtArgs(args: readonly A.Expr[]): [Operand[], Ty[]] {
    const ops: Operand[] = [];
    const tys: Ty[] = [];
    for (const a of args) {
      const [l, t] = this.refTo(a);
      ops.push({ k: 'move', place: { local: l, proj: [] } });
      tys.push(t);
    }
    return [ops, tys];
  }

  private refTo(a: A.Expr): [LocalId, Ty] {
    const t = this.adjustedTy(a);
    const place = isPlaceExpr(a) && !this.cx.t.coercions.has(a.id) ? this.placeOf(a, false) : this.tempOfScoped(a);
    const refTy: Ty = { k: 'ref', mut: false, inner: t, region: ANON };
    const l = this.temp(refTy, a.span);
    this.b.assign({ local: l, proj: [] }, { k: 'ref', mut: false, place, twoPhase: false }, a.span);
    return [l, t];
  }

  private tempOfScoped(a: A.Expr): Place {
    const t = this.adjustedTy(a);
    const l = this.scopedTemp(t, a);
    this.b.assign({ local: l, proj: [] }, { k: 'use', op: this.operand(a) }, a.span);
    return { local: l, proj: [] };
  }

  // ------------------------------------------------------------ patterns

  /** Emits the tests of a refutable pattern; jumps to `fail` when it does not match. */
  testPat(p: A.Pattern, place: Place, fail: BlockId): void {
    const t = this.cx.t;
    const derefs = t.patDerefs.get(p.id) ?? 0;
    place = this.derefs(place, derefs);
    const ty = this.cx.final(t.patTys.get(p.id) ?? { k: 'error' });
    switch (p.kind) {
      case 'wild': case 'rest': return;
      case 'ident': {
        const res = t.paths.get(p.id);
        if (res) { this.testCtor(res, place, ty, fail, p.span); return; }
        if (p.sub) this.testPat(p.sub, place, fail);
        return;
      }
      case 'lit':
        this.lintLiteral(p.lit, false, ty, p.span);
        return this.testEq(place, this.litOperand(p.lit, ty), ty, fail, p.span);
      case 'range': {
        if (p.start) this.testCmp(place, 'ge', this.litOperand(p.start, ty), ty, fail, p.span);
        if (p.end) this.testCmp(place, p.inclusive ? 'le' : 'lt', this.litOperand(p.end, ty), ty, fail, p.span);
        return;
      }
      case 'tuple': return this.seqPats(p.elems, place, ty.k === 'tuple' ? ty.elems.length : p.elems.length, (x, pl) => this.testPat(x, pl, fail));
      case 'tupleStruct': case 'struct': case 'path': {
        const res = t.paths.get(p.id);
        if (!res) return;
        const variantPlace = this.testCtor(res, place, ty, fail, p.span);
        if (p.kind === 'tupleStruct') this.seqPats(p.elems, variantPlace, this.fieldCount(res), (x, pl) => this.testPat(x, pl, fail));
        if (p.kind === 'struct') this.structFields(p, res, variantPlace, (x, pl) => this.testPat(x, pl, fail));
        return;
      }
      case 'ref': return this.testPat(p.inner, proj(place, { k: 'deref' }), fail);
      case 'or': {
        const ok = this.b.newBlock();
        p.alts.forEach((alt, i) => {
          const altFail = i < p.alts.length - 1 ? this.b.newBlock() : fail;
          this.testPat(alt, place, altFail);
          this.b.goto(ok, alt.span);
          this.b.cur = altFail;
        });
        this.b.cur = ok;
        return;
      }
      case 'slice': {
        const rest = p.elems.findIndex(isRestPat);
        const len = this.temp(USIZE, p.span);
        this.b.assign({ local: len, proj: [] }, { k: 'len', place }, p.span);
        const need = BigInt(rest < 0 ? p.elems.length : p.elems.length - 1);
        this.testCmp({ local: len, proj: [] }, rest < 0 ? 'eq' : 'ge', { k: 'const', value: { k: 'int', value: need }, ty: USIZE }, USIZE, fail, p.span);
        this.slicePats(p, place, (x, pl) => this.testPat(x, pl, fail));
        return;
      }
    }
  }

  private fieldCount(res: Res): number {
    if (res.k === 'ctor') return this.cx.items.adts[res.adt].variants[res.variant].fields.length;
    if (res.k === 'builtinCtor') return res.ty.k === 'builtin' && res.ty.name === 'Option' && res.variant === 0 ? 0 : 1;
    return 0;
  }

  /** The scrutinee place of the pattern being bound, kept on its bindings' locals (see `LocalDecl.matchPlace`). */
  private matchPlace: { place: Place; span: A.Span } | null = null;

  private bindFrom(from: { place: Place; span: A.Span } | null, bind: () => void): void {
    const saved = this.matchPlace;
    this.matchPlace = from;
    bind();
    this.matchPlace = saved;
  }

  /** Tests that `place` is the constructor/constant named by `res`; returns the place of its fields. */
  /** While a match's arms are tested: its scrutinee and the temporary holding its variant, once read. */
  private scrutDiscr: { place: Place; reads: Map<string, number> } | null = null;

  private testCtor(res: Res, place: Place, ty: Ty, fail: BlockId, span: A.Span): Place {
    if (res.k === 'const') {
      this.testEq(place, { k: 'const', value: { k: 'constItem', id: res.id }, ty }, ty, fail, span);
      return place;
    }
    let variant: number;
    let isEnum: boolean;
    if (res.k === 'ctor') {
      const adt = this.cx.items.adts[res.adt];
      isEnum = adt.kind === 'enum';
      variant = res.variant;
    } else if (res.k === 'builtinCtor') {
      isEnum = true;
      variant = res.variant;
    } else return place;
    if (!isEnum) return place;
    // The scrutinee itself, or what its patterns' default binding mode reaches through its references.
    const sc = this.scrutDiscr;
    const ofScrutinee = sc !== null && place.local === sc.place.local && place.proj.length >= sc.place.proj.length &&
      sc.place.proj.every((x, i) => JSON.stringify(x) === JSON.stringify(place.proj[i])) && place.proj.slice(sc.place.proj.length).every((x) => x.k === 'deref');
    const key = placeKey(place);
    let d = ofScrutinee ? sc!.reads.get(key) : undefined;
    if (d === undefined) {
      d = this.temp({ k: 'int', int: 'isize' }, span);
      this.b.assign({ local: d, proj: [] }, { k: 'discriminant', place }, span);
      if (ofScrutinee) sc!.reads.set(key, d);
    }
    const ok = this.b.newBlock();
    this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: d, proj: [] } }, values: [BigInt(variant)], targets: [ok], otherwise: fail, span }, ok);
    return proj(place, { k: 'downcast', variant });
  }

  private testEq(place: Place, value: Operand, ty: Ty, fail: BlockId, span: A.Span): void {
    if (ty.k === 'int' || ty.k === 'bool' || ty.k === 'char') {
      const v = value.k === 'const' ? value.value : null;
      const n = v?.k === 'int' ? v.value : v?.k === 'bool' ? (v.value ? 1n : 0n) : v?.k === 'char' ? BigInt(v.value.codePointAt(0)!) : null;
      if (n !== null) {
        const ok = this.b.newBlock();
        this.b.terminate({ k: 'switch', discr: { k: 'copy', place }, values: [n], targets: [ok], otherwise: fail, span }, ok);
        return;
      }
    }
    this.testCmp(place, 'eq', value, ty, fail, span);
  }

  private testCmp(place: Place, op: BinOp, value: Operand, ty: Ty, fail: BlockId, span: A.Span): void {
    const r = this.temp(BOOL, span);
    this.b.assign({ local: r, proj: [] }, { k: 'binary', op, left: { k: 'copy', place }, right: value, ty }, span);
    const ok = this.b.newBlock();
    this.b.terminate({ k: 'switch', discr: { k: 'copy', place: { local: r, proj: [] } }, values: [0n], targets: [fail], otherwise: ok, span }, ok);
  }

  private seqPats(elems: readonly A.Pattern[], place: Place, arity: number, f: (p: A.Pattern, pl: Place) => void): void {
    const rest = elems.findIndex((x) => x.kind === 'rest');
    elems.forEach((x, i) => {
      if (x.kind === 'rest') return;
      const index = rest < 0 || i < rest ? i : arity - (elems.length - i);
      f(x, proj(place, { k: 'field', index }));
    });
  }

  private slicePats(p: A.SlicePat, place: Place, f: (p: A.Pattern, pl: Place) => void): void {
    const rest = p.elems.findIndex(isRestPat);
    p.elems.forEach((x, i) => {
      if (x.kind === 'rest') return;
      if (i === rest && x.kind === 'ident') {
        // `rest @ ..`: the name binds the elements between the prefix and the suffix.
        f({ ...x, sub: null }, proj(place, { k: 'subslice', from: rest, to: p.elems.length - rest - 1 }));
        return;
      }
      const fromEnd = rest >= 0 && i > rest;
      const offset = fromEnd ? p.elems.length - i : i;
      f(x, proj(place, { k: 'constIndex', offset, fromEnd }));
    });
  }

  private structFields(p: A.StructPat, res: Res, place: Place, f: (p: A.Pattern, pl: Place) => void): void {
    if (res.k !== 'ctor') return;
    const v = this.cx.items.adts[res.adt].variants[res.variant];
    for (const fp of p.fields) {
      const index = v.fields.findIndex((x) => x.name === fp.name.name);
      if (index >= 0) f(fp.pat, proj(place, { k: 'field', index }));
    }
  }

  /**
   * Binds a pattern's names from `place` (after its tests passed). With
   * `deferred`, by-value bindings of non-Copy values are postponed (collected)
   * so a guard can fail without having moved anything.
   */
  bindPat(p: A.Pattern, place: Place, deferred: { id: A.NodeId; place: Place }[] | null = null): void {
    const t = this.cx.t;
    place = this.derefs(place, t.patDerefs.get(p.id) ?? 0);
    switch (p.kind) {
      case 'ident': {
        if (t.paths.has(p.id)) return; // a unit ctor/const, not a binding
        const b = t.bindings.get(p.id);
        if (deferred && b && b.mode === 'value' && !this.copyable(this.cx.final(b.ty))) deferred.push({ id: p.id, place });
        else this.bindOne(p.id, place);
        if (p.sub) this.bindPat(p.sub, place, deferred);
        return;
      }
      case 'tuple': {
        const ty = this.cx.final(t.patTys.get(p.id) ?? { k: 'error' });
        this.seqPats(p.elems, place, ty.k === 'tuple' ? ty.elems.length : p.elems.length, (x, pl) => this.bindPat(x, pl, deferred));
        return;
      }
      case 'tupleStruct': case 'struct': {
        const res = t.paths.get(p.id);
        if (!res) return;
        const isEnum = res.k === 'builtinCtor' || (res.k === 'ctor' && this.cx.items.adts[res.adt].kind === 'enum');
        const vp = isEnum ? proj(place, { k: 'downcast', variant: (res as { variant: number }).variant }) : place;
        if (p.kind === 'tupleStruct') this.seqPats(p.elems, vp, this.fieldCount(res), (x, pl) => this.bindPat(x, pl, deferred));
        else this.structFields(p, res, vp, (x, pl) => this.bindPat(x, pl, deferred));
        return;
      }
      case 'ref': return this.bindPat(p.inner, proj(place, { k: 'deref' }), deferred);
      case 'or': return this.bindPat(p.alts[0], place, deferred);
      case 'slice': return this.slicePats(p, place, (x, pl) => this.bindPat(x, pl, deferred));
      default: return;
    }
  }

  /** Declares (storageLive, scheduled for drop) the MIR local of a binding. */
  private declareBinding(id: A.NodeId): LocalId {
    const canon = this.cx.t.bindingAlias.get(id) ?? id;
    const existing = this.localOf.get(canon);
    if (existing !== undefined) return existing;
    const b = this.cx.t.bindings.get(canon);
    const t = this.cx.final(b?.ty ?? { k: 'error' });
    const span = b?.span ?? this.cx.items.fns[this.fnId].span;
    const l = this.b.newLocal(t, 'user', span, b?.name ?? null, b?.mutable ?? false);
    this.localOf.set(canon, l);
    this.b.push({ k: 'storageLive', local: l, span });
    this.b.schedule(l, this.dropNeeded(t), 'block');
    return l;
  }

  private bindOne(id: A.NodeId, place: Place): void {
    const canon = this.cx.t.bindingAlias.get(id) ?? id;
    const b = this.cx.t.bindings.get(id) ?? this.cx.t.bindings.get(canon);
    if (!b) return;
    let l = this.localOf.get(canon);
    if (l === undefined) l = this.declareBinding(canon);
    else this.b.push({ k: 'storageLive', local: l, span: b.span });
    const dest: Place = { local: l, proj: [] };
    if (this.matchPlace) this.b.locals[l] = { ...this.b.locals[l], matchPlace: this.matchPlace };
    if (b.mode === 'value') {
      this.b.assign(dest, { k: 'use', op: this.use(place, this.cx.final(b.ty)) }, b.span);
    } else {
      this.b.assign(dest, { k: 'ref', mut: b.mode === 'refMut', place, twoPhase: false }, b.borrowSpan ?? b.span);
    }
  }
}

// ------------------------------------------------------------ helpers

/** An array's length as an operand: a constant, or in a generic body its const parameter (`N`). */
function lenOperand(len: ArrayLen): Operand {
  if (typeof len === 'number') return { k: 'const', value: { k: 'int', value: BigInt(len) }, ty: USIZE };
  return { k: 'const', value: { k: 'constParam', param: len }, ty: USIZE };
}

function proj(p: Place, x: Proj): Place {
  return { local: p.local, proj: [...p.proj, x] };
}

/** A slice or `str`: a place of it is only ever used through a reference. */
function isUnsized(t: Ty): boolean {
  return t.k === 'slice' || t.k === 'str';
}

function isPrim(t: Ty): boolean {
  return t.k === 'int' || t.k === 'float' || t.k === 'bool' || t.k === 'char';
}

export function isPlaceExpr(e: A.Expr): boolean {
  switch (e.kind) {
    case 'path': return true;
    case 'field': case 'index': return true;
    case 'unary': return e.op === '*';
    case 'paren': return isPlaceExpr(e.inner);
    default: return false;
  }
}

function condHasLet(e: A.Expr): boolean {
  if (e.kind === 'letCond') return true;
  if (e.kind === 'paren') return condHasLet(e.inner);
  if (e.kind === 'binary' && e.op === '&&') return condHasLet(e.left) || condHasLet(e.right);
  return false;
}

/** rustc's temporary lifetime extension: `let x = &temp;`, `let s = S { r: &temp };`, `let t = (&a, &b);`. */
function markExtended(e: A.Expr, out: Set<A.NodeId>): void {
  switch (e.kind) {
    case 'ref': out.add(e.operand.id); markOperandExtended(e.operand, out); return;
    case 'struct': e.fields.forEach((f) => markExtended(f.value, out)); return;
    case 'tuple': case 'array': e.elems.forEach((x) => markExtended(x, out)); return;
    case 'block': if (e.tail) markExtended(e.tail, out); return;
    case 'paren': markExtended(e.inner, out); return;
    case 'cast': markExtended(e.operand, out); return;
    default: return;
  }
}

function markOperandExtended(e: A.Expr, out: Set<A.NodeId>): void {
  // `&temp.field` / `&temp[i]` extend the temporary holding the base too; `&&x` extends both.
  if (e.kind === 'field' || e.kind === 'index') { out.add(e.base.id); markOperandExtended(e.base, out); }
  if (e.kind === 'paren') { out.add(e.inner.id); markOperandExtended(e.inner, out); }
  if (e.kind === 'ref' || e.kind === 'struct' || e.kind === 'tuple' || e.kind === 'array') markExtended(e, out);
}

function patBindsRefMut(p: A.Pattern, cx: LowerCx): boolean {
  let m = false;
  collectBindings(p, (b) => { if (cx.t.bindings.get(b.id)?.mode === 'refMut') m = true; });
  return m;
}

function appendLit(pieces: FmtPiece[], text: string): void {
  const last = pieces[pieces.length - 1];
  if (last && last.k === 'lit') pieces[pieces.length - 1] = { k: 'lit', text: last.text + text };
  else pieces.push({ k: 'lit', text });
}

/**
 * rustc's lowering of `format_args!` writes a plain `{}` of a string literal or a small integer
 * literal into the format string itself (`panic!("code {}", 42)` is `panic!("code 42")`): a panic's
 * payload is then the `&'static str`, and `format!` copies it with the exact capacity. The operands
 * stay (a literal has no effect); only the pieces change.
 */
function inlineLiterals(pieces: readonly FmtPiece[], args: readonly A.Expr[]): FmtPiece[] {
  const out: FmtPiece[] = [];
  for (const p of pieces) {
    const text = p.k === 'arg' && plainDisplay(p.spec) ? literalText(args[p.index]) : null;
    if (text !== null) appendLit(out, text);
    else if (p.k === 'lit') appendLit(out, p.text);
    else out.push(p);
  }
  return out;
}

function plainDisplay(s: FmtSpec): boolean {
  return s.trait === 'Display' && s.fill === ' ' && s.align === null && s.sign === null && !s.alternate && !s.zeroPad && s.width === null && s.precision === null && !s.debugHex;
}

/** The text rustc inlines for a literal argument: a string's, or an integer's value that fits its type (i32 unsuffixed). */
function literalText(e: A.Expr | undefined): string | null {
  while (e?.kind === 'paren') e = e.inner;
  if (e?.kind !== 'lit') return null;
  if (e.lit.kind === 'str') return e.lit.value;
  const suffix = e.lit.kind === 'int' ? e.lit.suffix ?? 'i32' : null;
  if (e.lit.kind !== 'int' || suffix === null || !(INT_TYS as readonly string[]).includes(suffix)) return null;
  const t = suffix as IntTy;
  const max = (1n << BigInt(isSigned(t) ? intBits(t) - 1 : intBits(t))) - 1n;
  return e.lit.value <= max ? e.lit.value.toString() : null;
}

function fmtConst(pieces: readonly FmtPiece[]): Operand {
  return { k: 'const', value: { k: 'fmt', pieces }, ty: UNIT };
}

export type { Scope };

/** Whether evaluating `e` can run code that moves, borrows or changes a place (anything but a literal or a place read). */
function runsCode(e: A.Expr): boolean {
  switch (e.kind) {
    case 'lit': case 'path': return false;
    case 'paren': return runsCode(e.inner);
    case 'field': return runsCode(e.base);
    case 'unary': return !(e.op === '-' && e.operand.kind === 'lit');
    default: return true;
  }
}

function placeKey(p: Place): string {
  return `${p.local}:${JSON.stringify(p.proj)}`;
}

/**
 * Whether a written type names `'static` anywhere (`&'static str`, `Box<dyn Fn() + 'static>`). Only
 * then does a `let` annotation bind a region: a `'static` in the inferred type (a string literal's,
 * through `let v: Vec<_> = ...`) binds nothing.
 */
function writesStatic(t: A.Type): boolean {
  const bound = (b: A.TraitBound): boolean =>
    b.lifetime === 'static' || (b.path !== null && pathWritesStatic(b.path)) || (b.fnSugar !== null && (b.fnSugar.inputs.some(writesStatic) || (b.fnSugar.output !== null && writesStatic(b.fnSugar.output))));
  switch (t.kind) {
    case 'ref': return t.lifetime === 'static' || writesStatic(t.inner);
    case 'path': return pathWritesStatic(t.path);
    case 'tuple': return t.elems.some(writesStatic);
    case 'array': case 'slice': return writesStatic(t.elem);
    case 'impl': case 'dyn': return t.bounds.some(bound);
    case 'fnptr': return t.inputs.some(writesStatic) || (t.output !== null && writesStatic(t.output));
    default: return false;
  }
}

function pathWritesStatic(p: A.Path): boolean {
  return p.segments.some((s) => s.args !== null && (s.args.lifetimes.includes('static') || s.args.types.some(writesStatic) || s.args.bindings.some((b) => writesStatic(b.ty))));
}
