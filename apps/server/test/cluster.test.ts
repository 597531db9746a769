// Two server instances sharing PostgreSQL and Redis: live steps cross over,
// and the shared editor converges, with writes only from the teacher and
// the pen holder, enforced by the server.
import { loadDocUpdates } from '@memviz/db';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { RunningServer } from '../src/index.js';
import { classroomWith, client, closeClients, closeEditors, collect, editor, freshPostgresDatabase, startTestServer, within } from './helpers.js';

/** Polls `check` until it holds; on timeout the error says what was awaited and what `state` was. */
async function until(check: () => boolean, what: string, state: () => unknown = () => undefined, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; state: ${JSON.stringify(state())}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Raw upgrade attempt: the HTTP status the server answers with. */
function upgradeStatus(url: string): Promise<number> {
  const ws = new WebSocket(url);
  const status = new Promise<number>((resolve) => {
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('open', () => resolve(101));
    ws.on('error', () => {});
  });
  return within(status, 10_000, `an answer to the upgrade to ${url.replace(/key=[^&]+/, 'key=…')}`).finally(() => ws.terminate());
}

describe('two instances', () => {
  let a: RunningServer;
  let b: RunningServer;
  beforeAll(async () => {
    const databaseUrl = await freshPostgresDatabase();
    const env = { DOC_COMPACT_EVERY: '10', CATCH_UP_INTERVAL_MS: '60000' };
    [a, b] = await Promise.all([startTestServer({ databaseUrl, redis: true, env }), startTestServer({ databaseUrl, redis: true, env })]);
  });
  afterEach(() => {
    closeEditors();
    closeClients();
  });
  afterAll(async () => {
    await Promise.all([a.close(), b.close()]);
  });

  it('shows a student on one instance the step the teacher made on the other', async () => {
    const { teacherApi, teacher, created } = await classroomWith(a, []);
    const studentApi = client(b);
    const joined = await studentApi.session.join.mutate({ code: created.joinCode, nickname: 'Remote' });
    const live = collect(studentApi, { sessionId: joined.sessionId, key: joined.studentKey });
    await teacherApi.program.stepTo.mutate({ ...teacher, step: 6 });
    // Catch-up polling is off (60 s): only Redis can bring it this fast.
    const events = await live.waitFor((es) => es.some((e) => e.event.type === 'StepChanged'), 5000);
    expect(events.find((e) => e.event.type === 'StepChanged')!.event).toMatchObject({ step: 6 });
    expect(a.instanceId).not.toBe(b.instanceId);
  });

  it('converges the shared editor across instances; only the teacher and the pen holder write', async () => {
    const { teacherApi, teacher, students } = await classroomWith(a, ['Ann', 'Bob']);
    const [ann, bob] = students;
    const t = editor(a, teacher, 'the teacher');
    const annEd = editor(b, ann.auth, 'Ann');
    const bobEd = editor(a, bob.auth, 'Bob');
    await Promise.all([t.synced(), annEd.synced(), bobEd.synced()]);

    t.text.insert(0, 'fn main() {}');
    const texts = () => ({ teacher: t.text.toString(), ann: annEd.text.toString(), bob: bobEd.text.toString() });
    await until(() => annEd.text.toString() === 'fn main() {}' && bobEd.text.toString() === 'fn main() {}', "the teacher's first edit on both students' editors", texts);

    // Without the pen, Bob's edit stays on his screen only.
    bobEd.text.insert(0, '// bob was here\n');
    await teacherApi.pen.give.mutate({ ...teacher, memberId: ann.memberId });
    annEd.text.insert(11, ' let s = 1; ');
    const expected = 'fn main() { let s = 1; }';
    await until(() => t.text.toString() === expected, "Ann's edit (with the pen) on the teacher's editor", texts);
    await until(() => annEd.text.toString() === expected, "Ann's editor to hold her edit alone", texts);
    // Let any stray update travel before checking that Bob's was dropped everywhere.
    await new Promise((r) => setTimeout(r, 300));
    expect(t.text.toString()).toBe(expected);
    expect(annEd.text.toString()).toBe(expected);

    // Taking the pen back takes the right to write with it, at once: Ann's instance did not
    // take the pen away itself and may not have heard of it yet, but it must still refuse her.
    await teacherApi.pen.take.mutate(teacher);
    annEd.text.insert(0, 'X');
    t.text.insert(t.text.length, '\n');
    await until(() => bobEd.text.toString().endsWith('}\n') && annEd.text.toString().endsWith('}\n'), "the teacher's last edit on both students' editors", texts);
    await new Promise((r) => setTimeout(r, 300));
    expect(t.text.toString()).toBe(`${expected}\n`);

    // A fresh editor on either instance loads the stored document.
    for (const server of [a, b]) {
      const late = editor(server, teacher, 'a late teacher');
      await late.synced();
      await until(() => late.text.toString() === `${expected}\n`, `the stored document in a fresh editor on ${server.instanceId}`, () => late.text.toString());
    }
  });

  it('stores the document as a compacted update log', async () => {
    const { teacher } = await classroomWith(a, []);
    const t = editor(a, teacher, 'the teacher');
    await t.synced();
    for (let i = 0; i < 25; i++) t.text.insert(t.text.length, `${i};`);
    const expected = Array.from({ length: 25 }, (_, i) => `${i};`).join('');
    // Compaction every 10 updates: the log stays short and still holds the whole text.
    await expect
      .poll(
        async () => {
          const log = await loadDocUpdates(a.database.db, teacher.sessionId);
          const doc = new Y.Doc();
          for (const u of log.updates) Y.applyUpdate(doc, u);
          return { text: doc.getText('source').toString(), short: log.updates.length < 10 };
        },
        { timeout: 10_000 },
      )
      .toEqual({ text: expected, short: true });
  });

  it('refuses editor connections without a valid key for the session', async () => {
    const x = await classroomWith(a, ['Ann']);
    const y = await classroomWith(b, []);
    const base = `${a.url.replace('http', 'ws')}/yjs`;
    expect(await upgradeStatus(`${base}/${x.teacher.sessionId}?key=${x.teacher.key}`)).toBe(101);
    expect(await upgradeStatus(`${base}/${x.teacher.sessionId}?key=${y.teacher.key}`)).toBe(401);
    expect(await upgradeStatus(`${base}/${y.teacher.sessionId}?key=${x.students[0].auth.key}`)).toBe(401);
    expect(await upgradeStatus(`${base}/${x.teacher.sessionId}?key=forged-key-forged-key-forged`)).toBe(401);
    expect(await upgradeStatus(`${base}/${x.teacher.sessionId}`)).toBe(401);
    expect(await upgradeStatus(`${base}/not-a-session`)).toBe(404);
  });

  it('closes the editor of a student who leaves', async () => {
    const { students } = await classroomWith(a, ['Ann']);
    const [ann] = students;
    // Ann edits through the other instance: only the bus tells it she left.
    const ed = editor(b, ann.auth, 'Ann');
    await ed.synced();
    // y-websocket treats 44xx as final: it emits 'closed' and does not reconnect.
    const closed = new Promise<{ code: number }>((resolve) => ed.provider.once('closed', (event) => resolve(event)));
    await ann.api.session.leave.mutate(ann.auth);
    expect((await within(closed, 10_000, "instance b to close Ann's editor after she left")).code).toBe(4403);
    expect(ed.provider.shouldConnect).toBe(false);
    // Her key no longer opens the editor on either instance.
    for (const server of [a, b]) {
      expect(await upgradeStatus(`${server.url.replace('http', 'ws')}/yjs/${ann.auth.sessionId}?key=${ann.auth.key}`)).toBe(401);
    }
  });
});
