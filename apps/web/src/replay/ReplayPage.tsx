'use client';
// A recorded session watched again: a clock over the session's time, seeked
// through the server's `replay.seek` (the same fold and projection as live,
// trimmed to a "moment"), showing what the viewer saw at that moment: the
// editor text, the teacher's run and step with its memory, the output and the
// questions with their histograms once revealed. Opened with the teacher key
// this browser holds, a student's own key (their answers and verdicts, nobody
// else's), or a share token (read-only, as any student saw it).
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { httpApi, messageOf, type ClassroomApi } from '../classroom/connection';
import { loadCredentials } from '../classroom/credentials';
import { answerText, keyOf, promptOf, verdictOf } from '../classroom/quiz';
import { QuizResults } from '../classroom/QuizResults';
import { engineClient } from '../engine/client';
import type { LoadReply } from '../engine/protocol';
import { useDisplay } from '../program/DisplayOptions';
import { Editor } from '../program/LazyEditor';
import { MemoryViews } from '../program/MemoryViews';
import { Output } from '../program/Output';
import { useStepOf } from '../program/useShownStep';
import { clock, seekKey, SPEEDS, type Speed } from './time';

type Package = Awaited<ReturnType<ClassroomApi['replay']['load']['query']>>;
type Seeked = Awaited<ReturnType<ClassroomApi['replay']['seek']['query']>>;
type Moment = Seeked['moment'];
type Marker = Package['markers'][number];
/** A marker of the scrub bar: the package's, and the reveal of each question that was revealed. */
type Point = Marker | { kind: 'reveal'; index: number; at: number; questionId: string };
type Cred = { sessionId: string; key: string } | { sessionId: string; token: string };

/** Playback advances the clock this often (ms of wall time). */
const TICK_MS = 250;
/** Seeks wait this long for the scrub bar to settle while dragging. */
const SEEK_DEBOUNCE_MS = 120;

export function ReplayPage({ sessionId, token }: { sessionId: string; token: string | null }) {
  // undefined until storage has been read (after hydration). In order of
  // preference: the teacher's key, the student's own (their answers), the link's token.
  const [creds, setCreds] = useState<Cred[] | undefined>(undefined);
  useEffect(() => {
    const teacher = loadCredentials('teacher', sessionId);
    const student = loadCredentials('student', sessionId);
    setCreds([
      ...(teacher ? [{ sessionId, key: teacher.key }] : []),
      ...(student ? [{ sessionId, key: student.key }] : []),
      ...(token ? [{ sessionId, token }] : []),
    ]);
  }, [sessionId, token]);

  if (creds === undefined) return <main className="cls-message">Opening the recording…</main>;
  if (creds.length === 0) {
    return (
      <main className="cls-message">
        <h1>This browser cannot open this recording</h1>
        <p>Open it in the browser that taught the session, or with its share link.</p>
        <Link className="button primary" href="/">
          Back to memviz
        </Link>
      </main>
    );
  }
  return <Player creds={creds} />;
}

function markerLabel(m: Point): string {
  if (m.kind === 'run') return m.ok ? `Run (${m.steps} steps)` : 'Run (did not compile)';
  if (m.kind === 'question') return 'Question';
  if (m.kind === 'reveal') return 'Results';
  return `Editing (${m.updates} edits)`;
}

function Player({ creds }: { creds: Cred[] }) {
  const api = useMemo(() => httpApi(), []);
  // The credential in use: the next one is tried when one is refused (a student who left, a token turned off).
  const [which, setWhich] = useState(0);
  const cred = creds[Math.min(which, creds.length - 1)];
  const [pkg, setPkg] = useState<Package | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The position: ms from the session's start.
  const [offset, setOffset] = useState(0);
  // An exact event to seek to (a marker), else the offset's time.
  const [pinned, setPinned] = useState<number | null>(null);
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const [seeked, setSeeked] = useState<Seeked | null>(null);
  const [display] = useDisplay();

  useEffect(() => {
    let live = true;
    api.replay.load
      .query(cred)
      .then((p) => live && setPkg(p))
      .catch((e: unknown) => {
        if (!live) return;
        if (which + 1 < creds.length) setWhich(which + 1);
        else setError(messageOf(e));
      });
    return () => {
      live = false;
    };
  }, [api, cred, creds.length, which]);

  const start = pkg?.summary.startedAt ?? 0;
  const length = pkg ? Math.max(0, (pkg.summary.endedAt ?? pkg.summary.lastEventAt) - start) : 0;

  // Playback: the clock moves by speed × wall time, and stops at the end.
  useEffect(() => {
    if (!playing || !pkg) return;
    const timer = setInterval(() => {
      setPinned(null);
      setOffset((o) => {
        const next = Math.min(length, o + TICK_MS * speed);
        if (next >= length) setPlaying(false);
        return next;
      });
    }, TICK_MS);
    return () => clearInterval(timer);
  }, [playing, speed, length, pkg]);

  // Seeks are debounced (dragging) and only the newest answer is shown.
  const ticket = useRef(0);
  useEffect(() => {
    if (!pkg) return;
    const mine = ++ticket.current;
    const timer = setTimeout(() => {
      const to = pinned !== null ? { index: pinned } : { time: start + offset };
      api.replay.seek
        .query({ ...cred, ...to })
        .then((r) => mine === ticket.current && setSeeked(r))
        .catch((e: unknown) => mine === ticket.current && setError(messageOf(e)));
    }, SEEK_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, cred, pkg, start, offset, pinned]);

  const seekTo = useCallback((o: number) => {
    setPinned(null);
    setOffset(o);
  }, []);

  // Keyboard: Space/K play-pause, ←/→ 5 s, J/L 10 s, Home/End.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest('.cm-editor, select, textarea, input:not([type=range])')) return;
      if (e.key === ' ' || e.key === 'k' || e.key === 'K') {
        e.preventDefault();
        setPlaying((p) => !p);
        return;
      }
      const next = seekKey(e.key, offset, length);
      if (next !== null) {
        e.preventDefault();
        seekTo(next);
      }
    };
    // A focused button would also "click" on Space's keyup: Space is play/pause only.
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key === ' ' && (e.target as HTMLElement | null)?.closest('button')) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, [offset, length, seekTo]);

  const view = seeked?.moment ?? null;
  const loaded = useRunTrace(pkg, view);
  const [engineError, setEngineError] = useState<string | null>(null);
  const step = view?.run?.ok ? view.step : null;
  const shown = useStepOf(loaded ? loaded.run : null, loaded ? step : null, (e) => setEngineError(e.message), loaded?.stepCount);
  const text = seeked?.text ?? '';
  const stepLine = shown && view?.program?.source === text && shown.state.loc ? shown.state.loc[0] : null;

  if (error && !pkg) {
    return (
      <main className="cls-message">
        <h1>This recording does not open</h1>
        <p>{error}</p>
        <Link className="button primary" href="/">
          Back to memviz
        </Link>
      </main>
    );
  }
  if (!pkg) return <main className="cls-message">Loading the recording…</main>;

  const run = view?.run ?? null;
  const atEnd = offset >= length;
  const points: Point[] = pkg.markers.flatMap((m): Point[] =>
    m.kind === 'question' && m.revealedIndex !== null && m.revealedAt !== null ? [m, { kind: 'reveal', index: m.revealedIndex, at: m.revealedAt, questionId: m.questionId }] : [m],
  );
  return (
    <main className="classroom teacher replay">
      <header className="pg-header cls-header">
        <Link href="/" className="brand">
          mem<span className="accent">viz</span>
        </Link>
        <h1 className="cls-title">
          {pkg.summary.title || 'Session'} <span className="cls-role">recording{pkg.viewer === 'observer' ? ' (shared, read-only)' : pkg.viewer === 'student' ? ' (your answers, read-only)' : ''}</span>
        </h1>
      </header>

      <aside className="cls-side" aria-label="Questions">
        <Quizzes view={view} mine={pkg.viewer === 'student'} />
      </aside>

      <section className="pg-code" aria-label="Program">
        <div className="replay-bar" style={{ display: 'flex', flexDirection: 'column', gap: '0.4rem', marginBottom: '0.6rem' }}>
          <div style={{ display: 'flex', gap: '0.6rem', alignItems: 'center', flexWrap: 'wrap' }}>
            <button
              type="button"
              className="button primary"
              data-testid="replay-play"
              aria-label={playing ? 'Pause' : 'Play'}
              onClick={() => {
                if (!playing && atEnd) seekTo(0);
                setPlaying((p) => !p);
              }}
            >
              {playing ? 'Pause' : 'Play'}
            </button>
            <label>
              Speed{' '}
              <select data-testid="replay-speed" value={speed} onChange={(e) => setSpeed(Number(e.target.value) as Speed)}>
                {SPEEDS.map((s) => (
                  <option key={s} value={s}>
                    {s}×
                  </option>
                ))}
              </select>
            </label>
            <span data-testid="replay-position" aria-live="off" style={{ fontVariantNumeric: 'tabular-nums' }}>
              {clock(offset)} / {clock(length)}
            </span>
            <span className="pg-hint">Space/K play · ←/→ 5 s · J/L 10 s · Home/End</span>
          </div>
          <div style={{ position: 'relative', paddingTop: '1.6rem' }}>
            {points.map((m, i) => (
              <button
                key={i}
                type="button"
                data-testid="replay-marker"
                data-kind={m.kind}
                data-at={m.at - start}
                data-index={m.index}
                title={`${markerLabel(m)} at ${clock(m.at - start)}`}
                onClick={() => {
                  // A run, question or reveal: the exact event; editing: the text at the end of the stretch.
                  if (m.kind === 'edit') seekTo(Math.min(length, m.endAt - start));
                  else {
                    setOffset(Math.max(0, Math.min(length, m.at - start)));
                    setPinned(m.index);
                  }
                }}
                style={{
                  position: 'absolute',
                  top: 0,
                  left: `${length > 0 ? ((m.at - start) / length) * 100 : 0}%`,
                  transform: 'translateX(-50%)',
                  // Runs on top: editing stretches are long and may sit under them.
                  zIndex: m.kind === 'run' ? 3 : m.kind === 'edit' ? 1 : 2,
                  fontSize: '0.7rem',
                  padding: '0 0.3rem',
                  whiteSpace: 'nowrap',
                  border: '1px solid currentColor',
                  borderRadius: '0.3rem',
                  background: m.kind === 'run' ? '#e6f0ff' : m.kind === 'question' ? '#fff3d6' : m.kind === 'reveal' ? '#e3f5e1' : '#eee',
                  cursor: 'pointer',
                }}
              >
                {markerLabel(m)}
              </button>
            ))}
            <input
              type="range"
              data-testid="replay-scrub"
              aria-label="Position in the recording"
              min={0}
              max={length}
              step={100}
              value={offset}
              onChange={(e) => seekTo(Number(e.target.value))}
              style={{ width: '100%' }}
            />
          </div>
        </div>
        <div className="editor editor-readonly" data-testid="editor">
          <Editor value={text} onChange={() => {}} readOnly marks={[]} stepLine={stepLine} large={display.large} />
        </div>
        <p className="pg-status" data-testid="replay-step">
          {!run ? 'No program had run yet.' : !run.ok ? 'The program did not compile.' : `Step ${(view?.step ?? 0) + 1} / ${run.steps}`}
        </p>
        {(error || engineError) && (
          <p className="pg-error" role="alert">
            {error ?? `The engine failed: ${engineError}`}
          </p>
        )}
        <Output stdout={shown ? shown.state.stdout : ''} stderr={shown ? shown.state.stderr : ''} partial={!!shown && !!run && shown.step < run.steps - 1} exit={null} />
      </section>
      <MemoryViews
        shown={shown}
        placeholder={!run ? 'No program had run yet at this moment.' : !run.ok ? 'The program did not compile.' : loaded ? 'Drawing…' : 'Loading the run…'}
        source={view?.program?.source ?? text}
        explain={null}
        checking={false}
        stepLine={stepLine}
        display={display}
      />
    </main>
  );
}

/** The run on screen at this moment, its stored trace loaded into the engine worker (each trace once). */
function useRunTrace(pkg: Package | null, view: Moment | null): LoadReply | null {
  const cache = useRef(new Map<string, Promise<LoadReply>>());
  const [loaded, setLoaded] = useState<{ key: string; reply: LoadReply } | null>(null);
  const run = view?.run;
  const key = run?.ok ? `${run.sourceHash}/${run.engineVersion}` : null;
  useEffect(() => {
    if (!pkg || !run || !key) return;
    let live = true;
    let pending = cache.current.get(key);
    if (!pending) {
      const stored = pkg.traces.find((t) => t.sourceHash === run.sourceHash && t.engineVersion === run.engineVersion)?.trace;
      pending = stored ? engineClient().load(stored) : Promise.reject(new Error('the recording has no trace for this run'));
      cache.current.set(key, pending);
    }
    pending.then((reply) => live && setLoaded({ key, reply })).catch(() => undefined);
    return () => {
      live = false;
    };
  }, [pkg, run, key]);
  return loaded && loaded.key === key ? loaded.reply : null;
}

/**
 * The questions asked so far, as the viewer saw them then: the answer count,
 * the histogram once revealed (the live panels' markup), and for a student
 * their own answer and verdict; never another student's answer.
 */
function Quizzes({ view, mine }: { view: Moment | null; mine: boolean }) {
  if (!view || view.quizzes.length === 0) return <p className="pg-hint">No question asked yet at this moment.</p>;
  return (
    <section aria-label="Questions" data-testid="replay-quizzes">
      <h2>Questions</h2>
      {view.quizzesAsked > view.quizzes.length && (
        <p className="pg-hint">
          {view.quizzesAsked - view.quizzes.length} earlier question{view.quizzesAsked - view.quizzes.length === 1 ? '' : 's'}: see their markers on the time line.
        </p>
      )}
      {view.quizzes.map((q) => {
        const prompt = promptOf(q.question);
        const key = q.status === 'revealed' ? keyOf(q.question) : null;
        const verdict = mine && key ? verdictOf(q.myAnswer, key, q.question.kind) : null;
        const answered = answerText(q.question, q.myAnswer);
        return (
          <div key={q.question.id} data-testid="replay-quiz" data-status={q.status} style={{ marginBottom: '0.8rem' }}>
            <p>
              <strong>{prompt.title}</strong>
            </p>
            {prompt.text && <p>{prompt.text}</p>}
            <p className="pg-hint" data-testid="replay-quiz-state">
              {q.status === 'open' ? 'Open' : q.status === 'closed' ? 'Closed' : 'Revealed'}, {q.answerCount} answer{q.answerCount === 1 ? '' : 's'}
            </p>
            {mine && (
              <p data-testid="replay-my-answer">{answered === null ? 'You had not answered.' : `Your answer: ${answered}`}</p>
            )}
            {verdict && (
              <p className={`quiz-verdict ${verdict}`} data-testid="quiz-verdict" data-verdict={verdict}>
                {verdict === 'right' ? '✓ Right.' : verdict === 'wrong' ? '✗ Wrong: see the right answer below.' : verdict === 'partly' ? '◐ Partly right: see the right answer below.' : 'You did not answer this one.'}
              </p>
            )}
            {q.status === 'revealed' && <QuizResults quiz={{ ...q, answers: null }} />}
          </div>
        );
      })}
    </section>
  );
}
