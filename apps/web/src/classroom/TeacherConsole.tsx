'use client';
// The teacher's console: the shared editor, Run, the step controls that move
// the whole class, the join code for the projector, the roster with the pen,
// and the end of the session. The teacher key lives in this browser
// (credentials.ts), so a reload keeps the console.
import Link from 'next/link';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { EXAMPLES } from '../generated/examples';
import { DisplayOptions, useDisplay } from '../program/DisplayOptions';
import { StepControls } from '../program/StepControls';
import { useStepKeys } from '../program/useStepKeys';
import { messageOf } from './connection';
import { ConnectionStatus } from './ConnectionStatus';
import { loadCredentials, type TeacherCredentials } from './credentials';
import { JoinCode } from './JoinCode';
import { ProgramArea } from './ProgramArea';
import { QuizPanel } from './QuizPanel';
import { Roster } from './Roster';
import { useClassRun } from './useClassRun';
import { useSession } from './useSession';
import { useSharedDoc, type Author } from './useSharedDoc';
import { useTeacherSteps } from './useTeacherSteps';
import { ShareToggle } from '../replay/ShareToggle';

const TEACHER: Author = { name: 'Teacher', color: '#b7410e' };

export function TeacherConsole({ sessionId }: { sessionId: string }) {
  // undefined until this browser's storage has been read (after hydration).
  const [credentials, setCredentials] = useState<TeacherCredentials | null | undefined>(undefined);
  useEffect(() => setCredentials(loadCredentials('teacher', sessionId)), [sessionId]);

  if (credentials === undefined) return <main className="cls-message">Opening the console…</main>;
  if (credentials === null) {
    return (
      <main className="cls-message">
        <h1>This browser does not hold the teacher key of this session</h1>
        <p>The console opens in the browser that started the session.</p>
        <Link className="button primary" href="/">
          Start a new session
        </Link>
      </main>
    );
  }
  return <Console credentials={credentials} />;
}

function Console({ credentials }: { credentials: TeacherCredentials }) {
  const { sessionId, key } = credentials;
  const auth = useMemo(() => ({ sessionId, key }), [sessionId, key]);
  const session = useSession(credentials);
  const { api, view } = session;
  const doc = useSharedDoc(sessionId, key, TEACHER);
  const classRun = useClassRun(api, auth, view?.run ?? null);
  const steps = useTeacherSteps(api, auth, view);
  const [display, setDisplay] = useDisplay();
  const [running, setRunning] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const live = view?.status === 'live';
  const run = view?.run ?? null;
  const canStep = live && !!run && run.ok && run.steps > 0 && !!classRun.loaded;

  const act = useCallback(async (what: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await what();
    } catch (e) {
      setProblem(messageOf(e));
    }
  }, []);

  const runProgram = useCallback(async () => {
    if (!api || !doc) return;
    setRunning(true);
    // What the editor holds now becomes the session's program, then runs on the server.
    await act(async () => {
      await api.program.set.mutate({ ...auth, source: doc.ytext.toString() });
      await api.program.run.mutate(auth);
    });
    setRunning(false);
  }, [api, doc, auth, act]);

  const loadExample = (id: string) => {
    const example = EXAMPLES.find((e) => e.id === id);
    if (!example || !doc) return;
    const { ytext } = doc;
    // One change (undoable with Ctrl+Z), seen by the class like typing.
    ytext.doc?.transact(() => {
      ytext.delete(0, ytext.length);
      ytext.insert(0, example.source);
    });
  };

  const endSession = () => {
    if (!api || !window.confirm('End the session for everyone? Students keep what they see, but nothing moves any more.')) return;
    void act(() => api.session.end.mutate(auth));
  };

  const { move } = steps;
  useStepKeys(canStep, { prev: () => move('prev'), next: () => move('next'), first: () => move('first'), last: () => move('last') });

  if (session.refused) {
    return (
      <main className="cls-message">
        <h1>This session does not open with the key this browser holds</h1>
        <p>{session.refused}</p>
        <Link className="button primary" href="/">
          Start a new session
        </Link>
      </main>
    );
  }

  const error = problem ?? steps.error ?? session.error;
  return (
    <main className={`classroom teacher${display.large ? ' large' : ''}`}>
      <header className="pg-header cls-header">
        <Link href="/" className="brand">
          mem<span className="accent">viz</span>
        </Link>
        <h1 className="cls-title">
          {view?.title || 'Live session'} <span className="cls-role">teacher console</span>
        </h1>
        <ConnectionStatus connection={session.connection} doc={doc} />
        <DisplayOptions display={display} onChange={setDisplay} />
        <button type="button" className="button danger" data-testid="end-session" onClick={endSession} disabled={!live || !api}>
          End session
        </button>
      </header>

      <aside className="cls-side" aria-label="Join code and class">
        <JoinCode code={view?.joinCode ?? credentials.joinCode} />
        {view && (
          <Roster
            roster={view.roster}
            pen={view.pen}
            disabled={!live || !api}
            onGivePen={(memberId) => void act(() => api!.pen.give.mutate({ ...auth, memberId }))}
            onTakePen={() => void act(() => api!.pen.take.mutate(auth))}
          />
        )}
        {view && <QuizPanel api={api} auth={auth} view={view} />}
        <ShareToggle api={api} auth={auth} />
      </aside>

      {view ? (
        <ProgramArea
          view={view}
          doc={doc}
          editable={live}
          placeholder="Type a Rust program here, or load an example above."
          classRun={classRun}
          step={run?.ok ? steps.step : null}
          display={display}
          idle="Run the program to show the class its memory, step by step."
          onEngineError={(e) => setProblem(`The engine failed: ${e.message}`)}
          toolbar={
            <div className="cls-toolbar">
              <label className="pg-example">
                Load example{' '}
                <select data-testid="example-picker" value="" onChange={(e) => loadExample(e.target.value)} disabled={!live || !doc}>
                  <option value="" disabled>
                    (choose)
                  </option>
                  {EXAMPLES.map((e) => (
                    <option key={e.id} value={e.id}>
                      {e.title}
                    </option>
                  ))}
                </select>
              </label>
              {view.pen && <span className="cls-pen-note">{view.roster.find((m) => m.memberId === view.pen)?.nickname ?? 'A student'} has the pen.</span>}
            </div>
          }
          controls={
            <>
              <StepControls
                position={canStep ? { step: steps.step, count: run!.steps } : null}
                canStep={canStep}
                onMove={move}
                run={{ onRun: () => void runProgram(), running, disabled: !live || !doc || !doc.synced || doc.text.trim() === '' }}
                hint={<span className="pg-hint">← → keys step the class</span>}
              />
              {view.status === 'ended' && <p className="pg-note">This session has ended.</p>}
              {error && (
                <p className="pg-error" role="alert">
                  {error}
                </p>
              )}
            </>
          }
        />
      ) : (
        <section className="pg-code">
          <p className="pg-status">{session.error ?? 'Connecting to the classroom…'}</p>
        </section>
      )}
    </main>
  );
}
