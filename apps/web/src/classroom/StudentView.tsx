'use client';
// A student's screen: the teacher's program, diagram and step, live. "Explore
// on my own" detaches (the student steps freely through the same run);
// "Follow the teacher" snaps back. Opening the page (a reload too) always
// lands on the teacher's current step, and after a network loss the events
// missed are replayed, so a following student is never left behind. The
// editor is read-only unless the teacher gave this student the pen.
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DisplayOptions, useDisplay } from '../program/DisplayOptions';
import { StepControls } from '../program/StepControls';
import { targetStep, type StepMove } from '../program/steps';
import { useStepKeys } from '../program/useStepKeys';
import { messageOf } from './connection';
import { ConnectionStatus } from './ConnectionStatus';
import { forgetCredentials, loadCredentials, type StudentCredentials } from './credentials';
import { ProgramArea } from './ProgramArea';
import { useClassRun } from './useClassRun';
import { useSession } from './useSession';
import { useSharedDoc, type Author } from './useSharedDoc';

// Loaded when a question is asked: the quiz code (and the quiz package behind
// it) is not part of the student view's first bundle.
const QuizCard = dynamic(() => import('./QuizCard').then((m) => m.QuizCard), {
  loading: () => <p className="pg-status">Loading the question…</p>,
});

/** Cursor colours for students holding the pen, told apart from the teacher's rust. */
const COLORS = ['#0072b2', '#009e73', '#cc79a7', '#6a3d9a', '#d55e00', '#1f78b4'];

function colorOf(memberId: string): string {
  let h = 0;
  for (const c of memberId) h = (h * 31 + c.charCodeAt(0)) | 0;
  return COLORS[Math.abs(h) % COLORS.length];
}

export function StudentView({ sessionId }: { sessionId: string }) {
  const router = useRouter();
  const [credentials, setCredentials] = useState<StudentCredentials | null | undefined>(undefined);
  useEffect(() => setCredentials(loadCredentials('student', sessionId)), [sessionId]);
  useEffect(() => {
    // Not joined in this browser: the join page asks for the code and a nickname.
    if (credentials === null) router.replace('/join');
  }, [credentials, router]);

  if (!credentials) return <main className="cls-message">Opening the session…</main>;
  return <Student credentials={credentials} />;
}

function Student({ credentials }: { credentials: StudentCredentials }) {
  const router = useRouter();
  const { sessionId, key, memberId, nickname } = credentials;
  const auth = useMemo(() => ({ sessionId, key }), [sessionId, key]);
  const session = useSession(credentials);
  const { api, view } = session;
  const live = view?.status === 'live';
  const hasPen = live && view?.pen === memberId;
  const author = useMemo<Author | null>(() => (hasPen ? { name: nickname, color: colorOf(memberId) } : null), [hasPen, nickname, memberId]);
  const doc = useSharedDoc(sessionId, key, author);
  const classRun = useClassRun(api, auth, view?.run ?? null);
  const [display, setDisplay] = useDisplay();
  const [problem, setProblem] = useState<string | null>(null);

  // Following is this page's choice; the roster entry on the server tells the teacher.
  const [exploring, setExploring] = useState(false);
  const [ownStep, setOwnStep] = useState(0);
  const run = view?.run ?? null;
  const runKey = run ? `${run.sourceHash}/${run.engineVersion}` : null;
  const teacherStep = view?.step ?? 0;
  const step = exploring ? ownStep : teacherStep;
  const steps = run?.ok ? run.steps : 0;

  const tell = useCallback(
    (following: boolean) => {
      if (!api) return;
      api.session.follow.mutate({ ...auth, following }).catch((e: unknown) => setProblem(messageOf(e)));
    },
    [api, auth],
  );

  // Arriving (or reloading) means following: if the server still has us exploring, say we follow again.
  const arrived = useRef(false);
  useEffect(() => {
    if (!view || arrived.current) return;
    arrived.current = true;
    if (view.roster.find((m) => m.memberId === memberId)?.following === false) tell(true);
  }, [view, memberId, tell]);

  // A new run: exploring goes on from its first step.
  useEffect(() => setOwnStep(0), [runKey]);

  const explore = () => {
    setOwnStep(teacherStep);
    setExploring(true);
    tell(false);
  };
  const follow = () => {
    setExploring(false);
    tell(true);
  };

  const canStep = exploring && steps > 0 && !!classRun.loaded;
  const move = (m: StepMove) => {
    if (canStep) setOwnStep((from) => targetStep(m, from, steps));
  };
  useStepKeys(canStep, { prev: () => move('prev'), next: () => move('next'), first: () => move('first'), last: () => move('last') });

  const leave = async () => {
    if (!api || !window.confirm('Leave this session?')) return;
    try {
      await api.session.leave.mutate(auth);
    } catch {
      // Gone already, or the network is: either way this browser forgets the session.
    }
    forgetCredentials('student', sessionId);
    router.push('/');
  };

  if (session.refused) {
    return (
      <main className="cls-message">
        <h1>You are no longer in this session</h1>
        <p>You left it, or it does not exist any more.</p>
        <Link className="button primary" href="/join">
          Join a session
        </Link>
      </main>
    );
  }

  const error = problem ?? session.error;
  const position = steps > 0 && classRun.loaded ? { step, count: steps } : null;
  const quiz = view?.quizzes.at(-1);
  return (
    <main className={`classroom student${display.large ? ' large' : ''}${quiz ? ' with-quiz' : ''}`}>
      <header className="pg-header cls-header">
        <Link href="/" className="brand">
          mem<span className="accent">viz</span>
        </Link>
        <h1 className="cls-title">
          {view?.title || 'Live session'} <span className="cls-role">as {nickname}</span>
        </h1>
        <ConnectionStatus connection={session.connection} doc={doc} />
        <DisplayOptions display={display} onChange={setDisplay} />
        <button type="button" className="button" onClick={() => void leave()} disabled={!api}>
          Leave
        </button>
      </header>

      {quiz && (
        <aside className="cls-side" aria-label="Quiz">
          <QuizCard key={quiz.question.id} api={api} auth={auth} quiz={quiz} />
        </aside>
      )}

      {view ? (
        <ProgramArea
          view={view}
          doc={doc}
          editable={hasPen}
          placeholder="The teacher's program appears here as it is written."
          classRun={classRun}
          step={run?.ok ? step : null}
          display={display}
          idle="Waiting for the teacher to run the program."
          onEngineError={(e) => setProblem(`The engine failed: ${e.message}`)}
          toolbar={
            <p className="cls-toolbar cls-pen-note" data-testid="pen-status">
              {view.status === 'ended'
                ? 'This session has ended.'
                : hasPen
                  ? 'You have the pen: your changes reach the whole class. The teacher runs the program.'
                  : 'The teacher writes the program; you follow along.'}
            </p>
          }
          controls={
            <>
              <StepControls
                position={position}
                canStep={canStep}
                onMove={move}
                hint={
                  exploring ? (
                    <span className="cls-follow">
                      <button type="button" className="button primary" data-testid="follow-teacher" onClick={follow}>
                        Follow the teacher
                      </button>
                      <span className="pg-hint">
                        {position ? `The teacher is at step ${teacherStep + 1}. ` : ''}← → keys step
                      </span>
                    </span>
                  ) : (
                    <span className="cls-follow">
                      <button type="button" className="button" data-testid="explore-alone" onClick={explore}>
                        Explore on my own
                      </button>
                      <span className="pg-hint">Following the teacher</span>
                    </span>
                  )
                }
              />
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
