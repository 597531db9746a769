// The classroom's vocabulary: who acts (actors), what they ask (commands),
// what happened (events), and what we know (state). Everything here is plain
// JSON-serializable data so events can be stored, sent and replayed as they are.

export type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

export type Role = 'teacher' | 'student';

/** The teacher's member id: there is exactly one teacher per session. */
export const TEACHER_ID = 'teacher';

export interface Actor {
  readonly role: Role;
  readonly memberId: string;
}

/** A diagnostic of a run, as much as the classroom needs to show it. */
export interface RunDiagnostic {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly col: number;
}

/** Question kinds the domain checks answers of: an option index, or a set of them (sorted, no repeats). */
export const CHOICE_KIND = 'choice';
export const MULTI_KIND = 'multi';
/**
 * "Does it compile? If not, where and which error?": `{ compiles: true }` or
 * `{ compiles: false, line, code }`; the key adds `line` and `code` to the option index.
 */
export const COMPILES_KIND = 'compiles';
/** A fix attempt: `{ attempt, compiles, fixed, source }`, attempts numbered 1, 2, … by the student. */
export const FIX_KIND = 'fix';

/**
 * A quiz question, generic on purpose: `kind` says how to read `prompt`,
 * `options` and `answerKey`; later question kinds (graded by the engine) only
 * add kinds, not fields. `answerKey` is for the teacher until the reveal.
 */
export interface Question {
  readonly id: string;
  readonly kind: string;
  readonly prompt: Json;
  /** Choices for multiple-choice kinds: an answer is then an index into them. */
  readonly options?: readonly string[];
  readonly answerKey?: Json;
}

// ---- Commands -------------------------------------------------------------

export type CommandBody =
  | { readonly type: 'CreateSession'; readonly sessionId: string; readonly joinCode: string; readonly title: string; readonly teacherKeyHash: string }
  | { readonly type: 'Join'; readonly memberId: string; readonly nickname: string; readonly keyHash: string }
  | { readonly type: 'Leave' }
  /** Issued by the server when a member's first connection opens or last one closes. */
  | { readonly type: 'SetPresence'; readonly online: boolean }
  /** A student follows the teacher's step (true) or browses on their own (false). */
  | { readonly type: 'Follow'; readonly following: boolean }
  | { readonly type: 'SetProgram'; readonly source: string; readonly sourceHash: string }
  /** The server ran the current program; its trace is stored under (sourceHash, engineVersion). */
  | {
      readonly type: 'RecordRun';
      readonly sourceHash: string;
      readonly engineVersion: string;
      readonly ok: boolean;
      readonly steps: number;
      readonly diagnostics: readonly RunDiagnostic[];
    }
  | { readonly type: 'StepTo'; readonly step: number }
  /** `seconds`: an optional countdown; answers are refused once it is over. */
  | { readonly type: 'OpenQuiz'; readonly question: Question; readonly seconds?: number }
  | { readonly type: 'Answer'; readonly questionId: string; readonly answer: Json }
  | { readonly type: 'CloseQuiz'; readonly questionId: string }
  | { readonly type: 'RevealQuiz'; readonly questionId: string }
  | { readonly type: 'GivePen'; readonly memberId: string }
  | { readonly type: 'TakePen' }
  | { readonly type: 'EndSession' }
  /**
   * Turns on read-only sharing of the recording with a new token (a token
   * already on stops working); allowed after the end, when replays are watched.
   */
  | { readonly type: 'EnableShare'; readonly tokenHash: string }
  | { readonly type: 'DisableShare' };

/** A command: what is asked, by whom, and when (the clock is read at the edge, never in decide). */
export type Command = CommandBody & { readonly by: Actor; readonly at: number };
export type CommandType = CommandBody['type'];

// ---- Events ---------------------------------------------------------------

export type EventBody =
  | { readonly type: 'SessionCreated'; readonly sessionId: string; readonly joinCode: string; readonly title: string; readonly teacherKeyHash: string }
  | { readonly type: 'StudentJoined'; readonly memberId: string; readonly nickname: string; readonly keyHash: string }
  | { readonly type: 'StudentLeft'; readonly memberId: string }
  | { readonly type: 'PresenceChanged'; readonly memberId: string; readonly online: boolean }
  | { readonly type: 'FollowChanged'; readonly memberId: string; readonly following: boolean }
  | { readonly type: 'ProgramSet'; readonly source: string; readonly sourceHash: string }
  | {
      readonly type: 'ProgramRan';
      readonly sourceHash: string;
      readonly engineVersion: string;
      readonly ok: boolean;
      readonly steps: number;
      readonly diagnostics: readonly RunDiagnostic[];
    }
  | { readonly type: 'StepChanged'; readonly step: number }
  /** `closesAt` (the events' clock, ms): the end of the countdown, when the teacher set one. */
  | { readonly type: 'QuizOpened'; readonly question: Question; readonly closesAt?: number }
  | { readonly type: 'AnswerGiven'; readonly questionId: string; readonly memberId: string; readonly answer: Json }
  | { readonly type: 'QuizClosed'; readonly questionId: string }
  | { readonly type: 'QuizRevealed'; readonly questionId: string }
  | { readonly type: 'PenGiven'; readonly memberId: string }
  | { readonly type: 'PenTaken'; readonly memberId: string }
  | { readonly type: 'SessionEnded' }
  /** Only the token's hash is stored, as for keys. */
  | { readonly type: 'ShareEnabled'; readonly tokenHash: string }
  | { readonly type: 'ShareDisabled' };

export type SessionEvent = EventBody & { readonly at: number };
export type SessionEventType = EventBody['type'];
export type EventOfType<T extends SessionEventType> = Extract<SessionEvent, { type: T }>;

// ---- State ----------------------------------------------------------------

export interface Member {
  readonly memberId: string;
  readonly nickname: string;
  readonly keyHash: string;
  readonly online: boolean;
  readonly following: boolean;
  readonly joinedAt: number;
}

export type QuizStatus = 'open' | 'closed' | 'revealed';

export interface Quiz {
  readonly question: Question;
  readonly status: QuizStatus;
  /** memberId → the member's latest answer (answers can change until close). */
  readonly answers: ReadonlyMap<string, Json>;
  /** End of the countdown (ms, the events' clock), or null without one. */
  readonly closesAt: number | null;
}

export interface RunInfo {
  readonly sourceHash: string;
  readonly engineVersion: string;
  readonly ok: boolean;
  readonly steps: number;
  readonly diagnostics: readonly RunDiagnostic[];
}

export interface SessionState {
  readonly status: 'none' | 'live' | 'ended';
  /** Number of events folded so far: the stream version this state is at. */
  readonly version: number;
  readonly sessionId: string;
  readonly joinCode: string;
  readonly title: string;
  readonly teacherKeyHash: string;
  readonly createdAt: number;
  /** Current students (those who left are removed). */
  readonly members: ReadonlyMap<string, Member>;
  readonly program: { readonly source: string; readonly sourceHash: string } | null;
  /** The last run, if it ran the current program. */
  readonly run: RunInfo | null;
  readonly step: number;
  readonly quizzes: ReadonlyMap<string, Quiz>;
  /** Question ids in the order they were opened. */
  readonly quizOrder: readonly string[];
  readonly openQuizId: string | null;
  /** Student holding the editor pen; null when the teacher alone writes. */
  readonly pen: string | null;
  /** Hash of the read-only share token of the recording; null while sharing is off. */
  readonly shareTokenHash: string | null;
}
