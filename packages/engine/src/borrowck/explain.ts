// The "explain" view for the UI, computed from the same analyses as the
// errors: per source line, which permissions (Aquascope's Read / Write / Own)
// each variable or path gains and loses; each borrow's live lines; each
// variable's lifetime from initialization to its drop or move.

import type { Span } from '../syntax/ast.js';
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

export interface LineExplain {
  readonly line: number;
  readonly gained: readonly PermDelta[];
  readonly lost: readonly PermDelta[];
  /** Permissions of every path in scope after the line ran, e.g. { path: 'v', perms: ['R', 'O'] }. */
  readonly after: readonly PermDelta[];
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

type PermMap = Map<string, Set<Perm>>;

/** Named locals (not temporaries, not the return place): the ones the UI shows. */
function namedLocals(input: ExplainInput): number[] {
  const out: number[] = [];
  input.cfg.body.locals.forEach((d, l) => d.name && d.kind !== 'return' && out.push(l));
  return out;
}

/** Permissions of every named path at point `at` (before it runs). */
function permsAt(input: ExplainInput, named: readonly number[], at: number): PermMap {
  const { cfg, typer, init, scopes } = input;
  const body = cfg.body;
  const md = init.moveData;
  const out: PermMap = new Map();
  for (const l of named) {
    const decl = body.locals[l];
    const root = md.roots[l];
    if (!init.maybeInit[at]?.has(root) || init.maybeUninit[at]?.has(root)) continue;
    out.set(decl.name!, new Set<Perm>(decl.mutable ? ['R', 'W', 'O'] : ['R', 'O']));
    if (decl.ty.k === 'ref') out.set(`*${decl.name}`, new Set<Perm>(decl.ty.mut ? ['R', 'W'] : ['R']));
  }
  for (const k of scopes.inScope[at] ?? []) {
    const b = scopes.borrows[k];
    if (b.ignored) continue;
    const reserved = b.twoPhase && scopes.reserved.get(k)?.has(at);
    const lost: Perm[] = b.mut && !reserved ? ['R', 'W', 'O'] : ['W', 'O'];
    // The borrowed path and every path it lies in lose the permissions.
    for (let n = b.place.proj.length; n >= 0; n--) {
      const path = typer.describe(body, n === b.place.proj.length ? b.place : { local: b.place.local, proj: b.place.proj.slice(0, n) });
      if (!path) continue;
      let set = out.get(path);
      if (!set) {
        if (n !== b.place.proj.length) continue;
        set = new Set<Perm>(['R', 'W', 'O']);
        out.set(path, set);
      }
      for (const p of lost) set.delete(p);
    }
  }
  return out;
}

const ORDER: Perm[] = ['R', 'W', 'O'];

export function explainBody(input: ExplainInput): ExplainFn {
  const { cfg, typer, scopes, regions } = input;
  const body = cfg.body;
  const named = namedLocals(input);
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
  const lines: LineExplain[] = [];
  let prev: PermMap = new Map();
  for (const line of [...afterLine.keys()].sort((a, b) => a - b)) {
    const cur = permsAt(input, named, afterLine.get(line)!);
    const gained: PermDelta[] = [];
    const lost: PermDelta[] = [];
    for (const path of new Set([...prev.keys(), ...cur.keys()])) {
      const before = prev.get(path);
      const after = cur.get(path);
      const g = ORDER.filter((x) => after?.has(x) && !before?.has(x));
      const l = ORDER.filter((x) => before?.has(x) && !after?.has(x));
      if (g.length) gained.push({ path, perms: g });
      if (l.length) lost.push({ path, perms: l });
    }
    if (gained.length || lost.length) lines.push({ line, gained, lost, after: [...cur.entries()].map(([path, s]) => ({ path, perms: ORDER.filter((x) => s.has(x)) })) });
    prev = cur;
  }

  const liveLines: Set<number>[] = scopes.borrows.map((b) => new Set(spans[b.point] ? [spans[b.point]!.line] : []));
  for (let p = 0; p < cfg.numPoints; p++) {
    const span = spans[p];
    if (!span) continue;
    for (const k of scopes.inScope[p] ?? []) if (regions.values[scopes.borrows[k].region]?.has(p) ?? true) liveLines[k].add(span.line);
  }
  const borrows: BorrowExplain[] = scopes.borrows.map((b) => ({
    line: b.span.line, col: b.span.col, place: typer.describe(body, b.place), mutable: b.mut,
    holder: b.holder !== null ? body.locals[b.holder]?.name ?? null : null,
    liveLines: [...liveLines[b.index]].sort((x, y) => x - y),
  }));

  return { name: body.name, line: body.span.line, lines, borrows, lifetimes: lifetimes(input, named, spans) };
}

/** One pass over the points: where each named local is first initialized and where it stops being. */
function lifetimes(input: ExplainInput, named: readonly number[], spans: readonly (Span | null)[]): LifetimeExplain[] {
  const { cfg, init, accesses } = input;
  const body = cfg.body;
  const md = init.moveData;
  const start = new Map<number, number>();
  const end = new Map<number, { line: number; kind: LifetimeExplain['end'] }>();
  const isNamed = new Set(named);
  for (let p = 0; p < cfg.numPoints; p++) {
    const span = spans[p];
    if (!span) continue;
    for (const l of named) {
      if (!init.maybeInit[p]?.has(md.roots[l])) continue;
      start.set(l, Math.min(start.get(l) ?? Infinity, span.line));
      const e = end.get(l);
      if (!e || span.line > e.line) end.set(l, { line: span.line, kind: 'return' });
    }
    for (const a of accesses[p] ?? []) {
      const l = a.place.local;
      if (!isNamed.has(l) || a.place.proj.length !== 0) continue;
      if (a.kind === 'assign') start.set(l, Math.min(start.get(l) ?? Infinity, span.line));
      if ((a.kind === 'move' || a.kind === 'drop' || a.kind === 'storageDead') && init.maybeInit[p]?.has(md.roots[l])) {
        const e = end.get(l);
        if (!e || span.line >= e.line) end.set(l, { line: span.line, kind: a.kind === 'move' ? 'move' : 'drop' });
      }
    }
  }
  const out: LifetimeExplain[] = [];
  for (const l of named) {
    const decl = body.locals[l];
    let s = start.get(l);
    if (l >= 1 && l <= body.argCount) s = Math.min(s ?? Infinity, decl.span.line);
    if (s === undefined || s === Infinity) continue;
    const e = end.get(l) ?? { line: s, kind: 'return' as const };
    out.push({ name: decl.name!, declLine: decl.span.line, startLine: s, endLine: Math.max(e.line, s), end: e.kind });
  }
  return out;
}
