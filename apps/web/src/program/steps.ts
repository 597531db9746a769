// Moves through a run's steps, shared by the buttons, the slider and the keys.
export type StepMove = 'first' | 'prev' | 'next' | 'last' | { readonly to: number };

/** The step a move leads to from `from`, kept within 0 .. count-1. */
export function targetStep(move: StepMove, from: number, count: number): number {
  const last = Math.max(0, count - 1);
  const to = move === 'first' ? 0 : move === 'prev' ? from - 1 : move === 'next' ? from + 1 : move === 'last' ? last : move.to;
  return Math.max(0, Math.min(last, Math.floor(to)));
}

/** "N / M" as people count (from 1), or dashes when there is nothing to step through. */
export function positionText(position: { readonly step: number; readonly count: number } | null): string {
  return position ? `${position.step + 1} / ${position.count}` : '– / –';
}
