'use client';
// The teacher's quiz panel: pick a bank question (or "does the current program
// compile?"), let the engine compute its key in the worker, open it, watch the
// number of answers (not the answers: the projector must not give them away),
// close, reveal with the distribution and the explanation.
import type { QuizView, SessionView } from '@memviz/classroom';
import { useMemo, useState } from 'react';
import { engineClient } from '../engine/client';
import { messageOf, type ClassroomApi } from './connection';
import { compilesQuestion, keyOf, liveBank, liveId, promptOf, toLiveQuestion } from './quiz';
import { QuizResults } from './QuizResults';

const CURRENT_PROGRAM = '__current-program';

interface Props {
  readonly api: ClassroomApi | null;
  readonly auth: { readonly sessionId: string; readonly key: string };
  readonly view: SessionView;
}

export function QuizPanel({ api, auth, view }: Props) {
  const bank = useMemo(() => liveBank(), []);
  const [choice, setChoice] = useState(CURRENT_PROGRAM);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const live = view.status === 'live';
  const quiz: QuizView | undefined = view.quizzes.at(-1);
  const program = view.program?.source ?? '';

  const act = async (what: () => Promise<unknown>) => {
    setBusy(true);
    setProblem(null);
    try {
      await what();
    } catch (e) {
      setProblem(messageOf(e));
    }
    setBusy(false);
  };

  const open = () =>
    act(async () => {
      if (!api) return;
      const q = choice === CURRENT_PROGRAM ? compilesQuestion(program) : bank.find((b) => b.id === choice);
      if (!q) throw new Error('pick a question first');
      // The key comes from the engine, never from what anyone types.
      const key = await engineClient().quizKey(q);
      const question = toLiveQuestion(q, key, liveId(q));
      if (!question) throw new Error('this question cannot be asked live: its choices do not fit');
      await api.quiz.open.mutate({ ...auth, question: { ...question, options: question.options ? [...question.options] : undefined } });
    });

  const isOpen = quiz?.status === 'open';
  const prompt = quiz ? promptOf(quiz.question) : null;
  const key = quiz ? keyOf(quiz.question) : null;

  return (
    <section className="quiz-panel" aria-labelledby="quiz-panel-title">
      <h2 id="quiz-panel-title">Quiz</h2>
      {quiz && prompt && (
        <div className="quiz-current" data-testid="quiz-current" data-status={quiz.status}>
          <h3>{prompt.title}</h3>
          <p>{prompt.text}</p>
          <p className="quiz-status" aria-live="polite">
            <span data-testid="answer-count">{quiz.answerCount}</span> {quiz.answerCount === 1 ? 'answer' : 'answers'} ·{' '}
            {quiz.status === 'open' ? 'open' : quiz.status === 'closed' ? 'closed' : 'revealed'}
          </p>
          {quiz.status !== 'revealed' && key && (
            // Folded away: the console is often on the projector.
            <details className="pg-hint">
              <summary>Right answer</summary>
              {quiz.question.options?.[key.correct] ?? '?'}
            </details>
          )}
          <div className="quiz-actions">
            {isOpen && (
              <button type="button" className="button" data-testid="quiz-close" disabled={!api || busy} onClick={() => void act(() => api!.quiz.close.mutate({ ...auth, questionId: quiz.question.id }))}>
                Close answers
              </button>
            )}
            {quiz.status !== 'revealed' && (
              <button type="button" className="button primary" data-testid="quiz-reveal" disabled={!api || busy} onClick={() => void act(() => api!.quiz.reveal.mutate({ ...auth, questionId: quiz.question.id }))}>
                Reveal
              </button>
            )}
          </div>
          {quiz.status === 'revealed' && <QuizResults quiz={quiz} />}
        </div>
      )}
      {!isOpen && live && (
        <div className="quiz-new">
          <label className="quiz-pick">
            {quiz ? 'Next question' : 'Question'}
            <select data-testid="quiz-picker" value={choice} onChange={(e) => setChoice(e.target.value)} disabled={busy}>
              <option value={CURRENT_PROGRAM} disabled={!program.trim()}>
                Does the current program compile?{program.trim() ? '' : ' (run a program first)'}
              </option>
              {bank.map((q) => (
                <option key={q.id} value={q.id}>
                  {q.kind}: {q.title}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button primary" data-testid="quiz-open" disabled={!api || busy || (choice === CURRENT_PROGRAM && !program.trim())} onClick={() => void open()}>
            {busy ? 'Preparing…' : 'Open question'}
          </button>
        </div>
      )}
      {problem && (
        <p className="pg-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
