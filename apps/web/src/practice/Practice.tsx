'use client';
// Practice alone: pick a concept or a mix, answer five bank questions with
// immediate feedback (the verdict, the engine's explanation, the diagram at
// the step for memory questions), and get a score at the end. The engine in
// this browser computes every key; progress is kept in localStorage, so a
// reload goes on with the same question and the same answer.
import type { Json, Question as LiveQuestion } from '@memviz/classroom';
import Link from 'next/link';
import { useEffect, useMemo, useState } from 'react';
import { engineClient } from '../engine/client';
import { ChoiceAnswer, FixAnswer, fixDraftKey } from '../classroom/QuizAnswer';
import { QuizDiagram } from '../classroom/QuizDiagram';
import { FIX_KIND, isComplete, isFixAttempt, keyOf, liveBank, promptOf, toLiveQuestion, verdictOf, type FixAttempt, type Verdict } from '../classroom/quiz';
import { currentId, isDone, loadProgress, nextQuestion, recordResult, saveProgress, startPractice, topicsOf, totalScore, type PracticeTopic, type Progress } from './progress';

const VERDICT_TEXT: Record<Verdict, string> = {
  right: '✓ Right.',
  partly: '◐ Partly right.',
  wrong: '✗ Not right.',
  unanswered: 'Skipped.',
};

export function Practice() {
  const bank = useMemo(() => liveBank(), []);
  const topics = useMemo(() => topicsOf(bank), [bank]);
  // undefined until this browser's storage has been read (after hydration).
  const [progress, setProgressState] = useState<Progress | null | undefined>(undefined);
  const [topic, setTopic] = useState<PracticeTopic>('mix');
  useEffect(() => setProgressState(loadProgress(window.localStorage, bank)), [bank]);

  const setProgress = (p: Progress | null) => {
    setProgressState(p);
    saveProgress(window.localStorage, p);
  };

  if (progress === undefined) return <main className="cls-message">Loading your practice…</main>;

  return (
    <main className="practice">
      <header className="pg-header">
        <Link href="/" className="brand">
          mem<span className="accent">viz</span>
        </Link>
        <h1 className="cls-title">Practice</h1>
      </header>
      {progress === null ? (
        <section className="practice-start" aria-label="Start practising">
          <p>Five questions, answered alone, with the explanation after each one. Your progress stays in this browser.</p>
          <label className="quiz-pick">
            Concept{' '}
            <select data-testid="practice-concept" value={topic} onChange={(e) => setTopic(e.target.value as PracticeTopic)}>
              <option value="mix">A mix of everything</option>
              {topics.map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
          </label>{' '}
          <button type="button" className="button primary" data-testid="practice-start" onClick={() => setProgress(startPractice(bank, topic, Date.now()))}>
            Start
          </button>
        </section>
      ) : isDone(progress) ? (
        <Summary progress={progress} onRestart={() => setProgress(null)} />
      ) : (
        <Current key={currentId(progress)} progress={progress} onChange={setProgress} onQuit={() => setProgress(null)} />
      )}
    </main>
  );
}

function Summary({ progress, onRestart }: { progress: Progress; onRestart: () => void }) {
  const bank = liveBank();
  const score = totalScore(progress);
  return (
    <section className="practice-summary" aria-label="Your score">
      <h2>
        Score: <span data-testid="practice-score">{Number.isInteger(score) ? score : score.toFixed(1)} / {progress.ids.length}</span>
      </h2>
      <ol>
        {progress.results.map((r) => (
          <li key={r.id} data-testid="practice-result" data-verdict={r.verdict}>
            {VERDICT_TEXT[r.verdict]} {bank.find((q) => q.id === r.id)?.title ?? r.id}
          </li>
        ))}
      </ol>
      <button type="button" className="button primary" data-testid="practice-restart" onClick={onRestart}>
        Practise again
      </button>
    </section>
  );
}

function Current({ progress, onChange, onQuit }: { progress: Progress; onChange: (p: Progress) => void; onQuit: () => void }) {
  const id = currentId(progress)!;
  const q = useMemo(() => liveBank().find((b) => b.id === id)!, [id]);
  const [live, setLive] = useState<LiveQuestion | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let stale = false;
    engineClient()
      .quizKey(q)
      .then((key) => {
        if (stale) return;
        const made = toLiveQuestion(q, key, `practice-${q.id}`);
        if (made) setLive(made);
        else setProblem('This question cannot be shown here.');
      })
      .catch((e: unknown) => !stale && setProblem(e instanceof Error ? e.message : String(e)));
    return () => {
      stale = true;
    };
  }, [q]);

  const number = progress.checked ? progress.results.length : progress.results.length + 1;
  const [picked, setPicked] = useState<Json | null>(progress.checked ? null : progress.answer);
  const key = live ? keyOf(live) : null;
  const fix = live?.kind === FIX_KIND;
  const last: FixAttempt | null = isFixAttempt(progress.answer) ? progress.answer : null;
  const result = progress.checked ? progress.results.at(-1) : undefined;

  const check = () => {
    if (!live || !key || !isComplete(live.kind, picked)) return;
    onChange(recordResult(progress, verdictOf(picked, key, live.kind), picked));
  };

  const attempt = async (a: FixAttempt) => {
    if (!live || !key) return;
    const answer = a as unknown as Json;
    if (a.fixed) {
      window.localStorage.removeItem(fixDraftKey(live.id));
      onChange(recordResult(progress, 'right', answer, a.attempt));
    } else onChange({ ...progress, answer });
  };

  const giveUp = () => {
    if (live) window.localStorage.removeItem(fixDraftKey(live.id));
    onChange(recordResult(progress, 'wrong', progress.answer, last?.attempt ?? 1));
  };

  const prompt = live ? promptOf(live) : null;
  const shownAnswer = progress.checked ? progress.answer : picked;
  return (
    <section className="quiz-card practice-card" data-testid="quiz-card" data-kind={live?.kind} aria-labelledby="practice-title">
      <p className="pg-hint" data-testid="practice-progress">
        Question {number} of {progress.ids.length} · score so far {totalScore(progress)}
      </p>
      <h2 id="practice-title">{q.title}</h2>
      {!live || !prompt ? (
        <p className="pg-placeholder">{problem ?? 'The engine is preparing the question…'}</p>
      ) : (
        <>
          {prompt.text && <p>{prompt.text}</p>}
          {prompt.source && !fix && <pre className="quiz-source">{prompt.source}</pre>}
          {fix ? (
            <>
              <FixAnswer question={live} last={last} disabled={progress.checked} onAttempt={attempt} />
              {!progress.checked && (
                <button type="button" className="button" data-testid="practice-give-up" onClick={giveUp}>
                  Show me the answer
                </button>
              )}
            </>
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                check();
              }}
            >
              <ChoiceAnswer question={live} picked={shownAnswer} sent={null} disabled={progress.checked} onChange={(a) => {
                setPicked(a);
                onChange({ ...progress, answer: a });
              }} />
              {!progress.checked && (
                <p className="quiz-actions">
                  <button type="submit" className="button primary" data-testid="quiz-submit" disabled={!live || !isComplete(live.kind, picked)}>
                    Check
                  </button>
                </p>
              )}
            </form>
          )}
          {result && (
            <>
              <p className={`quiz-verdict ${result.verdict}`} data-testid="quiz-verdict" data-verdict={result.verdict} role="status">
                {VERDICT_TEXT[result.verdict]}
                {!fix && key && live.options && result.verdict !== 'right' && (
                  <>
                    {' '}
                    The right answer:{' '}
                    {key.line !== undefined
                      ? `it does not compile: line ${key.line}, ${key.code}`
                      : (Array.isArray(key.correct) ? (key.correct as number[]) : [key.correct as number]).map((i) => live.options![i]).join(' · ')}
                  </>
                )}
              </p>
              {key?.explanation && (
                <div className="quiz-explanation" data-testid="quiz-explanation">
                  <h4>Why</h4>
                  <pre>{key.explanation}</pre>
                </div>
              )}
              {prompt.memory && !!prompt.memory.targets?.length && key && key.correct !== null && (
                <div className="quiz-explanation">
                  <h4>The right answer in the diagram</h4>
                  <QuizDiagram source={prompt.source} memory={prompt.memory} picked={Array.isArray(key.correct) ? (key.correct as number[]) : [key.correct as number]} onPick={null} />
                </div>
              )}
              <p className="quiz-actions">
                <button type="button" className="button primary" data-testid="practice-next" onClick={() => onChange(nextQuestion(progress))}>
                  {progress.results.length >= progress.ids.length ? 'See my score' : 'Next question'}
                </button>
              </p>
            </>
          )}
        </>
      )}
      <p>
        <button type="button" className="button" data-testid="practice-quit" onClick={() => window.confirm('Stop this set? Your progress is lost.') && onQuit()}>
          Stop
        </button>
      </p>
    </section>
  );
}
