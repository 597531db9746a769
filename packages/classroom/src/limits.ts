// Size limits shared by the API (validation) and the domain (invariants).

export const MAX_SOURCE_BYTES = 256 * 1024;
export const MAX_NICKNAME_CHARS = 32;
export const MAX_TITLE_CHARS = 120;
export const MAX_STUDENTS = 2000;
export const MAX_QUIZZES = 500;
export const MAX_OPTIONS = 16;
export const MAX_OPTION_CHARS = 500;
/** Serialized size of a prompt, answer key or answer. */
export const MAX_JSON_BYTES = 16 * 1024;
export const MAX_ID_CHARS = 64;
export const MAX_DIAGNOSTICS = 200;
/** A quiz countdown, in seconds. */
export const MIN_QUIZ_SECONDS = 5;
export const MAX_QUIZ_SECONDS = 3600;
