// Lifetimes beside the source, like the article's "Lifetime of variables"
// figure: each variable is a bar from the line it is initialized to the line
// it dies (end of scope, or the move that takes it), each borrow a bar over
// the lines where it is live (NLL: up to its last use).
//
// The engine's `explain` result carries these facts per function;
// `lifetimesFromExplain` flattens them into what the view draws.
import type { ExplainResult } from '@memviz/engine';

export interface LifetimeVar {
  readonly name: string;
  readonly ty?: string;
  /** Line where it gets its value (1-based). */
  readonly start: number;
  /** Last line it is alive. */
  readonly end: number;
  /** What ends it: its scope closes (dropped), it is moved away, or it is still alive when its function returns. */
  readonly endsBy: 'scope' | 'move' | 'return';
}

export interface LifetimeBorrow {
  /** How the program spells the borrow: "&john.salary", "&mut v". */
  readonly name: string;
  readonly mut: boolean;
  readonly start: number;
  /** Line of its last use. */
  readonly end: number;
  /** The lines where it is live, when not every line from start to end (a loop, a branch). */
  readonly lines?: readonly number[];
}

export interface LifetimeData {
  readonly vars: readonly LifetimeVar[];
  readonly borrows: readonly LifetimeBorrow[];
}

export type BarKind = 'own' | 'shared' | 'mut';

export interface LifetimeBar {
  readonly id: string;
  readonly label: string;
  readonly kind: BarKind;
  readonly column: number;
  readonly start: number;
  readonly end: number;
  readonly endsBy: 'scope' | 'move' | 'return' | 'last-use';
  /** Lines inside start..end where the bar is drawn (all of them when absent). */
  readonly lines?: ReadonlySet<number>;
}

/** Does `bar` cover `line`? */
export function barCovers(bar: LifetimeBar, line: number): boolean {
  if (line < bar.start || line > bar.end) return false;
  return !bar.lines || bar.lines.has(line) || line === bar.start;
}

/**
 * One column per bar, reusing a column once the bar in it has ended (like
 * the figure, where variables of disjoint scopes line up). Variables first,
 * in order of appearance, then borrows to their right.
 */
export function layoutLifetimes(data: LifetimeData): { readonly bars: LifetimeBar[]; readonly columns: number } {
  const bars: LifetimeBar[] = [];
  const columnEnds: number[] = [];
  const place = (start: number, end: number, from: number): number => {
    for (let c = from; c < columnEnds.length; c++) {
      if (columnEnds[c] < start) {
        columnEnds[c] = end;
        return c;
      }
    }
    columnEnds.push(end);
    return columnEnds.length - 1;
  };
  const vars = [...data.vars].sort((a, b) => a.start - b.start || a.end - b.end);
  vars.forEach((v, i) => bars.push({ id: `var${i}`, label: v.name, kind: 'own', column: place(v.start, v.end, 0), start: v.start, end: Math.max(v.start, v.end), endsBy: v.endsBy }));
  const firstBorrowColumn = columnEnds.length;
  const borrows = [...data.borrows].sort((a, b) => a.start - b.start || a.end - b.end);
  borrows.forEach((b, i) =>
    bars.push({
      id: `borrow${i}`,
      label: b.name,
      kind: b.mut ? 'mut' : 'shared',
      column: place(b.start, b.end, firstBorrowColumn),
      start: b.start,
      end: Math.max(b.start, b.end),
      endsBy: 'last-use',
      ...(b.lines ? { lines: new Set(b.lines) } : {}),
    }),
  );
  return { bars, columns: columnEnds.length };
}

/** The lifetimes and borrow ranges of every function in the engine's explain result. */
export function lifetimesFromExplain(explain: ExplainResult | null | undefined): LifetimeData {
  const vars: LifetimeVar[] = [];
  const borrows: LifetimeBorrow[] = [];
  for (const fn of explain?.fns ?? []) {
    for (const l of fn.lifetimes) vars.push({ name: l.name, start: l.startLine, end: l.endLine, endsBy: l.end === 'move' ? 'move' : l.end === 'return' ? 'return' : 'scope' });
    for (const b of fn.borrows) {
      if (b.liveLines.length === 0) continue;
      const what = `&${b.mutable ? 'mut ' : ''}${b.place ?? 'temporary'}`;
      borrows.push({
        name: b.holder ? `${b.holder} = ${what}` : what,
        mut: b.mutable,
        start: Math.min(b.line, b.liveLines[0]),
        end: b.liveLines[b.liveLines.length - 1],
        lines: b.liveLines,
      });
    }
  }
  return { vars, borrows };
}
