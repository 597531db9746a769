// The compiler's verdict under the editor: rustc-style problems with their
// labels and notes, or a line saying the program compiles.
import type { Diagnostic } from '@memviz/engine';
import { headline } from './diagnostics';

export function Diagnostics({ diagnostics, checking }: { diagnostics: readonly Diagnostic[]; checking: boolean }) {
  if (diagnostics.length === 0) return <p className="pg-status">{checking ? 'Checking…' : 'No errors: the program compiles.'}</p>;
  return (
    <section className="pg-diagnostics" aria-label="Compiler errors">
      <h2>
        {diagnostics.length} {diagnostics.length === 1 ? 'problem' : 'problems'}
      </h2>
      <ul>
        {diagnostics.map((d, i) => (
          <li key={i} data-testid="diagnostic" className={`diag diag-${d.severity}`}>
            <span className="diag-pos">
              {d.span.line}:{d.span.col}
            </span>{' '}
            <span className="diag-head">{headline(d)}</span>
            {d.labels.length > 0 && (
              <ul className="diag-labels">
                {d.labels.map((l, j) => (
                  <li key={j}>
                    {l.span.line}:{l.span.col} {l.message}
                  </li>
                ))}
              </ul>
            )}
            {d.notes.map((n, j) => (
              <div key={j} className="diag-note">
                {n}
              </div>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
