'use client';
// A student's side of the quiz: the open question with its options (radio
// buttons or checkboxes, so arrows and space work; memory questions are
// answered by clicking in the diagram too), or an editor for a fix, Submit,
// and a changed mind until the teacher closes it or the countdown ends. The
// choice shown starts from the answer the server kept, so a reload
// mid-question shows what was sent. Other students' answers never reach this
// page before the reveal; then come the histogram and the verdict.
import type { Json, QuizView } from '@memviz/classroom';
import { useEffect, useState } from 'react';
import { messageOf, type ClassroomApi } from './connection';
import { FIX_KIND, isComplete, isFixAttempt, keyOf, promptOf, verdictOf, type FixAttempt } from './quiz';
import { ChoiceAnswer, Countdown, FixAnswer, fixDraftKey, useCountdown } from './QuizAnswer';
import { QuizResults } from './QuizResults';

interface Props {
  readonly api: ClassroomApi | null;
  readonly auth: { readonly sessionId: string; readonly key: string };
  readonly quiz: QuizView;
}

const VERDICT_TEXT = {
  right: '✓ Right: well done.',
  partly: '◐ Partly right: see the right answer below.',
  wrong: '✗ Wrong: see the right answer below.',
  unanswered: 'You did not answer this one.',
} as const;

export function QuizCard({ api, auth, quiz }: Props) {
  const sent: Json | null = quiz.myAnswer;
  const sentKey = JSON.stringify(sent);
  const [picked, setPicked] = useState<Json | null>(sent);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = quiz.question.id;
  const fix = quiz.question.kind === FIX_KIND;

  // A new question, or the kept answer arriving after a reload: show what the server holds.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useEffect(() => setPicked(sent), [id, sentKey]);

  const prompt = promptOf(quiz.question);
  const left = useCountdown(quiz.status === 'open' ? quiz.closesAt : null);
  const open = quiz.status === 'open' && left !== 0;

  const send = async (answer: Json) => {
    if (!api) return;
    setSending(true);
    setProblem(null);
    try {
      await api.quiz.answer.mutate({ ...auth, questionId: id, answer });
    } catch (e) {
      setProblem(messageOf(e));
      setSending(false);
      throw e;
    }
    setSending(false);
  };

  const key = quiz.status === 'revealed' ? keyOf(quiz.question) : null;
  const verdict = key ? verdictOf(quiz.myAnswer, key, quiz.question.kind) : null;
  const unchanged = JSON.stringify(picked) === sentKey;
  const empty = !isComplete(quiz.question.kind, picked);
  const last: FixAttempt | null = isFixAttempt(sent) ? sent : null;

  // The draft of a fix is this browser's until the question is revealed.
  useEffect(() => {
    if (fix && quiz.status === 'revealed') window.localStorage.removeItem(fixDraftKey(id));
  }, [fix, quiz.status, id]);

  return (
    <section className="quiz-card" aria-labelledby={`quiz-${id}`} data-testid="quiz-card" data-status={quiz.status} data-kind={quiz.question.kind}>
      <h2 id={`quiz-${id}`}>Quiz: {prompt.title}</h2>
      <Countdown seconds={quiz.status === 'open' ? left : null} />
      {prompt.text && <p>{prompt.text}</p>}
      {prompt.source && !fix && <pre className="quiz-source">{prompt.source}</pre>}
      {fix ? (
        <FixAnswer question={quiz.question} last={last} disabled={!open || !api} onAttempt={(a) => send(a as unknown as Json)} />
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!empty) void send(picked!).catch(() => {});
          }}
        >
          <ChoiceAnswer question={quiz.question} picked={picked} sent={sent} disabled={!open || sending} onChange={setPicked} />
          {open && (
            <p className="quiz-actions">
              <button type="submit" className="button primary" data-testid="quiz-submit" disabled={!api || empty || sending || unchanged}>
                {sent === null ? 'Submit' : 'Change my answer'}
              </button>
            </p>
          )}
        </form>
      )}
      <p className="pg-hint" aria-live="polite" data-testid="quiz-state">
        {open
          ? fix
            ? last?.fixed
              ? 'Fixed. Waiting for the teacher to reveal the results.'
              : 'Edit the program until it compiles and prints the expected output, then check it.'
            : sent === null
              ? 'Pick an answer and submit.'
              : unchanged
                ? 'Answer sent. You can change it until the teacher closes the question.'
                : 'Not sent yet: submit to change your answer.'
          : quiz.status === 'revealed'
            ? null
            : 'Answers are closed. Waiting for the teacher to reveal the results.'}
      </p>
      {verdict && (
        <p className={`quiz-verdict ${verdict}`} data-testid="quiz-verdict" data-verdict={verdict} role="status">
          {VERDICT_TEXT[verdict]}
        </p>
      )}
      {quiz.status === 'revealed' && <QuizResults quiz={quiz} />}
      {problem && (
        <p className="pg-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
