// What the program printed up to the shown step, and how it ended once the
// last step is reached.
export interface OutputProps {
  readonly stdout: string;
  readonly stderr: string;
  /** The shown step is not the last one: the output is partial. */
  readonly partial: boolean;
  /** Shown at the last step. */
  readonly exit: { readonly code: number | null; readonly outcome: string | null } | null;
}

export function Output({ stdout, stderr, partial, exit }: OutputProps) {
  return (
    <section className="pg-output" aria-label="Output">
      <h2>Output{partial ? ' (so far)' : ''}</h2>
      <pre data-testid="stdout">{stdout}</pre>
      {stderr && (
        <pre className="pg-stderr" data-testid="stderr">
          {stderr}
        </pre>
      )}
      {exit && (
        <p className="pg-exit">
          Exited with code {exit.code}
          {exit.outcome && exit.outcome !== 'exit' ? ` (${exit.outcome.replace('_', ' ')})` : ''}
        </p>
      )}
    </section>
  );
}
