// Who may call what. Every procedure is called by every kind of caller:
// the session's teacher and student, another session's teacher and student,
// a forged key, and this session's keys sent with another session's id.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { classroomWith, client, closeClients, collect, refusal, startTestServer, within } from './helpers.js';

type Auth = { sessionId: string; key: string };
type Api = ReturnType<typeof client>;

const question = { id: 'q1', kind: 'choice', prompt: 'Who owns s?', options: ['main', 'nobody'], answerKey: 0 };

/** Each procedure with valid input for a session, and who may call it. */
const procedures: { name: string; allowed: ('teacher' | 'student')[]; call: (api: Api, auth: Auth, ids: { otherMember: string }) => Promise<unknown> }[] = [
  { name: 'session.view', allowed: ['teacher', 'student'], call: (api, auth) => api.session.view.query(auth) },
  { name: 'session.follow', allowed: ['student'], call: (api, auth) => api.session.follow.mutate({ ...auth, following: false }) },
  { name: 'program.set', allowed: ['teacher'], call: (api, auth) => api.program.set.mutate({ ...auth, source: 'fn main() { let x = 1; }' }) },
  { name: 'program.run', allowed: ['teacher'], call: (api, auth) => api.program.run.mutate(auth) },
  { name: 'program.stepTo', allowed: ['teacher'], call: (api, auth) => api.program.stepTo.mutate({ ...auth, step: 2 }) },
  { name: 'program.trace', allowed: ['teacher', 'student'], call: (api, auth) => api.program.trace.query(auth) },
  { name: 'quiz.open', allowed: ['teacher'], call: (api, auth) => api.quiz.open.mutate({ ...auth, question }) },
  { name: 'quiz.answer', allowed: ['student'], call: (api, auth) => api.quiz.answer.mutate({ ...auth, questionId: 'q1', answer: 1 }) },
  { name: 'quiz.close', allowed: ['teacher'], call: (api, auth) => api.quiz.close.mutate({ ...auth, questionId: 'q1' }) },
  { name: 'quiz.reveal', allowed: ['teacher'], call: (api, auth) => api.quiz.reveal.mutate({ ...auth, questionId: 'q1' }) },
  { name: 'quiz.results', allowed: ['teacher'], call: (api, auth) => api.quiz.results.query(auth) },
  { name: 'pen.give', allowed: ['teacher'], call: (api, auth, ids) => api.pen.give.mutate({ ...auth, memberId: ids.otherMember }) },
  { name: 'pen.take', allowed: ['teacher'], call: (api, auth) => api.pen.take.mutate(auth) },
  { name: 'replay.load', allowed: ['teacher', 'student'], call: (api, auth) => api.replay.load.query(auth) },
  { name: 'replay.events', allowed: ['teacher', 'student'], call: (api, auth) => api.replay.events.query({ ...auth, after: 0 }) },
  { name: 'replay.seek', allowed: ['teacher', 'student'], call: (api, auth) => api.replay.seek.query({ ...auth, index: 1 }) },
  { name: 'replay.export', allowed: ['teacher'], call: (api, auth) => api.replay.export.query(auth) },
  { name: 'replay.share', allowed: ['teacher'], call: (api, auth) => api.replay.share.mutate({ ...auth, enabled: false }) },
  { name: 'session.leave', allowed: ['student'], call: (api, auth) => api.session.leave.mutate(auth) },
  { name: 'session.end', allowed: ['teacher'], call: (api, auth) => api.session.end.mutate(auth) },
];

describe('authorization of every procedure', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => closeClients());
  afterAll(() => server.close());

  it('refuses every caller who is not allowed, with a typed error, and changes nothing', async () => {
    const a = await classroomWith(server, ['Ann', 'Bob']);
    const b = await classroomWith(server, ['Zed']);
    const api = client(server);
    const ids = { otherMember: a.students[1].memberId };
    const forged = { sessionId: a.teacher.sessionId, key: randomBytes(32).toString('base64url') };
    const callers: [string, Auth, string][] = [
      ['another session\'s teacher', { sessionId: a.teacher.sessionId, key: b.teacher.key }, 'UNAUTHORIZED'],
      ['another session\'s student', { sessionId: a.teacher.sessionId, key: b.students[0].auth.key }, 'UNAUTHORIZED'],
      ['a forged key', forged, 'UNAUTHORIZED'],
      ['this teacher\'s key sent to another session', { sessionId: b.teacher.sessionId, key: a.teacher.key }, 'UNAUTHORIZED'],
      ['this student\'s key sent to another session', { sessionId: b.teacher.sessionId, key: a.students[0].auth.key }, 'UNAUTHORIZED'],
      ['an unknown session', { sessionId: '00000000-0000-4000-8000-000000000000', key: a.teacher.key }, 'UNAUTHORIZED'],
    ];
    const before = { a: await api.session.view.query(a.teacher), b: await api.session.view.query(b.teacher) };
    for (const p of procedures) {
      for (const [who, auth, code] of callers) {
        const r = await refusal(p.call(api, auth, ids));
        expect([p.name, who, r.code, r.message]).toEqual([p.name, who, code, 'unknown session or key']);
      }
      const role = p.allowed.includes('teacher') ? 'student' : 'teacher';
      if (p.allowed.length < 2) {
        const auth = role === 'teacher' ? a.teacher : a.students[0].auth;
        const r = await refusal(p.call(api, auth, ids));
        expect([p.name, role, r.code, r.reason]).toEqual([p.name, role, 'FORBIDDEN', role === 'student' ? 'NOT_TEACHER' : 'NOT_STUDENT']);
      }
    }
    // Nothing happened in either session.
    expect(await api.session.view.query(a.teacher)).toEqual(before.a);
    expect(await api.session.view.query(b.teacher)).toEqual(before.b);
  });

  it('lets each allowed caller through', async () => {
    const a = await classroomWith(server, ['Ann', 'Bob']);
    const ids = { otherMember: a.students[1].memberId };
    // In an order that keeps every call meaningful: answer while the quiz is open, leave and end last.
    const order = ['session.view', 'session.follow', 'program.trace', 'program.stepTo', 'quiz.open', 'quiz.answer', 'quiz.close', 'quiz.reveal', 'quiz.results', 'pen.give', 'pen.take', 'program.set', 'program.run', 'replay.load', 'replay.events', 'replay.seek', 'replay.export', 'replay.share', 'session.leave', 'session.end'];
    for (const name of order) {
      const p = procedures.find((x) => x.name === name)!;
      for (const role of p.allowed) {
        const auth = role === 'teacher' ? a.teacher : a.students[0].auth;
        const api = role === 'teacher' ? a.teacherApi : a.students[0].api;
        await expect(p.call(api, auth, ids), `${name} by ${role}`).resolves.not.toThrow();
      }
    }
    expect(order.sort()).toEqual(procedures.map((p) => p.name).sort());
  });

  it('refuses subscriptions with a wrong key', async () => {
    const a = await classroomWith(server, ['Ann']);
    const api = client(server);
    const error = await within(
      new Promise<{ data?: { code: string } }>((resolve) => {
        api.session.events.subscribe({ sessionId: a.teacher.sessionId, key: randomBytes(32).toString('base64url') }, { onError: (e) => resolve(e as never), onData: () => {} });
      }),
      10_000,
      'the refusal of a subscription with a wrong key',
    );
    expect(error.data?.code).toBe('UNAUTHORIZED');
  });

  it('never shows a student another student\'s answer before the reveal', async () => {
    const { teacherApi, teacher, students } = await classroomWith(server, ['Ann', 'Bob']);
    const [ann, bob] = students;
    const annLive = collect(ann.api, ann.auth);
    await teacherApi.quiz.open.mutate({ ...teacher, question });
    await bob.api.quiz.answer.mutate({ ...bob.auth, questionId: 'q1', answer: { secret: 'bob-answer-1' } as never }).catch(() => {});
    await bob.api.quiz.answer.mutate({ ...bob.auth, questionId: 'q1', answer: 1 });
    await ann.api.quiz.answer.mutate({ ...ann.auth, questionId: 'q1', answer: 0 });
    await annLive.waitFor((es) => es.filter((e) => e.event.type === 'AnswerCounted' || e.event.type === 'AnswerGiven').length === 2);
    const annView = await ann.api.session.view.query(ann.auth);
    expect(annView.quizzes[0]).toMatchObject({ myAnswer: 0, answers: null, tallies: null, answerCount: 2 });
    expect(annView.quizzes[0].question).not.toHaveProperty('answerKey');
    const bobsAnswer = annLive.events.find((e) => e.event.type === 'AnswerCounted')!;
    expect(JSON.stringify(bobsAnswer)).not.toContain(bob.memberId);
    expect(annLive.events.some((e) => e.event.type === 'AnswerGiven' && (e.event as { memberId: string }).memberId === bob.memberId)).toBe(false);
    expect(JSON.stringify(annLive.events)).not.toContain('keyHash');
    await teacherApi.quiz.reveal.mutate({ ...teacher, questionId: 'q1' });
    const revealed = await annLive.waitFor((es) => es.some((e) => e.event.type === 'QuizRevealed'));
    expect(revealed.find((e) => e.event.type === 'QuizRevealed')!.event).toMatchObject({ tallies: [{ answer: '0', count: 1 }, { answer: '1', count: 1 }], question: { answerKey: 0 } });
  });

  it('checks a fix attempt again with the server engine: a browser cannot claim a fix', async () => {
    const { teacherApi, teacher, students } = await classroomWith(server, ['Ann']);
    const [ann] = students;
    const fix = { id: 'f1', kind: 'fix', prompt: { title: 'Fix it', source: 'fn main() { error }', expected: '' }, answerKey: { explanation: 'secret' } };
    await teacherApi.quiz.open.mutate({ ...teacher, question: fix });
    expect((await ann.api.session.view.query(ann.auth)).quizzes[0].question).not.toHaveProperty('answerKey');
    await ann.api.quiz.answer.mutate({ ...ann.auth, questionId: 'f1', answer: { attempt: 1, compiles: true, fixed: true, source: 'fn main() { error }' } });
    expect((await teacherApi.session.view.query(teacher)).quizzes[0].answers).toMatchObject({ [ann.memberId]: { attempt: 1, compiles: false, fixed: false } });
    // The fake engine's runs print nothing, which is what this question expects.
    await ann.api.quiz.answer.mutate({ ...ann.auth, questionId: 'f1', answer: { attempt: 2, compiles: false, fixed: false, source: 'fn main() {}' } });
    expect((await teacherApi.session.view.query(teacher)).quizzes[0].answers).toMatchObject({ [ann.memberId]: { attempt: 2, compiles: true, fixed: false } });
  });

  it('exports the results as CSV to the teacher only, and refuses answers after the countdown', async () => {
    const { teacherApi, teacher, students } = await classroomWith(server, ['Ann', 'Bob']);
    const [ann, bob] = students;
    await teacherApi.quiz.open.mutate({ ...teacher, question, seconds: 5 });
    const opened = (await ann.api.session.view.query(ann.auth)).quizzes[0];
    expect(opened.closesAt).toBeGreaterThan(Date.now());
    expect(opened.question).not.toHaveProperty('answerKey');
    await ann.api.quiz.answer.mutate({ ...ann.auth, questionId: 'q1', answer: 1 });
    expect(await refusal(ann.api.quiz.results.query(ann.auth))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TEACHER' });
    const { csv, fileName } = await teacherApi.quiz.results.query(teacher);
    expect(fileName).toMatch(/\.csv$/);
    expect(csv.split('\r\n')[0]).toBe('question,question_id,kind,title,student,answer,correct,attempts,status');
    expect(csv).toContain(',Ann,');
    await new Promise((r) => setTimeout(r, Math.max(0, opened.closesAt! - Date.now()) + 50));
    expect(await refusal(bob.api.quiz.answer.mutate({ ...bob.auth, questionId: 'q1', answer: 0 }))).toMatchObject({ code: 'CONFLICT', reason: 'QUIZ_CLOSED' });
  });
});

describe('input validation', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterEach(() => closeClients());
  afterAll(() => server.close());

  it('refuses oversized and malformed input with typed errors', async () => {
    const { teacherApi, teacher, created, students } = await classroomWith(server, ['Ann']);
    const api = client(server);
    const tooLongNickname = await refusal(api.session.join.mutate({ code: created.joinCode, nickname: 'x'.repeat(33) }));
    expect(tooLongNickname).toMatchObject({ code: 'BAD_REQUEST', reason: 'INVALID_INPUT' });
    expect(tooLongNickname.message).toMatch(/nickname: a nickname has at most 32 characters/);
    const tooBig = await refusal(teacherApi.program.set.mutate({ ...teacher, source: 'x'.repeat(256 * 1024 + 1) }));
    expect(tooBig).toMatchObject({ code: 'BAD_REQUEST', reason: 'INVALID_INPUT' });
    expect(tooBig.message).toMatch(/256 KiB/);
    expect(await refusal(api.session.view.query({ sessionId: 'not-a-uuid', key: teacher.key }))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await refusal(teacherApi.program.stepTo.mutate({ ...teacher, step: -1 }))).toMatchObject({ code: 'BAD_REQUEST' });
    expect(await refusal(teacherApi.program.stepTo.mutate({ ...teacher, step: 20 }))).toMatchObject({ code: 'BAD_REQUEST', reason: 'STEP_OUT_OF_RANGE' });
    await teacherApi.quiz.open.mutate({ ...teacher, question });
    const hugeAnswer = await refusal(students[0].api.quiz.answer.mutate({ ...students[0].auth, questionId: 'q1', answer: 'y'.repeat(20_000) }));
    expect(hugeAnswer).toMatchObject({ code: 'BAD_REQUEST', reason: 'INVALID_INPUT' });
    expect(await refusal(students[0].api.quiz.answer.mutate({ ...students[0].auth, questionId: 'q1', answer: 5 }))).toMatchObject({ code: 'BAD_REQUEST', reason: 'BAD_ANSWER' });
    // The session is intact after all that.
    const view = await teacherApi.session.view.query(teacher);
    expect(view.quizzes[0].answerCount).toBe(0);
    expect(view.program?.source).toContain('String::from');
  });
});

describe('rate limits', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer({ env: { JOIN_RATE_PER_MINUTE: '5', COMMAND_RATE_PER_SECOND: '2' } });
  });
  afterEach(() => closeClients());
  afterAll(() => server.close());

  it('limits joins per address and commands per key, refusing with TOO_MANY_REQUESTS', async () => {
    const api = client(server);
    const created = await api.session.create.mutate({ title: 't' });
    const teacher = { sessionId: created.sessionId, key: created.teacherKey };
    const joins = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => api.session.join.mutate({ code: created.joinCode, nickname: `s${i}` })));
    // Five tokens: one went to creating the session.
    expect(joins.filter((j) => j.status === 'fulfilled')).toHaveLength(4);
    const refused = joins.find((j): j is PromiseRejectedResult => j.status === 'rejected')!.reason as { data: { code: string; reason: string } };
    expect(refused.data).toMatchObject({ code: 'TOO_MANY_REQUESTS', reason: 'RATE_LIMITED' });

    const results = await Promise.allSettled(Array.from({ length: 10 }, () => api.session.view.query(teacher)));
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    expect(ok).toBeGreaterThanOrEqual(4); // a burst of twice the rate
    expect(ok).toBeLessThan(10);
  });
});
