// evolve: the one way state changes. Live state, read models and replay are
// all `fold`s of these events, so they cannot disagree.
//
// `evolve(state, event)` is pure. Folding many events one `evolve` at a time
// would copy the roster for every event, so `fold` copies the state once and
// then applies each event to that private copy: the same `apply` function
// does the work in both, and neither touches its input. Quizzes are shared
// with the input and copied only when an event changes them (copy on write),
// so a fold costs the size of the roster and the quiz list, not of every
// answer ever given: that keeps live commands and replay checkpoints cheap.

import type { Json, Member, Question, Quiz, QuizStatus, SessionEvent, SessionState } from './types.js';

interface DraftQuiz {
  question: Question;
  status: QuizStatus;
  answers: Map<string, Json>;
  closesAt: number | null;
}

interface Draft {
  status: SessionState['status'];
  version: number;
  sessionId: string;
  joinCode: string;
  title: string;
  teacherKeyHash: string;
  createdAt: number;
  members: Map<string, Member>;
  program: SessionState['program'];
  run: SessionState['run'];
  step: number;
  /** Values may be shared with other states: change one only through `ownQuiz`. */
  quizzes: Map<string, Quiz>;
  quizOrder: string[];
  openQuizId: string | null;
  pen: string | null;
  shareTokenHash: string | null;
}

/** The quizzes a fold created or copied itself, which it may change in place. */
type Owned = Set<Quiz>;

/**
 * Quizzes that nothing will change any more: a fold's own quizzes once it has
 * returned (a later fold copies before changing). Read models may cache what
 * they compute from a settled quiz; one still being folded (seen from a
 * `visit`) is not settled.
 */
const settled = new WeakSet<Quiz>();

export function isSettled(quiz: Quiz): boolean {
  return settled.has(quiz);
}

function settle(owned: Owned): void {
  for (const quiz of owned) settled.add(quiz);
}

export function initialState(): SessionState {
  return emptyDraft();
}

function emptyDraft(): Draft {
  return {
    status: 'none',
    version: 0,
    sessionId: '',
    joinCode: '',
    title: '',
    teacherKeyHash: '',
    createdAt: 0,
    members: new Map(),
    program: null,
    run: null,
    step: 0,
    quizzes: new Map(),
    quizOrder: [],
    openQuizId: null,
    pen: null,
    shareTokenHash: null,
  };
}

/** A private copy that `apply` may change. Members, quizzes, questions and answers are immutable values and are shared. */
function draftOf(state: SessionState): Draft {
  return { ...state, members: new Map(state.members), quizzes: new Map(state.quizzes), quizOrder: [...state.quizOrder] };
}

export function evolve(state: SessionState, event: SessionEvent): SessionState {
  const draft = draftOf(state);
  const owned: Owned = new Set();
  apply(draft, event, owned);
  settle(owned);
  return draft;
}

/**
 * The state after `events`, starting from `state` (default: the empty session).
 * `visit`, if given, sees each event with the state right after it (valid only
 * during the call): what live fan-out and replay need to describe an event.
 */
export function fold(events: Iterable<SessionEvent>, state: SessionState = initialState(), visit?: (event: SessionEvent, after: SessionState) => void): SessionState {
  const draft = draftOf(state);
  const owned: Owned = new Set();
  for (const event of events) {
    apply(draft, event, owned);
    visit?.(event, draft);
  }
  settle(owned);
  return draft;
}

/** The state after the first `n` events: what replay shows at event N. */
export function stateAt(events: readonly SessionEvent[], n: number): SessionState {
  return fold(events.slice(0, Math.max(0, Math.min(n, events.length))));
}

/** The quiz, copied first unless this fold already owns it. */
function ownQuiz(s: Draft, owned: Owned, id: string): DraftQuiz | undefined {
  const quiz = s.quizzes.get(id);
  if (!quiz) return undefined;
  if (owned.has(quiz)) return quiz as DraftQuiz;
  const copy: DraftQuiz = { question: quiz.question, status: quiz.status, answers: new Map(quiz.answers), closesAt: quiz.closesAt };
  owned.add(copy);
  s.quizzes.set(id, copy);
  return copy;
}

function apply(s: Draft, e: SessionEvent, owned: Owned): void {
  s.version += 1;
  switch (e.type) {
    case 'SessionCreated':
      s.status = 'live';
      s.sessionId = e.sessionId;
      s.joinCode = e.joinCode;
      s.title = e.title;
      s.teacherKeyHash = e.teacherKeyHash;
      s.createdAt = e.at;
      return;
    case 'StudentJoined':
      s.members.set(e.memberId, { memberId: e.memberId, nickname: e.nickname, keyHash: e.keyHash, online: false, following: true, joinedAt: e.at });
      return;
    case 'StudentLeft':
      s.members.delete(e.memberId);
      if (s.pen === e.memberId) s.pen = null;
      return;
    case 'PresenceChanged':
    case 'FollowChanged': {
      const member = s.members.get(e.memberId);
      if (!member) return; // the teacher's presence is not part of the roster
      s.members.set(e.memberId, e.type === 'PresenceChanged' ? { ...member, online: e.online } : { ...member, following: e.following });
      return;
    }
    case 'ProgramSet':
      s.program = { source: e.source, sourceHash: e.sourceHash };
      s.run = null;
      s.step = 0;
      return;
    case 'ProgramRan':
      s.run = { sourceHash: e.sourceHash, engineVersion: e.engineVersion, ok: e.ok, steps: e.steps, diagnostics: e.diagnostics };
      s.step = 0;
      return;
    case 'StepChanged':
      s.step = e.step;
      return;
    case 'QuizOpened': {
      const quiz: DraftQuiz = { question: e.question, status: 'open', answers: new Map(), closesAt: e.closesAt ?? null };
      owned.add(quiz);
      s.quizzes.set(e.question.id, quiz);
      s.quizOrder.push(e.question.id);
      s.openQuizId = e.question.id;
      return;
    }
    case 'AnswerGiven':
      ownQuiz(s, owned, e.questionId)?.answers.set(e.memberId, e.answer);
      return;
    case 'QuizClosed':
    case 'QuizRevealed': {
      const quiz = ownQuiz(s, owned, e.questionId);
      if (quiz) quiz.status = e.type === 'QuizClosed' ? 'closed' : 'revealed';
      if (s.openQuizId === e.questionId) s.openQuizId = null;
      return;
    }
    case 'PenGiven':
      s.pen = e.memberId;
      return;
    case 'PenTaken':
      s.pen = null;
      return;
    case 'SessionEnded': {
      const open = s.openQuizId === null ? undefined : ownQuiz(s, owned, s.openQuizId);
      if (open) open.status = 'closed';
      s.status = 'ended';
      s.pen = null;
      s.openQuizId = null;
      return;
    }
    case 'ShareEnabled':
      s.shareTokenHash = e.tokenHash;
      return;
    case 'ShareDisabled':
      s.shareTokenHash = null;
      return;
    default: {
      // Events of a newer schema still count towards the version; older code shows what it knows.
      const unknown: never = e;
      void unknown;
    }
  }
}
