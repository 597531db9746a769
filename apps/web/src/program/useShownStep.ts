// The memory state on screen, asked of the engine worker step by step
// (useShownStep), or kept ahead on the page (useStepOf).
// Held-down keys and live steps arrive faster than the worker answers, so
// only the newest answer is shown; the state before is kept for a single
// step forward, which is what the diagram's "what changed" means.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { MemoryState } from '@memviz/engine';
import { engineClient } from '../engine/client';
import { StepCache } from './stepCache';

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

/**
 * Shows `step` of the worker's `run` whenever either changes (null: nothing).
 * States come from a page-side cache filled ahead of the shown step
 * (stepCache.ts): a step already kept is drawn in the very render that asked
 * for it, with no round trip to the worker; one not kept yet is fetched, and
 * the state shown before stays until it arrives.
 */
export function useStepOf(run: number | null, step: number | null, onError: (e: Error) => void, stepCount?: number): Shown | null {
  const cache = useRef<StepCache | null>(null);
  const [, setFilled] = useState(0);
  const [restart, setRestart] = useState(0);
  const last = useRef<Shown | null>(null);
  const onErrorRef = useRef(onError);
  onErrorRef.current = onError;
  const wanted = useRef<{ run: number | null; step: number | null }>({ run, step });
  wanted.current = { run, step };

  // One cache per run (idempotent in render: the same run finds its cache).
  if (run !== null && cache.current?.run !== run) cache.current = new StepCache(run, stepCount ?? Number.MAX_SAFE_INTEGER);
  const kept = run !== null && step !== null && cache.current?.run === run ? cache.current.get(step) : undefined;

  const fresh = useMemo<Shown | null>(() => {
    if (!kept || run === null || step === null) return null;
    // The state before is kept for a single step forward: that is what the diagram's "what changed" means.
    const before = last.current;
    const prev = before && before.run === run && before.step + 1 === step ? before.state : undefined;
    return { run, step, state: kept.state, description: kept.description, ...(prev ? { prev } : {}) };
  }, [kept, run, step]);
  const shown = fresh ?? (run !== null && step !== null && last.current?.run === run ? last.current : null);

  useLayoutEffect(() => {
    last.current = shown;
  }, [shown]);

  // One fetch from the worker at a time: the wanted step first, alone, then the steps around it.
  const pumping = useRef(false);
  useEffect(() => {
    if (run === null || step === null || pumping.current) return;
    pumping.current = true;
    let asked: number | null = null;
    (async () => {
      // Whatever is wanted by now, of whichever run is kept by now (a run can change mid-fetch).
      for (;;) {
        const w = wanted.current;
        const c = cache.current;
        if (w.run === null || w.step === null || !c || c.run !== w.run) return;
        const first = !c.has(w.step);
        const range = first ? { from: w.step, to: w.step } : c.missingAround(w.step);
        if (!range) return;
        asked = c.run;
        const reply = await engineClient().states(c.run, range.from, range.to);
        if (first) {
          if (!reply.steps.length) throw new Error(`the run has no step ${w.step + 1}`);
          // For the benchmark (e2e/bench): when the state arrived from the worker.
          performance.clearMarks('memviz:state');
          performance.mark('memviz:state', { detail: { run: c.run, step: w.step } });
        }
        // Re-rendered only when the step now wanted was missing: states fetched ahead wait quietly.
        const now = wanted.current.step;
        const waiting = wanted.current.run === c.run && now !== null && !c.has(now);
        c.put(reply.steps, now ?? w.step);
        if (waiting && now !== null && c.has(now)) setFilled((n) => n + 1);
        if (!reply.steps.length) return;
      }
    })()
      .catch((e: Error) => {
        // A newer run replaced this one: its failure no longer matters.
        if (wanted.current.run === asked) onErrorRef.current(e);
      })
      .finally(() => {
        pumping.current = false;
        // The run changed while its predecessor was being fetched: start over for the new one.
        if (asked !== null && wanted.current.run !== null && wanted.current.run !== asked) setRestart((n) => n + 1);
      });
  }, [run, step, restart]);

  return shown;
}
