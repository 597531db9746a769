// Closure capture analysis, as rustc 2021 infers it: a closure captures the
// places its body uses (an upvar, or a path of fields and derefs of references
// and boxes below it; an index or an overloaded deref captures its base), by
// shared reference if the body only reads the place (or copies a Copy value out
// of it), by mutable reference if it mutates or mutably borrows it, and by
// value if it moves it (or the closure is `move`). By-value captures stop at
// the first deref; by-reference ones after the last deref of a `&`. A place
// captured together with a part of it is captured once, as the shorter place
// with the stronger mode. The closure kind follows: FnOnce if it moves a
// captured value out, FnMut if it mutates one, Fn otherwise.
import type * as A from '../syntax/ast.js';
import { isCounted, isGuard, isSharedGuard, type Ty } from '../types/ty.js';
import type { Infer } from './infer.js';
import type { Capture, CaptureProj, ClosureInfo, Tables } from './tables.js';
import { isCopy, type TraitEnv } from './traits.js';

type Use = 'value' | 'ref' | 'mut';

const RANK: Record<Use, number> = { ref: 0, mut: 1, value: 2 };

/** The projections between an upvar and the used place, outermost last, with the type after each. */
interface Suffix {
  readonly proj: readonly CaptureProj[];
  readonly tys: readonly Ty[];
}

const WHOLE: Suffix = { proj: [], tys: [] };

interface Entry {
  readonly id: A.NodeId;
  proj: CaptureProj[];
  /** tys[i]: the type after i projections (tys[0] is the upvar's). */
  tys: Ty[];
  use: Use;
}

const projEq = (a: CaptureProj, b: CaptureProj) => a.k === b.k && (a.k === 'deref' || a.index === (b as typeof a).index);
const isPrefix = (pre: readonly CaptureProj[], of: readonly CaptureProj[]) => pre.length <= of.length && pre.every((p, i) => projEq(p, of[i]));

export function analyzeCaptures(closure: A.ClosureExpr, info: ClosureInfo, t: Tables, infer: Infer, env: TraitEnv): void {
  const entries: Entry[] = [];
  const upvars = new Set(info.upvars);
  /** Uses that move a non-Copy value out (decide FnOnce even for `move` closures). */
  let movesOut = false;
  let mutates = false;
  /** Where each of those first happens (E0525's "closure is `FnOnce` because it moves the variable `s`"). */
  let movesAt: ClosureInfo['kindReason'];
  let mutatesAt: ClosureInfo['kindReason'];

  const tyOf = (e: A.Expr): Ty => infer.zonk(t.exprTys.get(e.id) ?? { k: 'error' });
  const note = (id: A.NodeId, sfx: Suffix, rootTy: Ty, u: Use) => {
    const prev = entries.find((x) => x.id === id && x.proj.length === sfx.proj.length && isPrefix(x.proj, sfx.proj));
    if (prev) {
      if (RANK[u] > RANK[prev.use]) prev.use = u;
      return;
    }
    entries.push({ id, proj: [...sfx.proj], tys: [rootTy, ...sfx.tys], use: u });
  };

  /**
   * `n` auto-derefs of a value of type `base` in front of `sfx`; only built-in derefs
   * (references, Box) are places a closure can capture through, others capture the base.
   */
  const derefs = (base: Ty, n: number, sfx: Suffix): Suffix => {
    const proj: CaptureProj[] = [];
    const tys: Ty[] = [];
    let cur = infer.shallow(base);
    for (let i = 0; i < n; i++) {
      const next = cur.k === 'ref' ? cur.inner : cur.k === 'builtin' && cur.name === 'Box' ? cur.args[0] : null;
      if (!next) return WHOLE;
      proj.push({ k: 'deref' });
      tys.push(infer.zonk(next));
      cur = infer.shallow(next);
    }
    return { proj: [...proj, ...sfx.proj], tys: [...tys, ...sfx.tys] };
  };

  /** A place expression used in context `u`; `sfx` are the fields applied to it by the enclosing expressions. */
  const place = (e: A.Expr, u: Use, sfx: Suffix = WHOLE): void => {
    switch (e.kind) {
      case 'paren': return place(e.inner, u, sfx);
      case 'path': {
        const res = t.paths.get(e.id);
        if (res && res.k === 'local' && upvars.has(res.id)) {
          let use = u;
          if (u === 'value' && isCopy(tyOf(e), env)) use = 'ref';
          if (use === 'value') { movesOut = true; movesAt ??= { upvar: res.id, span: e.span }; }
          if (use === 'mut') { mutates = true; mutatesAt ??= { upvar: res.id, span: e.span }; }
          note(res.id, sfx, tyOf(e), use);
        }
        return;
      }
      case 'field': {
        const f = t.fields.get(e.id);
        let use = u;
        if (u === 'value' && isCopy(tyOf(e), env)) use = 'ref';
        if (f && f.derefs > 0) use = throughDerefs(tyOf(e.base), f.derefs, use);
        if (!f) return place(e.base, use);
        const withField: Suffix = { proj: [{ k: 'field', index: f.index }, ...sfx.proj], tys: [tyOf(e), ...sfx.tys] };
        return place(e.base, use, derefs(tyOf(e.base), f.derefs, withField));
      }
      case 'index': {
        const r = t.indexes.get(e.id);
        let use: Use = u === 'mut' ? 'mut' : 'ref';
        if (r && r.derefs > 0) use = throughDerefs(tyOf(e.base), r.derefs, use);
        value(e.index, 'value');
        return place(e.base, use, derefs(tyOf(e.base), r?.derefs ?? 0, WHOLE));
      }
      case 'unary':
        if (e.op === '*') {
          // Copying a Copy value out of `*b` only reads `b`.
          const use = u === 'value' && isCopy(tyOf(e), env) ? 'ref' : u;
          const bt = infer.shallow(tyOf(e.operand));
          const inner = derefs(bt, 1, sfx);
          // Moving out of a Box moves the box; through a reference only reads or mutates it.
          if (bt.k === 'ref') return place(e.operand, use === 'mut' && bt.mut ? 'mut' : 'ref', inner);
          // Through an Rc or Arc (or a read guard) a closure only reads the pointer: writing is E0594, not FnMut.
          if (bt.k === 'builtin' && (isCounted(bt.name) || isSharedGuard(bt.name))) return place(e.operand, 'ref', inner);
          return place(e.operand, use, inner);
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
      if (cur.k === 'builtin' && (isCounted(cur.name) || isSharedGuard(cur.name))) return 'ref';
      if (cur.k === 'builtin' && isGuard(cur.name)) return u === 'value' ? 'ref' : u;
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
        // Comparisons borrow both operands (`PartialEq::eq(&a, &b)`): `|| name == "a"` captures `name` by
        // reference. Other operators on primitives read their operands; std's impls take `&T` operands by
        // value (Copy); `String + &str` moves the String.
        const cmp = e.op === '==' || e.op === '!=' || e.op === '<' || e.op === '<=' || e.op === '>' || e.op === '>=';
        value(e.left, cmp ? 'ref' : 'value');
        value(e.right, cmp ? 'ref' : 'value');
        return;
      }
      case 'assign': {
        value(e.value);
        // `(a, b) = (b, a)`: each assigned place is written.
        const leaves = t.destructures.get(e.id);
        if (leaves) return leaves.forEach((l) => place(l.target, 'mut'));
        return place(e.target, 'mut');
      }
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
        place(e.receiver, use, m && m.autoref ? derefs(tyOf(e.receiver), m.derefs, WHOLE) : WHOLE);
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
        // An inner closure's captured places are uses of the same places here.
        const inner = t.closures.get(e.id);
        if (!inner) return;
        for (const c of inner.captures) {
          const res = c.id;
          if (!upvars.has(res)) continue;
          let u2: Use = c.mode === 'value' ? 'value' : c.mode === 'mutRef' ? 'mut' : 'ref';
          if (u2 === 'value' && isCopy(infer.zonk(c.ty), env)) u2 = 'ref';
          if (u2 === 'value') { movesOut = true; movesAt ??= { upvar: res, span: c.span }; }
          if (u2 === 'mut') { mutates = true; mutatesAt ??= { upvar: res, span: c.span }; }
          const rootTy = infer.zonk(t.bindings.get(res)?.ty ?? { k: 'error' });
          note(res, { proj: c.proj, tys: c.projTys }, rootTy, u2);
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

  info.captures = finishCaptures(info, entries, closure.isMove, t, infer, env);
  info.kind = movesOut ? 'FnOnce' : mutates ? 'FnMut' : 'Fn';
  info.kindReason = movesOut ? movesAt : mutates ? mutatesAt : undefined;
  // Written for a stricter trait (passed straight to `F: Fn()`): rustc takes the closure kind from
  // that bound, so its body then moves or mutates through a shared (or unique) reference to its
  // captures, which the borrow checker reports (E0507, E0594, E0596) where it happens.
  const strictness = { Fn: 0, FnMut: 1, FnOnce: 2 } as const;
  if (info.expectedKind && strictness[info.expectedKind] < strictness[info.kind]) info.kind = info.expectedKind;
}

/**
 * Turns the used places into captures, with rustc's adjustments: borrows stop at a
 * packed struct's field; by-value captures
 * stop at the first deref and before a field of a type with a Drop impl (its fields
 * cannot be moved out); by-reference ones after the last deref of a shared reference
 * (reading through `&` needs only that reference). A place captured along with a
 * part of it absorbs the part, taking the stronger mode.
 */
function finishCaptures(info: ClosureInfo, entries: Entry[], isMove: boolean, t: Tables, infer: Infer, env: TraitEnv): Capture[] {
  // A field of a packed struct may be unaligned: what is borrowed is the struct, never the field (rustc's
  // `restrict_repr_packed_field_ref_capture`), before a `move` closure turns the borrows into moves.
  const packed = (ty: Ty) => {
    const s = infer.shallow(ty);
    return s.k === 'adt' && env.items.adts[s.adt]?.repr?.pack != null;
  };
  const list = entries.map((x) => {
    const n = x.use === 'value' ? -1 : x.proj.findIndex((p, i) => p.k === 'field' && packed(x.tys[i]));
    const at = n < 0 ? x : { ...x, proj: x.proj.slice(0, n), tys: x.tys.slice(0, n + 1) };
    return { ...at, use: (isMove ? 'value' : x.use) as Use };
  });
  if (isMove) {
    // A `move` closure takes every upvar it mentions, even one it does not use as a place.
    for (const id of info.upvars) {
      if (list.some((x) => x.id === id)) continue;
      list.push({ id, proj: [], tys: [infer.zonk(t.bindings.get(id)?.ty ?? { k: 'error' })], use: 'value' });
    }
  }
  const truncate = (x: Entry, n: number) => {
    x.proj = x.proj.slice(0, n);
    x.tys = x.tys.slice(0, n + 1);
  };
  const hasDropImpl = (ty: Ty) => {
    const s = infer.shallow(ty);
    return s.k === 'adt' && env.items.adts[s.adt]?.dropFn != null;
  };
  const adjust = (x: Entry) => {
    if (x.use === 'value') {
      // Nothing moves out of a type with a Drop impl, so a by-value capture stops at one, unless what
      // it takes is Copy (`move || c.0` with `c.0: &str` copies the field; `c` stays, as rustc does).
      const copied = isCopy(infer.zonk(x.tys[x.proj.length]), env);
      const n = x.proj.findIndex((p, i) => p.k === 'deref' || (!copied && hasDropImpl(x.tys[i])));
      if (n >= 0) truncate(x, n);
      return;
    }
    const last = x.proj.map((p) => p.k).lastIndexOf('deref');
    const before = last >= 0 ? infer.shallow(x.tys[last]) : null;
    if (before && before.k === 'ref' && !before.mut) {
      truncate(x, last + 1);
      x.use = 'ref';
    }
  };
  let kept: Entry[] = [];
  for (let changed = true; changed; ) {
    changed = false;
    list.forEach(adjust);
    kept = [];
    for (const x of [...list].sort((a, b) => a.proj.length - b.proj.length)) {
      const anc = kept.find((k) => k.id === x.id && isPrefix(k.proj, x.proj));
      if (!anc) {
        kept.push({ ...x });
        continue;
      }
      if (RANK[x.use] > RANK[anc.use]) {
        anc.use = x.use;
        // A stronger mode may need the shorter place adjusted again.
        if (anc.proj.length) changed = true;
      }
    }
    if (changed) {
      list.length = 0;
      list.push(...kept);
    }
  }
  const order = new Map(info.upvars.map((id, i) => [id, i]));
  kept.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const fieldName = (base: Ty, index: number): string => {
    const s = infer.shallow(base);
    return s.k === 'adt' ? env.items.adts[s.adt]?.variants[0]?.fields[index]?.name ?? String(index) : String(index);
  };
  return kept.map((x): Capture => {
    let name = t.bindings.get(x.id)?.name ?? '?';
    x.proj.forEach((p, i) => (name = p.k === 'field' ? `${name}.${fieldName(x.tys[i], p.index)}` : i === x.proj.length - 1 ? `*${name}` : name));
    return {
      id: x.id,
      name,
      proj: x.proj,
      projTys: x.tys.slice(1),
      ty: x.tys[x.tys.length - 1],
      mode: x.use === 'value' ? 'value' : x.use === 'mut' ? 'mutRef' : 'ref',
      span: info.upvarSpans.get(x.id)!,
    };
  });
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
