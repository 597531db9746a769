// The vocabulary questions are tagged with. Teachers filter the bank by
// concept and difficulty, so both are closed sets checked by the schemas.
import { z } from 'zod';

export const CONCEPTS = [
  'move',
  'copy',
  'borrow',
  'mutable-borrow',
  'nll',
  'lifetimes',
  'drop-order',
  'box',
  'vec-realloc',
  'rc-refcell',
  'closures',
] as const;

export const Concept = z.enum(CONCEPTS);
export type Concept = z.infer<typeof Concept>;

/** 1: first week; 2: needs the rule stated precisely; 3: the rule's corner cases. */
export const Difficulty = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export type Difficulty = z.infer<typeof Difficulty>;

export const QUESTION_KINDS = ['compiles', 'prints', 'memory', 'why', 'next-step', 'fix'] as const;
export const QuestionKind = z.enum(QUESTION_KINDS);
export type QuestionKind = z.infer<typeof QuestionKind>;
