// Run and step controls: run (where the viewer may run), first / back /
// position / next / last, and a slider for long runs. Arrow keys do the same
// through useStepKeys.
import type { ReactNode } from 'react';
import { positionText, type StepMove } from './steps';

export interface StepControlsProps {
  /** The shown step of a run with `count` steps, or null when there is nothing to step through. */
  readonly position: { readonly step: number; readonly count: number } | null;
  /** Whether these controls may move the step (a run that compiled, and the right to step). */
  readonly canStep: boolean;
  readonly onMove: (move: StepMove) => void;
  /** The Run button, for whoever may run the program. */
  readonly run?: { readonly onRun: () => void; readonly running: boolean; readonly disabled?: boolean };
  /** Replaces the keyboard hint. */
  readonly hint?: ReactNode;
}

export function StepControls({ position, canStep, onMove, run, hint }: StepControlsProps) {
  const atStart = !position || position.step === 0;
  const atEnd = !position || position.step >= position.count - 1;
  return (
    <>
      <div className="pg-controls" role="toolbar" aria-label="Run and step">
        {run && (
          <button type="button" className="button primary" data-testid="run-program" onClick={run.onRun} disabled={run.running || run.disabled}>
            {run.running ? 'Running…' : 'Run ▶'}
          </button>
        )}
        <button type="button" className="button" data-testid="step-first" onClick={() => onMove('first')} disabled={!canStep || atStart} aria-label="First step">
          ◀◀
        </button>
        <button type="button" className="button" data-testid="step-prev" onClick={() => onMove('prev')} disabled={!canStep || atStart} aria-label="Previous step">
          ◀ Back
        </button>
        <span className="pg-position" data-testid="step-position" aria-live="polite">
          {positionText(position)}
        </span>
        <button type="button" className="button" data-testid="step-next" onClick={() => onMove('next')} disabled={!canStep || atEnd} aria-label="Next step">
          Next ▶
        </button>
        <button type="button" className="button" data-testid="step-last" onClick={() => onMove('last')} disabled={!canStep || atEnd} aria-label="Last step">
          ▶▶
        </button>
        {hint ?? <span className="pg-hint">← → keys step</span>}
      </div>
      {canStep && position && position.count > 2 && (
        <input
          className="pg-slider"
          type="range"
          data-testid="step-slider"
          aria-label="Step"
          min={1}
          max={position.count}
          value={position.step + 1}
          onChange={(e) => onMove({ to: Number(e.target.value) - 1 })}
        />
      )}
    </>
  );
}
