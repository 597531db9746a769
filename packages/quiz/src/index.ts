// Public API of @memviz/quiz: question kinds and their schemas, engine-made
// answer keys, pure grading, one-call questions from a program, the bank format.
export * from './concepts.js';
export * from './codes.js';
export * from './errors.js';
export * from './schema.js';
export { normalizeOutput, sameOutput, lineScore } from './output.js';
export { computeAnswerKey, runFixAttempt } from './keys.js';
export { grade, FIX_ATTEMPT_PENALTY, FIX_MIN_SCORE, FIX_COMPILES_ONLY_SCORE } from './grade.js';
export { questionFromProgram, guessConcepts, DEFAULT_TITLES, type ProgramOptions } from './build.js';
export { studentView, DEFAULT_PROMPTS, type StudentView } from './present.js';
export { parseBankFile } from './bank.js';
export { reasonFacts, permissionsBefore, explainError } from './diagnostic.js';
export { atOfStep } from './memory.js';
