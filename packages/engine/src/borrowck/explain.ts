// The "explain" view for the UI, computed from the same analyses as the
// errors: per source line, which permissions (Aquascope's Read / Write / Own)
// each variable or path gains and loses; each borrow's live lines; each
// variable's lifetime from initialization to its drop or move.

import type { Span } from '../syntax/ast.js';
import type { BitSet } from './bitset.js';
import type { Access } from './accesses.js';
import type { BorrowResults } from './borrows.js';
import type { Cfg } from './cfg.js';
import type { InitResults } from './moves.js';
import type { PlaceTyper } from './places.js';
import type { RegionResults } from './regions.js';

export type Perm = 'R' | 'W' | 'O';

export interface PermDelta {
  /** A variable (`v`), a path (`p.name`) or a reference's target (`*r`). */
  readonly path: string;
  readonly perms: readonly Perm[];
}

/**
 * What a line changes. The permissions of every path after line N are the
 * fold of the deltas of the lines up to N (all paths start with none).
 */
export interface LineExplain {
  readonly line: number;
  readonly gained: readonly PermDelta[];
  readonly lost: readonly PermDelta[];
}

export interface BorrowExplain {
  readonly line: number;
  readonly col: number;
  /** The borrowed place, as rustc prints it; null for a temporary. */
  readonly place: string | null;
  readonly mutable: boolean;
  /** The variable holding the reference, if it is a named one. */
  readonly holder: string | null;
  /** Source lines where the borrow is live, ascending. */
  readonly liveLines: readonly number[];
}

export interface LifetimeExplain {
  readonly name: string;
  readonly declLine: number;
  readonly startLine: number;
  readonly endLine: number;
  /** How it ends: dropped (scope end or drop), moved away, or still alive when the function returns. */
  readonly end: 'drop' | 'move' | 'return';
}

export interface ExplainFn {
  readonly name: string;
  readonly line: number;
  readonly lines: readonly LineExplain[];
  readonly borrows: readonly BorrowExplain[];
  readonly lifetimes: readonly LifetimeExplain[];
}

export interface ExplainResult {
  readonly fns: readonly ExplainFn[];
}

export interface ExplainInput {
  readonly cfg: Cfg;
  readonly typer: PlaceTyper;
  readonly accesses: readonly Access[][];
  readonly init: InitResults;
  readonly regions: RegionResults;
  readonly scopes: BorrowResults;
}

function pointSpan(cfg: Cfg, point: number): Span | null {
  const { block, index } = cfg.location(point);
  const b = cfg.blocks[block];
  if (index < b.stmts.length) return b.stmts[index].span;
  const t = b.term;
  return 'span' in t ? t.span : null;
}

/** Permissions as a bitmask: R = 1, W = 2, O = 4. */
type PermMap = Map<string, number>;
const R = 1;
const W = 2;
const O = 4;
const ORDER: readonly [Perm, number][] = [['R', R], ['W', W], ['O', O]];
const permList = (mask: number): Perm[] => ORDER.filter(([, bit]) => mask & bit).map(([p]) => p);

/**
 * Computes the permissions of one path at a point: the owner's own
 * permissions (initialized, `mut`, a reference's target) minus what the
 * borrows in scope there take away.
 */
class PermOracle {
  /** Named local by the name the UI shows, and reference targets by `*name`. */
  private readonly byName = new Map<string, { local: number; deref: boolean }>();
  /** For each path string, the borrows that cover it (`full` when it is the borrowed place itself). */
  readonly borrowsOfPath = new Map<string, { k: number; full: boolean }[]>();
  /** The path strings each borrow touches. */
  readonly pathsOfBorrow: string[][];

  constructor(private readonly input: ExplainInput) {
    const { cfg, typer, scopes } = input;
    const body = cfg.body;
    body.locals.forEach((d, l) => {
      if (!d.name || d.kind === 'return') return;
      this.byName.set(d.name, { local: l, deref: false });
      if (d.ty.k === 'ref') this.byName.set(`*${d.name}`, { local: l, deref: true });
    });
    this.pathsOfBorrow = scopes.borrows.map((b) => {
      const out: string[] = [];
      if (b.ignored) return out;
      for (let n = b.place.proj.length; n >= 0; n--) {
        const path = typer.describe(body, n === b.place.proj.length ? b.place : { local: b.place.local, proj: b.place.proj.slice(0, n) });
        if (!path) continue;
        out.push(path);
        const list = this.borrowsOfPath.get(path) ?? [];
        list.push({ k: b.index, full: n === b.place.proj.length });
        this.borrowsOfPath.set(path, list);
      }
      return out;
    });
  }

  /** Paths that depend on a named local's initialization. */
  pathsOfLocal(local: number): string[] {
    const d = this.input.cfg.body.locals[local];
    if (!d.name || d.kind === 'return') return [];
    return d.ty.k === 'ref' ? [d.name, `*${d.name}`] : [d.name];
  }

  /** The permission mask of `path` before point `at`; 0 when the path does not exist there. */
  permsOf(path: string, at: number): number {
    const { init, scopes, cfg } = this.input;
    let mask: number | undefined;
    const owner = this.byName.get(path);
    if (owner) {
      const root = init.moveData.roots[owner.local];
      if (init.maybeInit.all()[at]?.has(root) && !init.maybeUninit.all()[at]?.has(root)) {
        const d = cfg.body.locals[owner.local];
        if (!owner.deref) mask = d.mutable ? R | W | O : R | O;
        else if (d.ty.k === 'ref') mask = d.ty.mut ? R | W : R;
      }
    }
    for (const { k, full } of this.borrowsOfPath.get(path) ?? []) {
      if (!scopes.inScope.all()[at]?.has(k)) continue;
      if (mask === undefined) {
        if (!full) continue;
        mask = R | W | O;
      }
      const b = scopes.borrows[k];
      const reserved = b.twoPhase && scopes.reserved.get(k)?.has(at);
      mask &= ~(b.mut && !reserved ? R | W | O : W | O);
    }
    return mask ?? 0;
  }
}

export function explainBody(input: ExplainInput): ExplainFn {
  const { cfg, typer, scopes, regions } = input;
  const body = cfg.body;
  const oracle = new PermOracle(input);
  const maybeInitAll = input.init.maybeInit.all();
  const maybeUninitAll = input.init.maybeUninit.all();
  const inScopeAll = scopes.inScope.all();
  const rootLocal = new Map<number, number>();
  body.locals.forEach((d, l) => d.name && d.kind !== 'return' && rootLocal.set(input.init.moveData.roots[l], l));
  const named = [...rootLocal.values()];
  const spans: (Span | null)[] = [];
  for (let p = 0; p < cfg.numPoints; p++) spans.push(pointSpan(cfg, p));

  // For each line, the point right after its last point in control-flow order: the state once the line has run.
  const afterLine = new Map<number, number>();
  for (const b of cfg.rpo) {
    const first = cfg.start[b];
    const last = first + cfg.blocks[b].stmts.length;
    for (let p = first; p <= last; p++) {
      const span = spans[p];
      if (span) afterLine.set(span.line, p < last ? p + 1 : cfg.successorPoints(p)[0] ?? p);
    }
  }
  // Only paths whose inputs changed since the previous line are recomputed (linear, not lines × variables).
  const lines: LineExplain[] = [];
  const current = new Map<string, number>();
  let prevAt = -1;
  for (const line of [...afterLine.keys()].sort((a, b) => a - b)) {
    const at = afterLine.get(line)!;
    const affected = new Set<string>();
    const diff = (cur: BitSet | undefined, prev: BitSet | undefined, each: (i: number) => void) => {
      if (!cur) return;
      if (prev) cur.forEachDifference(prev, each);
      else for (const i of cur) each(i);
    };
    const byPath = (path: number) => {
      const l = rootLocal.get(path);
      if (l !== undefined) for (const x of oracle.pathsOfLocal(l)) affected.add(x);
    };
    const prevInit = prevAt >= 0 ? maybeInitAll[prevAt] : undefined;
    const prevUninit = prevAt >= 0 ? maybeUninitAll[prevAt] : undefined;
    const prevScope = prevAt >= 0 ? inScopeAll[prevAt] : undefined;
    diff(maybeInitAll[at], prevInit, byPath);
    diff(maybeUninitAll[at], prevUninit, byPath);
    diff(inScopeAll[at], prevScope, (k) => oracle.pathsOfBorrow[k].forEach((x) => affected.add(x)));
    for (const k of inScopeAll[at] ?? []) if (scopes.borrows[k].twoPhase) oracle.pathsOfBorrow[k].forEach((x) => affected.add(x));
    const gained: PermDelta[] = [];
    const lost: PermDelta[] = [];
    for (const path of affected) {
      const before = current.get(path) ?? 0;
      const after = oracle.permsOf(path, at);
      if (after & ~before) gained.push({ path, perms: permList(after & ~before) });
      if (before & ~after) lost.push({ path, perms: permList(before & ~after) });
      current.set(path, after);
    }
    if (gained.length || lost.length) lines.push({ line, gained, lost });
    prevAt = at;
  }

  const liveLines: Set<number>[] = scopes.borrows.map((b) => new Set(spans[b.point] ? [spans[b.point]!.line] : []));
  for (let p = 0; p < cfg.numPoints; p++) {
    const span = spans[p];
    if (!span) continue;
    inScopeAll[p]?.forEach((k) => {
      if (regions.values[scopes.borrows[k].region]?.has(p) ?? true) liveLines[k].add(span.line);
    });
  }
  const borrows: BorrowExplain[] = scopes.borrows.map((b) => ({
    line: b.span.line, col: b.span.col, place: typer.describe(body, b.place), mutable: b.mut,
    holder: b.holder !== null ? body.locals[b.holder]?.name ?? null : null,
    liveLines: [...liveLines[b.index]].sort((x, y) => x - y),
  }));

  return { name: body.name, line: body.span.line, lines, borrows, lifetimes: lifetimes(input, named, spans) };
}

/**
 * One pass over the accesses: each named local lives from its first
 * initialization to its last drop, storageDead or move (or, failing those,
 * its last use: it is still alive when the function returns).
 */
function lifetimes(input: ExplainInput, named: readonly number[], spans: readonly (Span | null)[]): LifetimeExplain[] {
  const { cfg, accesses } = input;
  const body = cfg.body;
  const isNamed = new Set(named);
  const start = new Map<number, number>();
  const end = new Map<number, { line: number; kind: LifetimeExplain['end'] }>();
  const lastUse = new Map<number, number>();
  for (let p = 0; p < cfg.numPoints; p++) {
    const span = spans[p];
    if (!span) continue;
    for (const a of accesses[p] ?? []) {
      const l = a.place.local;
      if (!isNamed.has(l)) continue;
      lastUse.set(l, Math.max(lastUse.get(l) ?? 0, span.line));
      if (a.place.proj.length !== 0) continue;
      if (a.kind === 'assign') start.set(l, Math.min(start.get(l) ?? Infinity, span.line));
      if (a.kind === 'move' || a.kind === 'drop' || a.kind === 'storageDead') {
        const e = end.get(l);
        // A storageDead right after the drop keeps the drop as the reason.
        if (!e || span.line > e.line || (span.line === e.line && a.kind === 'move')) end.set(l, { line: span.line, kind: a.kind === 'move' ? 'move' : 'drop' });
      }
    }
  }
  const out: LifetimeExplain[] = [];
  for (const l of named) {
    const decl = body.locals[l];
    let s = start.get(l);
    if (l >= 1 && l <= body.argCount) s = Math.min(s ?? Infinity, decl.span.line);
    if (s === undefined || s === Infinity) continue;
    const e = end.get(l) ?? { line: lastUse.get(l) ?? s, kind: 'return' as const };
    out.push({ name: decl.name!, declLine: decl.span.line, startLine: s, endLine: Math.max(e.line, s), end: e.kind });
  }
  return out;
}
