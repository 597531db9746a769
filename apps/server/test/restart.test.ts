// kill -9 the server in the middle of a session and start it again: the read
// models are the same as before, and subscribed clients carry on from the
// last event they saw, missing nothing and seeing nothing twice.
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EventStore, openDatabase } from '@memviz/db';
import { fold, TEACHER_ONLY_LIVE, viewFor, type SessionEvent } from '@memviz/classroom';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { freePort } from '../../../infra/testing/servers.js';
import { chain, classroomWith, closeClients, collect, freshPostgresDatabase, within } from './helpers.js';

const serverDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const children: ChildProcess[] = [];

function startProcess(env: Record<string, string>): Promise<ChildProcess> {
  // node itself with tsx's loader (not the tsx command, which would run the server in a grandchild that kill -9 misses).
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/fixtures/server-process.ts'], {
    cwd: serverDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('READY')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${out}`)));
  });
}

function kill9(child: ChildProcess): Promise<void> {
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
  return within(exited, 10_000, `server process ${child.pid} to exit after SIGKILL`);
}

describe('kill -9 and restart', () => {
  afterEach(() => closeClients());
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) await kill9(child);
  });

  it('rebuilds identical projections and resumes every subscriber', async () => {
    const port = await freePort();
    const databaseUrl = await freshPostgresDatabase();
    const env = { DATABASE_URL: databaseUrl, REDIS_URL: inject('redisUrl'), PORT: String(port), HOST: '127.0.0.1', JOIN_RATE_PER_MINUTE: '10000', COMMAND_RATE_PER_SECOND: '10000' };
    const first = await startProcess(env);
    const server = { url: `http://127.0.0.1:${port}` };
    const readStream = async (sessionId: string) => {
      const database = await openDatabase({ url: databaseUrl, poolSize: 1 });
      try {
        return await new EventStore(database.db).readStream<SessionEvent>(sessionId);
      } finally {
        await database.close();
      }
    };

    const { teacherApi, teacher, students } = await classroomWith(server, ['Ann', 'Bob', 'Cy']);
    const live = [...students.map((s) => collect(s.api, s.auth)), collect(teacherApi, teacher)];
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 3 });
    await teacherApi.quiz.open.mutate({ ...teacher, question: { id: 'q', kind: 'choice', prompt: 'p', options: ['a', 'b'] } });
    await students[0].api.quiz.answer.mutate({ ...students[0].auth, questionId: 'q', answer: 1 });
    await students[1].api.session.follow.mutate({ ...students[1].auth, following: false });
    const version = (await teacherApi.session.view.query(teacher)).version;
    const lastForStudents = (await readStream(teacher.sessionId)).filter((s) => !TEACHER_ONLY_LIVE.has(s.event.type)).at(-1)!.version;
    await Promise.all(live.map((l, i) => l.waitFor((es) => es.at(-1)?.version === (i === students.length ? version : lastForStudents))));

    const viewsBefore = await Promise.all([teacherApi.session.view.query(teacher), ...students.map((s) => s.api.session.view.query(s.auth))]);
    expect(viewsBefore[0].roster.every((r) => r.online)).toBe(true);

    // Mid-session: a command is on its way when the process dies.
    const inFlight = students[2].api.quiz.answer.mutate({ ...students[2].auth, questionId: 'q', answer: 0, commandId: 'cy-answer-00001' }).catch(() => 'lost');
    await kill9(first);
    await startProcess(env);
    // The client retries a command whose answer it never got, with the same id.
    await inFlight;
    await students[2].api.quiz.answer.mutate({ ...students[2].auth, questionId: 'q', answer: 0, commandId: 'cy-answer-00001' });

    const viewsAfter = await Promise.all([teacherApi.session.view.query(teacher), ...students.map((s) => s.api.session.view.query(s.auth))]);
    // Identical, apart from Cy's answer which is now recorded exactly once.
    expect(viewsAfter[0].quizzes[0].answers).toEqual({ ...viewsBefore[0].quizzes[0].answers, [students[2].memberId]: 0 });
    const withoutQuiz = (v: (typeof viewsBefore)[number]) => ({ ...v, version: 0, quizzes: [] });
    expect(viewsAfter.map(withoutQuiz)).toEqual(viewsBefore.map(withoutQuiz));
    expect(viewsAfter[1].quizzes).toEqual(viewsBefore[1].quizzes.map((q) => ({ ...q, answerCount: 2 })));

    // Subscribers carry on: new events arrive, and each client saw every version it is sent exactly
    // once: the teacher all of them, students all but the others' presence and following.
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 7 });
    const finalVersion = (await teacherApi.session.view.query(teacher)).version;
    const stream = await readStream(teacher.sessionId);
    const forStudents = stream.filter((s) => !TEACHER_ONLY_LIVE.has(s.event.type)).map((s) => s.version);
    for (const [i, l] of live.entries()) {
      const events = await l.waitFor((es) => es.at(-1)?.version === finalVersion, 30_000);
      expect(chain(events)).toEqual(i === students.length ? Array.from({ length: finalVersion }, (_, i) => i + 1) : forStudents);
    }

    // And the projections equal a rebuild from the stream.
    expect(await teacherApi.session.view.query(teacher)).toEqual(viewFor(fold(stream.map((s) => s.event)), { role: 'teacher' }));
  });
});
