// Where rustc's type checker reborrows a returned reference as a whole, so that its MIR writes the
// return place there (E0515 points at that write: "cannot return value referencing temporary value"
// at a whole `match`, not at the arm that borrows a temporary).
//
// Each coercion site of a reference (a block's tail, a `match` arm, a `return`, the body itself)
// is a reborrow unless the value already has the target type with the target's lifetime. A
// `match` takes its type from its first arm, coerced to the one expected; a later arm whose type
// differs (a reference with another lifetime: a call's, a `&`'s, a deref coercion's) makes the
// match's type a new lifetime, so the match itself is reborrowed where it is coerced. An `if`'s
// branches and a block are coerced inside, so they have the expected type exactly. `&mut` is
// reborrowed at every site. A function's returns and its body are coerced in order the same way.
import type * as A from '../../syntax/ast.js';
import type { Ty } from '../../types/ty.js';
import { tyEq } from '../../types/ty.js';
import type { Res } from '../../typeck/tables.js';

export interface ReborrowTyping {
  tyOf(e: A.Expr): Ty;
  resOf(e: A.Expr): Res | undefined;
}

/**
 * The spans of the outermost expressions that rustc reborrows on their way to the return place
 * (a reborrowed block gives its tail's), and the spans of the `return` operands they may hold.
 */
export function wholeReborrows(fn: A.FnItem, output: Ty, typing: ReborrowTyping): { readonly at: readonly A.Span[]; readonly returns: readonly A.Span[] } | null {
  if (output.k !== 'ref' || !fn.body || !fn.ret || fn.ret.kind !== 'ref') return null;
  const retAst = fn.ret;
  const mut = output.mut;
  const at: A.Span[] = [];
  // A block without a tail gives no reference (its `return`s are sites of their own).
  const never = (e: A.Expr): boolean => (e.kind === 'block' ? !e.tail || never(e.tail) : typing.tyOf(e).k === 'never');
  const strip = (e: A.Expr): A.Expr => (e.kind === 'paren' ? strip(e.inner) : e);

  // `x` for a parameter `x: &'a T` of a `-> &'a T` (elided alike, with no `&self` to take it).
  const params = new Map(fn.params.flatMap((p) => (p.pat.kind === 'ident' && p.ty.kind === 'ref' ? [[p.pat.id, p.ty] as const] : [])));
  const refSelf = fn.selfParam !== null && fn.selfParam.mode !== 'value' && fn.selfParam.mode !== 'box';
  const sameLifetime = (p: A.RefType) => {
    const elided = (l: string | null) => l === null || l === '_';
    return elided(retAst.lifetime) ? elided(p.lifetime) && !refSelf : p.lifetime === retAst.lifetime;
  };
  const exactParam = (e: A.Expr) => {
    const res = e.kind === 'path' ? typing.resOf(e) : undefined;
    const p = res?.k === 'local' ? params.get(res.id) : undefined;
    return p !== undefined && !p.mutable && sameLifetime(p) && tyEq(typing.tyOf(e), output);
  };
  /** The expression's own type is already the target, lifetime included: its coercion changes nothing. */
  const exact = (e: A.Expr): boolean => {
    const x = strip(e);
    if (never(x)) return true;
    if (x.kind === 'block' || x.kind === 'if') return true;
    if (x.kind === 'match') return !x.arms.some((a, k) => k > 0 && !exact(a.body));
    return exactParam(x);
  };
  /** The expressions of one coercion site in order: the first coerced to the target, each later one to what they share. */
  const coerceAll = (es: readonly A.Expr[]) => {
    let changed = false;
    es.forEach((e, k) => {
      const x = strip(e);
      if (never(x)) return;
      const reborrowed = mut || !exact(x) || (k > 0 && changed);
      if (k > 0 && reborrowed) changed = true;
      if (reborrowed) at.push(x.kind === 'block' && x.tail ? x.tail.span : x.span);
      else inside(x);
    });
  };
  const inside = (x: A.Expr) => {
    if (x.kind === 'block') {
      if (x.tail) coerceAll([x.tail]);
    } else if (x.kind === 'match') coerceAll(x.arms.map((a) => a.body));
    else if (x.kind === 'if') coerceAll(x.else ? [x.then, x.else] : [x.then]);
  };
  const returns = returnOperands(fn.body);
  coerceAll([...returns, fn.body]);
  return at.length > 0 ? { at, returns: returns.map((r) => r.span) } : null;
}

/** The operands of the body's `return`s in source order (not its closures'). */
function returnOperands(body: A.BlockExpr): A.Expr[] {
  const out: A.Expr[] = [];
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    const n = v as { kind?: unknown; value?: A.Expr | null };
    if (n.kind === 'closure' || n.kind === 'item') return;
    if (n.kind === 'return' && n.value) out.push(n.value);
    for (const k in v) if (k !== 'span') walk((v as Record<string, unknown>)[k]);
  };
  walk(body);
  return out.sort((a, b) => a.span.start - b.span.start);
}
