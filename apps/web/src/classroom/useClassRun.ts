'use client';
// The session's run, ready to step through: the server stores each run's
// trace once, and every screen loads that very trace into its engine worker
// and folds it to the step it shows, so the teacher and every student draw
// the same memory at the same step.
import { useEffect, useState } from 'react';
import type { RunInfo } from '@memviz/classroom';
import { engineClient } from '../engine/client';
import type { LoadReply } from '../engine/protocol';
import { TRPCClientError } from '@trpc/client';
import { messageOf, type ClassroomApi } from './connection';

export interface ClassRun {
  /** The loaded trace (null while loading, or when the run did not compile). */
  readonly loaded: LoadReply | null;
  readonly loading: boolean;
  readonly error: string | null;
}

export function useClassRun(api: ClassroomApi | null, auth: { sessionId: string; key: string } | null, run: RunInfo | null): ClassRun {
  const [state, setState] = useState<ClassRun & { key: string | null }>({ key: null, loaded: null, loading: false, error: null });
  const runKey = run && run.ok ? `${run.sourceHash}/${run.engineVersion}` : null;
  const sessionId = auth?.sessionId;
  const key = auth?.key;

  useEffect(() => {
    if (!api || !sessionId || !key || !runKey) {
      setState({ key: null, loaded: null, loading: false, error: null });
      return;
    }
    let live = true;
    setState({ key: runKey, loaded: null, loading: true, error: null });
    (async () => {
      const json = await api.program.trace.query({ sessionId, key });
      if (!live) return;
      if (json === null) throw new Error('the server has no trace for this run');
      const loaded = await engineClient().load(json);
      if (live) setState({ key: runKey, loaded, loading: false, error: null });
    })().catch((e: unknown) => {
      if (live) setState({ key: runKey, loaded: null, loading: false, error: e instanceof TRPCClientError || !(e instanceof Error) ? messageOf(e) : e.message });
    });
    return () => {
      live = false;
    };
  }, [api, sessionId, key, runKey]);

  return state.key === runKey ? state : { loaded: null, loading: !!runKey, error: null };
}
