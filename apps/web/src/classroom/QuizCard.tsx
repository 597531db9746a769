'use client';
// A student's side of the quiz: the open question with its options (radio
// buttons, so arrows and space work), Submit, and a changed mind until the
// teacher closes it. The choice shown starts from the answer the server kept,
// so a reload mid-question shows what was sent. Other students' answers never
// reach this page before the reveal; then come the histogram and the verdict.
import type { QuizView } from '@memviz/classroom';
import { useEffect, useState } from 'react';
import { messageOf, type ClassroomApi } from './connection';
import { keyOf, promptOf, verdictOf } from './quiz';
import { QuizResults } from './QuizResults';

interface Props {
  readonly api: ClassroomApi | null;
  readonly auth: { readonly sessionId: string; readonly key: string };
  readonly quiz: QuizView;
}

export function QuizCard({ api, auth, quiz }: Props) {
  const sent = typeof quiz.myAnswer === 'number' ? quiz.myAnswer : null;
  const [picked, setPicked] = useState<number | null>(sent);
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const id = quiz.question.id;

  // A new question, or the kept answer arriving after a reload: show what the server holds.
  useEffect(() => setPicked(sent), [id, sent]);

  const prompt = promptOf(quiz.question);
  const options = quiz.question.options ?? [];
  const open = quiz.status === 'open';

  const submit = async () => {
    if (!api || picked === null) return;
    setSending(true);
    setProblem(null);
    try {
      await api.quiz.answer.mutate({ ...auth, questionId: id, answer: picked });
    } catch (e) {
      setProblem(messageOf(e));
    }
    setSending(false);
  };

  const key = quiz.status === 'revealed' ? keyOf(quiz.question) : null;
  const verdict = key ? verdictOf(quiz.myAnswer, key) : null;

  return (
    <section className="quiz-card" aria-labelledby={`quiz-${id}`} data-testid="quiz-card" data-status={quiz.status}>
      <h2 id={`quiz-${id}`}>Quiz: {prompt.title}</h2>
      {prompt.text && <p>{prompt.text}</p>}
      {prompt.source && <pre className="quiz-source">{prompt.source}</pre>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <fieldset disabled={!open || sending} className="quiz-options">
          <legend className="visually-hidden">Your answer</legend>
          {options.map((o, i) => (
            <label key={i} className={`quiz-option${sent === i ? ' sent' : ''}`} data-testid="quiz-option">
              <input type="radio" name={`quiz-${id}`} value={i} checked={picked === i} onChange={() => setPicked(i)} />
              <span>{o}</span>
              {sent === i && <span className="quiz-sent-tag"> (your answer)</span>}
            </label>
          ))}
        </fieldset>
        {open && (
          <p className="quiz-actions">
            <button type="submit" className="button primary" data-testid="quiz-submit" disabled={!api || picked === null || sending || picked === sent}>
              {sent === null ? 'Submit' : 'Change my answer'}
            </button>
          </p>
        )}
      </form>
      <p className="pg-hint" aria-live="polite" data-testid="quiz-state">
        {open
          ? sent === null
            ? 'Pick an option and submit.'
            : picked === sent
              ? 'Answer sent. You can change it until the teacher closes the question.'
              : 'Not sent yet: submit to change your answer.'
          : quiz.status === 'closed'
            ? 'Answers are closed. Waiting for the teacher to reveal the results.'
            : null}
      </p>
      {verdict && (
        <p className={`quiz-verdict ${verdict}`} data-testid="quiz-verdict" data-verdict={verdict} role="status">
          {verdict === 'right' ? '✓ Right: well done.' : verdict === 'wrong' ? '✗ Wrong: see the right answer below.' : 'You did not answer this one.'}
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
