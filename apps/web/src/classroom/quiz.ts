// Live quizzes in the classroom: a quiz-package question (from the bank, or
// made of the session's program) with its engine-made key becomes the
// classroom's generic question, and back again for display: one option
// ('choice'), a set of options ('multi': memory and next-step questions,
// whose options are also clickable in the diagram), or a fix attempt ('fix').
// The classroom stores the key as `answerKey` and hides it from students
// until the reveal, so the explanation travels inside it for the same reason.
import type { Json, Question as LiveQuestion, Tally } from '@memviz/classroom';
import { parseBankFile, questionFromProgram, studentView, type AnswerKey, type Question } from '@memviz/quiz';
import { BANK_FILES } from '../generated/bank';

/** The classroom's limits on options (limits.ts; @memviz/classroom is types-only here, quiz.test.ts checks they agree). */
export const MAX_OPTIONS = 16;
export const MAX_OPTION_CHARS = 500;

/** The classroom kinds of questions made here: an option index, a sorted set of them, or a fix attempt. */
export const LIVE_KIND = 'choice';
export const MULTI_KIND = 'multi';
export const FIX_KIND = 'fix';
/** "Does it compile?": yes, or no with the first error's line and code. */
export const COMPILES_KIND = 'compiles';

/** What to draw with a question: its program's memory at a step, and what can be clicked there. */
export interface LiveMemory {
  readonly step: number;
  /** Option i is the stack slot or heap block targets[i] (memory questions); none for next-step. */
  readonly targets?: readonly LiveTarget[];
  /** The heap block the question is about (owner questions), outlined. */
  readonly block?: number;
}

export interface LiveTarget {
  readonly kind: 'slot' | 'block';
  readonly id: number;
}

export interface LivePrompt {
  readonly title: string;
  readonly text: string;
  /** The program the question is about; empty when the question has none. */
  readonly source: string;
  readonly memory?: LiveMemory;
  /** Fix questions: what the fixed program prints (the goal, not a secret). */
  readonly expected?: string;
  /** Compiles questions: every error code quizzes know (the list gives nothing away). */
  readonly codes?: readonly { readonly id: string; readonly text: string }[];
}

export interface LiveKey {
  /** An option index (choice), the sorted right indexes (multi), null for a fix (fixed is right). */
  readonly correct: number | readonly number[] | null;
  readonly explanation: string;
  /** Compiles questions that do not compile: the first error's line and code. */
  readonly line?: number;
  readonly code?: string;
}

/** An answer to a compiles question. */
export type CompilesAnswer = { readonly compiles: true } | { readonly compiles: false; readonly line: number; readonly code: string };

/** A student's fix attempt, checked by the engine in their browser. */
export interface FixAttempt {
  readonly attempt: number;
  readonly compiles: boolean;
  readonly fixed: boolean;
  readonly source: string;
}

/** Kinds a class can answer live: everything but typed-out output. */
export function isLiveKind(q: Question): boolean {
  return !(q.kind === 'prints' && q.mode === 'text');
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

/** The kinds a teacher can make of the session's program, and what each needs. */
export type ProgramKind = 'compiles' | 'why' | 'prints' | 'memory-owner' | 'memory-valid' | 'memory-freed-next' | 'next-step';

export const PROGRAM_KINDS: readonly { readonly kind: ProgramKind; readonly label: string; readonly needs: 'any' | 'fails' | 'runs' | 'step' }[] = [
  { kind: 'compiles', label: 'Does it compile?', needs: 'any' },
  { kind: 'why', label: "Why doesn't it compile?", needs: 'fails' },
  { kind: 'prints', label: 'What does it print?', needs: 'runs' },
  { kind: 'memory-valid', label: 'Which variables are still valid here?', needs: 'step' },
  { kind: 'memory-owner', label: 'Who owns the newest heap block here?', needs: 'step' },
  { kind: 'memory-freed-next', label: 'Which heap block is freed next?', needs: 'step' },
  { kind: 'next-step', label: 'What happens at the next step?', needs: 'step' },
];

/** A question about the session's program; `at` (the line and its run shown at the teacher's step) for the memory kinds. */
export function programQuestion(source: string, kind: ProgramKind, at: { line: number; hit: number } | null): Question {
  switch (kind) {
    case 'compiles':
      return compilesQuestion(source);
    case 'why':
      return questionFromProgram(source, 'why', {});
    case 'prints':
      return questionFromProgram(source, 'prints', { mode: 'choice' });
    case 'next-step':
      if (!at) throw new Error('step to a line of the program first');
      return questionFromProgram(source, 'next-step', { at });
    default: {
      if (!at) throw new Error('step to a line of the program first');
      const ask = kind === 'memory-owner' ? 'owner' : kind === 'memory-valid' ? 'valid' : 'freed-next';
      return questionFromProgram(source, 'memory', { ask, at, id: `memory-${ask}-${at.line}-${at.hit}-${hashOf(source)}` });
    }
  }
}

function hashOf(s: string): string {
  let h = 0x811c9dc5;
  for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return (h >>> 0).toString(16);
}

function fits(options: readonly string[]): boolean {
  return options.length >= 1 && options.length <= MAX_OPTIONS && options.every((o) => o.length <= MAX_OPTION_CHARS);
}

/**
 * The classroom question for `q` and its key, under a fresh `id` (a session
 * refuses a question id twice, and a teacher may ask the same one again).
 * Null when the key does not fit the classroom's limits.
 */
export function toLiveQuestion(q: Question, key: AnswerKey, id: string): LiveQuestion | null {
  const text = q.prompt ?? studentView(q, key).prompt;
  const prompt = (extra: Partial<LivePrompt> = {}): LivePrompt => ({ title: q.title, text, source: q.source, ...extra });
  const make = (kind: string, p: LivePrompt, options: readonly string[] | undefined, correct: LiveKey['correct']): LiveQuestion | null => {
    if (options && !fits(options)) return null;
    const answerKey: LiveKey = { correct, explanation: key.explanation };
    return { id, kind, prompt: { ...p } as unknown as Json, ...(options ? { options: [...options] } : {}), answerKey: { ...answerKey } as unknown as Json };
  };
  const indexes = (ids: readonly (string | number)[], all: readonly { id: string | number }[]) => ids.map((c) => all.findIndex((x) => x.id === c)).sort((a, b) => a - b);
  switch (key.kind) {
    case 'compiles': {
      const live = make(COMPILES_KIND, prompt({ text: q.prompt ?? 'Does this program compile? If not, on which line is the first error, and which error is it?', codes: studentView(q, key).codes ?? [] }), [...COMPILES_OPTIONS], key.compiles ? 0 : 1);
      if (!live || key.compiles || !key.firstError) return live;
      const answerKey: LiveKey = { correct: 1, explanation: key.explanation, line: key.firstError.line, code: key.firstError.code };
      return { ...live, answerKey: { ...answerKey } as unknown as Json };
    }
    case 'why':
    case 'prints': {
      if (key.kind === 'prints' && key.correct === null) return null;
      const right = key.choices.findIndex((c) => c.id === key.correct);
      if (right < 0 || key.choices.length < 2) return null;
      return make(LIVE_KIND, prompt(), key.choices.map((c) => c.text), right);
    }
    case 'memory': {
      const targets: LiveTarget[] = key.choices.map((c) => ({ kind: key.ask === 'freed-next' ? 'block' : 'slot', id: c.id }));
      const memory: LiveMemory = { step: key.step, targets, ...(key.block ? { block: key.block.id } : {}) };
      const options = key.choices.map((c) => c.text);
      if (key.ask === 'freed-next') return make(LIVE_KIND, prompt({ memory }), options, indexes(key.correct, key.choices)[0]);
      return make(MULTI_KIND, prompt({ memory }), options, indexes(key.correct, key.choices));
    }
    case 'next-step':
      return make(MULTI_KIND, prompt({ memory: { step: key.step } }), key.choices.map((c) => c.text), indexes(key.correct, key.choices));
    case 'fix':
      return make(FIX_KIND, prompt({ expected: key.stdout }), undefined, null);
  }
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
  const codes = Array.isArray(p.codes) ? (p.codes as unknown as LivePrompt['codes']) : undefined;
  const memory = isRecord(p.memory) && typeof p.memory.step === 'number' ? (p.memory as unknown as LiveMemory) : undefined;
  return {
    title: str(p.title) || 'Question',
    text: str(p.text),
    source: str(p.source),
    ...(memory ? { memory } : {}),
    ...(typeof p.expected === 'string' ? { expected: p.expected } : {}),
    ...(codes ? { codes } : {}),
  };
}

/** The key once a student may see it (after the reveal), or always for the teacher; null if hidden. */
export function keyOf(q: LiveQuestion): LiveKey | null {
  const k = q.answerKey;
  if (typeof k === 'number') return { correct: k, explanation: '' };
  if (!isRecord(k)) return null;
  const explanation = typeof k.explanation === 'string' ? k.explanation : '';
  if (typeof k.correct === 'number' || (Array.isArray(k.correct) && k.correct.every((i) => typeof i === 'number'))) {
    return { correct: k.correct as number | number[], explanation, ...(typeof k.line === 'number' ? { line: k.line } : {}), ...(typeof k.code === 'string' ? { code: k.code } : {}) };
  }
  if (q.kind === FIX_KIND) return { correct: null, explanation };
  return null;
}

export function isFixAttempt(a: Json | null | undefined): a is Json & FixAttempt {
  return isRecord(a ?? null) && typeof (a as { attempt?: unknown }).attempt === 'number' && typeof (a as { fixed?: unknown }).fixed === 'boolean';
}

export type Verdict = 'right' | 'partly' | 'wrong' | 'unanswered';

export function verdictOf(myAnswer: Json | null, key: LiveKey, kind: string = LIVE_KIND): Verdict {
  if (myAnswer === null) return 'unanswered';
  if (kind === FIX_KIND) return isFixAttempt(myAnswer) && myAnswer.fixed ? 'right' : 'wrong';
  if (kind === COMPILES_KIND) {
    if (!isRecord(myAnswer) || typeof myAnswer.compiles !== 'boolean') return 'wrong';
    if (myAnswer.compiles !== (key.correct === 0)) return 'wrong';
    if (key.correct === 0) return 'right';
    const lineOk = myAnswer.line === key.line;
    const codeOk = myAnswer.code === key.code;
    return lineOk && codeOk ? 'right' : 'partly';
  }
  if (Array.isArray(key.correct)) {
    const picked = Array.isArray(myAnswer) ? (myAnswer as number[]) : [];
    const right = key.correct as readonly number[];
    if (picked.length === right.length && picked.every((p) => right.includes(p))) return 'right';
    return picked.some((p) => right.includes(p)) ? 'partly' : 'wrong';
  }
  return myAnswer === key.correct ? 'right' : 'wrong';
}

/** A member's answer in words, as a replay shows "Your answer: …" (options by their text, not by index). */
export function answerText(question: LiveQuestion, answer: Json | null): string | null {
  if (answer === null) return null;
  const options = question.options ?? [];
  const option = (i: unknown) => (typeof i === 'number' ? (options[i] ?? String(i)) : JSON.stringify(i));
  if (question.kind === FIX_KIND && isFixAttempt(answer)) {
    return `attempt ${answer.attempt}: ${answer.fixed ? 'fixed' : answer.compiles ? 'compiles, prints something else' : 'does not compile'}`;
  }
  if (question.kind === COMPILES_KIND && isRecord(answer) && typeof answer.compiles === 'boolean') {
    if (answer.compiles) return 'it compiles';
    return `it does not compile${typeof answer.line === 'number' ? `: line ${answer.line}` : ''}${typeof answer.code === 'string' && answer.code ? `, ${answer.code}` : ''}`;
  }
  if (Array.isArray(answer)) return answer.map(option).join(', ');
  return option(answer);
}

export interface Bar {
  readonly index: number;
  readonly option: string;
  readonly count: number;
  readonly correct: boolean;
}

export const FIX_BARS = ['Fixed', 'Compiles, prints something else', 'Still does not compile'] as const;

/**
 * One bar per option, in the options' order (tallies come keyed by the
 * answer's canonical JSON). Several-option answers count once for each
 * option picked; fix attempts count by their outcome.
 */
export function histogram(options: readonly string[], tallies: readonly Tally[], key: LiveKey | null, kind: string = LIVE_KIND): Bar[] {
  // Compiles: "yes", "no" where and as rustc says, and "no" elsewhere or with another error.
  const fails = kind === COMPILES_KIND && key?.correct === 1 && key.line !== undefined;
  const counts = new Map<number, number>();
  const add = (i: number, n: number) => counts.set(i, (counts.get(i) ?? 0) + n);
  for (const t of tallies) {
    let a: unknown;
    try {
      a = JSON.parse(t.answer);
    } catch {
      continue;
    }
    if (kind === FIX_KIND) {
      if (isFixAttempt(a as Json)) add((a as FixAttempt).fixed ? 0 : (a as FixAttempt).compiles ? 1 : 2, t.count);
    } else if (kind === COMPILES_KIND) {
      const c = a as { compiles?: unknown; line?: unknown; code?: unknown } | null;
      if (c && typeof c === 'object') add(c.compiles === true ? 0 : !fails || (c.line === key!.line && c.code === key!.code) ? 1 : 2, t.count);
    } else if (Array.isArray(a)) for (const i of a) add(i as number, t.count);
    else if (typeof a === 'number') add(a, t.count);
  }
  const labels = kind === FIX_KIND ? FIX_BARS : fails ? [options[0] ?? COMPILES_OPTIONS[0], `No: line ${key!.line}, ${key!.code}`, 'No, but another line or error'] : kind === COMPILES_KIND ? options.slice(0, 2) : options;
  const isRight = (i: number) => (kind === FIX_KIND ? i === 0 : fails ? i === 1 : Array.isArray(key?.correct) ? (key.correct as readonly number[]).includes(i) : key?.correct === i);
  return labels.map((option, index) => ({ index, option, count: counts.get(index) ?? 0, correct: isRight(index) }));
}

export { talliesOf } from './tallies';

/** Can this answer be sent: a compiles "no" needs its line and code. */
export function isComplete(kind: string, answer: Json | null): boolean {
  if (answer === null) return false;
  if (kind !== COMPILES_KIND) return true;
  if (!isRecord(answer)) return false;
  return answer.compiles === true || (typeof answer.line === 'number' && answer.line >= 1 && typeof answer.code === 'string' && answer.code !== '');
}
