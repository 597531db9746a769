// Typed errors, so the server can tell a student's malformed submission (400)
// from a question the engine cannot answer (the teacher must fix the question).

export type QuizErrorReason =
  /** The question data does not match its schema. */
  | 'invalid-question'
  /** The answer does not match the schema, belongs to another kind, or names an id that is not a choice. */
  | 'malformed-answer'
  /** The engine cannot compute a key: program outside the supported subset, wrong verdict for the kind, step not found, … */
  | 'no-key';

export class QuizError extends Error {
  constructor(
    readonly reason: QuizErrorReason,
    message: string,
  ) {
    super(message);
    this.name = 'QuizError';
  }
}

export class InvalidQuestionError extends QuizError {
  constructor(message: string) {
    super('invalid-question', message);
    this.name = 'InvalidQuestionError';
  }
}

export class MalformedAnswerError extends QuizError {
  constructor(message: string) {
    super('malformed-answer', message);
    this.name = 'MalformedAnswerError';
  }
}

export class NoKeyError extends QuizError {
  constructor(message: string) {
    super('no-key', message);
    this.name = 'NoKeyError';
  }
}
