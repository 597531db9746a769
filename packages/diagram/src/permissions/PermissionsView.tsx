// Read / Write / Own per place per line, beside the source, as Aquascope
// shows them: a letter when the permission is held, struck out when it was
// just lost, marked + when just gained.
import { useMemo } from 'react';
import { permissionCells, type Perm, type PermissionCell, type PermissionLine } from './model.js';

export interface PermissionsViewProps {
  readonly source: string;
  /** Per line, from `permissionsFromExplain`. */
  readonly lines: ReadonlyMap<number, PermissionLine>;
  readonly currentLine?: number;
  readonly large?: boolean;
}

const PERM_NAME: Record<Perm, string> = { R: 'read', W: 'write', O: 'own' };

export function PermissionsView({ source, lines: perms, currentLine, large }: PermissionsViewProps) {
  const lines = useMemo(() => source.replace(/\n$/, '').split('\n'), [source]);
  return (
    <div className={`mv-perms${large ? ' mv-large' : ''}`} role="table" aria-label="Permissions per line: R read, W write, O own">
      {lines.map((text, i) => {
        const line = i + 1;
        const info = perms.get(line);
        const cells = info ? permissionCells(info) : [];
        return (
          <div key={line} role="row" className={`mv-pm-row${line === currentLine ? ' mv-lt-current' : ''}`}>
            <span role="rowheader" className="mv-lt-no">
              {line}
            </span>
            <code role="cell" className="mv-lt-code">
              {text || ' '}
            </code>
            <span role="cell" className="mv-pm-cells">
              {cells.map((c) => (
                <Cell key={c.path} cell={c} />
              ))}
            </span>
          </div>
        );
      })}
    </div>
  );
}

function Cell({ cell }: { cell: PermissionCell }) {
  return (
    <span className="mv-pm-cell" data-testid="permission">
      <span className="mv-pm-path">{cell.path}</span>
      {(['R', 'W', 'O'] as const).map((p) => {
        const lost = cell.lost.includes(p);
        const gained = cell.gained.includes(p);
        if (!cell.has[p] && !lost) return <span key={p} className="mv-pm-letter mv-pm-none" aria-hidden="true">{'·'}</span>;
        const label = `${lost ? 'lost' : gained ? 'gained' : 'has'} ${PERM_NAME[p]}`;
        return (
          <span key={p} className={`mv-pm-letter mv-pm-${p}${lost ? ' mv-pm-lost' : ''}${gained ? ' mv-pm-gained' : ''}`} title={label} aria-label={label}>
            {gained && '+'}
            {p}
          </span>
        );
      })}
    </span>
  );
}
