'use client';
// The teacher steps the class. The console shows the asked-for step at once
// (the worker computes it locally) and sends StepTo behind it: one command
// in flight at a time, always the newest step, at most ten a second, so a
// held arrow key neither floods the class nor trips the server's rate limit.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SessionView } from '@memviz/classroom';
import { targetStep, type StepMove } from '../program/steps';
import { messageOf, type ClassroomApi } from './connection';

const MIN_SEND_INTERVAL_MS = 100;

export function useTeacherSteps(api: ClassroomApi | null, auth: { sessionId: string; key: string } | null, view: SessionView | null) {
  const serverStep = view?.step ?? 0;
  const steps = view?.run?.ok ? view.run.steps : 0;
  const runKey = view?.run ? `${view.run.sourceHash}/${view.run.engineVersion}` : null;
  const [pending, setPending] = useState<number | null>(null);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const desired = useRef<number | null>(null);
  const busy = useRef(false);
  const lastSentAt = useRef(0);
  const target = useRef({ api, auth });
  target.current = { api, auth };

  // A new run starts from its first step, as the server says.
  useEffect(() => {
    desired.current = null;
    setPending(null);
  }, [runKey]);

  // The server has caught up with what was asked: its step is the truth again.
  // Compared with the refs, not this render's state: a key pressed since then
  // has already asked for a newer step, which must not be dropped.
  useEffect(() => {
    if (desired.current !== null && !busy.current && serverStep === desired.current) {
      desired.current = null;
      setPending(null);
    }
  }, [serverStep, pending, sending]);

  const flush = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    setSending(true);
    let sent: number | null = null;
    try {
      while (desired.current !== null && desired.current !== sent) {
        const wait = lastSentAt.current + MIN_SEND_INTERVAL_MS - Date.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        const { api: a, auth: au } = target.current;
        if (!a || !au || desired.current === null) break;
        sent = desired.current;
        lastSentAt.current = Date.now();
        await a.program.stepTo.mutate({ ...au, step: sent });
      }
      setError(null);
    } catch (e) {
      setError(messageOf(e));
      desired.current = null;
      setPending(null);
    } finally {
      busy.current = false;
      setSending(false);
    }
  }, []);

  const move = useCallback(
    (m: StepMove) => {
      if (steps === 0) return;
      const from = desired.current ?? serverStep;
      const to = targetStep(m, from, steps);
      if (to === from) return;
      desired.current = to;
      setPending(to);
      void flush();
    },
    [steps, serverStep, flush],
  );

  return { step: pending ?? serverStep, move, error };
}
