// Move paths and initialization: which places may be moved-out or
// uninitialized at each point, per field so partial moves are exact.
// Reports E0382 (use of moved value), E0381 (use of uninitialized binding)
// and the static "cannot move out of" errors E0507, E0508, E0509.

import { error, label, type Diagnostic, type Label } from '../diagnostics.js';
import type { Body, Place, Proj } from '../mir/mir.js';
import type { Span } from '../syntax/ast.js';
import { isCounted } from '../types/ty.js';
import type { Access } from './accesses.js';
import { BitSet } from './bitset.js';
import type { Cfg } from './cfg.js';
import { solve, StatesBefore, type Analysis } from './dataflow.js';
import { isPrefixOf, type PlaceTyper } from './places.js';

export interface MovePath {
  readonly place: Place;
  readonly parent: number; // -1 for a local's root path
  readonly children: number[];
}

/** The tree of places that can be moved or initialized separately. */
export class MoveData {
  readonly paths: MovePath[] = [];
  /** Root path of each local. */
  readonly roots: number[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(readonly body: Body, private readonly typer: PlaceTyper, accesses: readonly Access[][]) {
    body.locals.forEach((_, l) => this.roots.push(this.add({ local: l, proj: [] }, -1)));
    for (const list of accesses) for (const a of list ?? []) this.ensure(a.place);
  }

  /** The longest prefix of `place` that is a move path (creating paths as needed, stopping where ownership ends). */
  ensure(place: Place): number {
    let cur = this.roots[place.local];
    if (cur === undefined) return -1;
    if (place.proj.length === 0) return cur;
    const tys = this.typer.prefixTys(this.body, place);
    let key = String(place.local);
    for (let i = 0; i < place.proj.length; i++) {
      const p = place.proj[i];
      if (!this.tracks(p, tys[i].ty)) break;
      key += projKey(p); // placeKey of the prefix, built up one projection at a time
      let next = this.byKey.get(key);
      if (next === undefined) next = this.add({ local: place.local, proj: place.proj.slice(0, i + 1) }, cur, key);
      cur = next;
    }
    return cur;
  }

  // A Map, not a WeakMap: it dies with this body's analysis, and WeakMaps cost the GC extra work.
  private readonly lookupCache = new Map<Place, { path: number; exact: boolean }>();
  private readonly descendantsCache = new Map<number, number[]>();

  /** The longest existing path prefix of `place` and whether it covers the whole place (cached per Place object). */
  lookup(place: Place): { path: number; exact: boolean } {
    let r = this.lookupCache.get(place);
    if (!r) {
      r = this.lookupUncached(place);
      this.lookupCache.set(place, r);
    }
    return r;
  }

  private lookupUncached(place: Place): { path: number; exact: boolean } {
    let cur = this.roots[place.local] ?? -1;
    if (cur < 0) return { path: -1, exact: false };
    let key = String(place.local);
    for (let i = 0; i < place.proj.length; i++) {
      key += projKey(place.proj[i]);
      const next = this.byKey.get(key);
      if (next === undefined) return { path: cur, exact: false };
      cur = next;
    }
    return { path: cur, exact: true };
  }

  /** The path and everything under it (cached: the tree is complete once accesses are collected). */
  descendants(path: number): readonly number[] {
    let r = this.descendantsCache.get(path);
    if (!r) {
      // Preorder without a per-call closure (this is called for every path).
      r = [];
      const stack = [path];
      while (stack.length) {
        const p = stack.pop()!;
        r.push(p);
        const cs = this.paths[p].children;
        for (let i = cs.length - 1; i >= 0; i--) stack.push(cs[i]);
      }
      this.descendantsCache.set(path, r);
    }
    return r;
  }

  ancestors(path: number): number[] {
    const out: number[] = [];
    for (let p = this.paths[path].parent; p >= 0; p = this.paths[p].parent) out.push(p);
    return out;
  }

  isDescendant(path: number, of: number): boolean {
    for (let p = path; p >= 0; p = this.paths[p].parent) if (p === of) return true;
    return false;
  }

  private tracks(p: Proj, baseTy: import('../types/ty.js').Ty): boolean {
    if (p.k === 'field' || p.k === 'downcast') return true;
    // The elements an array pattern moves out (`let [a, rest @ ..] = words;`): `words` is then partly moved.
    if ((p.k === 'constIndex' || p.k === 'subslice') && baseTy.k === 'array') return true;
    return p.k === 'deref' && baseTy.k === 'builtin' && baseTy.name === 'Box';
  }

  private add(place: Place, parent: number, key = placeKey(place)): number {
    const id = this.paths.length;
    this.paths.push({ place, parent, children: [] });
    if (parent >= 0) this.paths[parent].children.push(id);
    this.byKey.set(key, id);
    return id;
  }
}

export function placeKey(p: Place): string {
  let key = String(p.local);
  for (const x of p.proj) key += projKey(x);
  return key;
}

function projKey(x: Proj): string {
  return x.k === 'field' ? `.${x.index}` : x.k === 'downcast' ? `@${x.variant}` : x.k === 'index' ? `[${x.local}]` : x.k === 'constIndex' ? `[c${x.offset}${x.fromEnd ? 'e' : ''}]` : x.k === 'subslice' ? `[${x.from}:${x.to}]` : '*';
}

export interface InitResults {
  readonly moveData: MoveData;
  /** Before each point: paths that may be uninitialized (moved out or never assigned). */
  readonly maybeUninit: StatesBefore;
  /** Before each point: paths that may be initialized. */
  readonly maybeInit: StatesBefore;
  /** Before each point: paths that were assigned at least once on some path (since their storage went live). */
  readonly everInit: StatesBefore;
}

type InitFlavor = 'uninit' | 'init' | 'ever';

/** What one point does to initialization: paths (with their subtrees) moved out, assigned, or whose storage starts or ends. */
interface InitEffect {
  readonly kind: 'moveOut' | 'assign' | 'storage';
  readonly paths: readonly number[];
}

function initEffects(cfg: Cfg, md: MoveData, accesses: readonly Access[][]): InitEffect[][] {
  const out: InitEffect[][] = new Array(cfg.numPoints);
  for (let b = 0; b < cfg.blocks.length; b++) {
    const stmts = cfg.blocks[b].stmts;
    const first = cfg.start[b];
    for (let index = 0; index <= stmts.length; index++) {
      const point = first + index;
      let list: InitEffect[] = NO_EFFECTS;
      for (const a of accesses[point] ?? []) {
        const kind = a.kind;
        if (kind !== 'move' && kind !== 'drop' && kind !== 'assign' && kind !== 'storageDead') continue;
        const { path, exact } = md.lookup(a.place);
        if (path < 0) continue;
        let e: InitEffect;
        if (kind === 'storageDead') e = { kind: 'storage', paths: md.descendants(path) };
        else if (!exact) continue;
        else e = { kind: kind === 'assign' ? 'assign' : 'moveOut', paths: md.descendants(path) };
        if (list === NO_EFFECTS) list = [];
        list.push(e);
      }
      // StorageLive starts a fresh, uninitialized slot (a `let` inside a loop).
      const st = index < stmts.length ? stmts[index] : null;
      if (st?.k === 'storageLive') {
        if (list === NO_EFFECTS) list = [];
        list.push({ kind: 'storage', paths: md.descendants(md.roots[st.local]) });
      }
      out[point] = list;
    }
  }
  return out;
}

const NO_EFFECTS: InitEffect[] = [];

/** One of the three initialization analyses; they differ only in which events set or clear a path. */
function initAnalysis(cfg: Cfg, md: MoveData, effects: readonly InitEffect[][], flavor: InitFlavor): Analysis {
  const setTree = (s: BitSet, paths: readonly number[], on: boolean) => {
    for (const d of paths) on ? s.add(d) : s.delete(d);
  };
  return {
    direction: 'forward',
    size: md.paths.length,
    initBoundary(state) {
      cfg.body.locals.forEach((_, l) => {
        const isArg = l >= 1 && l <= cfg.body.argCount;
        if (flavor === 'uninit' ? !isArg : isArg) setTree(state, md.descendants(md.roots[l]), true);
      });
    },
    apply(state, point) {
      for (const e of effects[point]) {
        if (e.kind === 'moveOut') {
          if (flavor !== 'ever') setTree(state, e.paths, flavor === 'uninit');
        } else if (e.kind === 'assign') setTree(state, e.paths, flavor !== 'uninit');
        else setTree(state, e.paths, flavor === 'uninit');
      }
    },
  };
}

export function computeInit(cfg: Cfg, typer: PlaceTyper, accesses: readonly Access[][]): InitResults {
  const md = new MoveData(cfg.body, typer, accesses);
  const effects = initEffects(cfg, md, accesses);
  return new LazyInit(cfg, md, effects);
}

/**
 * Each analysis is solved on first use: most bodies only ever ask for maybeUninit
 * (everInit serves E0384 reports, maybeInit error reports and drop-liveness).
 * A class, so the getters live on one prototype (an object literal with getters
 * gets a map of its own, and every access site reading it goes megamorphic).
 */
class LazyInit implements InitResults {
  private uninit: StatesBefore | null = null;
  private init: StatesBefore | null = null;
  private ever: StatesBefore | null = null;

  constructor(private readonly cfg: Cfg, readonly moveData: MoveData, private readonly effects: readonly InitEffect[][]) {}

  get maybeUninit(): StatesBefore {
    return (this.uninit ??= this.run('uninit'));
  }

  get maybeInit(): StatesBefore {
    return (this.init ??= this.run('init'));
  }

  get everInit(): StatesBefore {
    return (this.ever ??= this.run('ever'));
  }

  private run(flavor: InitFlavor): StatesBefore {
    return new StatesBefore(solve(this.cfg, initAnalysis(this.cfg, this.moveData, this.effects, flavor)));
  }
}

// ---------------------------------------------------------------- use of moved / uninitialized values

interface MoveSite {
  readonly point: number;
  readonly path: number;
  readonly span: Span;
  readonly intoClosure: boolean;
  readonly inPreviousIteration: boolean;
}

/**
 * Walks backwards from `usePoint` to the moves of `path` (or of a prefix or
 * part of it) that can reach it; a re-initialization of the path stops the walk.
 */
function findMoveSites(cfg: Cfg, md: MoveData, accesses: readonly Access[][], usePoint: number, path: number): MoveSite[] | 'dropped' {
  const related = (p: number) => md.isDescendant(p, path) || md.isDescendant(path, p);
  const out: MoveSite[] = [];
  const seen = new Set<number>();
  let dropped = false;
  const stack: { point: number; back: boolean }[] = [];
  const pushPreds = (point: number, back: boolean) => {
    const { block, index } = cfg.location(point);
    for (const pp of cfg.predecessorPoints(point)) {
      // Leaving a block towards a predecessor it dominates goes back along a loop.
      const isBack = index === 0 && cfg.dominates(block, cfg.location(pp).block);
      stack.push({ point: pp, back: back || isBack });
    }
  };
  pushPreds(usePoint, false);
  while (stack.length) {
    const { point, back } = stack.pop()!;
    const key = point * 2 + (back ? 1 : 0);
    if (seen.has(key)) continue;
    seen.add(key);
    let stop = false;
    for (const a of accesses[point] ?? []) {
      const { path: p, exact } = md.lookup(a.place);
      if (p < 0 || !exact) continue;
      if (a.kind === 'move' && related(p)) {
        const st = stmtAt(cfg, point);
        const intoClosure = st?.k === 'assign' && st.rvalue.k === 'aggregate' && st.rvalue.kind.k === 'closure';
        out.push({ point, path: p, span: a.span, intoClosure, inPreviousIteration: back || point === usePoint });
        stop = true;
      } else if (a.kind === 'drop' && related(p)) {
        dropped = true;
        stop = true;
      } else if (a.kind === 'assign' && md.isDescendant(path, p)) {
        stop = true;
      }
    }
    const st = stmtAt(cfg, point);
    if (st?.k === 'storageLive' && st.local === md.paths[path].place.local) stop = true;
    if (!stop) pushPreds(point, back);
  }
  if (out.length === 0 && dropped) return 'dropped';
  return out;
}

function stmtAt(cfg: Cfg, point: number) {
  const { block, index } = cfg.location(point);
  return cfg.blocks[block].stmts[index];
}

export function checkMoves(cfg: Cfg, typer: PlaceTyper, accesses: readonly Access[][], init: InitResults): Diagnostic[] {
  const { moveData: md, maybeUninit, maybeInit } = init;
  const body = cfg.body;
  const out: Diagnostic[] = [];
  const reportedMoveSets = new Set<string>();
  const reportedUninit = new Set<string>();
  for (const b of cfg.rpo) {
    const first = cfg.start[b];
    for (let point = first; point <= first + cfg.blocks[b].stmts.length; point++) {
      const uninit = maybeUninit.at(point);
      // Moves made earlier in this same statement (`(s, s)`, `f(t, t)`): the flow state before the
      // statement cannot see them, so the statement's own operands are checked in order here.
      const movedHere: Access[] = [];
      for (const a of accesses[point] ?? []) {
        if (a.kind === 'drop' || a.kind === 'storageDead') continue;
        if (isClosureEnv(body, a.place.local)) continue;
        const earlier = a.kind === 'assign' ? undefined : movedHere.find((m) => isPrefixOf(m.place, a.place) || isPrefixOf(a.place, m.place));
        if (a.kind === 'move') movedHere.push(a);
        if (earlier) {
          const d = reportMovedInStatement(body, typer, a, earlier);
          if (d) {
            out.push(d);
            continue;
          }
        }
        const { path, exact } = md.lookup(a.place);
        if (path < 0) continue;
        let culprit = -1;
        if (a.kind === 'assign') {
          // Assigning into part of a moved value (`x.f = ..` after `x` moved).
          if (a.place.proj.length === 0) continue;
          // The nearest (partly) moved-out path at or above it; `exact`: strictly above it.
          for (let p = exact ? md.paths[path].parent : path; p >= 0; p = md.paths[p].parent) {
            if (uninit.has(p) && md.paths[p].place.proj.every((x) => x.k !== 'deref')) {
              culprit = p;
              break;
            }
          }
        } else {
          for (let p = path; p >= 0; p = md.paths[p].parent) {
            if (uninit.has(p)) {
              culprit = p;
              break;
            }
          }
          if (culprit < 0 && a.kind !== 'read') culprit = md.descendants(path).find((p) => uninit.has(p)) ?? -1;
        }
        if (culprit < 0) continue;
        const d = reportUseOfMoved(cfg, typer, accesses, init, point, a, path, culprit, maybeInit.at(point));
        if (!d) continue;
        const key = d.key;
        const seen = d.isUninit ? reportedUninit : reportedMoveSets;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(d.diag);
      }
    }
  }
  return out;
}

/** E0382 for a place used after an earlier operand of the same statement moved it. */
function reportMovedInStatement(body: Body, typer: PlaceTyper, a: Access, moved: Access): Diagnostic | null {
  const usedName = typer.describe(body, a.place);
  const movedName = typer.describe(body, moved.place);
  if (!usedName || !movedName) return null;
  const borrow = a.kind === 'sharedBorrow' || a.kind === 'mutBorrow';
  const labels: Label[] = [label(a.span, borrow ? 'value borrowed here after move' : 'value used here after move', true), label(moved.span, 'value moved here')];
  const notes: string[] = [];
  const why = `move occurs because \`${movedName}\` has type \`${typer.tyString(typer.placeTy(body, moved.place))}\`, which does not implement the \`Copy\` trait`;
  if (moved.place.proj.length === 0 && body.locals[moved.place.local]) labels.push(label(body.locals[moved.place.local].span, why));
  else notes.push(`note: ${why}`);
  return error('borrowck', 'E0382', `${borrow ? 'borrow of' : 'use of'} moved value: \`${movedName}\``, a.span, labels, notes);
}

function isClosureEnv(body: Body, local: number): boolean {
  return body.kind === 'closure' && local === 1;
}

/**
 * A closure held to `Fn` or `FnMut` (by the bound it was passed to) reaches its captures through a
 * reference, so it cannot give one away: E0507 where it moves it.
 */
function moveOutOfCapture(body: Body, a: Access): Diagnostic | null {
  const env = body.locals[1]?.ty;
  const [d, f] = a.place.proj;
  if (env?.k !== 'ref' || d?.k !== 'deref' || f?.k !== 'field' || a.place.proj.length !== 2) return null;
  const name = body.captures?.[f.index]?.name;
  if (!name) return null;
  const kind = env.mut ? 'FnMut' : 'Fn';
  return error('borrowck', 'E0507', `cannot move out of \`${name}\`, a captured variable in an \`${kind}\` closure`, a.span, [label(a.span, `\`${name}\` is moved here`, true)]);
}

function reportUseOfMoved(
  cfg: Cfg, typer: PlaceTyper, accesses: readonly Access[][], init: InitResults,
  point: number, a: Access, usedPath: number, culprit: number, maybeInit: BitSet,
): { diag: Diagnostic; key: string; isUninit: boolean } | null {
  const md = init.moveData;
  const body = cfg.body;
  const sites = findMoveSites(cfg, md, accesses, point, usedPath);
  if (sites === 'dropped') return null;
  const usedName = typer.describe(body, a.place.proj.length && !md.lookup(a.place).exact ? md.paths[usedPath].place : a.place);
  const rootDecl = body.locals[a.place.local];
  if (sites.length === 0) {
    // Never initialized on some path: E0381. Only for user bindings (a temporary would be a lowering bug).
    if (!rootDecl || rootDecl.kind !== 'user' || rootDecl.name === null || a.kind === 'assign') return null;
    const possibly = maybeInit.has(culprit) || md.descendants(culprit).some((p) => maybeInit.has(p));
    const name = typer.describe(body, md.paths[culprit].place) ?? rootDecl.name;
    const state = possibly ? 'is possibly-uninitialized' : "isn't initialized";
    const labels: Label[] = [
      label(a.span, `\`${name}\` used here but it ${possibly ? 'is possibly-uninitialized' : "isn't initialized"}`, true),
      label(rootDecl.span, 'binding declared here but left uninitialized'),
    ];
    // Once per variable, as rustc: the first use its traversal meets.
    return { diag: error('borrowck', 'E0381', `used binding \`${name}\` ${state}`, a.span, labels), key: `${a.place.local}`, isUninit: true };
  }
  if (!usedName) return null;
  const partial = !sites.some((s) => md.isDescendant(usedPath, s.path));
  const verb = a.kind === 'assign' ? 'assign to part of' : a.kind === 'sharedBorrow' || a.kind === 'mutBorrow' ? 'borrow of' : 'use of';
  const moved = partial ? 'partially moved' : 'moved';
  // rustc names the moved place closest to the one used: `c` for a use of `c.n` after `let d = c;`.
  const wholeMoves = partial ? [] : sites.filter((s) => md.isDescendant(usedPath, s.path)).map((s) => md.paths[s.path].place);
  const closest = wholeMoves.sort((x, y) => y.proj.length - x.proj.length)[0];
  const named = a.kind === 'assign' ? typer.describe(body, md.paths[culprit].place) ?? usedName : closest ? typer.describe(body, closest) ?? usedName : usedName;
  const message = `${verb} ${moved} value: \`${named}\``;
  const primary =
    a.kind === 'assign' ? 'value partially assigned here after move'
    : a.kind === 'sharedBorrow' || a.kind === 'mutBorrow' ? `value borrowed here after ${partial ? 'partial ' : ''}move`
    : `value used here after ${partial ? 'partial ' : ''}move`;
  const labels: Label[] = [label(a.span, primary, true)];
  const notes: string[] = [];
  const sorted = [...sites].sort((x, y) => x.span.start - y.span.start);
  for (const s of sorted) {
    const text = s.intoClosure ? 'value moved into closure here' : partial ? 'value partially moved here' : 'value moved here';
    labels.push(label(s.span, s.inPreviousIteration ? `${text}, in previous iteration of loop` : text));
  }
  const movedPlace = md.paths[sorted[0].path].place;
  const movedName = typer.describe(body, movedPlace);
  if (movedName) {
    const why = `${partial ? 'partial ' : ''}move occurs because \`${movedName}\` has type \`${typer.tyString(typer.placeTy(body, movedPlace))}\`, which does not implement the \`Copy\` trait`;
    if (movedPlace.proj.length === 0 && body.locals[movedPlace.local]) labels.push(label(body.locals[movedPlace.local].span, why));
    else notes.push(`note: ${why}`);
  }
  const key = sites.map((s) => s.point).sort((x, y) => x - y).join(',');
  return { diag: error('borrowck', 'E0382', message, a.span, labels, notes), key, isUninit: false };
}

// ---------------------------------------------------------------- moving out of borrowed content

/** E0507 / E0508 / E0509: moves out of places that the mover does not own. */
export function checkMoveOut(cfg: Cfg, typer: PlaceTyper, accesses: readonly Access[][]): Diagnostic[] {
  const body = cfg.body;
  const out: (Diagnostic | MoveOutGroup)[] = [];
  const seen = new Set<string>();
  const groups = new Map<string, MoveOutGroup>();
  for (const b of cfg.rpo) {
    const first = cfg.start[b];
    for (let point = first; point <= first + cfg.blocks[b].stmts.length; point++) {
      for (const a of accesses[point] ?? []) {
        if (a.kind !== 'move' || a.place.proj.length === 0) continue;
        if (isClosureEnv(body, a.place.local)) {
          const d = moveOutOfCapture(body, a);
          if (d && !seen.has(`${a.span.start}:${placeKey(a.place)}`)) (seen.add(`${a.span.start}:${placeKey(a.place)}`), out.push(d));
          continue;
        }
        const found = moveOutAt(body, typer, a);
        if (!found) continue;
        const binding = bindingMovedInto(cfg, b, point - first, a.place);
        if (binding !== null) {
          // rustc's grouped move errors: one per scrutinee (and owner it moves out of), naming every binding.
          const at = body.locals[binding].matchPlace!;
          const key = `${at.span.start}:${at.span.end}:${placeKey({ local: a.place.local, proj: a.place.proj.slice(0, found.base) })}`;
          const group = groups.get(key);
          if (group) {
            if (!group.bindings.includes(binding)) group.bindings.push(binding);
          } else {
            const g: MoveOutGroup = { diag: atScrutinee(body, typer, a, found.diag, at), bindings: [binding] };
            groups.set(key, g);
            out.push(g);
          }
          continue;
        }
        const key = `${a.span.start}:${placeKey(a.place)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(found.diag);
      }
    }
  }
  return out.map((d) => ('bindings' in d ? groupedMoveOut(body, typer, d) : d));
}

interface MoveOutGroup {
  /** The first move's error, reported at the scrutinee. */
  readonly diag: Diagnostic;
  /** The binding locals that move out of it. */
  readonly bindings: number[];
}

/** The pattern binding that statement `index` of block `b` moves `moved` into, if it has a scrutinee place. */
function bindingMovedInto(cfg: Cfg, b: number, index: number, moved: Place): number | null {
  const st = cfg.blocks[b].stmts[index];
  if (st?.k !== 'assign' || st.place.proj.length !== 0 || st.rvalue.k !== 'use' || st.rvalue.op.k !== 'move' || st.rvalue.op.place !== moved) return null;
  const at = cfg.body.locals[st.place.local]?.matchPlace;
  return at && isPrefixOf(at.place, moved) ? st.place.local : null;
}

/** rustc's labels on a grouped move error: "data moved here" at each binding, and why they move. */
function groupedMoveOut(body: Body, typer: PlaceTyper, g: MoveOutGroup): Diagnostic {
  const locals = [...g.bindings].sort((x, y) => x - y);
  const labels: Label[] = [...g.diag.labels];
  const notes = [...g.diag.notes];
  locals.forEach((l, i) => labels.push(label(body.locals[l].span, i === 0 ? 'data moved here' : '...and here')));
  const only = body.locals[locals[0]];
  if (locals.length === 1) labels.push(label(only.span, `move occurs because \`${only.name}\` has type \`${typer.tyString(only.ty)}\`, which does not implement the \`Copy\` trait`));
  else notes.push("note: move occurs because these variables have types that don't implement the `Copy` trait");
  return { ...g.diag, labels, notes };
}

/** The error of a binding's move, at its scrutinee (`match *r { Some(s) => .. }` is reported at `*r`). */
function atScrutinee(body: Body, typer: PlaceTyper, a: Access, d: Diagnostic, at: { place: Place; span: Span }): Diagnostic {
  let message = d.message;
  const downcast = a.place.proj.findIndex((p, i) => i >= at.place.proj.length - 1 && p.k === 'downcast');
  // The moved place as rustc names it here: `r` for `(*r as Some).0`, `r.a` for `(*r as Some).0.a`.
  const base = typer.describe(body, a.place, false);
  if (downcast >= 0 && base && d.message.includes('which is behind')) {
    const tys = typer.prefixTys(body, a.place);
    const enumTy = tys[downcast].ty;
    const variant = (a.place.proj[downcast] as { variant: number }).variant;
    const vname = enumTy.k === 'builtin' ? (enumTy.name === 'Option' ? ['None', 'Some'] : ['Ok', 'Err'])[variant] : enumTy.k === 'adt' ? typer.program.adts[enumTy.adt]?.variants[variant]?.name : undefined;
    const kind = d.message.includes('mutable reference') ? 'mutable' : 'shared';
    if (vname) message = `cannot move out of \`${base}\` as enum variant \`${vname}\` which is behind a ${kind} reference`;
  }
  const index = indexSource(body, at.place.local, typer);
  if (index && at.place.proj.length === 1) message = `cannot move out of index of \`${index}\``;
  // E0508 and E0509 say "cannot move out of here" at the scrutinee; a move from behind a reference says nothing there.
  const here = d.code === 'E0507' ? '' : 'cannot move out of here';
  return { ...d, message, span: at.span, labels: [label(at.span, here, true)] };
}

/** The container type when `local` holds what `Index::index` returned (`v[0]` on a Vec). */
function indexSource(body: Body, local: number, typer: PlaceTyper): string | null {
  for (const block of body.blocks) {
    const t = block.term;
    if (t.k === 'call' && t.dest.local === local && t.dest.proj.length === 0 && t.callee.k === 'builtin' && (t.callee.name === 'Index::index' || t.callee.name === 'IndexMut::index_mut') && t.callee.tyArgs[0]) {
      return typer.tyString(t.callee.tyArgs[0]);
    }
  }
  return null;
}

/** The error of moving `a.place` out, and how many of its projections lead to what cannot be moved out of. */
function moveOutAt(body: Body, typer: PlaceTyper, a: Access): { diag: Diagnostic; base: number } | null {
  const tys = typer.prefixTys(body, a.place);
  const movedTy = tys[tys.length - 1].ty;
  const name = typer.describe(body, a.place);
  const because = (who: string) => `move occurs because ${who} has type \`${typer.tyString(movedTy)}\`, which does not implement the \`Copy\` trait`;
  const who = name ? `\`${name}\`` : 'value';
  for (let i = 0; i < a.place.proj.length; i++) {
    const p = a.place.proj[i];
    const base = tys[i].ty;
    if (base.k === 'error' || base.k === 'param') return null;
    if (p.k === 'deref') {
      const next = a.place.proj[i + 1];
      const target = tys[i + 1]?.ty;
      if (base.k === 'ref' && next && (next.k === 'index' || next.k === 'constIndex') && target && (target.k === 'slice' || target.k === 'array')) {
        // `list[0]` with `list: &[T]`: rustc names the slice, not the reference.
        const what = target.k === 'slice' ? 'slice' : 'array';
        return { base: i, diag: error('borrowck', 'E0508', `cannot move out of type \`${typer.tyString(target)}\`, a non-copy ${what}`, a.span, [label(a.span, 'cannot move out of here', true), label(a.span, because(who), true)]) };
      }
      if (base.k === 'ref') {
        const kind = base.mut ? 'mutable' : 'shared';
        // `let s = v[0]` on a Vec: what `Index::index` returned, named by its container.
        const index = i === 0 && a.place.proj.length === 1 ? indexSource(body, a.place.local, typer) : null;
        if (index) return { base: i, diag: error('borrowck', 'E0507', `cannot move out of index of \`${index}\``, a.span, [label(a.span, because('value'), true)]) };
        const what = typer.describe(body, a.place, false);
        const msg = what ? `cannot move out of \`${what}\` which is behind a ${kind} reference` : `cannot move out of a ${kind} reference`;
        return { base: i, diag: error('borrowck', 'E0507', msg, a.span, [label(a.span, because(who), true)]) };
      }
      if (base.k === 'ptr') {
        const what = typer.describe(body, a.place, false);
        const msg = what ? `cannot move out of \`${what}\` which is behind a raw pointer` : 'cannot move out of a raw pointer';
        return { base: i, diag: error('borrowck', 'E0507', msg, a.span, [label(a.span, because(who), true)]) };
      }
      if (base.k === 'builtin' && (base.name === 'Vec' || base.name === 'String')) {
        const next = a.place.proj[i + 1];
        if (next && (next.k === 'index' || next.k === 'constIndex'))
          return { base: i, diag: error('borrowck', 'E0507', `cannot move out of index of \`${typer.tyString(base)}\``, a.span, [label(a.span, because('value'), true)]) };
        return { base: i, diag: error('borrowck', 'E0507', `cannot move out of dereference of \`${typer.tyString(base)}\``, a.span, [label(a.span, because(who), true)]) };
      }
      if (base.k === 'builtin' && isCounted(base.name))
        return { base: i, diag: error('borrowck', 'E0507', `cannot move out of an \`${base.name}\``, a.span, [label(a.span, because(who), true)]) };
      if (base.k === 'builtin' && (base.name === 'Ref' || base.name === 'RefMut'))
        return { base: i, diag: error('borrowck', 'E0507', `cannot move out of dereference of \`${typer.tyString(base)}\``, a.span, [label(a.span, because(who), true)]) };
    } else if (p.k === 'index' || p.k === 'constIndex') {
      // An array pattern (`let [a, b] = words;`) moves its elements out: only `words[i]` cannot.
      if (base.k === 'array' && p.k === 'index')
        return { base: i, diag: error('borrowck', 'E0508', `cannot move out of type \`${typer.tyString(base)}\`, a non-copy array`, a.span, [label(a.span, 'cannot move out of here', true), label(a.span, because(who), true)]) };
      if (base.k === 'slice')
        return { base: i, diag: error('borrowck', 'E0508', `cannot move out of type \`${typer.tyString(base)}\`, a non-copy slice`, a.span, [label(a.span, 'cannot move out of here', true), label(a.span, because(who), true)]) };
    } else if (p.k === 'field' && base.k === 'adt' && typer.program.adts[base.adt]?.dropFn != null) {
      return { base: i, diag: error('borrowck', 'E0509', `cannot move out of type \`${typer.tyString(base)}\`, which implements the \`Drop\` trait`, a.span, [label(a.span, 'cannot move out of here', true), label(a.span, because(who), true)]) };
    }
  }
  return null;
}
