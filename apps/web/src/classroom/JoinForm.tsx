'use client';
// "Join": a join code and a nickname. The student key the server answers with
// stays in this browser; the student view opens on the teacher's current step.
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { isJoinCode, normalizeCode } from './codes';
import { httpApi, messageOf } from './connection';
import { saveCredentials } from './credentials';

export function JoinForm({ initialCode = '', autoFocusNickname = false }: { initialCode?: string; autoFocusNickname?: boolean }) {
  const router = useRouter();
  const [code, setCode] = useState(normalizeCode(initialCode));
  const [nickname, setNickname] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const joinCode = normalizeCode(code);
    if (!isJoinCode(joinCode)) return setError('A join code is 4 to 12 letters and digits, as shown on the teacher’s screen.');
    if (nickname.trim() === '') return setError('Choose a nickname the teacher will see.');
    setBusy(true);
    setError(null);
    try {
      const joined = await httpApi().session.join.mutate({ code: joinCode, nickname: nickname.trim() });
      saveCredentials({ role: 'student', sessionId: joined.sessionId, key: joined.studentKey, memberId: joined.memberId, nickname: nickname.trim() });
      router.push(`/s/${joined.sessionId}`);
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  };

  return (
    <form className="landing-card" onSubmit={submit} aria-labelledby="join-heading" noValidate>
      <h2 id="join-heading">Join a class</h2>
      <p>Enter the code on the teacher&apos;s screen.</p>
      <label className="field">
        <span>Join code</span>
        <input
          type="text"
          className="code-input"
          data-testid="join-code-input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={16}
          required
          aria-invalid={!!error && !isJoinCode(normalizeCode(code))}
        />
      </label>
      <label className="field">
        <span>Nickname</span>
        <input
          type="text"
          data-testid="nickname-input"
          value={nickname}
          onChange={(e) => setNickname(e.target.value)}
          maxLength={32}
          autoComplete="nickname"
          required
          autoFocus={autoFocusNickname}
        />
      </label>
      <button type="submit" className="button primary" data-testid="join-submit" disabled={busy}>
        {busy ? 'Joining…' : 'Join'}
      </button>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
