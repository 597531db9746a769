// Closure capture analysis, as rustc infers it (whole variables only):
// an upvar is captured by shared reference if the body only reads it (or
// copies a Copy value out of it), by mutable reference if the body mutates
// or mutably borrows it, and by value if the body moves it (or the closure
// is `move`). The closure kind follows: FnOnce if it moves a captured value
// out, FnMut if it mutates one, Fn otherwise.
import type * as A from '../syntax/ast.js';
import type { Ty } from '../types/ty.js';
import type { Infer } from './infer.js';
import type { ClosureInfo, Tables } from './tables.js';
import { isCopy, type TraitEnv } from './traits.js';

type Use = 'value' | 'ref' | 'mut';

const RANK: Record<Use, number> = { ref: 0, mut: 1, value: 2 };

export function analyzeCaptures(closure: A.ClosureExpr, info: ClosureInfo, t: Tables, infer: Infer, env: TraitEnv): void {
  const uses = new Map<A.NodeId, Use>();
  const upvars = new Set(info.upvars);
  /** Uses that move a non-Copy value out (decide FnOnce even for `move` closures). */
  let movesOut = false;
  let mutates = false;

  const tyOf = (e: A.Expr): Ty => infer.zonk(t.exprTys.get(e.id) ?? { k: 'error' });
  const note = (id: A.NodeId, u: Use) => {
    const prev = uses.get(id);
    if (!prev || RANK[u] > RANK[prev]) uses.set(id, u);
  };

  /** A place expression used in context `u`. */
  const place = (e: A.Expr, u: Use): void => {
    switch (e.kind) {
      case 'paren': return place(e.inner, u);
      case 'path': {
        const res = t.paths.get(e.id);
        if (res && res.k === 'local' && upvars.has(res.id)) {
          let use = u;
          if (u === 'value' && isCopy(tyOf(e), env)) use = 'ref';
          if (use === 'value') movesOut = true;
          if (use === 'mut') mutates = true;
          note(res.id, use);
        }
        return;
      }
      case 'field': {
        const f = t.fields.get(e.id);
        let use = u;
        if (u === 'value' && isCopy(tyOf(e), env)) use = 'ref';
        if (f && f.derefs > 0) use = throughDerefs(tyOf(e.base), f.derefs, use);
        return place(e.base, use);
      }
      case 'index': {
        const r = t.indexes.get(e.id);
        let use: Use = u === 'mut' ? 'mut' : 'ref';
        if (r && r.derefs > 0) use = throughDerefs(tyOf(e.base), r.derefs, use);
        value(e.index, 'value');
        return place(e.base, use);
      }
      case 'unary':
        if (e.op === '*') {
          const bt = infer.shallow(tyOf(e.operand));
          // Moving out of a Box moves the box; through a reference only reads or mutates it.
          if (bt.k === 'ref') return place(e.operand, u === 'mut' && bt.mut ? 'mut' : 'ref');
          return place(e.operand, u);
        }
        return value(e, u);
      default:
        return value(e, u);
    }
  };

  /** Deref steps through `&` weaken a move to a read; through `&mut` a mutation stays a unique borrow. */
  const throughDerefs = (base: Ty, n: number, u: Use): Use => {
    let cur = infer.shallow(base);
    for (let i = 0; i < n; i++) {
      if (cur.k === 'ref') return u === 'mut' && cur.mut ? 'mut' : 'ref';
      if (cur.k === 'builtin' && (cur.name === 'Rc' || cur.name === 'Ref')) return 'ref';
      if (cur.k === 'builtin' && cur.name === 'RefMut') return u === 'value' ? 'ref' : u;
      const next = cur.k === 'builtin' ? cur.args[0] : null;
      if (!next) return u;
      cur = infer.shallow(next);
    }
    return u;
  };

  const isPlaceExpr = (e: A.Expr): boolean =>
    e.kind === 'path' || e.kind === 'field' || e.kind === 'index' || (e.kind === 'unary' && e.op === '*') || (e.kind === 'paren' && isPlaceExpr(e.inner));

  /** Any expression evaluated for its value (`u` is how its result is used when it is a place). */
  const value = (e: A.Expr, u: Use = 'value'): void => {
    if (isPlaceExpr(e) && e.kind !== 'unary') return place(e, u);
    switch (e.kind) {
      case 'unary':
        if (e.op === '*') return place(e, u);
        return value(e.operand);
      case 'lit': case 'continue': return;
      case 'ref': return place(e.operand, e.mutable ? 'mut' : 'ref');
      case 'binary': {
        // Operators on primitives read their operands; std's impls take `&T` operands by value (Copy).
        value(e.left);
        value(e.right);
        return;
      }
      case 'assign': value(e.value); return place(e.target, 'mut');
      case 'compoundAssign': value(e.value); return place(e.target, 'mut');
      case 'call': {
        const c = t.calls.get(e.id);
        if (c && c.k === 'value') {
          const kind = calleeKind(c.calleeTy);
          place(e.callee, kind === 'FnOnce' ? 'value' : kind === 'FnMut' ? 'mut' : 'ref');
        } else value(e.callee);
        e.args.forEach((a) => value(a));
        return;
      }
      case 'methodCall': {
        const m = t.methods.get(e.id);
        let use: Use = 'value';
        if (m) {
          use = m.autoref === 'refMut' ? 'mut' : m.autoref === 'ref' ? 'ref' : 'value';
          if (m.derefs > 0) use = throughDerefs(tyOf(e.receiver), m.derefs, use);
        }
        place(e.receiver, use);
        e.args.forEach((a) => value(a));
        return;
      }
      case 'range': if (e.start) value(e.start); if (e.end) value(e.end); return;
      case 'tuple': case 'array': e.elems.forEach((x) => value(x)); return;
      case 'arrayRepeat': value(e.value); return;
      case 'struct':
        e.fields.forEach((f) => value(f.value));
        if (e.base) place(e.base, 'value');
        return;
      case 'block':
        for (const s of e.stmts) stmt(s);
        if (e.tail) value(e.tail, u);
        return;
      case 'if': cond(e.cond); value(e.then, u); if (e.else) value(e.else, u); return;
      case 'letCond': return scrutinee(e.value, [e.pat]);
      case 'match':
        scrutinee(e.scrutinee, e.arms.map((a) => a.pat));
        for (const a of e.arms) { if (a.guard) cond(a.guard); value(a.body, u); }
        return;
      case 'loop': value(e.body); return;
      case 'while': cond(e.cond); value(e.body); return;
      case 'for': value(e.iter); value(e.body); return;
      case 'break': if (e.value) value(e.value); return;
      case 'return': if (e.value) value(e.value); return;
      case 'closure': {
        const inner = t.closures.get(e.id);
        if (!inner) return;
        for (const c of inner.captures) {
          const res = c.id;
          if (!upvars.has(res)) continue;
          const use: Use = c.mode === 'value' ? 'value' : c.mode === 'mutRef' ? 'mut' : 'ref';
          const pseudo: A.PathExpr = { kind: 'path', id: -1, span: c.span, path: { id: -1, span: c.span, segments: [] } };
          void pseudo;
          let u2 = use;
          if (u2 === 'value' && isCopy(infer.zonk(t.bindings.get(res)?.ty ?? { k: 'error' }), env)) u2 = 'ref';
          if (u2 === 'value') movesOut = true;
          if (u2 === 'mut') mutates = true;
          note(res, u2);
        }
        return;
      }
      case 'macro': {
        const fmt = t.fmts.get(e.id);
        if (fmt) {
          const checked = e.name.startsWith('assert') ? e.args.slice(0, e.checked) : [];
          checked.forEach((a) => (e.name === 'assert' ? value(a) : place(a, 'ref')));
          fmt.args.forEach((a) => (checked.includes(a) ? undefined : place(a, 'ref')));
          return;
        }
        if (e.repeat) { value(e.repeat.value); value(e.repeat.count); }
        e.args.forEach((a) => value(a));
        return;
      }
      case 'try': return value(e.operand);
      case 'cast': return value(e.operand);
      case 'paren': return value(e.inner, u);
      default: return;
    }
  };

  const cond = (c: A.Expr): void => {
    if (c.kind === 'letCond') return scrutinee(c.value, [c.pat]);
    if (c.kind === 'binary' && c.op === '&&') { cond(c.left); cond(c.right); return; }
    value(c);
  };

  /** A matched place is read; by-value bindings of non-Copy parts move it, `ref mut` bindings mutate it. */
  const scrutinee = (e: A.Expr, pats: A.Pattern[]): void => {
    if (!isPlaceExpr(e)) return value(e);
    let use: Use = 'ref';
    for (const p of pats) {
      visitBindings(p, (id) => {
        const b = t.bindings.get(id);
        if (!b) return;
        if (b.mode === 'refMut') use = use === 'value' ? 'value' : 'mut';
        if (b.mode === 'value' && !isCopy(infer.zonk(b.ty), env)) use = 'value';
      });
    }
    place(e, use);
  };

  const stmt = (s: A.Stmt): void => {
    if (s.kind === 'let') {
      if (s.init) {
        if (s.pat.kind === 'wild') return; // `let _ = x;` does not read x
        if (s.pat.kind === 'ident' && s.pat.byRef === 'none') value(s.init);
        else scrutinee(s.init, [s.pat]);
      }
      if (s.elseBlock) value(s.elseBlock);
    } else if (s.kind === 'expr') value(s.expr);
  };

  const calleeKind = (ty: Ty): 'Fn' | 'FnMut' | 'FnOnce' => {
    const s = infer.shallow(ty);
    if (s.k === 'closure') return t.closuresByFn.get(s.fn)?.kind ?? 'Fn';
    if (s.k === 'dyn' || s.k === 'opaque') {
      const b = (s.k === 'dyn' ? s.traits : s.bounds).find((x) => x.fnSig);
      return (b?.trait as 'Fn') ?? 'Fn';
    }
    if (s.k === 'param') {
      for (const b of envBounds(s.name)) if (b === 'FnOnce' || b === 'FnMut') return b;
    }
    return 'Fn';
  };
  const envBounds = (name: string): string[] => (['FnOnce', 'FnMut'] as const).filter((tr) => env.paramHasBound(name, tr));

  value(closure.body);

  info.captures = info.upvars
    .filter((id) => uses.has(id) || closure.isMove)
    .map((id) => {
      const u = uses.get(id) ?? 'ref';
      const b = t.bindings.get(id);
      const mode = closure.isMove || u === 'value' ? 'value' : u === 'mut' ? 'mutRef' : 'ref';
      return { id, name: b?.name ?? '?', mode, span: info.upvarSpans.get(id)! };
    });
  info.kind = movesOut ? 'FnOnce' : mutates ? 'FnMut' : 'Fn';
}

function visitBindings(p: A.Pattern, f: (id: A.NodeId) => void): void {
  switch (p.kind) {
    case 'ident': f(p.id); if (p.sub) visitBindings(p.sub, f); break;
    case 'tuple': case 'tupleStruct': case 'slice': p.elems.forEach((x) => visitBindings(x, f)); break;
    case 'struct': p.fields.forEach((x) => visitBindings(x.pat, f)); break;
    case 'ref': visitBindings(p.inner, f); break;
    case 'or': p.alts.forEach((a) => visitBindings(a, f)); break;
    default: break;
  }
}
