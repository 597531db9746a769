'use client';
// The teacher's recordings: the sessions whose teacher keys this browser
// holds (credentials.ts keeps them in localStorage), summarized by the server.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { httpApi, messageOf, type ClassroomApi } from '../classroom/connection';
import { clock } from './time';

type Listed = Awaited<ReturnType<ClassroomApi['replay']['sessions']['query']>>['sessions'][number];

/** The server lists at most this many keys at once. */
const MAX_KEYS = 100;

function teacherKeys(): { sessionId: string; key: string }[] {
  const found: { sessionId: string; key: string }[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const name = localStorage.key(i);
      if (!name?.startsWith('memviz:teacher:')) continue;
      const c = JSON.parse(localStorage.getItem(name) ?? 'null') as { sessionId?: unknown; key?: unknown } | null;
      if (c && typeof c.sessionId === 'string' && typeof c.key === 'string') found.push({ sessionId: c.sessionId, key: c.key });
    }
  } catch {
    // Storage off or damaged: no recordings to list.
  }
  return found.slice(0, MAX_KEYS);
}

export function Recordings() {
  const [sessions, setSessions] = useState<Listed[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const keys = teacherKeys();
    if (keys.length === 0) return setSessions([]);
    let live = true;
    httpApi()
      .replay.sessions.query({ sessions: keys })
      .then((r) => live && setSessions(r.sessions))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, []);

  // Nothing taught from this browser: the landing page stays as it was.
  if (!error && (!sessions || sessions.length === 0)) return null;
  return (
    <section className="landing-recordings" aria-label="Recordings">
      <h2>Your recordings</h2>
      {error && <p className="pg-error">{error}</p>}
      <ul data-testid="session-list" style={{ listStyle: 'none', padding: 0 }}>
        {(sessions ?? []).map((s) => (
          <li key={s.sessionId} data-testid="session-list-entry" style={{ marginBottom: '0.5rem' }}>
            <Link href={`/replay/${s.sessionId}`} data-testid="session-replay-link">
              {s.title || 'Untitled session'}
            </Link>{' '}
            <span className="landing-note">
              {new Date(s.startedAt).toLocaleString()} · {clock(s.durationMs)} · {s.students} student{s.students === 1 ? '' : 's'} · {s.programsRun} run
              {s.programsRun === 1 ? '' : 's'} · {s.questionsAsked} question{s.questionsAsked === 1 ? '' : 's'}
              {s.status === 'live' ? ' · live' : ''}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
