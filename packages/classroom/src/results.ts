// The session's quiz results as CSV, for the teacher: one row per student and
// question, in the order the questions were asked. Correctness is read from
// the shapes of answer keys the classroom knows: an option index (`choice`),
// a sorted set of indexes (`multi`), or a fix attempt that says it was fixed.

import { canonicalJson } from './decide.js';
import type { Json, Question, SessionState } from './types.js';
import { COMPILES_KIND, MULTI_KIND } from './types.js';

export const RESULTS_COLUMNS = ['question', 'question_id', 'kind', 'title', 'student', 'answer', 'correct', 'attempts', 'status'] as const;

function isRecord(v: Json | undefined): v is { readonly [k: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function titleOf(q: Question): string {
  if (typeof q.prompt === 'string') return q.prompt;
  if (isRecord(q.prompt) && typeof q.prompt.title === 'string') return q.prompt.title;
  return q.id;
}

/** The right answer in the key: an index, a sorted list of indexes, or undefined when the key says nothing the domain reads. */
function correctOf(q: Question): number | readonly number[] | undefined {
  const k = q.answerKey;
  if (typeof k === 'number') return k;
  if (isRecord(k) && (typeof k.correct === 'number' || Array.isArray(k.correct))) return k.correct as number | readonly number[];
  return undefined;
}

/** true / false, or null when it cannot be told (a key of an unknown shape). */
export function isCorrect(q: Question, answer: Json): boolean | null {
  if (q.kind === 'fix') return isRecord(answer) && answer.fixed === true;
  if (q.kind === COMPILES_KIND) {
    const k = q.answerKey;
    if (!isRecord(k) || typeof k.correct !== 'number' || !isRecord(answer)) return null;
    if (answer.compiles !== (k.correct === 0)) return false;
    return k.correct === 0 || (answer.line === k.line && answer.code === k.code);
  }
  const right = correctOf(q);
  if (right === undefined) return null;
  if (q.kind === MULTI_KIND || Array.isArray(right)) return Array.isArray(right) && canonicalJson(answer) === canonicalJson([...right].sort((a, b) => a - b));
  return answer === right;
}

function answerText(q: Question, answer: Json): string {
  const option = (i: Json) => (typeof i === 'number' && q.options?.[i] !== undefined ? q.options[i] : canonicalJson(i));
  if (q.kind === 'fix' && isRecord(answer)) return answer.fixed === true ? 'fixed' : answer.compiles === true ? 'compiles, other output' : 'does not compile';
  if (q.kind === COMPILES_KIND && isRecord(answer)) return answer.compiles === true ? 'compiles' : `does not compile: line ${String(answer.line)}, ${String(answer.code)}`;
  if (Array.isArray(answer)) return answer.map(option).join(' | ');
  return option(answer);
}

/** A spreadsheet cell: quoted when needed, and never read as a formula (a nickname may start with "="). */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function resultsCsv(state: SessionState): string {
  const rows: (string | number)[][] = [[...RESULTS_COLUMNS]];
  const nick = (id: string) => state.members.get(id)?.nickname ?? id;
  state.quizOrder.forEach((id, n) => {
    const quiz = state.quizzes.get(id);
    if (!quiz) return;
    const q = quiz.question;
    const answers = [...quiz.answers].sort(([a], [b]) => nick(a).localeCompare(nick(b)));
    for (const [memberId, answer] of answers) {
      const correct = isCorrect(q, answer);
      const attempts = q.kind === 'fix' && isRecord(answer) && typeof answer.attempt === 'number' ? answer.attempt : '';
      rows.push([n + 1, q.id, q.kind, titleOf(q), nick(memberId), answerText(q, answer), correct === null ? '' : correct ? 'yes' : 'no', attempts, quiz.status]);
    }
  });
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
