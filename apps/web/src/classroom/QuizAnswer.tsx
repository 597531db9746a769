'use client';
// How a student answers a question, live or in practice: radio buttons for
// one option, checkboxes for several (memory and next-step questions, with
// the diagram at the question's step, clickable for memory questions), and
// an editor for fix questions. Controlled: the caller keeps the answer.
import type { Json, Question as LiveQuestion } from '@memviz/classroom';
import { sameOutput } from '@memviz/quiz';
import { useEffect, useState } from 'react';
import { engineClient } from '../engine/client';
import { Editor } from '../program/LazyEditor';
import { QuizDiagram } from './QuizDiagram';
import { COMPILES_KIND, MULTI_KIND, promptOf, type FixAttempt } from './quiz';

/** The picks of an answer: one index, several, or none. */
export function picksOf(answer: Json | null): number[] {
  if (typeof answer === 'number') return [answer];
  if (answer !== null && typeof answer === 'object' && !Array.isArray(answer) && typeof (answer as { compiles?: unknown }).compiles === 'boolean') {
    return [(answer as { compiles: boolean }).compiles ? 0 : 1];
  }
  if (Array.isArray(answer)) return answer.filter((a): a is number => typeof a === 'number');
  return [];
}

interface ChoiceProps {
  readonly question: LiveQuestion;
  readonly picked: Json | null;
  /** What the server holds (marked "your answer"), if anything. */
  readonly sent: Json | null;
  readonly disabled: boolean;
  readonly onChange: (answer: Json) => void;
}

export function ChoiceAnswer({ question, picked, sent, disabled, onChange }: ChoiceProps) {
  const multi = question.kind === MULTI_KIND;
  const options = question.options ?? [];
  const prompt = promptOf(question);
  const mine = picksOf(picked);
  const kept = picksOf(sent);
  const compiles = question.kind === COMPILES_KIND;
  const where = compiles && picked !== null && typeof picked === 'object' && !Array.isArray(picked) ? (picked as { line?: number; code?: string }) : {};
  const toggle = (i: number) => {
    if (disabled) return;
    if (compiles) return onChange(i === 0 ? { compiles: true } : ({ compiles: false, ...(where.line ? { line: where.line } : {}), ...(where.code ? { code: where.code } : {}) } as Json));
    if (!multi) return onChange(i);
    onChange(mine.includes(i) ? mine.filter((x) => x !== i) : [...mine, i].sort((a, b) => a - b));
  };
  const clickable = !!prompt.memory?.targets?.length;
  return (
    <>
      {prompt.memory && prompt.source && <QuizDiagram source={prompt.source} memory={prompt.memory} picked={mine} onPick={clickable && !disabled ? toggle : null} />}
      {clickable && !disabled && <p className="pg-hint">Click in the diagram, or pick below.</p>}
      <fieldset disabled={disabled} className="quiz-options">
        <legend className="visually-hidden">{multi ? 'Pick every option that applies' : 'Your answer'}</legend>
        {options.map((o, i) => (
          <label key={i} className={`quiz-option${kept.includes(i) ? ' sent' : ''}`} data-testid="quiz-option">
            <input type={multi ? 'checkbox' : 'radio'} name={`quiz-${question.id}`} value={i} checked={mine.includes(i)} onChange={() => toggle(i)} />
            <span>{o}</span>
            {kept.includes(i) && <span className="quiz-sent-tag"> (your answer)</span>}
          </label>
        ))}
      </fieldset>
      {compiles && mine[0] === 1 && (
        <fieldset disabled={disabled} className="quiz-where">
          <legend>Where, and which error?</legend>
          <label>
            First error on line{' '}
            <select data-testid="quiz-line" value={where.line ?? ''} onChange={(e) => onChange({ compiles: false, ...where, line: Number(e.target.value) } as Json)}>
              <option value="" disabled>
                (line)
              </option>
              {prompt.source.split('\n').map((text, i) =>
                text.trim() ? (
                  <option key={i} value={i + 1}>
                    {i + 1}: {text.trim().slice(0, 50)}
                  </option>
                ) : null,
              )}
            </select>
          </label>{' '}
          <label>
            Error{' '}
            <select data-testid="quiz-code" value={where.code ?? ''} onChange={(e) => onChange({ compiles: false, ...where, code: e.target.value } as Json)}>
              <option value="" disabled>
                (error)
              </option>
              {(prompt.codes ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.text}
                </option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
    </>
  );
}

/** A student's draft of a fix, kept in this browser so a reload does not lose the edits. */
export function fixDraftKey(questionId: string): string {
  return `memviz:fix-draft:${questionId}`;
}

interface FixProps {
  readonly question: LiveQuestion;
  /** The last attempt sent (its number, and the program to start from). */
  readonly last: FixAttempt | null;
  readonly disabled: boolean;
  /** Sends the attempt; resolves once it is recorded. */
  readonly onAttempt: (attempt: FixAttempt) => Promise<void>;
}

export function FixAnswer({ question, last, disabled, onAttempt }: FixProps) {
  const prompt = promptOf(question);
  const [draft, setDraft] = useState<string>(() => {
    if (typeof window !== 'undefined') {
      const kept = window.localStorage.getItem(fixDraftKey(question.id));
      if (kept !== null) return kept;
    }
    return last?.source ?? prompt.source;
  });
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<string | null>(null);
  // The attempt just sent may be recorded before its event comes back: never number two attempts alike.
  const [sentAttempts, setSentAttempts] = useState(0);
  const attempts = Math.max(last?.attempt ?? 0, sentAttempts);
  const fixed = last?.fixed === true;

  const edit = (text: string) => {
    setDraft(text);
    try {
      window.localStorage.setItem(fixDraftKey(question.id), text);
    } catch {
      // Storage full or off: the draft lives as long as the page.
    }
  };

  const check = async () => {
    setChecking(true);
    setOutcome(null);
    try {
      const run = await engineClient().fixRun(draft);
      const isFixed = run.compiles && run.stdout !== null && sameOutput(run.stdout, prompt.expected ?? '');
      const attempt: FixAttempt = { attempt: attempts + 1, compiles: run.compiles, fixed: isFixed, source: draft };
      await onAttempt(attempt);
      setSentAttempts(attempt.attempt);
      setOutcome(
        isFixed
          ? `Fixed on attempt ${attempt.attempt}: it compiles and prints the expected output.`
          : run.compiles
            ? `Attempt ${attempt.attempt}: it compiles now, but prints:\n${run.stdout ?? ''}`
            : `Attempt ${attempt.attempt}: it still does not compile${run.firstError ? `: line ${run.firstError.line}: ${run.firstError.message}` : ''}.`,
      );
    } catch (e) {
      setOutcome(e instanceof Error ? e.message : String(e));
    }
    setChecking(false);
  };

  return (
    <div className="quiz-fix" data-testid="quiz-fix" data-fixed={fixed ? 'true' : 'false'}>
      {prompt.expected !== undefined && (
        <div className="quiz-expected">
          <h4>Expected output</h4>
          <pre data-testid="quiz-expected">{prompt.expected}</pre>
        </div>
      )}
      <div className="quiz-fix-editor" data-testid="quiz-fix-editor">
        <Editor value={draft} onChange={edit} readOnly={disabled || fixed} marks={[]} stepLine={null} />
      </div>
      <p className="quiz-actions">
        {!disabled && !fixed && (
          <button type="button" className="button primary" data-testid="quiz-submit" disabled={checking} onClick={() => void check()}>
            {checking ? 'Checking…' : 'Check my fix'}
          </button>
        )}
        <span className="pg-hint" data-testid="quiz-attempts">
          {last ? `${last.attempt} attempt${last.attempt === 1 ? '' : 's'}${fixed ? ': fixed' : ''}` : 'No attempt yet'}
        </span>
      </p>
      {outcome && (
        <pre className="quiz-fix-outcome" data-testid="quiz-fix-outcome" role="status">
          {outcome}
        </pre>
      )}
    </div>
  );
}

/** Seconds left in a countdown, from this browser's clock. */
export function secondsLeft(closesAt: number | null, now: number): number | null {
  return closesAt === null ? null : Math.max(0, Math.ceil((closesAt - now) / 1000));
}

/** Seconds left in the countdown, ticking; null without one. */
export function useCountdown(closesAt: number | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (closesAt === null) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [closesAt]);
  return secondsLeft(closesAt, now);
}

export function Countdown({ seconds }: { seconds: number | null }) {
  if (seconds === null) return null;
  return (
    <p className={`quiz-countdown${seconds <= 5 ? ' urgent' : ''}`} data-testid="quiz-countdown" data-seconds={seconds} aria-live={seconds <= 5 ? 'assertive' : 'off'}>
      {seconds > 0 ? `${seconds} s left` : "Time's up"}
    </p>
  );
}
