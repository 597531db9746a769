// Questions and answers: zod schemas for everything that crosses a boundary
// (bank files, the teacher's editor, a student's submission), and the types of
// answer keys and grades, which only the engine and `grade` produce.
import { z } from 'zod';
import { Concept, Difficulty } from './concepts.js';
import { ErrorCodeSchema, type ErrorCode } from './codes.js';

// ---------------------------------------------------------------- questions

/**
 * A point in the run (loops visit a line many times, `hit` picks one). Memory
 * questions: memory right after the `hit`-th run of `line` completed, calls it
 * makes included. Next-step questions: the `hit`-th step highlighting `line`.
 */
export const At = z.strictObject({
  line: z.int().min(1),
  hit: z.int().min(1).default(1),
});
export type At = z.infer<typeof At>;

const base = {
  /** Stable, URL-safe: the bank file's name. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
  title: z.string().min(1),
  /** What the student is asked; each kind has a default. */
  prompt: z.string().min(1).optional(),
  /** The Rust program, line 1 first: every line number in a question or key refers to it. */
  source: z.string().min(1),
  tags: z.array(Concept).min(1),
  difficulty: Difficulty,
};

export const CompilesQuestion = z.strictObject({ ...base, kind: z.literal('compiles') });

export const PrintsQuestion = z.strictObject({
  ...base,
  kind: z.literal('prints'),
  /** 'choice': pick among the engine's output and wrong outputs; 'text': type it, compared by `sameOutput`. */
  mode: z.enum(['choice', 'text']),
  /** Wrong outputs a teacher expects students to believe (e.g. drops in declaration order). Never the key. */
  distractors: z.array(z.string()).default([]),
});

export const MemoryQuestion = z.strictObject({
  ...base,
  kind: z.literal('memory'),
  /**
   * 'owner': click the stack slot(s) that own a heap block; 'valid': click every
   * variable that can still be used; 'freed-next': click the heap block freed next.
   */
  ask: z.enum(['owner', 'valid', 'freed-next']),
  at: At,
  /** For 'owner': the block allocated on this line (the latest allocation there, live at `at`). Default: the newest live block. */
  blockAllocatedOn: z.int().min(1).optional(),
});

export const WhyQuestion = z.strictObject({ ...base, kind: z.literal('why') });

export const NextStepQuestion = z.strictObject({ ...base, kind: z.literal('next-step'), at: At });

export const FixQuestion = z.strictObject({
  ...base,
  kind: z.literal('fix'),
  /** A fixed version written by the teacher: the engine runs it to get the expected output. Never shown to students. */
  reference: z.string().min(1),
});

export const Question = z.discriminatedUnion('kind', [CompilesQuestion, PrintsQuestion, MemoryQuestion, WhyQuestion, NextStepQuestion, FixQuestion]);
export type Question = z.infer<typeof Question>;
export type QuestionOf<K extends Question['kind']> = Extract<Question, { kind: K }>;
/** What a teacher or a bank file writes: defaults (hit, distractors) may be left out. */
export type QuestionInput = z.input<typeof Question>;

// ---------------------------------------------------------------- answers

export const CompilesAnswer = z
  .strictObject({
    kind: z.literal('compiles'),
    compiles: z.boolean(),
    /** Required when `compiles` is false: the first error's line and code. */
    line: z.int().min(1).optional(),
    code: ErrorCodeSchema.optional(),
  })
  .refine((a) => a.compiles || (a.line !== undefined && a.code !== undefined), 'a "does not compile" answer needs the line and the code');

export const PrintsAnswer = z
  .strictObject({ kind: z.literal('prints'), choice: z.string().optional(), text: z.string().optional() })
  .refine((a) => (a.choice === undefined) !== (a.text === undefined), 'give either a choice or a text');

export const MemoryAnswer = z
  .strictObject({
    kind: z.literal('memory'),
    /** 'owner' and 'valid': the slot ids clicked. */
    slots: z.array(z.int().min(0)).optional(),
    /** 'freed-next': the block id clicked. */
    block: z.int().min(0).optional(),
  })
  .refine((a) => (a.slots === undefined) !== (a.block === undefined), 'give either slots or a block');

export const WhyAnswer = z.strictObject({ kind: z.literal('why'), choice: z.string() });

export const NextStepAnswer = z.strictObject({ kind: z.literal('next-step'), choices: z.array(z.string()) });

/** The engine's verdict on a student's edited program, produced by `runFixAttempt`. */
export const FixRun = z.strictObject({
  source: z.string(),
  compiles: z.boolean(),
  firstError: z.strictObject({ code: z.string().nullable(), line: z.int(), message: z.string() }).nullable(),
  /** Null when it does not compile. */
  stdout: z.string().nullable(),
});
export type FixRun = z.infer<typeof FixRun>;

export const FixAnswer = z.strictObject({
  kind: z.literal('fix'),
  /** 1 for the first submission. */
  attempt: z.int().min(1),
  run: FixRun,
});

export const Answer = z.union([CompilesAnswer, PrintsAnswer, MemoryAnswer, WhyAnswer, NextStepAnswer, FixAnswer]);
export type Answer = z.infer<typeof Answer>;
export const ANSWER_SCHEMAS = {
  compiles: CompilesAnswer,
  prints: PrintsAnswer,
  memory: MemoryAnswer,
  why: WhyAnswer,
  'next-step': NextStepAnswer,
  fix: FixAnswer,
} as const;
export type AnswerOf<K extends Question['kind']> = z.infer<(typeof ANSWER_SCHEMAS)[K]>;

// ---------------------------------------------------------------- keys (engine-made)

export interface Choice {
  readonly id: string;
  readonly text: string;
}

/** A stack slot or heap block a student can click: ids are the trace's. */
export interface MemoryChoice {
  readonly id: number;
  readonly text: string;
}

export interface FirstError {
  readonly code: ErrorCode;
  readonly line: number;
  readonly col: number;
  readonly message: string;
}

interface KeyBase {
  readonly questionId: string;
  /** Engine version the key was computed with: keys are recomputed when it changes. */
  readonly engineVersion: string;
  /** Shown after grading: rustc's message with its labelled spans and the permissions at the failing line, or what happened. */
  readonly explanation: string;
}

export interface CompilesKey extends KeyBase {
  readonly kind: 'compiles';
  readonly compiles: boolean;
  readonly firstError: FirstError | null;
}

export interface PrintsKey extends KeyBase {
  readonly kind: 'prints';
  readonly stdout: string;
  /** Mode 'choice': the options in display order; `correct` is the id of the engine's output. */
  readonly choices: readonly Choice[];
  readonly correct: string | null;
}

export interface MemoryKey extends KeyBase {
  readonly kind: 'memory';
  readonly ask: 'owner' | 'valid' | 'freed-next';
  /** The step whose memory is shown (resolved from `at`). */
  readonly step: number;
  /** 'owner': the block the question is about (highlighted for the student). */
  readonly block: MemoryChoice | null;
  /** Slots ('owner', 'valid') or blocks ('freed-next') the student can click. */
  readonly choices: readonly MemoryChoice[];
  /** Ids of the right choices (exactly one for 'freed-next'). */
  readonly correct: readonly number[];
}

export interface WhyKey extends KeyBase {
  readonly kind: 'why';
  readonly firstError: FirstError;
  readonly choices: readonly Choice[];
  readonly correct: string;
}

export interface NextStepKey extends KeyBase {
  readonly kind: 'next-step';
  readonly step: number;
  readonly choices: readonly Choice[];
  /** Every change that happens in the next step and is among the choices. */
  readonly correct: readonly string[];
}

export interface FixKey extends KeyBase {
  readonly kind: 'fix';
  /** The error the unfixed program has. */
  readonly firstError: FirstError;
  /** The reference fix's stdout. */
  readonly stdout: string;
}

export type AnswerKey = CompilesKey | PrintsKey | MemoryKey | WhyKey | NextStepKey | FixKey;
export type KeyOf<K extends Question['kind']> = Extract<AnswerKey, { kind: K }>;

export interface Grade {
  readonly correct: boolean;
  /** 0 … 1; partial credit where the kind allows it. */
  readonly score: number;
  readonly feedback: string;
}
