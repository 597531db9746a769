// decide: a command and the current state in, the events that happen out, or
// a DomainError saying why not. Pure: ids, key hashes and the clock come in
// the command, so the same command on the same state always decides the same.
// Authorization lives here too, next to the rules it protects.

import { refuse } from './errors.js';
import { MAX_QUIZ_SECONDS, MAX_QUIZZES, MAX_STUDENTS, MIN_QUIZ_SECONDS } from './limits.js';
import type { Command, EventBody, Json, SessionEvent, SessionState } from './types.js';
import { COMPILES_KIND, FIX_KIND, MULTI_KIND, TEACHER_ID } from './types.js';

export function decide(command: Command, state: SessionState): SessionEvent[] {
  const at = command.at;
  return decideBodies(command, state).map((body) => ({ ...body, at }) as SessionEvent);
}

function decideBodies(c: Command, s: SessionState): EventBody[] {
  if (c.type === 'CreateSession') {
    if (s.status !== 'none') refuse('conflict', 'SESSION_EXISTS', 'this session already exists');
    if (c.by.role !== 'teacher') refuse('forbidden', 'NOT_TEACHER', 'only a teacher can create a session');
    return [{ type: 'SessionCreated', sessionId: c.sessionId, joinCode: c.joinCode, title: c.title, teacherKeyHash: c.teacherKeyHash }];
  }
  if (s.status === 'none') refuse('not_found', 'NO_SESSION', 'there is no such session');
  // Sharing the recording is about the replay, so it stays possible after the end.
  if (c.type === 'EnableShare' || c.type === 'DisableShare') {
    requireMember(c, s);
    requireTeacher(c, 'share the recording');
    if (c.type === 'EnableShare') return [{ type: 'ShareEnabled', tokenHash: c.tokenHash }];
    return s.shareTokenHash === null ? [] : [{ type: 'ShareDisabled' }];
  }
  if (s.status === 'ended') refuse('ended', 'SESSION_ENDED', 'this session has ended');
  if (c.type !== 'Join') requireMember(c, s);

  switch (c.type) {
    case 'Join': {
      if (s.members.has(c.memberId) || c.memberId === TEACHER_ID) refuse('conflict', 'MEMBER_EXISTS', 'this member id is taken');
      if (s.members.size >= MAX_STUDENTS) refuse('conflict', 'SESSION_FULL', `a session holds at most ${MAX_STUDENTS} students`);
      const wanted = c.nickname.trim().toLowerCase();
      for (const m of s.members.values()) {
        if (m.nickname.toLowerCase() === wanted) refuse('conflict', 'NICKNAME_TAKEN', `the nickname "${c.nickname.trim()}" is taken in this session`);
      }
      return [{ type: 'StudentJoined', memberId: c.memberId, nickname: c.nickname.trim(), keyHash: c.keyHash }];
    }
    case 'Leave':
      requireStudent(c);
      return [{ type: 'StudentLeft', memberId: c.by.memberId }];
    case 'SetPresence': {
      const member = s.members.get(c.by.memberId);
      if (!member || member.online === c.online) return []; // nothing changed
      return [{ type: 'PresenceChanged', memberId: c.by.memberId, online: c.online }];
    }
    case 'Follow': {
      requireStudent(c);
      const member = s.members.get(c.by.memberId);
      if (!member || member.following === c.following) return [];
      return [{ type: 'FollowChanged', memberId: c.by.memberId, following: c.following }];
    }
    case 'SetProgram':
      requireTeacher(c, 'set the program');
      if (s.program?.sourceHash === c.sourceHash && s.program.source === c.source) return [];
      return [{ type: 'ProgramSet', source: c.source, sourceHash: c.sourceHash }];
    case 'RecordRun':
      requireTeacher(c, 'run the program');
      if (!s.program) refuse('conflict', 'NO_PROGRAM', 'set a program before running it');
      if (s.program!.sourceHash !== c.sourceHash) refuse('conflict', 'PROGRAM_CHANGED', 'the program changed while it ran: run it again');
      if (s.run && s.run.sourceHash === c.sourceHash && s.run.engineVersion === c.engineVersion) return [];
      return [{ type: 'ProgramRan', sourceHash: c.sourceHash, engineVersion: c.engineVersion, ok: c.ok, steps: c.steps, diagnostics: c.diagnostics }];
    case 'StepTo': {
      requireTeacher(c, 'step');
      if (!s.run || !s.run.ok) refuse('conflict', 'NOT_RUN', 'run a program that compiles before stepping');
      if (!Number.isInteger(c.step) || c.step < 0 || c.step >= s.run!.steps) {
        refuse('invalid', 'STEP_OUT_OF_RANGE', `step must be between 0 and ${s.run!.steps - 1}`);
      }
      if (c.step === s.step) return []; // already there: stepping twice to N is one event
      return [{ type: 'StepChanged', step: c.step }];
    }
    case 'OpenQuiz': {
      requireTeacher(c, 'open a quiz');
      if (s.openQuizId !== null) refuse('conflict', 'QUIZ_ALREADY_OPEN', 'close the open quiz before opening another');
      if (s.quizzes.has(c.question.id)) refuse('conflict', 'QUESTION_EXISTS', `question "${c.question.id}" was already asked`);
      if (s.quizzes.size >= MAX_QUIZZES) refuse('conflict', 'TOO_MANY_QUIZZES', `a session holds at most ${MAX_QUIZZES} quizzes`);
      if (c.seconds === undefined) return [{ type: 'QuizOpened', question: c.question }];
      if (!Number.isInteger(c.seconds) || c.seconds < MIN_QUIZ_SECONDS || c.seconds > MAX_QUIZ_SECONDS) {
        refuse('invalid', 'BAD_COUNTDOWN', `a countdown lasts ${MIN_QUIZ_SECONDS} to ${MAX_QUIZ_SECONDS} seconds`);
      }
      return [{ type: 'QuizOpened', question: c.question, closesAt: c.at + c.seconds * 1000 }];
    }
    case 'Answer': {
      requireStudent(c);
      const quiz = s.quizzes.get(c.questionId);
      if (!quiz) refuse('not_found', 'NO_QUESTION', `there is no question "${c.questionId}"`);
      if (quiz!.status !== 'open') refuse('conflict', 'QUIZ_CLOSED', 'this quiz is closed: answers can no longer change');
      // The countdown is over even if nobody closed the quiz yet: the clock of the command decides.
      if (quiz!.closesAt !== null && c.at >= quiz!.closesAt) refuse('conflict', 'QUIZ_CLOSED', 'time is up: answers can no longer change');
      const options = quiz!.question.options;
      const isIndex = (v: Json) => Number.isInteger(v) && (v as number) >= 0 && (v as number) < options!.length;
      if (options && quiz!.question.kind === MULTI_KIND) {
        const picks = c.answer;
        if (!Array.isArray(picks) || !picks.every(isIndex) || picks.some((v, i) => i > 0 && (v as number) <= (picks[i - 1] as number))) {
          refuse('invalid', 'BAD_ANSWER', `the answer must be a list of option indexes (0 to ${options.length - 1}), in increasing order`);
        }
      } else if (quiz!.question.kind === COMPILES_KIND) {
        const a = c.answer as { readonly [k: string]: Json } | null;
        const shape = typeof a === 'object' && a !== null && !Array.isArray(a) && typeof a.compiles === 'boolean';
        const where = shape && (a!.compiles ? Object.keys(a!).length === 1 : Number.isInteger(a!.line) && (a!.line as number) >= 1 && typeof a!.code === 'string' && (a!.code as string).length <= 16 && Object.keys(a!).length === 3);
        if (!where) refuse('invalid', 'BAD_ANSWER', 'the answer is { compiles: true } or { compiles: false, line, code }');
      } else if (quiz!.question.kind === FIX_KIND) {
        const a = c.answer as { readonly [k: string]: Json } | null;
        const ok = typeof a === 'object' && a !== null && !Array.isArray(a) && Number.isInteger(a.attempt) && typeof a.compiles === 'boolean' && typeof a.fixed === 'boolean' && typeof a.source === 'string';
        if (!ok) refuse('invalid', 'BAD_ANSWER', 'a fix attempt is { attempt, compiles, fixed, source }');
        // Attempts are counted: each one is the next number, so none can be taken back.
        const before = quiz!.answers.get(c.by.memberId) as { readonly attempt?: number } | undefined;
        const expected = (before?.attempt ?? 0) + 1;
        if (a!.attempt !== expected) refuse('conflict', 'BAD_ATTEMPT', `this is attempt ${expected}`);
        if (a!.fixed && !a!.compiles) refuse('invalid', 'BAD_ANSWER', 'a program that does not compile is not fixed');
      } else if (options && !isIndex(c.answer)) {
        refuse('invalid', 'BAD_ANSWER', `the answer must be the index of one of the ${options.length} options`);
      }
      if (sameJson(quiz!.answers.get(c.by.memberId), c.answer)) return [];
      return [{ type: 'AnswerGiven', questionId: c.questionId, memberId: c.by.memberId, answer: c.answer }];
    }
    case 'CloseQuiz': {
      requireTeacher(c, 'close a quiz');
      const quiz = s.quizzes.get(c.questionId);
      if (!quiz) refuse('not_found', 'NO_QUESTION', `there is no question "${c.questionId}"`);
      if (quiz!.status !== 'open') return [];
      return [{ type: 'QuizClosed', questionId: c.questionId }];
    }
    case 'RevealQuiz': {
      requireTeacher(c, 'reveal a quiz');
      const quiz = s.quizzes.get(c.questionId);
      if (!quiz) refuse('not_found', 'NO_QUESTION', `there is no question "${c.questionId}"`);
      if (quiz!.status === 'revealed') return [];
      // Revealing an open quiz closes it first: answers must be final before anyone sees them.
      const close: EventBody[] = quiz!.status === 'open' ? [{ type: 'QuizClosed', questionId: c.questionId }] : [];
      return [...close, { type: 'QuizRevealed', questionId: c.questionId }];
    }
    case 'GivePen': {
      requireTeacher(c, 'give the pen');
      if (!s.members.has(c.memberId)) refuse('not_found', 'NO_MEMBER', 'there is no such student in this session');
      if (s.pen === c.memberId) return [];
      return [{ type: 'PenGiven', memberId: c.memberId }];
    }
    case 'TakePen':
      requireTeacher(c, 'take the pen back');
      return s.pen === null ? [] : [{ type: 'PenTaken', memberId: s.pen }];
    case 'EndSession':
      requireTeacher(c, 'end the session');
      return [{ type: 'SessionEnded' }];
    default: {
      const unknown: never = c;
      return refuse('invalid', 'UNKNOWN_COMMAND', `unknown command ${(unknown as { type: string }).type}`);
    }
  }
}

/** The actor must be this session's teacher or one of its current students. */
function requireMember(c: Command, s: SessionState): void {
  const known = c.by.role === 'teacher' ? c.by.memberId === TEACHER_ID : s.members.has(c.by.memberId);
  if (!known) refuse('forbidden', 'NOT_A_MEMBER', 'you are not a member of this session');
}

function requireTeacher(c: Command, what: string): void {
  if (c.by.role !== 'teacher') refuse('forbidden', 'NOT_TEACHER', `only the teacher can ${what}`);
}

function requireStudent(c: Command): void {
  if (c.by.role !== 'student') refuse('forbidden', 'NOT_STUDENT', 'only students can do this');
}

/** Structural equality of JSON values (answers are compared by value, not by key order). */
export function sameJson(a: Json | undefined, b: Json | undefined): boolean {
  return a !== undefined && b !== undefined && canonicalJson(a) === canonicalJson(b);
}

/** JSON with object keys sorted: equal values give equal strings (used for tallies too). */
export function canonicalJson(value: Json): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as { readonly [key: string]: Json };
  return `{${Object.keys(obj)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`)
    .join(',')}}`;
}
