// Many writers at once, on real PostgreSQL: nothing lost, nothing doubled.
import { EventStore } from '@memviz/db';
import type { SessionEvent } from '@memviz/classroom';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/index.js';
import { classroomWith, client, closeClients, freshPostgresDatabase, startTestServer } from './helpers.js';

describe('concurrent commands', () => {
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    const databaseUrl = await freshPostgresDatabase();
    [a, b] = await Promise.all([startTestServer({ databaseUrl, redis: true }), startTestServer({ databaseUrl, redis: true })]);
  });
  afterEach(() => closeClients());
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  const streamOf = (sessionId: string) => new EventStore(a.database.db).readStream<SessionEvent>(sessionId);

  it('records exactly 200 answers from 200 students answering at once', async () => {
    const nicknames = Array.from({ length: 200 }, (_, i) => `student-${i}`);
    const teacherApi = client(a);
    const created = await teacherApi.session.create.mutate({ title: 'big class' });
    const teacher = { sessionId: created.sessionId, key: created.teacherKey };
    // Students spread over both instances, each with their own connection.
    const students = await Promise.all(
      nicknames.map(async (nickname, i) => {
        const api = client(i % 2 ? b : a);
        const joined = await api.session.join.mutate({ code: created.joinCode, nickname });
        return { api, auth: { sessionId: joined.sessionId, key: joined.studentKey }, answer: i % 3 };
      }),
    );
    await teacherApi.quiz.open.mutate({ ...teacher, question: { id: 'q', kind: 'choice', prompt: 'p', options: ['a', 'b', 'c'] } });
    await Promise.all(students.map((s) => s.api.quiz.answer.mutate({ ...s.auth, questionId: 'q', answer: s.answer })));

    const view = await teacherApi.session.view.query(teacher);
    expect(view.roster).toHaveLength(200);
    expect(view.quizzes[0].answerCount).toBe(200);
    expect(view.quizzes[0].tallies).toEqual([
      { answer: '0', count: 67 },
      { answer: '1', count: 67 },
      { answer: '2', count: 66 },
    ]);
    const stored = await streamOf(created.sessionId);
    expect(stored.filter((e) => e.event.type === 'AnswerGiven')).toHaveLength(200);
    expect(stored.map((e) => e.version)).toEqual(stored.map((_, i) => i + 1));
  });

  it('keeps one consistent step when two teacher tabs on two instances step at once', async () => {
    const { teacher, created } = await classroomWith(a, []);
    const tabA = client(a);
    const tabB = client(b);
    const steps = (offset: number) => Array.from({ length: 25 }, (_, i) => (i * 7 + offset) % 20);
    const [fromA, fromB] = await Promise.all(
      [
        [tabA, steps(1)],
        [tabB, steps(2)],
      ].map(async ([tab, list]) => {
        const results = [];
        for (const step of list as number[]) results.push(await (tab as typeof tabA).program.stepTo.mutate({ ...teacher, step }));
        return results;
      }),
    );
    const stored = await streamOf(created.sessionId);
    const stepEvents = stored.filter((e) => e.event.type === 'StepChanged');
    // Every accepted step is one event; versions have no gap and no repeat.
    expect(stepEvents).toHaveLength([...fromA, ...fromB].reduce((n, r) => n + r.appended, 0));
    expect(stored.map((e) => e.version)).toEqual(stored.map((_, i) => i + 1));
    const last = (stepEvents.at(-1)!.event as { step: number }).step;
    // Both instances agree on the final step, and it is the last one recorded.
    for (const tab of [tabA, tabB]) {
      await expect.poll(async () => (await tab.session.view.query(teacher)).step, { timeout: 5000 }).toBe(last);
    }
    expect(new Set([...fromA, ...fromB].map((r) => r.version)).size).toBe([...fromA, ...fromB].filter((r) => r.appended > 0).length);
  });

  it('appends a command retried with the same idempotency key once', async () => {
    const { teacherApi, teacher, created } = await classroomWith(a, []);
    const tabB = client(b);
    const commandId = 'step-to-5-retry-0001';
    const first = await teacherApi.program.stepTo.mutate({ ...teacher, step: 5, commandId });
    // The same command again: after a lost response, at once from two tabs, and through the other instance.
    const retries = await Promise.all([
      teacherApi.program.stepTo.mutate({ ...teacher, step: 5, commandId }),
      teacherApi.program.stepTo.mutate({ ...teacher, step: 5, commandId }),
      tabB.program.stepTo.mutate({ ...teacher, step: 5, commandId }),
    ]);
    expect(first).toMatchObject({ appended: 1, duplicate: false });
    for (const r of retries) expect(r).toMatchObject({ appended: 0, duplicate: true });
    // Even after the step moved on, the old command id is not applied again.
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 9 });
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 5, commandId });
    const stored = await streamOf(created.sessionId);
    expect(stored.filter((e) => e.event.type === 'StepChanged').map((e) => (e.event as { step: number }).step)).toEqual([5, 9]);
  });
});
