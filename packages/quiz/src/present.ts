// What a student's screen gets: the question and its choices, without the
// answer or the explanation (those arrive with the grade).
import { ERROR_CODE_LIST, codeLabel } from './codes.js';
import type { QuestionKind } from './concepts.js';
import type { AnswerKey, Choice, MemoryChoice, Question } from './schema.js';

export const DEFAULT_PROMPTS: Record<QuestionKind, string> = {
  compiles: 'Does this program compile? If not, on which line is the first error, and which error is it?',
  prints: 'What does this program print?',
  memory: 'Answer by clicking in the memory diagram.',
  why: 'Why does rustc reject this program? Pick the reason for its first error.',
  'next-step': 'Which of these happen in memory at the next step? Pick all that do.',
  fix: 'Change the program so that it compiles and prints what the original was meant to print.',
};

const MEMORY_PROMPTS = {
  owner: 'Click the stack slot(s) that own the highlighted heap block.',
  valid: 'Click every variable that can still be used here.',
  'freed-next': 'Click the heap block that is freed next.',
} as const;

export interface StudentView {
  readonly id: string;
  readonly kind: QuestionKind;
  readonly title: string;
  readonly prompt: string;
  readonly source: string;
  /** 'compiles': every code quizzes know, so the list gives nothing away. */
  readonly codes?: readonly Choice[];
  readonly choices?: readonly Choice[];
  /** 'memory' and 'next-step': the step whose memory is shown. */
  readonly step?: number;
  readonly memoryChoices?: readonly MemoryChoice[];
  /** 'memory' owner: the block to highlight. */
  readonly block?: MemoryChoice;
  readonly mode?: 'choice' | 'text';
}

export function studentView(question: Question, key: AnswerKey): StudentView {
  const base = { id: question.id, kind: question.kind, title: question.title, source: question.source };
  const prompt = question.prompt ?? (key.kind === 'memory' ? MEMORY_PROMPTS[key.ask] : DEFAULT_PROMPTS[question.kind]);
  switch (key.kind) {
    case 'compiles':
      return { ...base, prompt, codes: ERROR_CODE_LIST.map((c) => ({ id: c, text: codeLabel(c) })) };
    case 'prints':
      return { ...base, prompt, mode: question.kind === 'prints' ? question.mode : 'text', ...(key.choices.length ? { choices: key.choices } : {}) };
    case 'memory':
      return { ...base, prompt, step: key.step, memoryChoices: key.choices, ...(key.block ? { block: key.block } : {}) };
    case 'why':
      return { ...base, prompt, choices: key.choices };
    case 'next-step':
      return { ...base, prompt, step: key.step, choices: key.choices };
    case 'fix':
      return { ...base, prompt };
  }
}
