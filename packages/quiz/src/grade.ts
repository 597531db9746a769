// Grading: pure, from the question, its engine-computed key and the student's
// answer. Anything the student sends is validated first; a malformed answer
// (wrong shape, another kind, an id that was never offered) is a
// MalformedAnswerError, never a zero, so a client bug cannot pass for a
// wrong answer.
import { codeLabel } from './codes.js';
import { MalformedAnswerError, QuizError } from './errors.js';
import { lineScore, normalizeOutput, sameOutput } from './output.js';
import { ANSWER_SCHEMAS, type AnswerKey, type AnswerOf, type Choice, type Grade, type KeyOf, type MemoryChoice, type Question } from './schema.js';

/** A fix counts fully on the first attempt and loses this much per extra attempt… */
export const FIX_ATTEMPT_PENALTY = 0.1;
/** …down to this floor: a correct fix is always worth more than a wrong one. */
export const FIX_MIN_SCORE = 0.5;
/** A fix that compiles but prints something else (often: the offending line deleted). */
export const FIX_COMPILES_ONLY_SCORE = 0.25;

export function grade(question: Question, key: AnswerKey, answer: unknown): Grade {
  if (key.kind !== question.kind || key.questionId !== question.id) {
    throw new QuizError('invalid-question', `the key is for ${key.kind} question ${key.questionId}, not ${question.kind} question ${question.id}`);
  }
  const parsed = ANSWER_SCHEMAS[question.kind].safeParse(answer);
  if (!parsed.success) {
    throw new MalformedAnswerError(`answer to ${question.kind} question ${question.id}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'answer'}: ${i.message}`).join('; ')}`);
  }
  switch (question.kind) {
    case 'compiles':
      return gradeCompiles(key as KeyOf<'compiles'>, parsed.data as AnswerOf<'compiles'>);
    case 'prints':
      return gradePrints(question.mode, key as KeyOf<'prints'>, parsed.data as AnswerOf<'prints'>);
    case 'memory':
      return gradeMemory(key as KeyOf<'memory'>, parsed.data as AnswerOf<'memory'>);
    case 'why':
      return gradeWhy(key as KeyOf<'why'>, parsed.data as AnswerOf<'why'>);
    case 'next-step':
      return gradeNextStep(key as KeyOf<'next-step'>, parsed.data as AnswerOf<'next-step'>);
    case 'fix':
      return gradeFix(key as KeyOf<'fix'>, parsed.data as AnswerOf<'fix'>);
  }
}

function result(score: number, feedback: string, explanation: string): Grade {
  const correct = score === 1;
  return { correct, score, feedback: correct ? feedback : `${feedback}\n\n${explanation}` };
}

function gradeCompiles(key: KeyOf<'compiles'>, a: AnswerOf<'compiles'>): Grade {
  if (key.compiles || !key.firstError) {
    return a.compiles ? result(1, 'Right: it compiles.', key.explanation) : result(0, `It compiles: there is no error on line ${a.line}.`, key.explanation);
  }
  const e = key.firstError;
  if (a.compiles) return result(0, `It does not compile: ${codeLabel(e.code)} on line ${e.line}.`, key.explanation);
  // One third each for the verdict, the line and the code.
  const lineOk = a.line === e.line;
  const codeOk = a.code === e.code;
  const score = (1 + Number(lineOk) + Number(codeOk)) / 3;
  if (lineOk && codeOk) return result(1, `Right: ${codeLabel(e.code)} on line ${e.line}.`, key.explanation);
  const wrong = [!lineOk && `the first error is on line ${e.line}, not ${a.line}`, !codeOk && `it is ${codeLabel(e.code)}, not ${codeLabel(a.code!)}`].filter(Boolean);
  return result(score, `Right that it does not compile, but ${wrong.join(', and ')}.`, key.explanation);
}

function choiceIds(choices: readonly (Choice | MemoryChoice)[]): Set<string | number> {
  return new Set(choices.map((c) => c.id));
}

function requireChoice<T extends string | number>(id: T, offered: Set<string | number>, what: string): T {
  if (!offered.has(id)) throw new MalformedAnswerError(`${what} ${JSON.stringify(id)} was not one of the choices`);
  return id;
}

function gradePrints(mode: 'choice' | 'text', key: KeyOf<'prints'>, a: AnswerOf<'prints'>): Grade {
  if (mode === 'choice') {
    if (a.choice === undefined) throw new MalformedAnswerError('this question is multiple choice: answer with a choice');
    requireChoice(a.choice, choiceIds(key.choices), 'choice');
    return a.choice === key.correct ? result(1, 'Right.', key.explanation) : result(0, 'Not this output.', key.explanation);
  }
  if (a.text === undefined) throw new MalformedAnswerError('this question asks for the output as text');
  if (sameOutput(a.text, key.stdout)) return result(1, 'Right: exactly the output.', key.explanation);
  return result(lineScore(key.stdout, a.text), firstDifference(key.stdout, a.text), key.explanation);
}

function firstDifference(expected: string, actual: string): string {
  const want = normalizeOutput(expected).split('\n');
  const got = normalizeOutput(actual).split('\n');
  for (let i = 0; i < Math.max(want.length, got.length); i++) {
    if (want[i] === got[i]) continue;
    if (want[i] === undefined) return `The output has only ${want.length} line(s); yours continues with ${JSON.stringify(got[i])}.`;
    if (got[i] === undefined) return `Line ${i + 1} is missing: ${JSON.stringify(want[i])}.`;
    return `Line ${i + 1} is ${JSON.stringify(want[i])}, not ${JSON.stringify(got[i])}.`;
  }
  return 'Not exactly the output.';
}

/** Set answers: |right ∩ given| / |right ∪ given|, so every missed or extra pick costs. */
function jaccard<T>(right: readonly T[], given: readonly T[]): number {
  const r = new Set(right);
  const g = new Set(given);
  const union = new Set([...r, ...g]);
  if (union.size === 0) return 1;
  return [...g].filter((x) => r.has(x)).length / union.size;
}

function gradeMemory(key: KeyOf<'memory'>, a: AnswerOf<'memory'>): Grade {
  const offered = choiceIds(key.choices);
  const name = (id: number) => key.choices.find((c) => c.id === id)?.text ?? String(id);
  if (key.ask === 'freed-next') {
    if (a.block === undefined) throw new MalformedAnswerError('this question asks for one heap block');
    requireChoice(a.block, offered, 'block');
    return a.block === key.correct[0] ? result(1, `Right: ${name(a.block)} is freed next.`, key.explanation) : result(0, `${name(a.block)} is not the next block freed.`, key.explanation);
  }
  if (a.slots === undefined) throw new MalformedAnswerError('this question asks for stack slots');
  for (const id of a.slots) requireChoice(id, offered, 'slot');
  const score = jaccard(key.correct, a.slots);
  const missed = key.correct.filter((id) => !a.slots!.includes(id)).map(name);
  const extra = a.slots.filter((id) => !key.correct.includes(id)).map(name);
  if (score === 1) return result(1, 'Right.', key.explanation);
  const parts = [missed.length && `missed: ${missed.join(', ')}`, extra.length && `not right: ${extra.join(', ')}`].filter(Boolean);
  return result(score, `Partly: ${parts.join('; ')}.`, key.explanation);
}

function gradeWhy(key: KeyOf<'why'>, a: AnswerOf<'why'>): Grade {
  requireChoice(a.choice, choiceIds(key.choices), 'choice');
  return a.choice === key.correct ? result(1, 'Right.', key.explanation) : result(0, 'Not the reason for the first error.', key.explanation);
}

function gradeNextStep(key: KeyOf<'next-step'>, a: AnswerOf<'next-step'>): Grade {
  const offered = choiceIds(key.choices);
  for (const id of a.choices) requireChoice(id, offered, 'choice');
  const score = jaccard(key.correct, a.choices);
  return result(score, score === 1 ? 'Right.' : score > 0 ? 'Partly right.' : 'No.', key.explanation);
}

function gradeFix(key: KeyOf<'fix'>, a: AnswerOf<'fix'>): Grade {
  const run = a.run;
  if (!run.compiles) {
    const e = run.firstError;
    return result(0, `Attempt ${a.attempt}: it still does not compile${e ? `: line ${e.line}: ${e.message}` : ''}.`, key.explanation);
  }
  if (run.stdout === null || !sameOutput(run.stdout, key.stdout)) {
    return result(FIX_COMPILES_ONLY_SCORE, `Attempt ${a.attempt}: it compiles now, but prints something else. ${firstDifference(key.stdout, run.stdout ?? '')}`, key.explanation);
  }
  const score = Math.max(FIX_MIN_SCORE, 1 - FIX_ATTEMPT_PENALTY * (a.attempt - 1));
  // Fixed is fixed: `correct` does not depend on how many attempts it took, only the score does.
  return { correct: true, score, feedback: `Fixed on attempt ${a.attempt}: it compiles and prints the expected output.` };
}
