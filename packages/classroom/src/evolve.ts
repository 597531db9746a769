// evolve: the one way state changes. Live state, read models and replay are
// all `fold`s of these events, so they cannot disagree.
//
// `evolve(state, event)` is pure. Folding many events one `evolve` at a time
// would copy the roster and the answers for every event, so `fold` copies the
// state once and then applies each event to that private copy: the same
// `apply` function does the work in both, and neither touches its input.

import type { Json, Member, Question, QuizStatus, SessionEvent, SessionState } from './types.js';

interface DraftQuiz {
  question: Question;
  status: QuizStatus;
  answers: Map<string, Json>;
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
  quizzes: Map<string, DraftQuiz>;
  quizOrder: string[];
  openQuizId: string | null;
  pen: string | null;
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
  };
}

/** A private copy that `apply` may change. Members, questions and answers are immutable values and are shared. */
function draftOf(state: SessionState): Draft {
  const quizzes = new Map<string, DraftQuiz>();
  for (const [id, quiz] of state.quizzes) quizzes.set(id, { question: quiz.question, status: quiz.status, answers: new Map(quiz.answers) });
  return { ...state, members: new Map(state.members), quizzes, quizOrder: [...state.quizOrder] };
}

export function evolve(state: SessionState, event: SessionEvent): SessionState {
  const draft = draftOf(state);
  apply(draft, event);
  return draft;
}

/**
 * The state after `events`, starting from `state` (default: the empty session).
 * `visit`, if given, sees each event with the state right after it (valid only
 * during the call): what live fan-out and replay need to describe an event.
 */
export function fold(events: Iterable<SessionEvent>, state: SessionState = initialState(), visit?: (event: SessionEvent, after: SessionState) => void): SessionState {
  const draft = draftOf(state);
  for (const event of events) {
    apply(draft, event);
    visit?.(event, draft);
  }
  return draft;
}

/** The state after the first `n` events: what replay shows at event N. */
export function stateAt(events: readonly SessionEvent[], n: number): SessionState {
  return fold(events.slice(0, Math.max(0, Math.min(n, events.length))));
}

function apply(s: Draft, e: SessionEvent): void {
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
    case 'QuizOpened':
      s.quizzes.set(e.question.id, { question: e.question, status: 'open', answers: new Map() });
      s.quizOrder.push(e.question.id);
      s.openQuizId = e.question.id;
      return;
    case 'AnswerGiven':
      s.quizzes.get(e.questionId)?.answers.set(e.memberId, e.answer);
      return;
    case 'QuizClosed':
    case 'QuizRevealed': {
      const quiz = s.quizzes.get(e.questionId);
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
      const open = s.openQuizId === null ? undefined : s.quizzes.get(s.openQuizId);
      if (open) open.status = 'closed';
      s.status = 'ended';
      s.pen = null;
      s.openQuizId = null;
      return;
    }
    default: {
      // Events of a newer schema still count towards the version; older code shows what it knows.
      const unknown: never = e;
      void unknown;
    }
  }
}
