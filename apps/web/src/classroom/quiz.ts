// Live quizzes in the classroom: a quiz-package question (from the bank, or
// "does the current program compile?") with its engine-made key becomes the
// classroom's generic multiple-choice question, and back again for display.
// The classroom stores the key as `answerKey` and hides it from students
// until the reveal, so the explanation travels inside it for the same reason.
import type { Json, Question as LiveQuestion, Tally } from '@memviz/classroom';
import { parseBankFile, questionFromProgram, type AnswerKey, type Question } from '@memviz/quiz';
import { BANK_FILES } from '../generated/bank';

/** The classroom's limits on options (limits.ts; @memviz/classroom is types-only here, quiz.test.ts checks they agree). */
export const MAX_OPTIONS = 16;
export const MAX_OPTION_CHARS = 500;

/** The classroom `kind` of questions made here: an answer is an option index. */
export const LIVE_KIND = 'choice';

export interface LivePrompt {
  readonly title: string;
  readonly text: string;
  /** The program the question is about; empty when the question has none. */
  readonly source: string;
}

export interface LiveKey {
  readonly correct: number;
  readonly explanation: string;
}

/** Kinds a class can answer by picking one option; the others need the memory diagram or an editor. */
export function isLiveKind(q: Question): boolean {
  return q.kind === 'compiles' || q.kind === 'why' || (q.kind === 'prints' && q.mode === 'choice');
}

let bank: readonly Question[] | null = null;
/** The shipped bank, parsed once; files the parser refuses are left out rather than breaking the console. */
export function liveBank(): readonly Question[] {
  if (!bank) {
    const parsed: Question[] = [];
    for (const f of BANK_FILES) {
      try {
        const q = parseBankFile(f.text, f.id);
        if (isLiveKind(q)) parsed.push(q);
      } catch {
        // A bad bank file is the bank's test suite's business.
      }
    }
    bank = parsed;
  }
  return bank;
}

/** "Does the current program compile?" for the session's program. */
export function compilesQuestion(source: string): Question {
  return questionFromProgram(source, 'compiles', { title: 'Does the current program compile?' });
}

export const COMPILES_OPTIONS = ['Yes, it compiles', 'No, rustc rejects it'] as const;

/**
 * The classroom question for `q` and its key, under a fresh `id` (a session
 * refuses a question id twice, and a teacher may ask the same one again).
 * Null when the key does not fit the classroom's limits or its kind.
 */
export function toLiveQuestion(q: Question, key: AnswerKey, id: string): LiveQuestion | null {
  let options: string[];
  let correct: number;
  let text: string;
  if (key.kind === 'compiles') {
    options = [...COMPILES_OPTIONS];
    correct = key.compiles ? 0 : 1;
    text = q.prompt ?? 'Does this program compile?';
  } else if (key.kind === 'why' || (key.kind === 'prints' && key.correct !== null)) {
    options = key.choices.map((c) => c.text);
    const right = key.correct;
    correct = key.choices.findIndex((c) => c.id === right);
    text = q.prompt ?? (key.kind === 'why' ? "Why doesn't this program compile?" : 'What does this program print?');
  } else return null;
  if (correct < 0 || options.length < 2 || options.length > MAX_OPTIONS || options.some((o) => o.length > MAX_OPTION_CHARS)) return null;
  const prompt: LivePrompt = { title: q.title, text, source: q.source };
  const answerKey: LiveKey = { correct, explanation: key.explanation };
  return { id, kind: LIVE_KIND, prompt: { ...prompt }, options, answerKey: { ...answerKey } };
}

/** A session-unique id for asking `q` now. */
export function liveId(q: Question, now: number = Date.now()): string {
  return `${q.id.slice(0, 48)}-${now.toString(36)}`;
}

function isRecord(v: Json | undefined): v is { readonly [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The prompt as shown; questions opened by other clients may carry a plain string. */
export function promptOf(q: LiveQuestion): LivePrompt {
  if (typeof q.prompt === 'string') return { title: 'Question', text: q.prompt, source: '' };
  const p = q.prompt;
  if (!isRecord(p)) return { title: 'Question', text: '', source: '' };
  const str = (v: Json | undefined) => (typeof v === 'string' ? v : '');
  return { title: str(p.title) || 'Question', text: str(p.text), source: str(p.source) };
}

/** The key once a student may see it (after the reveal), or always for the teacher; null if hidden. */
export function keyOf(q: LiveQuestion): LiveKey | null {
  const k = q.answerKey;
  if (typeof k === 'number') return { correct: k, explanation: '' };
  if (isRecord(k) && typeof k.correct === 'number') return { correct: k.correct, explanation: typeof k.explanation === 'string' ? k.explanation : '' };
  return null;
}

export type Verdict = 'right' | 'wrong' | 'unanswered';

export function verdictOf(myAnswer: Json | null, key: LiveKey): Verdict {
  if (myAnswer === null) return 'unanswered';
  return myAnswer === key.correct ? 'right' : 'wrong';
}

export interface Bar {
  readonly index: number;
  readonly option: string;
  readonly count: number;
  readonly correct: boolean;
}

/** One bar per option, in the options' order (tallies come keyed by the answer's canonical JSON). */
export function histogram(options: readonly string[], tallies: readonly Tally[], key: LiveKey | null): Bar[] {
  const counts = new Map(tallies.map((t) => [t.answer, t.count]));
  return options.map((option, index) => ({ index, option, count: counts.get(JSON.stringify(index)) ?? 0, correct: key?.correct === index }));
}

export { talliesOf } from './tallies';
