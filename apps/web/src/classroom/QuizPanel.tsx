'use client';
// The teacher's quiz panel: pick a bank question or make one of the session's
// program (does it compile, why not, what it prints, or about the memory at
// the step on screen), optionally with a countdown; the engine computes its
// key in the worker; open it, watch the number of answers (not the answers:
// the projector must not give them away), close (or let the countdown close
// it), reveal with the distribution, the explanation and the diagram; export
// every result of the session as CSV.
import type { QuizView, SessionView } from '@memviz/classroom';
import type { Question } from '@memviz/quiz';
import { useEffect, useMemo, useState } from 'react';
import { engineClient } from '../engine/client';
import { messageOf, type ClassroomApi } from './connection';
import { FIX_KIND, keyOf, liveBank, liveId, PROGRAM_KINDS, programQuestion, promptOf, toLiveQuestion, type LiveKey, type ProgramKind } from './quiz';
import { Countdown, useCountdown } from './QuizAnswer';
import { QuizResults } from './QuizResults';

const PROGRAM = 'program:';
const COUNTDOWNS = [0, 10, 30, 60, 120] as const;

const KIND_LABELS: Record<Question['kind'], string> = {
  compiles: 'Does it compile?',
  why: "Why doesn't it compile?",
  prints: 'What does it print?',
  memory: 'Memory at a step',
  'next-step': 'Predict the next step',
  fix: 'Fix it',
};

interface Props {
  readonly api: ClassroomApi | null;
  readonly auth: { readonly sessionId: string; readonly key: string };
  readonly view: SessionView;
}

function rightAnswer(quiz: QuizView, key: LiveKey): string {
  if (quiz.question.kind === FIX_KIND) return 'A program that compiles and prints the expected output';
  if (key.line !== undefined) return `No: line ${key.line}, ${key.code}`;
  const options = quiz.question.options ?? [];
  const right = Array.isArray(key.correct) ? (key.correct as number[]) : typeof key.correct === 'number' ? [key.correct] : [];
  return right.map((i) => options[i] ?? '?').join(' · ') || '(none of the options)';
}

export function QuizPanel({ api, auth, view }: Props) {
  const bank = useMemo(() => liveBank(), []);
  const [choice, setChoice] = useState(`${PROGRAM}compiles`);
  const [seconds, setSeconds] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const live = view.status === 'live';
  const quiz: QuizView | undefined = view.quizzes.at(-1);
  const program = view.program?.source ?? '';
  const run = view.run;

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

  const available = (needs: (typeof PROGRAM_KINDS)[number]['needs']): boolean => {
    if (!program.trim()) return false;
    if (needs === 'any') return true;
    if (needs === 'fails') return !!run && !run.ok;
    return !!run && run.ok;
  };

  const open = () =>
    act(async () => {
      if (!api) return;
      const engine = engineClient();
      let q: Question | undefined;
      if (choice.startsWith(PROGRAM)) {
        const kind = choice.slice(PROGRAM.length) as ProgramKind;
        const needsStep = PROGRAM_KINDS.find((k) => k.kind === kind)?.needs === 'step';
        const at = needsStep ? await engine.atOfStep(program, view.step, kind === 'next-step' ? 'next-step' : 'memory') : null;
        q = programQuestion(program, kind, at);
      } else q = bank.find((b) => b.id === choice);
      if (!q) throw new Error('pick a question first');
      // The key comes from the engine, never from what anyone types.
      const key = await engine.quizKey(q);
      const question = toLiveQuestion(q, key, liveId(q));
      if (!question) throw new Error('this question cannot be asked live: its choices do not fit');
      await api.quiz.open.mutate({ ...auth, question: { ...question, options: question.options ? [...question.options] : undefined }, ...(seconds ? { seconds } : {}) });
    });

  const exportCsv = () =>
    act(async () => {
      if (!api) return;
      const { fileName, csv } = await api.quiz.results.query(auth);
      const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = fileName;
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });

  const isOpen = quiz?.status === 'open';
  const prompt = quiz ? promptOf(quiz.question) : null;
  const key = quiz ? keyOf(quiz.question) : null;
  const left = useCountdown(isOpen ? (quiz?.closesAt ?? null) : null);

  // At zero the teacher's screen closes the question for everyone (answers are refused from then on anyway).
  const questionId = quiz?.question.id;
  useEffect(() => {
    if (left === 0 && isOpen && api && questionId) api.quiz.close.mutate({ ...auth, questionId }).catch(() => {});
  }, [left, isOpen, api, auth, questionId]);

  const groups = useMemo(() => {
    const byKind = new Map<Question['kind'], Question[]>();
    for (const q of bank) byKind.set(q.kind, [...(byKind.get(q.kind) ?? []), q]);
    return [...byKind];
  }, [bank]);

  return (
    <section className="quiz-panel" aria-labelledby="quiz-panel-title">
      <h2 id="quiz-panel-title">Quiz</h2>
      {quiz && prompt && (
        <div className="quiz-current" data-testid="quiz-current" data-status={quiz.status} data-kind={quiz.question.kind}>
          <h3>{prompt.title}</h3>
          <p>{prompt.text}</p>
          <Countdown seconds={isOpen ? left : null} />
          <p className="quiz-status" aria-live="polite">
            <span data-testid="answer-count">{quiz.answerCount}</span> {quiz.answerCount === 1 ? 'answer' : 'answers'} ·{' '}
            {quiz.status === 'open' ? 'open' : quiz.status === 'closed' ? 'closed' : 'revealed'}
          </p>
          {quiz.status !== 'revealed' && key && (
            // Folded away: the console is often on the projector.
            <details className="pg-hint">
              <summary>Right answer</summary>
              {rightAnswer(quiz, key)}
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
              <optgroup label={`The current program${view.run?.ok ? `, at step ${view.step + 1}` : ''}`}>
                {PROGRAM_KINDS.map((k) => (
                  <option key={k.kind} value={`${PROGRAM}${k.kind}`} disabled={!available(k.needs)}>
                    {k.kind === 'compiles' ? 'Does the current program compile?' : k.label}
                  </option>
                ))}
              </optgroup>
              {groups.map(([kind, qs]) => (
                <optgroup key={kind} label={`Bank: ${KIND_LABELS[kind]}`}>
                  {qs.map((q) => (
                    <option key={q.id} value={q.id}>
                      {q.kind}: {q.title}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </label>
          <label className="quiz-pick">
            Time limit
            <select data-testid="quiz-seconds" value={seconds} onChange={(e) => setSeconds(Number(e.target.value))} disabled={busy}>
              {COUNTDOWNS.map((s) => (
                <option key={s} value={s}>
                  {s === 0 ? 'None' : `${s} seconds`}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="button primary"
            data-testid="quiz-open"
            disabled={!api || busy || (choice.startsWith(PROGRAM) && !available(PROGRAM_KINDS.find((k) => `${PROGRAM}${k.kind}` === choice)?.needs ?? 'any'))}
            onClick={() => void open()}
          >
            {busy ? 'Preparing…' : 'Open question'}
          </button>
        </div>
      )}
      {view.quizzes.length > 0 && (
        <p className="quiz-actions">
          <button type="button" className="button" data-testid="quiz-export" disabled={!api || busy} onClick={() => void exportCsv()}>
            Download results (CSV)
          </button>
        </p>
      )}
      {problem && (
        <p className="pg-error" role="alert">
          {problem}
        </p>
      )}
    </section>
  );
}
