// Type checking of a whole crate: collect items, check every body, then run
// closure capture analysis (which needs the final types).
import type { Crate, ClosureExpr, Expr, Stmt, Pattern } from '../syntax/ast.js';
import type { Diagnostic } from '../diagnostics.js';
import { error, label } from '../diagnostics.js';
import type { Ty } from '../types/ty.js';
import { Infer } from './infer.js';
import { Items } from './items.js';
import { Checker, NO_MODULES, type ModuleFacts } from './check.js';
import { analyzeCaptures } from './captures.js';

export interface TypeckResult {
  readonly items: Items;
  readonly checker: Checker;
  readonly infer: Infer;
  readonly diagnostics: Diagnostic[];
}

export function typeckCrate(crate: Crate, prelude: Crate, source: string, modules: ModuleFacts = NO_MODULES): TypeckResult {
  const infer = new Infer();
  const items = new Items(infer);
  items.collect(prelude, crate);
  const checker = new Checker(items, infer, source, modules);
  checker.checkDerivedCopy();
  checker.checkPackedDerives();
  checker.checkDerivedBounds();
  checker.checkAssocTyBounds();
  // Signature-level errors (E0106, unknown types) come first, as rustc's resolver reports them first.
  const userFns = items.fns.filter((f) => !f.isPrelude && f.ast?.body);
  for (const c of items.consts) checker.checkConstBody(c.body, c.value, c.ty, c.scope);
  for (const s of items.statics) checker.checkConstBody(s.body, s.ast.value, s.ty);
  // Functions returning `impl Trait` first: their callers may then see the concrete type (methods
  // and `for` on `make()` where `fn make() -> impl Summary` comes after `main`). Diagnostics are
  // sorted by position afterwards, so the order of checking does not show.
  const opaque = (f: (typeof userFns)[number]) => f.output.k === 'opaque';
  for (const fn of userFns) if (opaque(fn)) checker.checkFn(fn);
  for (const fn of userFns) if (!opaque(fn)) checker.checkFn(fn);
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
      const ty = infer.zonk(cap.ty);
      return cap.mode === 'value' ? ty : { k: 'ref', mut: cap.mode === 'mutRef', inner: ty, region: { k: 'anon' } };
    }));
  }
  checker.checkClosureKinds();
  const diagnostics = [...items.diagnostics, ...checker.diags];
  // E0391 after E0072: a body holds a value of that infinite type, whose drop rustc cannot work out.
  for (const inf of items.infinite) {
    const holds = (t: Ty | undefined) => t !== undefined && items.holdsByValue(infer.zonk(t), inf.adt);
    let found = [...checker.t.bindings.values()].some((b) => holds(b.ty));
    for (const fn of userFns) {
      if (!found) walkExpr(fn.ast!.body!, (x) => { found ||= holds(checker.t.exprTys.get(x.id)); });
    }
    if (found) diagnostics.push(error('typeck', 'E0391', `cycle detected when computing when \`${items.adtName(inf.adt)}\` needs drop`, inf.at, [label(inf.at, '', true)], ['note: ...which immediately requires computing when the type needs drop again']));
  }
  return { items, checker, infer, diagnostics };
}

/** Post-order: a closure nested in another comes before it. */
function collectClosures(e: Expr, out: ClosureExpr[]): void {
  walkExpr(e, (x) => { if (x.kind === 'closure') out.push(x); });
}

/** Visits sub-expressions after their children (post-order). */
export function walkExpr(e: Expr, f: (e: Expr) => void): void {
  // Written without inner closures: this runs once per expression node.
  switch (e.kind) {
    case 'paren': walkExpr(e.inner, f); break;
    case 'unary': case 'ref': case 'try': case 'cast': walkExpr(e.operand, f); break;
    case 'binary': walkExpr(e.left, f); walkExpr(e.right, f); break;
    case 'assign': case 'compoundAssign': walkExpr(e.target, f); walkExpr(e.value, f); break;
    case 'call': walkExpr(e.callee, f); walkList(e.args, f); break;
    case 'methodCall': walkExpr(e.receiver, f); walkList(e.args, f); break;
    case 'field': walkExpr(e.base, f); break;
    case 'index': walkExpr(e.base, f); walkExpr(e.index, f); break;
    case 'range': walkOpt(e.start, f); walkOpt(e.end, f); break;
    case 'tuple': case 'array': walkList(e.elems, f); break;
    case 'arrayRepeat': walkExpr(e.value, f); walkExpr(e.count, f); break;
    case 'struct':
      for (const x of e.fields) walkExpr(x.value, f);
      walkOpt(e.base, f);
      break;
    case 'block':
      for (const s of e.stmts) walkStmt(s, f);
      walkOpt(e.tail, f);
      break;
    case 'if': walkExpr(e.cond, f); walkExpr(e.then, f); walkOpt(e.else, f); break;
    case 'letCond': walkExpr(e.value, f); break;
    case 'match':
      walkExpr(e.scrutinee, f);
      for (const a of e.arms) { walkOpt(a.guard, f); walkExpr(a.body, f); }
      break;
    case 'loop': walkExpr(e.body, f); break;
    case 'while': walkExpr(e.cond, f); walkExpr(e.body, f); break;
    case 'for': walkExpr(e.iter, f); walkExpr(e.body, f); break;
    case 'break': case 'return': walkOpt(e.value, f); break;
    case 'closure': walkExpr(e.body, f); break;
    case 'macro':
      walkList(e.args, f);
      if (e.repeat) { walkExpr(e.repeat.value, f); walkExpr(e.repeat.count, f); }
      break;
    default: break;
  }
  f(e);
}

function walkOpt(e: Expr | null | undefined, f: (e: Expr) => void): void {
  if (e) walkExpr(e, f);
}

function walkList(es: readonly Expr[], f: (e: Expr) => void): void {
  for (const e of es) walkExpr(e, f);
}

function walkStmt(s: Stmt, f: (e: Expr) => void): void {
  if (s.kind === 'let') { walkOpt(s.init, f); walkOpt(s.elseBlock, f); }
  else if (s.kind === 'expr') walkExpr(s.expr, f);
}

export type { Pattern };
