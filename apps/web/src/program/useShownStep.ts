// The memory state on screen, asked of the engine worker step by step.
// Held-down keys and live steps arrive faster than the worker answers, so
// only the newest answer is shown; the state before is kept for a single
// step forward, which is what the diagram's "what changed" means.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MemoryState } from '@memviz/engine';
import { engineClient } from '../engine/client';

export interface Shown {
  /** The worker's run this state belongs to. */
  readonly run: number;
  readonly step: number;
  readonly state: MemoryState;
  readonly prev?: MemoryState;
  /** describeState's text, for the screen-reader live region. */
  readonly description: string;
}

export function useShownStep() {
  const [shown, setShown] = useState<Shown | null>(null);
  const shownRef = useRef<Shown | null>(null);
  const latest = useRef(0);

  const show = useCallback(async (run: number, step: number): Promise<void> => {
    const ticket = ++latest.current;
    let reply;
    try {
      reply = await engineClient().state(run, step);
    } catch (e) {
      // A newer request replaced this one (a new run, say): its failure no longer matters.
      if (ticket !== latest.current) return;
      throw e;
    }
    if (ticket !== latest.current) return;
    // For the benchmark (e2e/bench): when the state arrived, so that the time
    // to draw it can be told apart from the worker's time to compute it. Only the newest is kept.
    performance.clearMarks('memviz:state');
    performance.mark('memviz:state', { detail: { run, step } });
    const before = shownRef.current;
    const prev = before && before.run === run && before.step + 1 === step ? before.state : undefined;
    const next: Shown = { run, step, state: reply.state, description: reply.description, ...(prev ? { prev } : {}) };
    shownRef.current = next;
    setShown(next);
  }, []);

  const clear = useCallback(() => {
    latest.current++;
    shownRef.current = null;
    setShown(null);
  }, []);

  return { shown, shownRef, show, clear };
}

/** Shows `step` of the worker's `run` whenever either changes (null: nothing). */
export function useStepOf(run: number | null, step: number | null, onError: (e: Error) => void): Shown | null {
  const { shown, show, clear } = useShownStep();
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  useEffect(() => {
    if (run === null || step === null) clear();
    else show(run, step).catch((e: Error) => onErrorRef.current(e));
  }, [run, step, show, clear]);
  return shown && shown.run === run ? shown : null;
}
