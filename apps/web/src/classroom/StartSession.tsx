'use client';
// "Start a session": creates it on the classroom server, keeps the teacher key
// in this browser, and opens the teacher's console.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { httpApi, messageOf } from './connection';
import { saveCredentials } from './credentials';

export function StartSession() {
  const router = useRouter();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await httpApi().session.create.mutate({ title: title.trim() });
      saveCredentials({ role: 'teacher', sessionId: created.sessionId, key: created.teacherKey, joinCode: created.joinCode });
      router.push(`/teach/${created.sessionId}`);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <form className="landing-card" onSubmit={submit} aria-labelledby="start-heading">
      <h2 id="start-heading">Teach</h2>
      <p>Write a program in front of the class; every student&apos;s screen follows your steps.</p>
      <label className="field">
        <span>Session title (optional)</span>
        <input type="text" value={title} maxLength={120} onChange={(e) => setTitle(e.target.value)} placeholder="Ownership and borrowing" />
      </label>
      <button type="submit" className="button primary" data-testid="create-session" disabled={busy}>
        {busy ? 'Starting…' : 'Start a session'}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
