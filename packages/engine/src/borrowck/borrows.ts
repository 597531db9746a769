// The borrows of a body, where each one is in scope, and the conflicts
// between a statement's accesses and the borrows in scope there:
// E0499, E0502, E0503, E0505, E0506, and the "does not live long enough"
// family (E0597, E0716, E0515, E0373) when a borrowed local dies.

import { error, label, type Diagnostic, type Label } from '../diagnostics.js';
import type { Body, Place } from '../mir/mir.js';
import { promotedTemps } from '../mir/promoted.js';
import type { Span } from '../syntax/ast.js';
import { isCounted, isSharedGuard } from '../types/ty.js';
import type { Access } from './accesses.js';
import { BitSet } from './bitset.js';
import type { Cfg } from './cfg.js';
import { solve, StatesBefore, type Analysis } from './dataflow.js';
import { overwrites, placesConflict, type AccessDepth, type PlaceTy, type PlaceTyper } from './places.js';
import { placeKey } from './moves.js';
import type { RegionResults } from './regions.js';

export interface Borrow {
  readonly index: number;
  readonly point: number;
  readonly place: Place;
  readonly placeTys: readonly PlaceTy[];
  readonly mut: boolean;
  readonly twoPhase: boolean;
  /** The local the reference is stored in (the temporary that a two-phase borrow activates through). */
  readonly holder: number | null;
  readonly region: number;
  readonly span: Span;
  /** Borrows through a shared reference need no tracking: the data is already frozen. */
  readonly ignored: boolean;
  /**
   * A closure's mutable capture of a place under a binding that is not `mut` (so through
   * a `&mut`): rustc's unique immutable borrow, whose conflicts are E0500, E0501, E0524.
   */
  readonly uniqueCapture: boolean;
}

export interface BorrowResults {
  readonly borrows: readonly Borrow[];
  /** Borrows leaving scope right before each point. */
  readonly killAt: readonly BitSet[];
  /** Before each point (after the out-of-scope kills): borrows in scope. */
  readonly inScope: StatesBefore;
  /** Points at which each two-phase borrow is still only reserved. */
  readonly reserved: ReadonlyMap<number, BitSet>;
  /** Borrows by the local their place is rooted in, ascending: only those can conflict with an access to it. */
  readonly byLocal: ReadonlyMap<number, readonly number[]>;
}

export function collectBorrows(cfg: Cfg, typer: PlaceTyper, regions: RegionResults): Borrow[] {
  const out: Borrow[] = [];
  cfg.blocks.forEach((block, b) =>
    block.stmts.forEach((st, i) => {
      if (st.k !== 'assign' || st.rvalue.k !== 'ref') return;
      const point = cfg.point(b, i);
      let place = st.rvalue.place;
      let placeTys = typer.prefixTys(cfg.body, place);
      let mut = st.rvalue.mut;
      // Through an `Rc` or a `Ref` guard the borrow is `Deref::deref(&guard)`'s: a shared borrow of the
      // guard itself, which must outlive it (`&cell.borrow()` as a temporary is E0716), and nothing
      // more; through a shared reference, nothing to track (the data is frozen already).
      const k = place.proj.findIndex((p, i) => p.k === 'deref' && isSharedPointer(placeTys[i].ty));
      const viaGuard = k >= 0 && placeTys[k].ty.k === 'builtin';
      if (viaGuard) {
        place = { local: place.local, proj: place.proj.slice(0, k) };
        placeTys = placeTys.slice(0, k + 1);
        mut = false;
      }
      const ignored = (k >= 0 && !viaGuard) || promotedTemps(cfg.body).has(place.local);
      const holder = st.place.proj.length === 0 ? st.place.local : null;
      const root = cfg.body.locals[place.local];
      // (A closure's own environment is no binding of the program: what it captured is borrowed as such.)
      const env = cfg.body.kind === 'closure' && place.local === 1;
      const uniqueCapture = st.rvalue.mut && holder !== null && !!root && !env && !root.mutable && (root.kind === 'user' || root.kind === 'arg') && capturingClosure(cfg, holder) !== null;
      out.push({
        index: out.length, point, place, placeTys, mut, twoPhase: mut && st.rvalue.twoPhase,
        holder, region: regions.borrowVarAt.get(point) ?? -1, span: st.span, ignored, uniqueCapture,
      });
    }),
  );
  return out;
}


function isSharedPointer(t: import('../types/ty.js').Ty): boolean {
  return (t.k === 'ref' && !t.mut) || (t.k === 'builtin' && (isCounted(t.name) || isSharedGuard(t.name)));
}

export function computeBorrowScopes(cfg: Cfg, borrows: readonly Borrow[], regions: RegionResults, accesses: readonly Access[][]): BorrowResults {
  const n = borrows.length;
  const killAt = BitSet.many(cfg.numPoints, n);
  const genAt = new Map<number, number>();
  // One visited array for all borrows, stamped with the borrow's number, so this stays linear per borrow region
  // (a plain array: typed arrays over 64 bytes cost about a microsecond to create).
  const stamp: number[] = new Array(cfg.numPoints).fill(-1);
  for (const b of borrows) {
    genAt.set(b.point, b.index);
    const region = regions.values[b.region];
    if (!region) continue;
    // Walk forward from the borrow; the first point outside its region ends it.
    const stack = cfg.successorPoints(b.point);
    while (stack.length) {
      const p = stack.pop()!;
      if (stamp[p] === b.index) continue;
      stamp[p] = b.index;
      if (!region.has(p)) {
        killAt[p].add(b.index);
        continue;
      }
      pushSuccessors(cfg, p, stack);
    }
  }
  const byLocal = new Map<number, number[]>();
  for (const b of borrows) {
    const list = byLocal.get(b.place.local);
    if (list) list.push(b.index);
    else byLocal.set(b.place.local, [b.index]);
  }
  const analysis: Analysis = {
    direction: 'forward',
    size: n,
    initBoundary() {},
    apply(state, point) {
      state.subtract(killAt[point]);
      for (const a of accesses[point] ?? []) {
        // Overwriting or freeing a local ends every borrow rooted in it; overwriting a part of it,
        // the borrows of what that part held.
        if ((a.kind === 'assign' && a.place.proj.length === 0) || a.kind === 'storageDead')
          for (const k of byLocal.get(a.place.local) ?? []) state.delete(k);
        else if (a.kind === 'assign')
          for (const k of byLocal.get(a.place.local) ?? []) if (overwrites(a.place, borrows[k].place, borrows[k].placeTys)) state.delete(k);
      }
      const g = genAt.get(point);
      if (g !== undefined) state.add(g);
    },
  };
  const inScope = new StatesBefore(solve(cfg, analysis), (s, p) => s.subtract(killAt[p]));

  const reserved = new Map<number, BitSet>();
  for (const b of borrows) {
    if (!b.twoPhase || b.holder === null) continue;
    const set = new BitSet(cfg.numPoints);
    const stack = cfg.successorPoints(b.point);
    while (stack.length) {
      const p = stack.pop()!;
      if (set.has(p) || p === b.point) continue;
      set.add(p);
      if (usesLocal(accesses[p] ?? [], b.holder)) continue; // the activation point itself counts as reserved until it runs
      pushSuccessors(cfg, p, stack);
    }
    reserved.set(b.index, set);
  }
  return { borrows, killAt, inScope, reserved, byLocal };
}

/** Pushes the points that can run right after `p`, like `cfg.successorPoints` but without an array per point. */
function pushSuccessors(cfg: Cfg, p: number, stack: number[]): void {
  const block = cfg.blockOf(p);
  if (p - cfg.start[block] < cfg.blocks[block].stmts.length) {
    stack.push(p + 1);
    return;
  }
  for (const s of cfg.succs[block]) stack.push(cfg.start[s]);
}

function usesLocal(list: readonly Access[], local: number): boolean {
  return list.some((a) => a.place.local === local && !(a.kind === 'assign' && a.place.proj.length === 0) && a.kind !== 'storageDead');
}

// ---------------------------------------------------------------- conflicts

function depthOf(a: Access): AccessDepth {
  switch (a.kind) {
    case 'read': return a.length ? 'length' : 'shallow';
    case 'assign': case 'storageDead': return 'shallow';
    case 'drop': return 'drop';
    default: return 'deep';
  }
}

const isWrite = (a: Access) => a.kind === 'move' || a.kind === 'assign' || a.kind === 'storageDead' || a.kind === 'drop' || (a.kind === 'mutBorrow' && !a.twoPhase);

export interface ConflictContext {
  readonly cfg: Cfg;
  readonly typer: PlaceTyper;
  readonly accesses: readonly Access[][];
  readonly regions: RegionResults;
  readonly scopes: BorrowResults;
}

export function checkConflicts(ctx: ConflictContext): Diagnostic[] {
  const { cfg, accesses, scopes } = ctx;
  const out: Diagnostic[] = [];
  const reported = new Set<string>();
  const deadReported = new Set<number>();
  // rustc gives `x = v`'s drop of the old value and its assignment one span, so one error covers both.
  const replaceReported = new Set<string>();
  const twoPhaseByHolder = new Map<number, Borrow[]>();
  for (const b of scopes.borrows) if (b.twoPhase && b.holder !== null) twoPhaseByHolder.set(b.holder, [...(twoPhaseByHolder.get(b.holder) ?? []), b]);
  const report = (key: string, d: Diagnostic | null) => {
    if (!d || reported.has(key)) return;
    reported.add(key);
    out.push(d);
  };
  for (const blk of cfg.rpo) {
    const first = cfg.start[blk];
    for (let point = first; point <= first + cfg.blocks[blk].stmts.length; point++) {
      const inScope = scopes.inScope.at(point);
      if (inScope.isEmpty()) continue;
      const list = accesses[point] ?? [];
      // Two-phase borrows become real mutable borrows where their reference is first used.
      const activated = new Set<Borrow>();
      for (const a of list) for (const b of twoPhaseByHolder.get(a.place.local) ?? []) activated.add(b);
      for (const b of activated) {
        if (b.holder === null || !inScope.has(b.index) || !usesLocal(list, b.holder)) continue;
        const activation: Access = { kind: 'mutBorrow', place: b.place, span: b.span };
        const c = firstConflict(ctx, point, activation, b.index);
        // Keyed like the reservation's own access: rustc reports one error per place and span.
        if (c) report(`${b.place.local}:${b.span.start}:${b.span.end}`, conflictError(ctx, point, activation, c));
      }
      for (const a of list) {
        const c = firstConflict(ctx, point, a, -1);
        if (!c) continue;
        if (a.kind === 'drop' && a.replace) {
          report(`${a.place.local}:${a.span.start}:${a.span.end}`, conflictError(ctx, point, { ...a, kind: 'assign' }, c));
          const term = cfg.blocks[blk].term;
          if (term.k === 'drop') replaceReported.add(`${term.target}:${placeKey(a.place)}`);
        } else if (a.kind === 'assign' && replaceReported.has(`${blk}:${placeKey(a.place)}`)) {
          continue;
        } else if (a.kind === 'storageDead' || a.kind === 'drop') {
          if (deadReported.has(c.index)) continue;
          deadReported.add(c.index);
          report(`dead:${c.index}`, deadWhileBorrowed(ctx, point, a.place.local, a.span, c));
        } else {
          report(`${a.place.local}:${a.span.start}:${a.span.end}`, conflictError(ctx, point, a, c));
        }
      }
      if (cfg.blocks[blk].term.k === 'return' && point === first + cfg.blocks[blk].stmts.length) {
        // Locals never freed by a StorageDead (parameters) die when the function returns.
        for (const k of inScope) {
          const b = scopes.borrows[k];
          if (b.ignored || deadReported.has(k) || b.place.proj.some((p, i) => p.k === 'deref' && b.placeTys[i].ty.k === 'ref')) continue;
          if (b.place.local === 0) continue;
          deadReported.add(k);
          report(`dead:${k}`, deadWhileBorrowed(ctx, point, b.place.local, cfg.blocks[blk].term.span, b));
        }
      }
    }
  }
  return out;
}

function firstConflict(ctx: ConflictContext, point: number, a: Access, exclude: number): Borrow | null {
  const { scopes, typer } = ctx;
  const inScope = scopes.inScope.at(point);
  // Borrows of other locals never conflict (placesConflict), so only this local's are tried, in index order.
  for (const k of scopes.byLocal.get(a.place.local) ?? []) {
    if (k === exclude || !inScope.has(k)) continue;
    const b = scopes.borrows[k];
    if (b.ignored) continue;
    if (!placesConflict(b.place, b.placeTys, a.place, depthOf(a), typer)) continue;
    const reservedHere = b.twoPhase && (scopes.reserved.get(k)?.has(point) ?? false);
    if (isWrite(a)) {
      // A borrow's own holder being written is not a conflict with that borrow.
      return b;
    }
    if (a.kind === 'mutBorrow') {
      // A two-phase reservation only conflicts with mutable borrows.
      if (b.mut) return b;
      continue;
    }
    if (b.mut && !reservedHere) return b;
  }
  return null;
}

/** Where a borrow is used later: the first use of a local that carries it, walking forward within its region. */
function laterUse(ctx: ConflictContext, from: number, b: Borrow): { span: Span; drop: { local: number } | null } | null {
  const { cfg, regions, accesses } = ctx;
  const carriers = new Set<number>();
  const seenVars = new Set<number>();
  const stackV = [b.region];
  while (stackV.length) {
    const v = stackV.pop()!;
    if (v < 0 || seenVars.has(v)) continue;
    seenVars.add(v);
    const owner = regions.ownerOf[v];
    if (owner >= 0) carriers.add(owner);
    stackV.push(...regions.subsOf[v]);
  }
  const region = regions.values[b.region];
  const seen = new Uint8Array(cfg.numPoints);
  const queue = cfg.isTerminator(from) ? [from] : cfg.successorPoints(from);
  while (queue.length) {
    const p = queue.shift()!;
    if (seen[p]) continue;
    seen[p] = 1;
    if (region && !region.has(p)) continue;
    for (const a of accesses[p] ?? []) {
      if (!carriers.has(a.place.local) || a.kind === 'storageDead') continue;
      if (a.kind === 'assign' && a.place.proj.length === 0) continue;
      if (a.kind === 'drop') return { span: a.span, drop: { local: a.place.local } };
      return { span: a.span, drop: null };
    }
    queue.push(...cfg.successorPoints(p));
  }
  return null;
}

function laterUseLabel(ctx: ConflictContext, from: number, b: Borrow, text: string): Label[] {
  const use = laterUse(ctx, from, b);
  if (!use) return [];
  if (use.drop) {
    const decl = ctx.cfg.body.locals[use.drop.local];
    const dropTy = ctx.typer.dropImplTy(decl.ty);
    const name = decl.name ?? 'value';
    return [label(use.span, `borrow might be used here, when \`${name}\` is dropped and runs the ${dropTy && dropTy.k === 'adt' ? `\`Drop\` code for type \`${ctx.typer.tyString(dropTy)}\`` : `destructor for type \`${ctx.typer.tyString(decl.ty)}\``}`)];
  }
  return [label(use.span, text)];
}

function conflictError(ctx: ConflictContext, point: number, a: Access, b: Borrow): Diagnostic | null {
  const { typer, cfg } = ctx;
  const body = cfg.body;
  const accessed = typer.describe(body, a.place);
  const borrowed = typer.describe(body, b.place);
  if (!accessed || !borrowed) return null;
  const labels: Label[] = [];
  let code: string;
  let message: string;
  const own = a.kind === 'mutBorrow' || a.kind === 'sharedBorrow' ? ctx.scopes.borrows.find((x) => x.point === point && x.span === a.span) : undefined;
  if (own?.uniqueCapture || ((a.kind === 'mutBorrow' || a.kind === 'sharedBorrow') && b.uniqueCapture)) {
    const later = laterUseLabel(ctx, point, b, 'first borrow later used here');
    if (own?.uniqueCapture && b.uniqueCapture) {
      code = 'E0524';
      message = `two closures require unique access to \`${accessed}\` at the same time`;
      labels.push(label(a.span, 'second closure is constructed here', true), label(b.span, 'first closure is constructed here'), ...later);
    } else if (b.uniqueCapture) {
      code = 'E0501';
      message = `cannot borrow \`${accessed}\` as ${a.kind === 'mutBorrow' ? 'mutable' : 'immutable'} because previous closure requires unique access`;
      labels.push(label(a.span, 'second borrow occurs here', true), label(b.span, 'closure construction occurs here'), ...later);
    } else {
      code = 'E0500';
      message = `closure requires unique access to \`${accessed}\` but it is already borrowed`;
      labels.push(label(a.span, 'closure construction occurs here', true), label(b.span, 'borrow occurs here'), ...later);
    }
    return error('borrowck', code, message, a.span, labels);
  }
  switch (a.kind) {
    case 'mutBorrow':
      if (b.mut) {
        code = 'E0499';
        message = `cannot borrow \`${accessed}\` as mutable more than once at a time`;
        labels.push(label(a.span, 'second mutable borrow occurs here', true), label(b.span, 'first mutable borrow occurs here'), ...laterUseLabel(ctx, point, b, 'first borrow later used here'));
      } else {
        code = 'E0502';
        message = `cannot borrow \`${accessed}\` as mutable because it is also borrowed as immutable`;
        labels.push(label(a.span, 'mutable borrow occurs here', true), label(b.span, 'immutable borrow occurs here'), ...laterUseLabel(ctx, point, b, 'immutable borrow later used here'));
      }
      break;
    case 'sharedBorrow':
      code = 'E0502';
      message = `cannot borrow \`${accessed}\` as immutable because it is also borrowed as mutable`;
      labels.push(label(a.span, 'immutable borrow occurs here', true), label(b.span, 'mutable borrow occurs here'), ...laterUseLabel(ctx, point, b, 'mutable borrow later used here'));
      break;
    case 'copy':
    case 'read':
      code = 'E0503';
      message = `cannot use \`${accessed}\` because it was mutably borrowed`;
      labels.push(label(a.span, `use of borrowed \`${borrowed}\``, true), label(b.span, `\`${borrowed}\` is borrowed here`), ...laterUseLabel(ctx, point, b, 'borrow later used here'));
      break;
    case 'move': {
      code = 'E0505';
      message = `cannot move out of \`${accessed}\` because it is borrowed`;
      labels.push(label(a.span, `move out of \`${accessed}\` occurs here`, true), label(b.span, `borrow of \`${borrowed}\` occurs here`));
      const decl = body.locals[a.place.local];
      if (decl?.name) labels.push(label(decl.span, `binding \`${decl.name}\` declared here`));
      labels.push(...laterUseLabel(ctx, point, b, 'borrow later used here'));
      break;
    }
    case 'assign':
      code = 'E0506';
      message = `cannot assign to \`${accessed}\` because it is borrowed`;
      labels.push(label(a.span, `\`${accessed}\` is assigned to here but it was already borrowed`, true), label(b.span, `\`${borrowed}\` is borrowed here`), ...laterUseLabel(ctx, point, b, 'borrow later used here'));
      break;
    default:
      return null;
  }
  return error('borrowck', code, message, a.span, labels);
}

/** A borrowed local is freed while the borrow is live: E0597, E0716, E0515 or E0373. */
function deadWhileBorrowed(ctx: ConflictContext, point: number, local: number, dropSpan: Span, b: Borrow): Diagnostic | null {
  const { cfg, regions, typer } = ctx;
  const body = cfg.body;
  const decl = body.locals[local];
  if (!decl) return null;
  const region = regions.values[b.region];
  const name = decl.name;
  const isParam = local >= 1 && local <= body.argCount;
  // A closure that borrows a local, handed to what needs it for longer than the body (`thread::spawn`'s `'static`).
  // Only a borrow the capture itself makes: a reference made before and moved in (`let r = &v;
  // thread::spawn(move || r.len())`) is rustc's E0597 at that reference, below.
  const capturer = region?.has(regions.END_ARG) ? closureCapturing(ctx, b) : null;
  const spawned = capturer && capturer.start <= b.span.start && b.span.end <= capturer.end ? capturer : null;
  // Boxed and coerced to `Box<dyn Trait>` (`'static` by default) on its way: rustc blames that
  // coercion, not the closure (E0597), unless the box is returned.
  if (spawned && name && !region.has(regions.END_RETURN) && b.holder !== null && boxedIntoDyn(cfg, b.holder)) {
    // rustc points at the captured use (the capture's temporary is declared there).
    const use = body.locals[b.holder]?.span ?? b.span;
    return error('borrowck', 'E0597', `\`${name}\` does not live long enough`, use, [
      label(use, 'borrowed value does not live long enough', true),
      label(dropSpan, `\`${name}\` dropped here while still borrowed`),
      label(decl.span, `binding \`${name}\` declared here`),
      label(b.span, 'value captured here'),
      label(spawned, `coercion requires that \`${name}\` is borrowed for \`'static\``),
    ]);
  }
  if (spawned && name) {
    return error('borrowck', 'E0373', `closure may outlive the current function, but it borrows \`${name}\`, which is owned by the current function`, spawned, [
      label(spawned, `may outlive borrowed value \`${name}\``, true),
      label(b.span, `\`${name}\` is borrowed here`),
    ], ["help: to force the closure to take ownership of `" + name + "` (and any other referenced variables), use the `move` keyword"]);
  }
  if (region?.has(regions.END_RETURN)) {
    const closure = closureCapturing(ctx, b);
    if (closure && name) {
      return error('borrowck', 'E0373', `closure may outlive the current function, but it borrows \`${name}\`, which is owned by the current function`, closure, [
        label(closure, `may outlive borrowed value \`${name}\``, true),
        label(b.span, `\`${name}\` is borrowed here`),
      ]);
    }
    const what = name ? `${isParam ? 'function parameter' : 'local variable'} \`${name}\`` : 'temporary value';
    const written = returnValueSpan(ctx, b.point) ?? b.span;
    // rustc's return place is written where the whole value is reborrowed, if it is (`match` arms of
    // different lifetimes); the reference itself is returned when that is the borrow's own expression.
    const whole = wholeReborrowAround(body, written);
    const direct = whole ? sameSpan(whole, b.span) : b.holder === 0 || flowsDirectlyToReturn(ctx, b);
    if (direct) {
      return error('borrowck', 'E0515', `cannot return reference to ${what}`, b.span, [label(b.span, 'returns a reference to data owned by the current function', true)]);
    }
    const ret = whole ?? written;
    // A temporary is shown where it is made (`x.clone()` of `&x.clone()`), as for E0716 below.
    const made = !name && decl.span.start >= b.span.start && decl.span.end <= b.span.end ? decl.span : b.span;
    return error('borrowck', 'E0515', `cannot return value referencing ${what}`, ret, [
      label(ret, 'returns a value referencing data owned by the current function', true),
      label(made, name ? `\`${name}\` is borrowed here` : 'temporary value created here'),
    ]);
  }
  if (!name) {
    // rustc points at the temporary's own expression (`String::from("x")` in `&String::from("x")`).
    const at = decl.span.start >= b.span.start && decl.span.end <= b.span.end ? decl.span : b.span;
    return error('borrowck', 'E0716', 'temporary value dropped while borrowed', at, [
      label(at, 'creates a temporary value which is freed while still in use', true),
      label(dropSpan, 'temporary value is freed at the end of this statement'),
      ...laterUseLabel(ctx, point, b, 'borrow later used here'),
    ]);
  }
  const labels: Label[] = [
    label(b.span, 'borrowed value does not live long enough', true),
    label(dropSpan, `\`${name}\` dropped here while still borrowed`),
    label(decl.span, `binding \`${name}\` declared here`),
  ];
  // Past the body's end: a parameter's lifetime, or (with no parameters to name) `'static`.
  if (region?.has(regions.END_ARG)) labels.push(label(b.span, `argument requires that \`${name}\` is borrowed for \`${ctx.cfg.body.argCount === 0 ? "'static" : "'1"}\``));
  else labels.push(...laterUseLabel(ctx, point, b, 'borrow later used here'));
  void typer;
  return error('borrowck', 'E0597', `\`${name}\` does not live long enough`, b.span, labels);
}

/** The span of the closure expression whose environment receives this borrow, if any. */
function closureCapturing(ctx: ConflictContext, b: Borrow): Span | null {
  return b.holder === null ? null : capturingClosure(ctx.cfg, b.holder);
}

/** The span of the closure expression whose environment receives the reference held in `holder`. */
function capturingClosure(cfg: Cfg, holder: number): Span | null {
  for (const block of cfg.blocks) {
    for (const st of block.stmts) {
      if (st.k === 'assign' && st.rvalue.k === 'aggregate' && st.rvalue.kind.k === 'closure' && st.rvalue.ops.some((o) => o.k !== 'const' && o.place.local === holder && o.place.proj.length === 0))
        return st.span;
    }
  }
  return null;
}

/** Whether the closure whose environment holds `holder` goes into a `Box::new` whose box is coerced to `Box<dyn Trait>`. */
function boxedIntoDyn(cfg: Cfg, holder: number): boolean {
  const closures = new Set<number>();
  const boxes = new Set<number>();
  for (const block of cfg.blocks) {
    for (const st of block.stmts) {
      if (st.k === 'assign' && st.rvalue.k === 'aggregate' && st.rvalue.kind.k === 'closure' && st.rvalue.ops.some((o) => o.k !== 'const' && o.place.local === holder)) closures.add(st.place.local);
    }
  }
  for (const block of cfg.blocks) {
    const t = block.term;
    if (t.k === 'call' && t.callee.k === 'builtin' && t.callee.name === 'Box::new' && t.args.some((a) => a.k !== 'const' && closures.has(a.place.local))) boxes.add(t.dest.local);
  }
  for (const block of cfg.blocks) {
    for (const st of block.stmts) {
      if (st.k !== 'assign' || st.rvalue.k !== 'coerce' || st.rvalue.op.k === 'const' || !boxes.has(st.rvalue.op.place.local)) continue;
      const to = st.rvalue.to;
      if (to.k === 'builtin' && to.name === 'Box' && to.args[0]?.k === 'dyn') return true;
    }
  }
  return false;
}

/** The borrow's holder is moved or copied straight into the return place. */
function flowsDirectlyToReturn(ctx: ConflictContext, b: Borrow): boolean {
  let holder = b.holder;
  // `let r = &temp; r`: rustc returns `r`, not the borrow (its span is not the borrow's).
  if (holder !== null && ctx.cfg.body.locals[holder]?.kind !== 'temp') return false;
  for (let hops = 0; holder !== null && hops < 8; hops++) {
    let next: number | null = null;
    for (const block of ctx.cfg.blocks) {
      for (const st of block.stmts) {
        if (st.k !== 'assign' || st.place.proj.length !== 0) continue;
        // A move or copy of the holder, or a reborrow of all of it (`&mut *r` of a `&mut` result).
        const rv = st.rvalue;
        const src = rv.k === 'use' && rv.op.k !== 'const' ? rv.op.place : rv.k === 'ref' && rv.place.proj.length === 1 && rv.place.proj[0].k === 'deref' ? { local: rv.place.local, proj: [] } : null;
        if (!src || src.local !== holder || src.proj.length !== 0) continue;
        if (st.place.local === 0) return true;
        if (ctx.cfg.body.locals[st.place.local]?.kind === 'temp') next = st.place.local;
      }
    }
    holder = next;
  }
  return false;
}

/**
 * The outermost expression around the return place's write `at` that rustc reborrows as a whole
 * (see mir/lower/reborrows.ts), within the `return` that writes it, if one does.
 */
function wholeReborrowAround(body: Body, at: Span): Span | null {
  const facts = body.wholeReborrows;
  if (!facts) return null;
  const within = (inner: Span, outer: Span) => outer.start <= inner.start && inner.end <= outer.end;
  const ret = facts.returns.filter((r) => within(at, r)).sort((a, b) => (a.end - a.start) - (b.end - b.start))[0];
  const around = facts.at.filter((s) => within(at, s) && (!ret || within(s, ret)));
  return around.sort((a, b) => (b.end - b.start) - (a.end - a.start))[0] ?? null;
}

function sameSpan(a: Span, b: Span): boolean {
  return a.start === b.start && a.end === b.end;
}

function returnValueSpan(ctx: ConflictContext, from: number): Span | null {
  const { cfg } = ctx;
  // The return value written after the borrow, on a path from it (`else { s.as_str() }`, not the
  // `then` branch's `x`); any write of it if none is.
  const start = cfg.location(from);
  const reach = new Set<number>([start.block]);
  const work = [start.block];
  while (work.length) for (const next of cfg.succs[work.pop()!]) if (!reach.has(next)) (reach.add(next), work.push(next));
  let best: Span | null = null;
  let reached: Span | null = null;
  cfg.blocks.forEach((block, b) => {
    const after = (i: number) => reach.has(b) && (b !== start.block || i >= start.index);
    block.stmts.forEach((st, i) => {
      if (st.k !== 'assign' || st.place.local !== 0 || st.place.proj.length !== 0) return;
      best = st.span;
      if (after(i)) reached = st.span;
    });
    if (block.term.k === 'call' && block.term.dest.local === 0 && block.term.dest.proj.length === 0) {
      best = block.term.span;
      if (after(block.stmts.length)) reached = block.term.span;
    }
  });
  return reached ?? best;
}
