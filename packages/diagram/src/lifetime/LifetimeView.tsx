// Source lines with a bar per variable and per borrow beside them. Plain
// HTML rows (one per line, one cell per column), so nothing needs measuring.
import { useMemo } from 'react';
import { POINTER_STYLE } from '../model/format.js';
import { barCovers, layoutLifetimes, type LifetimeBar, type LifetimeData } from './model.js';

export interface LifetimeViewProps {
  readonly source: string;
  readonly data: LifetimeData;
  /** Line of the current step, highlighted. */
  readonly currentLine?: number;
  readonly large?: boolean;
}

const BAR_STYLE = { own: POINTER_STYLE.own, shared: POINTER_STYLE.shared, mut: POINTER_STYLE.mut };

export function LifetimeView({ source, data, currentLine, large }: LifetimeViewProps) {
  const lines = useMemo(() => source.replace(/\n$/, '').split('\n'), [source]);
  const { bars, columns } = useMemo(() => layoutLifetimes(data), [data]);
  const byColumn = useMemo(() => {
    const cols: LifetimeBar[][] = Array.from({ length: columns }, () => []);
    for (const b of bars) cols[b.column].push(b);
    return cols;
  }, [bars, columns]);

  return (
    <div className={`mv-lifetimes${large ? ' mv-large' : ''}`} role="table" aria-label="Lifetimes of variables and borrows">
      <div className="mv-lt-legend" aria-hidden="true">
        <span className="mv-lt-key mv-lt-own">variable alive</span>
        <span className="mv-lt-key mv-lt-shared">&amp; borrow live</span>
        <span className="mv-lt-key mv-lt-mut">&amp;mut borrow live</span>
      </div>
      {lines.map((text, i) => {
        const line = i + 1;
        return (
          <div key={line} role="row" className={`mv-lt-row${line === currentLine ? ' mv-lt-current' : ''}`}>
            <span role="rowheader" className="mv-lt-no">
              {line}
            </span>
            <code role="cell" className="mv-lt-code">
              {text || ' '}
            </code>
            {byColumn.map((col, c) => {
              const bar = col.find((b) => barCovers(b, line));
              return (
                <span role="cell" key={c} className="mv-lt-col">
                  {bar && <BarPiece bar={bar} line={line} />}
                </span>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}

function BarPiece({ bar, line }: { bar: LifetimeBar; line: number }) {
  const st = BAR_STYLE[bar.kind];
  const first = line === bar.start;
  const last = line === bar.end;
  const cls = `mv-lt-bar mv-lt-${bar.kind}${first ? ' mv-lt-first' : ''}${last ? ' mv-lt-last' : ''}`;
  const end = bar.endsBy === 'move' ? 'moved' : bar.endsBy === 'scope' ? 'dropped' : bar.endsBy === 'return' ? 'returned' : 'last use';
  return (
    <span className={cls} style={{ borderColor: st.color, color: st.color }} data-bar={bar.kind}>
      {first && <span className="mv-lt-label">{bar.label}</span>}
      {last && <span className="mv-lt-end">{end}</span>}
      {!first && !last && <span className="mv-sr-only">{bar.label}</span>}
    </span>
  );
}
