import { describe, expect, it } from 'vitest';
import { eventFor, fold, liveEventFor, viewFor } from '../src/index.js';
import { Harness, student, teacher } from './helpers.js';

const question = { id: 'q1', kind: 'choice', prompt: 'Who owns the String?', options: ['a', 'b', 'c'], answerKey: 2 };

function quizSession(): Harness {
  const h = Harness.stepping(['ann', 'bob', 'cy']);
  h.run(teacher, { type: 'OpenQuiz', question });
  h.run(student('ann'), { type: 'Answer', questionId: 'q1', answer: 2 });
  h.run(student('bob'), { type: 'Answer', questionId: 'q1', answer: 0 });
  h.run(student('cy'), { type: 'Answer', questionId: 'q1', answer: 2 });
  return h;
}

describe('views per audience', () => {
  it('the teacher sees every answer, the tallies and the key', () => {
    const view = viewFor(quizSession().state, { role: 'teacher' });
    expect(view.quizzes[0].answers).toEqual({ ann: 2, bob: 0, cy: 2 });
    expect(view.quizzes[0].tallies).toEqual([
      { answer: '2', count: 2 },
      { answer: '0', count: 1 },
    ]);
    expect(view.quizzes[0].question.answerKey).toBe(2);
  });

  it('a student sees only their own answer before the reveal, and the tallies and key after', () => {
    const h = quizSession();
    const before = viewFor(h.state, { role: 'student', memberId: 'bob' });
    expect(before.quizzes[0]).toMatchObject({ myAnswer: 0, answers: null, tallies: null, answerCount: 3 });
    expect(before.quizzes[0].question).not.toHaveProperty('answerKey');
    expect(JSON.stringify(before)).not.toContain('"ann":');

    h.run(teacher, { type: 'RevealQuiz', questionId: 'q1' });
    const after = viewFor(h.state, { role: 'student', memberId: 'bob' });
    expect(after.quizzes[0]).toMatchObject({ myAnswer: 0, answers: null, status: 'revealed' });
    expect(after.quizzes[0].tallies).toEqual([
      { answer: '2', count: 2 },
      { answer: '0', count: 1 },
    ]);
    expect(after.quizzes[0].question.answerKey).toBe(2);
  });

  it('no view contains a key hash', () => {
    const h = quizSession();
    for (const audience of [{ role: 'teacher' } as const, { role: 'student', memberId: 'ann' } as const]) {
      const text = JSON.stringify(viewFor(h.state, audience));
      expect(text).not.toContain('h-ann');
      expect(text).not.toContain('"th"');
    }
  });

  it('lists the roster with presence, following and the pen', () => {
    const h = Harness.live(['ann', 'bob']);
    h.run(student('ann'), { type: 'SetPresence', online: true });
    h.run(student('bob'), { type: 'Follow', following: false });
    h.run(teacher, { type: 'GivePen', memberId: 'bob' });
    expect(viewFor(h.state, { role: 'teacher' }).roster).toEqual([
      { memberId: 'ann', nickname: 'ANN', online: true, following: true, hasPen: false },
      { memberId: 'bob', nickname: 'BOB', online: false, following: false, hasPen: true },
    ]);
  });
});

describe('live events per audience', () => {
  it('hides other students\' answers, key hashes and the answer key from students', () => {
    const h = quizSession();
    h.run(teacher, { type: 'RevealQuiz', questionId: 'q1' });
    const seenBy = (memberId: string) =>
      h.events.map((e, i) => eventFor(e, fold(h.events.slice(0, i + 1)), { role: 'student', memberId }));
    const bobSees = seenBy('bob');
    const text = JSON.stringify(bobSees.slice(0, -1));
    expect(text).not.toContain('h-'); // no key hashes
    expect(text).not.toContain('answerKey');
    const answers = bobSees.filter((e) => e.type === 'AnswerGiven');
    expect(answers).toEqual([expect.objectContaining({ memberId: 'bob', answer: 0 })]);
    expect(bobSees.filter((e) => e.type === 'AnswerCounted').map((e) => (e as { answerCount: number }).answerCount)).toEqual([1, 3]);
    expect(bobSees.at(-1)).toMatchObject({ type: 'QuizRevealed', question: { answerKey: 2 }, tallies: [{ answer: '2', count: 2 }, { answer: '0', count: 1 }] });
  });

  it('the teacher gets every answer as it is', () => {
    const h = quizSession();
    const teacherSees = h.events.map((e, i) => eventFor(e, fold(h.events.slice(0, i + 1)), { role: 'teacher' }));
    expect(teacherSees.filter((e) => e.type === 'AnswerGiven')).toHaveLength(3);
    expect(JSON.stringify(teacherSees)).not.toContain('h-ann');
  });

  it('sends arrivals, presence and following live to the teacher only', () => {
    const h = quizSession();
    h.run(student('ann'), { type: 'SetPresence', online: true });
    h.run(student('bob'), { type: 'Follow', following: false });
    h.run(student('ann'), { type: 'Leave' });
    const live = (audience: Parameters<typeof liveEventFor>[2]) => h.events.map((e, i) => liveEventFor(e, fold(h.events.slice(0, i + 1)), audience));
    const roster = ['StudentJoined', 'PresenceChanged', 'FollowChanged'];
    const teacherSees = live({ role: 'teacher' });
    expect(teacherSees.every((e) => e !== null)).toBe(true);
    expect(teacherSees.map((e) => e!.type)).toEqual(h.events.map((e) => e.type));
    expect(h.events.map((e) => e.type)).toEqual(expect.arrayContaining([...roster, 'StudentLeft']));
    for (const memberId of ['ann', 'bob']) {
      const seen = live({ role: 'student', memberId });
      h.events.forEach((e, i) => {
        if (roster.includes(e.type)) expect(seen[i]).toBeNull();
        else expect(seen[i]).toEqual(eventFor(e, fold(h.events.slice(0, i + 1)), { role: 'student', memberId }));
      });
    }
  });
});
