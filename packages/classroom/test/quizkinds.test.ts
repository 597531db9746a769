import { describe, expect, it } from 'vitest';
import { OBSERVER, eventFor, fold, resultsCsv, sessionEventSchema, viewFor } from '../src/index.js';
import { Harness, refusal, student, teacher } from './helpers.js';

const multi = { id: 'm1', kind: 'multi', prompt: { title: 'Which are valid?' }, options: ['a in main', 'b in main', 'c in main'], answerKey: { correct: [0, 2], explanation: 'b was moved' } };
const choice = { id: 'c1', kind: 'choice', prompt: { title: 'Compiles?' }, options: ['yes', 'no'], answerKey: { correct: 1, explanation: 'E0382' } };
const fix = { id: 'f1', kind: 'fix', prompt: { title: 'Fix it', expected: '1\n' }, answerKey: { explanation: 'add mut' } };

describe('several right options (memory and next-step questions)', () => {
  it('takes a sorted set of option indexes and refuses anything else', () => {
    const h = Harness.live(['ann']);
    h.run(teacher, { type: 'OpenQuiz', question: multi });
    for (const bad of [1, [2, 0], [0, 0], [0, 3], ['0'], null]) {
      expect(refusal(() => h.run(student('ann'), { type: 'Answer', questionId: 'm1', answer: bad as never })).reason).toBe('BAD_ANSWER');
    }
    expect(h.run(student('ann'), { type: 'Answer', questionId: 'm1', answer: [0, 2] })).toHaveLength(1);
    expect(h.run(student('ann'), { type: 'Answer', questionId: 'm1', answer: [] })).toHaveLength(1);
    expect(h.state.quizzes.get('m1')!.answers.get('ann')).toEqual([]);
  });

  it('keeps the key from students until the reveal, live and in the view', () => {
    const h = Harness.live(['ann']);
    const [opened] = h.run(teacher, { type: 'OpenQuiz', question: multi });
    expect((eventFor(opened, h.state, OBSERVER) as { question: object }).question).not.toHaveProperty('answerKey');
    expect(viewFor(h.state, { role: 'student', memberId: 'ann' }).quizzes[0].question).not.toHaveProperty('answerKey');
    h.run(teacher, { type: 'RevealQuiz', questionId: 'm1' });
    expect(viewFor(h.state, { role: 'student', memberId: 'ann' }).quizzes[0].question.answerKey).toEqual(multi.answerKey);
  });
});

describe('fix questions', () => {
  it('records every attempt as an answer event, the latest one kept', () => {
    const h = Harness.live(['ann']);
    h.run(teacher, { type: 'OpenQuiz', question: fix });
    h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: { attempt: 1, compiles: false, fixed: false, source: 'fn main() {}' } });
    h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: { attempt: 2, compiles: true, fixed: true, source: 'fn main() { }' } });
    expect(h.events.filter((e) => e.type === 'AnswerGiven')).toHaveLength(2);
    expect(h.state.quizzes.get('f1')!.answers.get('ann')).toMatchObject({ attempt: 2, fixed: true });
  });

  it('counts attempts one by one and refuses malformed ones', () => {
    const h = Harness.live(['ann']);
    h.run(teacher, { type: 'OpenQuiz', question: fix });
    const attempt = (n: number, compiles = false, fixed = false) => ({ attempt: n, compiles, fixed, source: 'fn main() {}' });
    expect(refusal(() => h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: attempt(2) })).reason).toBe('BAD_ATTEMPT');
    h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: attempt(1) });
    expect(refusal(() => h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: attempt(1) })).reason).toBe('BAD_ATTEMPT');
    expect(refusal(() => h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: attempt(2, false, true) })).reason).toBe('BAD_ANSWER');
    expect(refusal(() => h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: 3 })).reason).toBe('BAD_ANSWER');
    expect(h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: attempt(2, true, true) })).toHaveLength(1);
  });
});

describe('does it compile, and if not where and which error', () => {
  const compiles = { id: 'k1', kind: 'compiles', prompt: { title: 'Compiles?' }, options: ['Yes, it compiles', 'No, rustc rejects it'], answerKey: { correct: 1, line: 4, code: 'E0382', explanation: 'moved' } };

  it('takes a verdict, with the line and the code when it does not compile', () => {
    const h = Harness.live(['ann', 'bob', 'cy']);
    h.run(teacher, { type: 'OpenQuiz', question: compiles });
    for (const bad of [0, { compiles: false }, { compiles: false, line: 0, code: 'E0382' }, { compiles: true, line: 3 }, { compiles: false, line: 2, code: 'E0382', extra: 1 }]) {
      expect(refusal(() => h.run(student('ann'), { type: 'Answer', questionId: 'k1', answer: bad as never })).reason).toBe('BAD_ANSWER');
    }
    h.run(student('ann'), { type: 'Answer', questionId: 'k1', answer: { compiles: false, line: 4, code: 'E0382' } });
    h.run(student('bob'), { type: 'Answer', questionId: 'k1', answer: { compiles: false, line: 3, code: 'E0382' } });
    h.run(student('cy'), { type: 'Answer', questionId: 'k1', answer: { compiles: true } });
    expect(resultsCsv(h.state).trimEnd().split('\r\n').slice(1)).toEqual([
      '1,k1,compiles,Compiles?,ANN,"does not compile: line 4, E0382",yes,,open',
      '1,k1,compiles,Compiles?,BOB,"does not compile: line 3, E0382",no,,open',
      '1,k1,compiles,Compiles?,CY,compiles,no,,open',
    ]);
  });
});

describe('countdown', () => {
  it('stores when the quiz closes, refuses late answers, and survives a refold and the event schema', () => {
    const h = Harness.live(['ann', 'bob']);
    const [opened] = h.run(teacher, { type: 'OpenQuiz', question: choice, seconds: 30 });
    expect(opened).toMatchObject({ type: 'QuizOpened', closesAt: opened.at + 30_000 });
    expect(sessionEventSchema.safeParse(opened).success).toBe(true);
    h.run(student('ann'), { type: 'Answer', questionId: 'c1', answer: 1 });
    h.clock = opened.at + 30_000;
    const late = refusal(() => h.run(student('bob'), { type: 'Answer', questionId: 'c1', answer: 0 }));
    expect([late.kind, late.reason]).toEqual(['conflict', 'QUIZ_CLOSED']);
    expect(viewFor(h.state, { role: 'student', memberId: 'bob' }).quizzes[0].closesAt).toBe(opened.at + 30_000);
    expect(h.refold().quizzes.get('c1')!.closesAt).toBe(opened.at + 30_000);
    // The teacher (or the teacher's screen at zero) still closes it as usual.
    expect(h.run(teacher, { type: 'CloseQuiz', questionId: 'c1' })).toHaveLength(1);
  });

  it('refuses a countdown out of range; without one there is none', () => {
    const h = Harness.live(['ann']);
    for (const seconds of [0, 4, 3601, 1.5]) expect(refusal(() => h.run(teacher, { type: 'OpenQuiz', question: choice, seconds })).reason).toBe('BAD_COUNTDOWN');
    h.run(teacher, { type: 'OpenQuiz', question: choice });
    expect(h.state.quizzes.get('c1')!.closesAt).toBeNull();
  });
});

describe('results as CSV', () => {
  it('writes one row per student and question, with correctness for every kind', () => {
    const h = Harness.live(['ann', 'bob']);
    h.run(teacher, { type: 'OpenQuiz', question: choice });
    h.run(student('ann'), { type: 'Answer', questionId: 'c1', answer: 1 });
    h.run(student('bob'), { type: 'Answer', questionId: 'c1', answer: 0 });
    h.run(teacher, { type: 'RevealQuiz', questionId: 'c1' });
    h.run(teacher, { type: 'OpenQuiz', question: multi });
    h.run(student('bob'), { type: 'Answer', questionId: 'm1', answer: [0, 2] });
    h.run(teacher, { type: 'CloseQuiz', questionId: 'm1' });
    h.run(teacher, { type: 'OpenQuiz', question: fix });
    for (const n of [1, 2]) h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: { attempt: n, compiles: false, fixed: false, source: '' } });
    h.run(student('ann'), { type: 'Answer', questionId: 'f1', answer: { attempt: 3, compiles: true, fixed: true, source: '' } });
    const lines = resultsCsv(fold(h.events)).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'question,question_id,kind,title,student,answer,correct,attempts,status',
      '1,c1,choice,Compiles?,ANN,no,yes,,revealed',
      '1,c1,choice,Compiles?,BOB,yes,no,,revealed',
      '2,m1,multi,Which are valid?,BOB,a in main | c in main,yes,,closed',
      '3,f1,fix,Fix it,ANN,fixed,yes,3,open',
    ]);
  });

  it('quotes cells and never lets a nickname become a formula', () => {
    const h = Harness.live([]);
    h.run(student('x'), { type: 'Join', memberId: 'x', nickname: '=HYPERLINK("e")', keyHash: 'k' });
    h.run(teacher, { type: 'OpenQuiz', question: { ...choice, prompt: { title: 'a, "b"' } } });
    h.run(student('x'), { type: 'Answer', questionId: 'c1', answer: 0 });
    const row = resultsCsv(h.state).split('\r\n')[1];
    expect(row).toBe(`1,c1,choice,"a, ""b""","'=HYPERLINK(""e"")",yes,no,,open`);
  });
});
