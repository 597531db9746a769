// Type checking of a whole crate: collect items, check every body, then run
// closure capture analysis (which needs the final types).
import type { Crate, ClosureExpr, Expr, Stmt, Pattern } from '../syntax/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { Infer } from './infer.js';
import { Items } from './items.js';
import { Checker } from './check.js';
import { analyzeCaptures } from './captures.js';

export interface TypeckResult {
  readonly items: Items;
  readonly checker: Checker;
  readonly infer: Infer;
  readonly diagnostics: Diagnostic[];
}

export function typeckCrate(crate: Crate, prelude: Crate, source: string): TypeckResult {
  const infer = new Infer();
  const items = new Items(infer);
  items.collect(prelude, crate);
  const checker = new Checker(items, infer, source);
  // Signature-level errors (E0106, unknown types) come first, as rustc's resolver reports them first.
  const userFns = items.fns.filter((f) => !f.isPrelude && f.ast?.body);
  for (const c of items.consts) checker.checkConstBody(c.body, c.value, c.ty);
  for (const s of items.statics) checker.checkConstBody(s.body, s.ast.value, s.ty);
  for (const fn of userFns) checker.checkFn(fn);
  // Captures: inner closures first (an inner closure's captures are uses in the outer one).
  const closures: ClosureExpr[] = [];
  for (const fn of userFns) collectClosures(fn.ast!.body!, closures);
  for (const c of items.consts) collectClosures(c.value, closures);
  for (const c of closures) {
    const info = checker.t.closures.get(c.id);
    if (!info) continue;
    checker.typeParamsFor(info.enclosingFn);
    analyzeCaptures(c, info, checker.t, infer, checker);
    checker.captureTys.set(info.fn, info.captures.map((cap) => {
      const ty = infer.zonk(checker.t.bindings.get(cap.id)?.ty ?? { k: 'error' });
      return cap.mode === 'value' ? ty : { k: 'ref', mut: cap.mode === 'mutRef', inner: ty, region: { k: 'anon' } };
    }));
  }
  const diagnostics = [...items.diagnostics, ...checker.diags];
  return { items, checker, infer, diagnostics };
}

/** Post-order: a closure nested in another comes before it. */
function collectClosures(e: Expr, out: ClosureExpr[]): void {
  walkExpr(e, (x) => { if (x.kind === 'closure') out.push(x); });
}

/** Visits sub-expressions after their children (post-order). */
export function walkExpr(e: Expr, f: (e: Expr) => void): void {
  const w = (x: Expr | null | undefined) => { if (x) walkExpr(x, f); };
  const stmt = (s: Stmt) => {
    if (s.kind === 'let') { w(s.init); if (s.elseBlock) w(s.elseBlock); }
    else if (s.kind === 'expr') w(s.expr);
  };
  switch (e.kind) {
    case 'paren': w(e.inner); break;
    case 'unary': w(e.operand); break;
    case 'ref': w(e.operand); break;
    case 'binary': w(e.left); w(e.right); break;
    case 'assign': case 'compoundAssign': w(e.target); w(e.value); break;
    case 'call': w(e.callee); e.args.forEach(w); break;
    case 'methodCall': w(e.receiver); e.args.forEach(w); break;
    case 'field': w(e.base); break;
    case 'index': w(e.base); w(e.index); break;
    case 'range': w(e.start); w(e.end); break;
    case 'tuple': case 'array': e.elems.forEach(w); break;
    case 'arrayRepeat': w(e.value); w(e.count); break;
    case 'struct': e.fields.forEach((x) => w(x.value)); w(e.base); break;
    case 'block': e.stmts.forEach(stmt); w(e.tail); break;
    case 'if': w(e.cond); w(e.then); w(e.else); break;
    case 'letCond': w(e.value); break;
    case 'match': w(e.scrutinee); e.arms.forEach((a) => { w(a.guard); w(a.body); }); break;
    case 'loop': w(e.body); break;
    case 'while': w(e.cond); w(e.body); break;
    case 'for': w(e.iter); w(e.body); break;
    case 'break': w(e.value); break;
    case 'return': w(e.value); break;
    case 'closure': w(e.body); break;
    case 'macro': e.args.forEach(w); if (e.repeat) { w(e.repeat.value); w(e.repeat.count); } break;
    case 'try': w(e.operand); break;
    case 'cast': w(e.operand); break;
    default: break;
  }
  f(e);
}

export type { Pattern };
