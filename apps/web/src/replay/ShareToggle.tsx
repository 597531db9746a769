'use client';
// The teacher turns the recording's read-only share link on or off. The
// server shows a token once, so this browser keeps it to show the link again.
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { messageOf, type ClassroomApi } from '../classroom/connection';

const storageKey = (sessionId: string) => `memviz:share:${sessionId}`;

export function ShareToggle({ api, auth }: { api: ClassroomApi | null; auth: { sessionId: string; key: string } }) {
  const [token, setToken] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    try {
      setToken(localStorage.getItem(storageKey(auth.sessionId)));
    } catch {
      setToken(null);
    }
  }, [auth.sessionId]);

  const toggle = async (enabled: boolean) => {
    if (!api) return;
    setBusy(true);
    setError(null);
    try {
      const r = await api.replay.share.mutate({ ...auth, enabled });
      const next = enabled ? r.token : null;
      setToken(next);
      try {
        if (next) localStorage.setItem(storageKey(auth.sessionId), next);
        else localStorage.removeItem(storageKey(auth.sessionId));
      } catch {
        // Storage off: the link shows until the page closes.
      }
    } catch (e) {
      setError(messageOf(e));
    }
    setBusy(false);
  };

  const link = token && typeof window !== 'undefined' ? `${window.location.origin}/replay/${auth.sessionId}?token=${encodeURIComponent(token)}` : null;
  return (
    <div className="share-recording">
      <label>
        <input type="checkbox" data-testid="share-recording" checked={!!token} disabled={!api || busy} onChange={(e) => void toggle(e.target.checked)} /> Share recording
      </label>
      {link && (
        <input readOnly data-testid="share-link" value={link} onFocus={(e) => e.target.select()} style={{ width: '100%' }} aria-label="Share link of the recording" />
      )}
      {error && <p className="pg-error">{error}</p>}
      <Link href={`/replay/${auth.sessionId}`} data-testid="open-recording" target="_blank">
        Watch the recording
      </Link>
    </div>
  );
}
