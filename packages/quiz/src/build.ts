// One call from a program to a question: what the teacher's "make a quiz of
// this" button does. Only the question is built here; its key comes from
// `computeAnswerKey`, so the same program gets the same key however it was made.
import type { Concept, QuestionKind } from './concepts.js';
import { InvalidQuestionError } from './errors.js';
import { Question, type QuestionInput, type QuestionOf } from './schema.js';

type InputOf<K extends QuestionKind> = Extract<QuestionInput, { kind: K }>;
type Common = 'kind' | 'source' | 'id' | 'title' | 'tags' | 'difficulty';

/** The kind's own fields (at, ask, mode, reference, …) plus optional overrides of the common ones. */
export type ProgramOptions<K extends QuestionKind> = Omit<InputOf<K>, Common> & Partial<Pick<InputOf<K>, 'id' | 'title' | 'tags' | 'difficulty'>>;

export const DEFAULT_TITLES: Record<QuestionKind, string> = {
  compiles: 'Does it compile?',
  prints: 'What does it print?',
  memory: 'Memory at this step',
  why: "Why doesn't it compile?",
  'next-step': 'What happens next?',
  fix: 'Fix it',
};

/** Rough concept tags from the source, so a quick question is findable; teachers can pass their own. */
export function guessConcepts(source: string): Concept[] {
  const tags: Concept[] = [];
  const has = (re: RegExp) => re.test(source);
  if (has(/\bRc::|\bRefCell\b/)) tags.push('rc-refcell');
  if (has(/\bBox::new\b/)) tags.push('box');
  if (has(/\bimpl\s+Drop\b|\bdrop\(/)) tags.push('drop-order');
  if (has(/\|[^|]*\|\s*[^|]/) && has(/\bmove\s*\||let\s+\w+\s*=\s*\|/)) tags.push('closures');
  if (has(/'[a-z]\w*\b(?!')/)) tags.push('lifetimes');
  if (has(/&mut\b/)) tags.push('mutable-borrow');
  if (has(/&(?!mut\b)\w/)) tags.push('borrow');
  if (has(/\.push\(/) && has(/\bVec\b|vec!/)) tags.push('vec-realloc');
  if (tags.length === 0) tags.push('move');
  return tags;
}

function idFor(source: string, kind: QuestionKind): string {
  let h = 0x811c9dc5;
  for (const c of `${kind}\n${source}`) h = Math.imul(h ^ c.charCodeAt(0), 0x01000193);
  return `${kind}-${(h >>> 0).toString(16).padStart(8, '0')}`;
}

export function questionFromProgram<K extends QuestionKind>(source: string, kind: K, options: ProgramOptions<K>): QuestionOf<K> {
  const input = {
    id: idFor(source, kind),
    title: DEFAULT_TITLES[kind],
    tags: guessConcepts(source),
    difficulty: 1,
    ...options,
    kind,
    source,
  };
  const parsed = Question.safeParse(input);
  if (!parsed.success) throw new InvalidQuestionError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data as QuestionOf<K>;
}
