'use client';
// A session page's live state: the read model from `view`, then every event
// after it from the `events` subscription, folded in order (live.ts). The
// subscription starts at the view's version; after a network loss tRPC
// resubscribes from the last event received, so the page catches up with
// what it missed (the teacher's current step included) without asking.
import { useEffect, useRef, useState } from 'react';
import type { SessionView } from '@memviz/classroom';
import { connectLive, messageOf, refusalReason, type ClassroomApi, type ConnectionState } from './connection';
import type { Credentials } from './credentials';
import { applyLive } from './live';

export interface Session {
  readonly api: ClassroomApi | null;
  readonly view: SessionView | null;
  readonly connection: ConnectionState;
  /** Set when the server refuses this browser (unknown session, or a key that no longer opens it). */
  readonly refused: string | null;
  /** A problem worth telling (the page keeps trying). */
  readonly error: string | null;
}

export function useSession(credentials: Credentials | null): Session {
  const [api, setApi] = useState<ClassroomApi | null>(null);
  const [view, setView] = useState<SessionView | null>(null);
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [refused, setRefused] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const viewRef = useRef<SessionView | null>(null);

  const sessionId = credentials?.sessionId;
  const key = credentials?.key;

  useEffect(() => {
    if (!sessionId || !key) return;
    const auth = { sessionId, key };
    const live = connectLive();
    const stopWatching = live.watch(setConnection);
    // The client is a callable proxy: handed to setState directly, React would call it as an updater.
    setApi(() => live.api);
    let closed = false;
    let subscription: { unsubscribe(): void } | null = null;

    const publish = (v: SessionView) => {
      viewRef.current = v;
      setView(v);
    };

    /** Reads the whole view, then follows the events after it. Also the way back after a gap. */
    const start = async () => {
      subscription?.unsubscribe();
      subscription = null;
      let v: SessionView;
      try {
        v = await live.api.session.view.query(auth);
      } catch (e) {
        if (closed) return;
        if (refusalReason(e) === 'ACCESS_DENIED' || refusalReason(e) === 'UNAUTHORIZED') setRefused(messageOf(e));
        else {
          setError(messageOf(e));
          setTimeout(() => !closed && void start(), 2000);
        }
        return;
      }
      if (closed) return;
      setError(null);
      publish(v);
      subscription = live.api.session.events.subscribe(
        { ...auth, lastEventId: String(v.version) },
        {
          onData: ({ data }) => {
            const current = viewRef.current;
            if (!current) return;
            const next = applyLive(current, data);
            // Events missing in between (should not happen): read the view again.
            if (next === null) void start();
            else if (next !== current) publish(next);
          },
          onError: (e) => {
            if (closed) return;
            const reason = refusalReason(e);
            if (reason === 'ACCESS_DENIED' || reason === 'UNAUTHORIZED') setRefused(messageOf(e));
            else {
              setError(messageOf(e));
              setTimeout(() => !closed && void start(), 2000);
            }
          },
        },
      );
    };
    void start();

    return () => {
      closed = true;
      subscription?.unsubscribe();
      stopWatching();
      live.close();
      viewRef.current = null;
      setApi(null);
    };
  }, [sessionId, key]);

  return { api, view, connection, refused, error };
}
