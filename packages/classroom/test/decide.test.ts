import { describe, expect, it } from 'vitest';
import type { CommandBody } from '../src/index.js';
import { Harness, refusal, student, teacher } from './helpers.js';

const question = { id: 'q1', kind: 'choice', prompt: 'Which line moves s?', options: ['3', '4', '5'], answerKey: 1 };

describe('session lifecycle', () => {
  it('creates a session once', () => {
    const h = Harness.live([]);
    expect(h.state.status).toBe('live');
    expect(h.state.joinCode).toBe('ABC123');
    const e = refusal(() => h.run(teacher, { type: 'CreateSession', sessionId: 's1', joinCode: 'X', title: '', teacherKeyHash: 'x' }));
    expect(e.reason).toBe('SESSION_EXISTS');
  });

  it('refuses every command on a session that does not exist', () => {
    const h = new Harness();
    expect(refusal(() => h.run(teacher, { type: 'StepTo', step: 1 })).reason).toBe('NO_SESSION');
  });

  it('joins students with unique nicknames (case-insensitive) and lets them leave', () => {
    const h = Harness.live(['ann']);
    expect(refusal(() => h.run(student('x'), { type: 'Join', memberId: 'x', nickname: ' ann ', keyHash: 'k' })).reason).toBe('NICKNAME_TAKEN');
    h.run(student('ann'), { type: 'Leave' });
    expect(h.state.members.size).toBe(0);
    // A student who left is no longer a member: their key stops working.
    expect(refusal(() => h.run(student('ann'), { type: 'Follow', following: false })).reason).toBe('NOT_A_MEMBER');
  });

  it('refuses everything after the end', () => {
    const h = Harness.stepping();
    h.run(teacher, { type: 'EndSession' });
    for (const body of [{ type: 'StepTo', step: 2 }, { type: 'Join', memberId: 'z', nickname: 'z', keyHash: 'k' }, { type: 'EndSession' }] as CommandBody[]) {
      const e = refusal(() => h.run(teacher, body));
      expect([e.kind, e.reason]).toEqual(['ended', 'SESSION_ENDED']);
    }
  });
});

describe('program and steps', () => {
  it('steps only within a successful run, and stepping to the current step is no event', () => {
    const h = Harness.live();
    expect(refusal(() => h.run(teacher, { type: 'StepTo', step: 1 })).reason).toBe('NOT_RUN');
    h.run(teacher, { type: 'SetProgram', source: 'fn main() {}', sourceHash: 'src1' });
    h.run(teacher, { type: 'RecordRun', sourceHash: 'src1', engineVersion: 'e', ok: true, steps: 5, diagnostics: [] });
    expect(h.run(teacher, { type: 'StepTo', step: 3 })).toHaveLength(1);
    expect(h.run(teacher, { type: 'StepTo', step: 3 })).toHaveLength(0);
    expect(h.state.step).toBe(3);
    expect(refusal(() => h.run(teacher, { type: 'StepTo', step: 5 })).reason).toBe('STEP_OUT_OF_RANGE');
    expect(refusal(() => h.run(teacher, { type: 'StepTo', step: -1 })).reason).toBe('STEP_OUT_OF_RANGE');
  });

  it('a new program resets the run and the step; a stale run is refused', () => {
    const h = Harness.stepping();
    h.run(teacher, { type: 'StepTo', step: 4 });
    h.run(teacher, { type: 'SetProgram', source: 'fn main() { let x = 1; }', sourceHash: 'src2' });
    expect([h.state.run, h.state.step]).toEqual([null, 0]);
    const e = refusal(() => h.run(teacher, { type: 'RecordRun', sourceHash: 'src1', engineVersion: 'e', ok: true, steps: 3, diagnostics: [] }));
    expect(e.reason).toBe('PROGRAM_CHANGED');
  });

  it('a run that does not compile records diagnostics and cannot be stepped', () => {
    const h = Harness.live();
    h.run(teacher, { type: 'SetProgram', source: 'fn main() { x }', sourceHash: 'bad' });
    const diagnostics = [{ code: 'E0425', message: 'cannot find value `x` in this scope', line: 1, col: 13 }];
    h.run(teacher, { type: 'RecordRun', sourceHash: 'bad', engineVersion: 'e', ok: false, steps: 0, diagnostics });
    expect(h.state.run?.diagnostics).toEqual(diagnostics);
    expect(refusal(() => h.run(teacher, { type: 'StepTo', step: 0 })).reason).toBe('NOT_RUN');
  });
});

describe('authorization', () => {
  const teacherOnly: CommandBody[] = [
    { type: 'SetProgram', source: 'fn main() {}', sourceHash: 'x' },
    { type: 'RecordRun', sourceHash: 'src1', engineVersion: 'e', ok: true, steps: 3, diagnostics: [] },
    { type: 'StepTo', step: 1 },
    { type: 'OpenQuiz', question },
    { type: 'CloseQuiz', questionId: 'q1' },
    { type: 'RevealQuiz', questionId: 'q1' },
    { type: 'GivePen', memberId: 'bob' },
    { type: 'TakePen' },
    { type: 'EndSession' },
  ];
  for (const body of teacherOnly) {
    it(`a student cannot ${body.type}`, () => {
      const h = Harness.stepping();
      h.run(teacher, { type: 'OpenQuiz', question });
      const before = h.events.length;
      const e = refusal(() => h.run(student('ann'), body));
      expect([e.kind, e.reason]).toEqual(['forbidden', 'NOT_TEACHER']);
      expect(h.events.length).toBe(before);
    });
  }

  it('the teacher cannot answer, leave or follow', () => {
    const h = Harness.stepping();
    h.run(teacher, { type: 'OpenQuiz', question });
    for (const body of [{ type: 'Answer', questionId: 'q1', answer: 0 }, { type: 'Leave' }, { type: 'Follow', following: false }] as CommandBody[]) {
      expect(refusal(() => h.run(teacher, body)).reason).toBe('NOT_STUDENT');
    }
  });

  it('someone who is not a member cannot act', () => {
    const h = Harness.stepping();
    expect(refusal(() => h.run(student('mallory'), { type: 'Follow', following: false })).reason).toBe('NOT_A_MEMBER');
    expect(refusal(() => h.run({ role: 'teacher', memberId: 'mallory' }, { type: 'StepTo', step: 1 })).reason).toBe('NOT_A_MEMBER');
  });
});

describe('quizzes', () => {
  it('answers change until close, then are frozen; reveal closes an open quiz first', () => {
    const h = Harness.stepping();
    h.run(teacher, { type: 'OpenQuiz', question });
    expect(refusal(() => h.run(teacher, { type: 'OpenQuiz', question: { ...question, id: 'q2' } })).reason).toBe('QUIZ_ALREADY_OPEN');
    h.run(student('ann'), { type: 'Answer', questionId: 'q1', answer: 0 });
    h.run(student('ann'), { type: 'Answer', questionId: 'q1', answer: 1 });
    expect(h.run(student('ann'), { type: 'Answer', questionId: 'q1', answer: 1 })).toHaveLength(0);
    h.run(student('bob'), { type: 'Answer', questionId: 'q1', answer: 1 });
    expect(refusal(() => h.run(student('bob'), { type: 'Answer', questionId: 'q1', answer: 7 })).reason).toBe('BAD_ANSWER');
    expect(h.run(teacher, { type: 'RevealQuiz', questionId: 'q1' }).map((e) => e.type)).toEqual(['QuizClosed', 'QuizRevealed']);
    expect(refusal(() => h.run(student('ann'), { type: 'Answer', questionId: 'q1', answer: 2 })).reason).toBe('QUIZ_CLOSED');
    const quiz = h.state.quizzes.get('q1')!;
    expect(Object.fromEntries(quiz.answers)).toEqual({ ann: 1, bob: 1 });
    expect(quiz.status).toBe('revealed');
    expect(h.state.openQuizId).toBeNull();
  });

  it('refuses answers to unknown questions and reused question ids', () => {
    const h = Harness.stepping();
    expect(refusal(() => h.run(student('ann'), { type: 'Answer', questionId: 'nope', answer: 0 })).reason).toBe('NO_QUESTION');
    h.run(teacher, { type: 'OpenQuiz', question });
    h.run(teacher, { type: 'CloseQuiz', questionId: 'q1' });
    expect(refusal(() => h.run(teacher, { type: 'OpenQuiz', question })).reason).toBe('QUESTION_EXISTS');
  });
});

describe('pen', () => {
  it('goes to a student and back; leaving returns it', () => {
    const h = Harness.live();
    expect(refusal(() => h.run(teacher, { type: 'GivePen', memberId: 'zed' })).reason).toBe('NO_MEMBER');
    h.run(teacher, { type: 'GivePen', memberId: 'ann' });
    expect(h.state.pen).toBe('ann');
    h.run(teacher, { type: 'TakePen' });
    expect(h.state.pen).toBeNull();
    expect(h.run(teacher, { type: 'TakePen' })).toHaveLength(0);
    h.run(teacher, { type: 'GivePen', memberId: 'bob' });
    h.run(student('bob'), { type: 'Leave' });
    expect(h.state.pen).toBeNull();
  });
});

describe('presence and following', () => {
  it('records changes only', () => {
    const h = Harness.live();
    expect(h.run(student('ann'), { type: 'SetPresence', online: true })).toHaveLength(1);
    expect(h.run(student('ann'), { type: 'SetPresence', online: true })).toHaveLength(0);
    expect(h.run(teacher, { type: 'SetPresence', online: true })).toHaveLength(0);
    h.run(student('bob'), { type: 'Follow', following: false });
    expect(h.state.members.get('ann')).toMatchObject({ online: true, following: true });
    expect(h.state.members.get('bob')).toMatchObject({ online: false, following: false });
  });
});
