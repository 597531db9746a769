import { TEACHER_ONLY_LIVE } from '@memviz/classroom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { chain, classroomWith, client, closeClients, collect, fakeRunner, refusal, startTestServer, until } from './helpers.js';

describe.each(['postgres', 'pglite'] as const)('a classroom session on %s', (backend) => {
  let server: RunningServer;
  const runner = fakeRunner();
  beforeAll(async () => {
    server = await startTestServer({ pglite: backend === 'pglite', runner });
  });
  afterEach(() => closeClients());
  afterAll(() => server.close());

  it('runs a whole session: join, program, steps, quiz, pen, end', async () => {
    const { teacherApi, teacher, created, students } = await classroomWith(server, ['Ann', 'Bob']);
    expect(created.joinCode).toMatch(/^[A-Z2-9]{6}$/);
    expect(created.teacherKey.length).toBeGreaterThanOrEqual(43); // 256 bits in base64url
    const [ann, bob] = students;
    const annLive = collect(ann.api, ann.auth);

    await teacherApi.program.stepTo.mutate({ ...teacher, step: 4 });
    await annLive.waitFor((es) => es.some((e) => e.event.type === 'StepChanged'));
    expect((await ann.api.session.view.query(ann.auth)).step).toBe(4);

    await teacherApi.quiz.open.mutate({ ...teacher, question: { id: 'q1', kind: 'choice', prompt: 'Who owns s?', options: ['main', 'nobody'], answerKey: 0 } });
    await ann.api.quiz.answer.mutate({ ...ann.auth, questionId: 'q1', answer: 0 });
    await bob.api.quiz.answer.mutate({ ...bob.auth, questionId: 'q1', answer: 1 });
    await bob.api.quiz.answer.mutate({ ...bob.auth, questionId: 'q1', answer: 0 }); // changed their mind
    const teacherView = await teacherApi.session.view.query(teacher);
    expect(teacherView.quizzes[0].tallies).toEqual([{ answer: '0', count: 2 }]);
    await teacherApi.quiz.reveal.mutate({ ...teacher, questionId: 'q1' });
    const annView = await ann.api.session.view.query(ann.auth);
    expect(annView.quizzes[0]).toMatchObject({ status: 'revealed', myAnswer: 0, tallies: [{ answer: '0', count: 2 }], question: { answerKey: 0 } });

    await teacherApi.pen.give.mutate({ ...teacher, memberId: bob.memberId });
    expect((await teacherApi.session.view.query(teacher)).pen).toBe(bob.memberId);
    await bob.api.session.leave.mutate(bob.auth);
    expect((await teacherApi.session.view.query(teacher)).roster.map((r) => r.nickname)).toEqual(['Ann']);
    expect(await refusal(bob.api.session.view.query(bob.auth))).toMatchObject({ code: 'UNAUTHORIZED' });

    await teacherApi.session.end.mutate(teacher);
    await annLive.waitFor((es) => es.some((e) => e.event.type === 'SessionEnded'));
    // The live stream has every version Ann is sent once, in order: all but the others' arrivals, presence and following.
    const sent = chain(annLive.events);
    const teacherLive = collect(teacherApi, teacher);
    const all = await teacherLive.waitFor((es) => es.at(-1)?.event.type === 'SessionEnded');
    expect(chain(all)).toEqual(Array.from({ length: all.length }, (_, i) => i + 1));
    expect(sent).toEqual(all.filter((e) => !TEACHER_ONLY_LIVE.has(e.event.type)).map((e) => e.version));
    expect(all.filter((e) => e.event.type === 'PresenceChanged')).not.toHaveLength(0);
    expect(await refusal(teacherApi.program.stepTo.mutate({ ...teacher, step: 1 }))).toMatchObject({ code: 'PRECONDITION_FAILED', reason: 'SESSION_ENDED' });
  });

  it('stores a run once per (source, engine version) and serves it to members', async () => {
    const before = runner.runs;
    const source = `fn main() { let v = vec![${backend.length}]; }`;
    const { teacherApi, teacher, students } = await classroomWith(server, ['Cy'], source);
    const again = await classroomWith(server, [], source); // same source in another session
    expect(runner.runs - before).toBe(1);
    const run = await again.teacherApi.program.run.mutate(again.teacher);
    expect(run.run).toMatchObject({ ok: true, steps: 20, engineVersion: 'fake-1' });
    const trace = JSON.parse((await students[0].api.program.trace.query(students[0].auth))!);
    expect(trace.trace.steps).toBe(20);
    await teacherApi.program.set.mutate({ ...teacher, source: 'fn main() { error }' });
    const failed = await teacherApi.program.run.mutate(teacher);
    expect(failed.run).toMatchObject({ ok: false, diagnostics: [{ code: 'E0425' }] });
    expect(await refusal(teacherApi.program.stepTo.mutate({ ...teacher, step: 1 }))).toMatchObject({ code: 'CONFLICT', reason: 'NOT_RUN' });
  });

  it('resumes a subscription from the last event id', async () => {
    const { teacherApi, teacher, students } = await classroomWith(server, ['Dee']);
    const first = collect(students[0].api, students[0].auth);
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 1 });
    await first.waitFor((es) => es.some((e) => e.event.type === 'StepChanged'));
    const seen = first.events.at(-1)!.version;
    first.stop();
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 2 });
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 3 });
    const resumed = collect(students[0].api, students[0].auth, String(seen));
    const events = await resumed.waitFor((es) => es.filter((e) => e.event.type === 'StepChanged').length === 2);
    // Dee's going offline came in between: it is not sent to students, and the first event says so.
    expect(chain(events, seen)[0]).toBe(seen + 2);
    expect(events[0].previous).toBe(seen);
    expect(events.filter((e) => e.event.type === 'StepChanged').map((e) => (e.event as { step: number }).step)).toEqual([2, 3]);
  });

  it('writes live events straight to the subscribers\' WebSockets', async () => {
    const { teacherApi, teacher, students } = await classroomWith(server, ['Flo', 'Gus']);
    const live = [collect(teacherApi, teacher), ...students.map((s) => collect(s.api, s.auth))];
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 5 });
    for (const l of live) await l.waitFor((es) => es.some((e) => e.event.type === 'StepChanged'));
    const hub = (await server.hubs.peek(teacher.sessionId))!;
    expect(hub.liveStreams).toBe(3);
    live[1].stop();
    await until(() => hub.liveStreams === 2, 'the stopped subscription to leave the hub');
    // A resumed subscription gets what it missed, then live events, through the same path.
    const seen = live[1].events.at(-1)!.version;
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 6 });
    const resumed = collect(students[0].api, students[0].auth, String(seen));
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 7 });
    const steps = await resumed.waitFor((es) => es.filter((e) => e.event.type === 'StepChanged').length === 2);
    expect(steps.filter((e) => e.event.type === 'StepChanged').map((e) => (e.event as { step: number }).step)).toEqual([6, 7]);
    chain(steps, seen);
    expect(hub.liveStreams).toBe(3);
  });

  it('refuses unknown join codes and taken nicknames with typed errors', async () => {
    const api = client(server);
    expect(await refusal(api.session.join.mutate({ code: 'ZZZZZZ', nickname: 'x' }))).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_SESSION' });
    const { created } = await classroomWith(server, ['Eve']);
    expect(await refusal(api.session.join.mutate({ code: created.joinCode.toLowerCase(), nickname: 'EVE' }))).toMatchObject({ code: 'CONFLICT', reason: 'NICKNAME_TAKEN' });
  });
});
