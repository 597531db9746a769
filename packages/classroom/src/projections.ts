// Read models: what each audience may see of a session, computed from state.
// A student's view never contains another student's answer, the tallies or
// the answer key before the reveal; nobody's view contains key or token hashes.

import { canonicalJson } from './decide.js';
import { isSettled } from './evolve.js';
import type { Json, Question, Quiz, QuizStatus, RunInfo, SessionEvent, SessionState } from './types.js';
import { TEACHER_ID } from './types.js';

export type Audience = { readonly role: 'teacher' } | { readonly role: 'student'; readonly memberId: string };

/**
 * A student who is nobody: sees what every student sees of the others. Live
 * fan-out sends it to students for events they did not author, and a shared
 * recording is watched as it.
 */
export const OBSERVER: Audience = { role: 'student', memberId: '\u0000' };

export interface RosterEntry {
  readonly memberId: string;
  readonly nickname: string;
  readonly online: boolean;
  /** Follows the teacher's step (rather than browsing on their own). */
  readonly following: boolean;
  readonly hasPen: boolean;
}

export interface Tally {
  /** The answer as canonical JSON (an option index for multiple-choice kinds). */
  readonly answer: string;
  readonly count: number;
}

export interface QuizView {
  readonly question: Question;
  readonly status: QuizStatus;
  readonly answerCount: number;
  /** Teacher: always. Student: only after the reveal. */
  readonly tallies: readonly Tally[] | null;
  /** Teacher only: every student's answer. */
  readonly answers: Readonly<Record<string, Json>> | null;
  /** Student only: their own answer. */
  readonly myAnswer: Json | null;
  /** End of the countdown (ms, the server's clock), or null without one. */
  readonly closesAt: number | null;
}

export interface SessionView {
  readonly sessionId: string;
  readonly title: string;
  readonly joinCode: string;
  readonly status: SessionState['status'];
  readonly version: number;
  readonly program: SessionState['program'];
  readonly run: RunInfo | null;
  readonly step: number;
  readonly pen: string | null;
  readonly roster: readonly RosterEntry[];
  readonly quizzes: readonly QuizView[];
  readonly you: { readonly role: 'teacher' | 'student'; readonly memberId: string };
}

export function roster(state: SessionState): RosterEntry[] {
  return [...state.members.values()]
    .map((m) => ({ memberId: m.memberId, nickname: m.nickname, online: m.online, following: m.following, hasPen: state.pen === m.memberId }))
    .sort((a, b) => a.nickname.localeCompare(b.nickname));
}

export function tallies(answers: ReadonlyMap<string, Json>): Tally[] {
  const counts = new Map<string, number>();
  for (const answer of answers.values()) {
    const key = canonicalJson(answer);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([answer, count]) => ({ answer, count })).sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer));
}

// A settled quiz never changes, so its tallies and answers are computed once
// and shared (frozen) by every view of every state that holds it: a view of a
// long session costs its quiz count, not every answer ever given.
const tallyCache = new WeakMap<Quiz, readonly Tally[]>();
const answersCache = new WeakMap<Quiz, Readonly<Record<string, Json>>>();

function cached<T extends object>(cache: WeakMap<Quiz, T>, quiz: Quiz, compute: () => T): T {
  if (!isSettled(quiz)) return compute();
  let value = cache.get(quiz);
  if (value === undefined) {
    value = Object.freeze(compute());
    cache.set(quiz, value);
  }
  return value;
}

const quizTallies = (quiz: Quiz): readonly Tally[] => cached(tallyCache, quiz, () => tallies(quiz.answers).map((t) => Object.freeze(t)));
const quizAnswers = (quiz: Quiz): Readonly<Record<string, Json>> => cached(answersCache, quiz, () => Object.fromEntries(quiz.answers));

/** The question as a student may see it: without its answer key until the reveal. */
export function questionFor(question: Question, status: QuizStatus, audience: Audience): Question {
  if (audience.role === 'teacher' || status === 'revealed' || question.answerKey === undefined) return question;
  const { answerKey: _hidden, ...rest } = question;
  return rest;
}

export function viewFor(state: SessionState, audience: Audience): SessionView {
  const teacher = audience.role === 'teacher';
  const quizzes = state.quizOrder.map((id): QuizView => {
    const quiz = state.quizzes.get(id)!;
    const revealed = quiz.status === 'revealed';
    return {
      question: questionFor(quiz.question, quiz.status, audience),
      status: quiz.status,
      answerCount: quiz.answers.size,
      tallies: teacher || revealed ? quizTallies(quiz) : null,
      answers: teacher ? quizAnswers(quiz) : null,
      myAnswer: audience.role === 'student' ? (quiz.answers.get(audience.memberId) ?? null) : null,
      closesAt: quiz.closesAt,
    };
  });
  return {
    sessionId: state.sessionId,
    title: state.title,
    joinCode: state.joinCode,
    status: state.status,
    version: state.version,
    program: state.program,
    run: state.run,
    step: state.step,
    pen: state.pen,
    roster: roster(state),
    quizzes,
    you: audience.role === 'teacher' ? { role: 'teacher', memberId: TEACHER_ID } : { role: 'student', memberId: audience.memberId },
  };
}

/** A question as a replay draws it at one moment: its live view without every student's answer. */
export type QuizMoment = Omit<QuizView, 'answers'>;

/** Questions a moment shows in full: the most recent ones (a seek stays small however many were asked). */
export const MOMENT_QUIZZES = 10;

/**
 * What a replay draws at one moment: the read model without what only the
 * live console needs (the roster by name, the join code, every student's
 * answer, which late in a long session is most of a teacher's view), and
 * with only the latest `MOMENT_QUIZZES` questions. It is always
 * `momentOf(viewFor(state, audience))`: the live projection, trimmed, so a
 * replayed moment cannot differ from what that screen showed live.
 */
export interface MomentView extends Pick<SessionView, 'sessionId' | 'title' | 'status' | 'version' | 'program' | 'run' | 'step' | 'pen' | 'you'> {
  /** Students in the session then, and how many of them were connected. */
  readonly students: number;
  readonly online: number;
  /** Questions asked by then; `quizzes` holds the latest of them, in the order asked. */
  readonly quizzesAsked: number;
  readonly quizzes: readonly QuizMoment[];
}

export function momentOf(view: SessionView): MomentView {
  return {
    sessionId: view.sessionId,
    title: view.title,
    status: view.status,
    version: view.version,
    program: view.program,
    run: view.run,
    step: view.step,
    pen: view.pen,
    students: view.roster.length,
    online: view.roster.filter((m) => m.online).length,
    quizzesAsked: view.quizzes.length,
    quizzes: view.quizzes.slice(-MOMENT_QUIZZES).map(({ answers: _heavy, ...quiz }) => quiz),
    you: view.you,
  };
}

/** The moment an audience saw in this state (see `momentOf`). */
export function momentFor(state: SessionState, audience: Audience): MomentView {
  return momentOf(viewFor(state, audience));
}

/**
 * An event as it is sent live to one audience. Key hashes never leave the
 * server; a student sees that someone answered but not who or what, and
 * learns the tallies and the answer key with the reveal. `after` is the state
 * right after the event.
 */
export type PublicEvent =
  | Exclude<SessionEvent, { type: 'SessionCreated' | 'StudentJoined' | 'AnswerGiven' | 'QuizOpened' | 'QuizRevealed' | 'ShareEnabled' }>
  | { readonly type: 'ShareEnabled'; readonly at: number }
  | { readonly type: 'SessionCreated'; readonly at: number; readonly sessionId: string; readonly joinCode: string; readonly title: string }
  | { readonly type: 'StudentJoined'; readonly at: number; readonly memberId: string; readonly nickname: string }
  | { readonly type: 'QuizOpened'; readonly at: number; readonly question: Question; readonly closesAt?: number }
  | { readonly type: 'AnswerGiven'; readonly at: number; readonly questionId: string; readonly memberId: string; readonly answer: Json }
  /** What a student sees of another student's answer before the reveal. */
  | { readonly type: 'AnswerCounted'; readonly at: number; readonly questionId: string; readonly answerCount: number }
  | { readonly type: 'QuizRevealed'; readonly at: number; readonly questionId: string; readonly question: Question; readonly tallies: readonly Tally[] };

/** Roster changes sent live to the teacher only: who joined, who is online, who follows. */
export const TEACHER_ONLY_LIVE: ReadonlySet<string> = new Set<SessionEvent['type']>(['StudentJoined', 'PresenceChanged', 'FollowChanged']);

/**
 * An event as it is sent live to one audience, or null when that audience is
 * not sent it. Arrivals, presence and following go to the teacher only (a
 * student's page reads its own roster entry from the view it loads), so n
 * students arriving cost the teacher n messages rather than every student n.
 * A student's roster is therefore the one of the view it loaded; a departure
 * still reaches everyone, since it can take the pen with it. Recordings show
 * every event (`eventFor`).
 */
export function liveEventFor(event: SessionEvent, after: SessionState, audience: Audience): PublicEvent | null {
  if (audience.role === 'student' && TEACHER_ONLY_LIVE.has(event.type)) return null;
  return eventFor(event, after, audience);
}

export function eventFor(event: SessionEvent, after: SessionState, audience: Audience): PublicEvent {
  switch (event.type) {
    case 'SessionCreated': {
      const { teacherKeyHash: _secret, ...rest } = event;
      return rest;
    }
    case 'StudentJoined': {
      const { keyHash: _secret, ...rest } = event;
      return rest;
    }
    case 'ShareEnabled': {
      const { tokenHash: _secret, ...rest } = event;
      return rest;
    }
    case 'QuizOpened':
      return { ...event, question: questionFor(event.question, 'open', audience) };
    case 'AnswerGiven': {
      if (audience.role === 'teacher' || audience.memberId === event.memberId) return event;
      const answerCount = after.quizzes.get(event.questionId)?.answers.size ?? 0;
      return { type: 'AnswerCounted', at: event.at, questionId: event.questionId, answerCount };
    }
    case 'QuizRevealed': {
      const quiz = after.quizzes.get(event.questionId);
      return { ...event, question: quiz?.question ?? { id: event.questionId, kind: 'unknown', prompt: null }, tallies: quiz ? tallies(quiz.answers) : [] };
    }
    default:
      return event;
  }
}
