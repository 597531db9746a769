// A String or Vec buffer on the heap: a row of cells, with brackets under it
// showing how much is in use (len) and how much is reserved (cap).
import type { CSSProperties } from 'react';
import type { ValueView } from '../model/types.js';
import { bufferColumns, stringCells, type BufferCell } from '../model/layout.js';
import { placeKey, type RootKind } from '../model/keys.js';
import { Value } from './Value.js';
import { useDiagram } from './context.js';

interface BufferProps {
  readonly root: RootKind;
  readonly id: number;
  readonly value: Extract<ValueView, { t: 'str' } | { t: 'array' }>;
  /** Capacity in bytes (blocks) or null for static strings, which have no spare room. */
  readonly capBytes: number | null;
}

export function Buffer({ root, id, value, capBytes }: BufferProps) {
  const { limits } = useDiagram();
  let cells: BufferCell[];
  let len: number;
  let lenText: string;
  let capText: string;
  if (value.t === 'str') {
    const s = stringCells(value.text, capBytes ?? 0);
    cells = s.cells;
    len = s.lenCells;
    lenText = `len ${s.lenBytes} B`;
    capText = `cap ${Math.max(capBytes ?? 0, s.lenBytes)} B`;
  } else {
    cells = value.elems.map((_, index) => ({ kind: 'elem', index }) as const);
    // Initialized elements come first; spare capacity is uninit.
    len = value.elems.findIndex((e) => e.t === 'uninit');
    if (len < 0) len = value.elems.length;
    lenText = `len ${len}`;
    capText = `cap ${value.elems.length}`;
  }
  const { entries, used, total } = bufferColumns(cells, len, limits.cellsHead, limits.cellsTail);
  const grid: CSSProperties = { gridTemplateColumns: `repeat(${Math.max(1, total)}, auto)` };
  const showCap = capBytes !== null;
  return (
    <div className="mv-buffer" style={grid} aria-label={showCap ? `${lenText}, ${capText}` : lenText}>
      {entries.map((entry) => {
        if (entry.kind === 'gap') {
          return (
            <div key={`gap${entry.from}`} className="mv-cell mv-cell-gap" title={`${entry.count} cells not shown`}>
              …{entry.count}…
            </div>
          );
        }
        const cell = entry.item;
        const key = placeKey(root, id, [cell.index]);
        if (cell.kind === 'spare') return <div key={cell.index} className="mv-cell mv-cell-spare" data-target={key} title="spare capacity" />;
        if (cell.kind === 'char') {
          return (
            <div key={cell.index} className="mv-cell mv-char" data-target={key} title={cell.bytes > 1 ? `${cell.bytes} bytes` : undefined}>
              {cell.ch === ' ' ? '␣' : cell.ch === '\n' ? '⏎' : cell.ch}
            </div>
          );
        }
        const elem = (value as Extract<ValueView, { t: 'array' }>).elems[cell.index];
        return (
          <div key={cell.index} className={`mv-cell${elem.t === 'uninit' ? ' mv-cell-spare' : ''}`} data-target={key}>
            <span className="mv-cell-index">{cell.index}</span>
            {elem.t === 'uninit' ? <span className="mv-spare-mark" aria-label="spare" /> : <Value v={elem} root={root} id={id} path={[cell.index]} />}
          </div>
        );
      })}
      {used > 0 && (
        <div className="mv-bracket mv-bracket-len" style={{ gridColumn: `1 / span ${used}` }}>
          {lenText}
        </div>
      )}
      {showCap && (
        <div className="mv-bracket mv-bracket-cap" style={{ gridColumn: `1 / span ${Math.max(1, total)}` }}>
          {capText}
        </div>
      )}
    </div>
  );
}
