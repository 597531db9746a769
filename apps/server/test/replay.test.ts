// Replay: a session driven live through the API, with what every subscribed
// client received and saw recorded as it happened, is then replayed and must
// match at every event; exported, imported into fresh databases and replayed
// again identically; damaged files are refused without a trace; a share
// token reads the recording and nothing else.
import { createHash } from 'node:crypto';
import { momentOf, TEACHER_ONLY_LIVE, type SessionView } from '@memviz/classroom';
import { loadDocHistory } from '@memviz/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { readArchive, writeArchive, type LiveEvent, type RunningServer } from '../src/index.js';
import { chain, classroomWith, client, closeClients, closeEditors, collect, editor, refusal, startTestServer, until, within, type Collected } from './helpers.js';

type Auth = { sessionId: string; key: string };
type Api = ReturnType<typeof client>;
type Who = 'teacher' | 'ann' | 'bob';

interface Recorded {
  readonly auth: Record<Who, Auth>;
  readonly apis: Record<Who, Api>;
  /** Each member's read model, queried after every event. */
  readonly views: { who: Who; version: number; view: SessionView }[];
  /** Everything each subscription received. */
  readonly live: Record<Who, LiveEvent[]>;
  /** The editor's text just after each stored edit, with the time it was read. */
  readonly texts: { time: number; text: string }[];
  readonly length: number;
  readonly joinCode: string;
}

const question = { id: 'q1', kind: 'choice', prompt: 'Who owns the String after line 3?', options: ['s', 't', 'nobody'], answerKey: 1 };
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The scripted lesson, one event at a time, recording what the clients got and saw after each. */
async function recordLiveSession(server: RunningServer): Promise<Recorded> {
  const apis = { teacher: client(server), ann: client(server), bob: client(server) } as Record<Who, Api>;
  const created = await apis.teacher.session.create.mutate({ title: 'Replay me' });
  const auth = { teacher: { sessionId: created.sessionId, key: created.teacherKey } } as Record<Who, Auth>;
  const subscribers = new Map<Who, Collected>();
  const views: Recorded['views'] = [];
  const texts: Recorded['texts'] = [];
  let version = 0;

  /**
   * Waits until every subscriber has event `v` (students: the last event up to `v` they are sent),
   * then reads every member's view: nothing else may have happened meanwhile.
   */
  const settle = async (v: number) => {
    version = v;
    const teacherHas = await subscribers.get('teacher')?.waitFor((es) => (es.at(-1)?.version ?? 0) >= v);
    const forStudents = teacherHas?.filter((e) => e.version <= v && !TEACHER_ONLY_LIVE.has(e.event.type)).at(-1)?.version ?? 0;
    for (const [who, live] of subscribers) {
      const reached = who === 'teacher' ? v : forStudents;
      await live.waitFor((es) => (es.at(-1)?.version ?? 0) >= reached).catch((e) => Promise.reject(new Error(`${who}: ${e}`)));
    }
    for (const who of Object.keys(auth) as Who[]) {
      const view = await apis[who].session.view.query(auth[who]);
      expect([who, view.version]).toEqual([who, v]);
      views.push({ who, version: v, view });
    }
  };
  const command = async (call: Promise<{ version: number }>) => settle((await call).version);

  await settle(1);
  subscribers.set('teacher', collect(apis.teacher, auth.teacher));
  for (const [who, nickname] of [['ann', 'Ann'], ['bob', 'Bob']] as const) {
    const joined = await apis[who].session.join.mutate({ code: created.joinCode, nickname });
    auth[who] = { sessionId: joined.sessionId, key: joined.studentKey };
    await settle(version + 1);
    // Subscribing makes the student present: one more event, awaited before going on.
    subscribers.set(who, collect(apis[who], auth[who]));
    await subscribers.get('teacher')!.waitFor((es) => es.some((e) => e.event.type === 'PresenceChanged' && e.event.memberId === joined.memberId));
    await settle(version + 1);
  }
  const annId = views.find((v) => v.who === 'teacher' && v.view.roster.some((r) => r.nickname === 'Ann'))!.view.roster.find((r) => r.nickname === 'Ann')!.memberId;

  // The shared editor: each edit is awaited in the store, then the text is noted with the time.
  const teacherEd = editor(server, auth.teacher, 'the teacher');
  const annEd = editor(server, auth.ann, 'Ann');
  await Promise.all([teacherEd.synced(), annEd.synced()]);
  const db = server.database.db;
  const edit = async (change: () => void) => {
    const before = (await loadDocHistory(db, auth.teacher.sessionId)).length;
    change();
    await until(async () => (await loadDocHistory(db, auth.teacher.sessionId)).length > before, 'the edit to be stored');
    await until(() => teacherEd.text.toString() === annEd.text.toString(), 'both editors to agree');
    texts.push({ time: Date.now(), text: teacherEd.text.toString() });
    await sleep(5); // the next edit is stamped strictly later
  };
  await edit(() => teacherEd.text.insert(0, 'fn main() {\n}\n'));
  await edit(() => teacherEd.text.insert(12, '    let s = String::from("hi");\n'));
  await edit(() => teacherEd.text.insert(teacherEd.text.length - 2, '    let t = s;\n'));

  const { teacher } = auth;
  await command(apis.teacher.program.set.mutate({ ...teacher, source: teacherEd.text.toString() }));
  await command(apis.teacher.program.run.mutate(teacher));
  for (const step of [1, 2, 3, 1]) await command(apis.teacher.program.stepTo.mutate({ ...teacher, step }));
  await command(apis.teacher.quiz.open.mutate({ ...teacher, question }));
  await command(apis.ann.quiz.answer.mutate({ ...auth.ann, questionId: 'q1', answer: 1 }));
  await command(apis.bob.quiz.answer.mutate({ ...auth.bob, questionId: 'q1', answer: 0 }));
  await command(apis.bob.quiz.answer.mutate({ ...auth.bob, questionId: 'q1', answer: 2 })); // changed his mind
  await command(apis.teacher.quiz.close.mutate({ ...teacher, questionId: 'q1' }));
  await command(apis.teacher.quiz.reveal.mutate({ ...teacher, questionId: 'q1' }));
  await command(apis.bob.session.follow.mutate({ ...auth.bob, following: false }));
  await command(apis.teacher.pen.give.mutate({ ...teacher, memberId: annId }));
  await edit(() => annEd.text.insert(annEd.text.length - 2, '    println!("{}", t);\n'));
  await command(apis.teacher.pen.take.mutate(teacher));
  await edit(() => teacherEd.text.insert(0, '// ownership\n'));
  await command(apis.teacher.program.set.mutate({ ...teacher, source: teacherEd.text.toString() }));
  await command(apis.teacher.program.run.mutate(teacher));
  await command(apis.teacher.program.stepTo.mutate({ ...teacher, step: 5 }));
  await command(apis.teacher.session.end.mutate(teacher));

  const live = Object.fromEntries([...subscribers].map(([who, c]) => [who, [...c.events]])) as Record<Who, LiveEvent[]>;
  for (const c of subscribers.values()) c.stop();
  return { auth, apis, views, live, texts, length: version, joinCode: created.joinCode };
}

/** A view, an event list or a summary with the session's id and join code set aside: they change on import. */
const sansIds = <T>(value: T): T => {
  const v = value as Record<string, unknown>;
  if (Array.isArray(value)) return value.map(sansIds) as T;
  if (v && typeof v === 'object' && 'event' in v) return { ...v, event: sansIds(v.event) } as T;
  if (v && typeof v === 'object' && ('sessionId' in v || 'joinCode' in v)) return { ...v, ...('sessionId' in v ? { sessionId: '-' } : {}), ...('joinCode' in v ? { joinCode: '-' } : {}) } as T;
  return value;
};

async function tableCounts(server: RunningServer): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of ['events', 'sessions', 'traces', 'doc_history', 'doc_updates', 'processed_commands']) {
    const result = (await server.database.db.execute(`SELECT count(*)::int AS n FROM ${table}`)) as unknown as { rows: { n: number }[] };
    out[table] = Number(result.rows[0].n);
  }
  return out;
}

async function importOverHttp(server: RunningServer, file: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/replay/import`, { method: 'POST', body: file, headers: { 'content-type': 'application/x-ndjson' } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** Recomputes a file's chain as archive.ts documents it: what someone editing a file on purpose would do. */
function rechain(bodyLines: string[]): string {
  let hash = createHash('sha256').update('memviz-session/1').digest('hex');
  for (const line of bodyLines) hash = createHash('sha256').update(`${hash}\n${line}`).digest('hex');
  return [...bodyLines, JSON.stringify({ kind: 'end', lines: bodyLines.length, sha256: hash })].map((l) => `${l}\n`).join('');
}

describe('replay of a recorded session', () => {
  let server: RunningServer;
  let rec: Recorded;
  const targets: RunningServer[] = [];
  beforeAll(async () => {
    server = await startTestServer();
    rec = await recordLiveSession(server);
  }, 120_000);
  afterAll(async () => {
    closeEditors();
    closeClients();
    await Promise.all([server, ...targets].map((s) => s.close()));
  });

  it('(a) gives at every event the views and the events each live client had, and the editor text at each moment', async () => {
    const { auth, apis } = rec;
    // The script read the teacher's view after every single event.
    const teacherVersions = new Set(rec.views.filter((v) => v.who === 'teacher').map((v) => v.version));
    expect(Array.from({ length: rec.length }, (_, i) => i + 1).filter((v) => !teacherVersions.has(v))).toEqual([]);

    for (const who of ['teacher', 'ann', 'bob'] as const) {
      const replay = await apis[who].replay.load.query(auth[who]);
      expect(replay).toMatchObject({ viewer: who === 'teacher' ? 'teacher' : 'student', length: rec.length, nextAfter: null });
      // Every event as this member received it live, in order, none missing; a student's replay
      // also shows the arrivals, presence and following that students are not sent live.
      const sentLive = replay.events.filter((e) => who === 'teacher' || !TEACHER_ONLY_LIVE.has(e.event.type));
      expect(sentLive).toEqual(rec.live[who].map(({ version, event }) => ({ version, event })));
      expect(chain(rec.live[who])).toEqual(sentLive.map((e) => e.version));
      expect(replay.events.map((e) => e.version)).toEqual(Array.from({ length: rec.length }, (_, i) => i + 1));
      for (const seen of rec.views.filter((v) => v.who === who)) {
        const at = await apis[who].replay.seek.query({ ...auth[who], index: seen.version });
        const received = rec.live[who].find((e) => e.version === seen.version);
        // What the live screen had, trimmed to what a replay draws: the same projection. (A student's
        // page keeps the roster it loaded; the recording shows the roster as it was.)
        expect(at.moment, `${who} at event ${seen.version}`).toEqual(momentOf(seen.view));
        if (received) expect(at.event).toEqual({ version: received.version, event: received.event });
        else expect(who !== 'teacher' && TEACHER_ONLY_LIVE.has(at.event!.event.type)).toBe(true);
      }
    }
    // A student's replay shows what the student saw: no other student's answer before the reveal.
    const bobReplay = await apis.bob.replay.load.query(auth.bob);
    expect(bobReplay.events.filter((e) => e.event.type === 'AnswerGiven').map((e) => (e.event as { answer: unknown }).answer)).toEqual([0, 2]);
    expect(JSON.stringify(bobReplay)).not.toContain('keyHash');

    // The editor at each moment an edit had just been stored, and before any.
    for (const { time, text } of rec.texts) expect((await apis.teacher.replay.seek.query({ ...auth.teacher, time })).text).toBe(text);
    const start = await apis.teacher.replay.seek.query({ ...auth.teacher, index: 0 });
    expect([start.text, start.event, start.at, start.moment.status]).toEqual(['', null, null, 'none']);
    const end = await apis.teacher.replay.seek.query({ ...auth.teacher, index: rec.length });
    expect(end.text).toBe(rec.texts.at(-1)!.text);
    expect(end.moment.status).toBe('ended');

    // Markers: both runs, the question with where it closed and was revealed, the editing.
    const replay = await apis.teacher.replay.load.query(auth.teacher);
    const versionOf = (type: string, nth = 0) => rec.live.teacher.filter((e) => e.event.type === type)[nth].version;
    const byKind = (kind: string) => replay.markers.filter((m) => m.kind === kind);
    expect(byKind('run').map((m) => m.index)).toEqual([versionOf('ProgramRan', 0), versionOf('ProgramRan', 1)]);
    expect(byKind('question')).toEqual([expect.objectContaining({ questionId: 'q1', index: versionOf('QuizOpened'), closedIndex: versionOf('QuizClosed'), revealedIndex: versionOf('QuizRevealed') })]);
    expect(byKind('edit').reduce((n, m) => n + (m as { updates: number }).updates, 0)).toBe(rec.texts.length);
    expect(replay.markers.map((m) => m.at)).toEqual([...replay.markers.map((m) => m.at)].sort((a, b) => a - b));
    // The runs' traces, as stored; the editor's updates, each placed in the stream.
    expect(replay.traces).toHaveLength(2);
    for (const t of replay.traces) expect(JSON.parse(t.trace!)).toMatchObject({ ok: true, trace: { steps: 20 } });
    expect(replay.editor.updates).toHaveLength(rec.texts.length);
    expect(replay.editor.updates.map((u) => u.index)).toEqual([...replay.editor.updates.map((u) => u.index)].sort((a, b) => a - b));
    expect(replay.summary).toMatchObject({ status: 'ended', students: 2, programsRun: 2, questionsAsked: 1, events: rec.length, sharing: false });
  });

  it('(b) exports the session and imports it into fresh databases (PGlite, then PostgreSQL), replaying identically', async () => {
    const { auth, apis } = rec;
    const exported = await apis.teacher.replay.export.query(auth.teacher);
    expect(exported.filename).toMatch(/^memviz-\d{4}-\d{2}-\d{2}-replay-me\.jsonl$/);
    const lines = exported.text.trimEnd().split('\n');
    expect(JSON.parse(lines[0])).toMatchObject({ kind: 'header', format: 'memviz-session', formatVersion: 1, events: rec.length, traces: 2, updates: rec.texts.length });
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ kind: 'end', lines: lines.length - 1 });

    const original = await apis.teacher.replay.load.query(auth.teacher);
    const pglite = await startTestServer({ pglite: true });
    const postgres = await startTestServer();
    targets.push(pglite, postgres);
    const imports = [
      { target: pglite, imported: await client(pglite).replay.import.mutate({ file: exported.text }) },
      { target: postgres, imported: (await importOverHttp(postgres, exported.text)).body as { sessionId: string; teacherKey: string; joinCode: string } },
    ];
    for (const { target, imported } of imports) {
      expect(imported.sessionId).not.toBe(auth.teacher.sessionId);
      expect(imported.joinCode).not.toBe(rec.joinCode);
      const api = client(target);
      const copyAuth = { sessionId: imported.sessionId, key: imported.teacherKey };
      const copy = await api.replay.load.query(copyAuth);
      expect(sansIds(copy.events)).toEqual(sansIds(original.events));
      expect(copy.events[0].event).toMatchObject({ type: 'SessionCreated', sessionId: imported.sessionId, joinCode: imported.joinCode });
      expect(copy.markers).toEqual(original.markers);
      expect(copy.traces).toEqual(original.traces);
      expect(copy.editor).toEqual(original.editor);
      expect(sansIds(copy.summary)).toEqual(sansIds(original.summary));
      for (let index = 0; index <= rec.length; index++) {
        const [a, b] = await Promise.all([apis.teacher.replay.seek.query({ ...auth.teacher, index }), api.replay.seek.query({ ...copyAuth, index })]);
        expect(sansIds(b.moment), `teacher at ${index}`).toEqual(sansIds(a.moment));
        expect([b.text, b.at]).toEqual([a.text, a.at]);
      }
      for (const { time, text } of rec.texts) expect((await api.replay.seek.query({ ...copyAuth, time })).text).toBe(text);
      // The students' keys still open their own replay of the copy (only its teacher key is new).
      for (const seen of rec.views.filter((v) => v.who === 'ann')) {
        const at = await api.replay.seek.query({ sessionId: imported.sessionId, key: rec.auth.ann.key, index: seen.version });
        expect(sansIds(at.moment)).toEqual(sansIds(momentOf(seen.view)));
      }
      // The copy is a session like any other there: its live view and its editor load.
      expect(sansIds(await api.session.view.query(copyAuth))).toEqual(sansIds(rec.views.filter((v) => v.who === 'teacher').at(-1)!.view));
      expect(await refusal(api.replay.load.query({ sessionId: imported.sessionId, key: auth.teacher.key }))).toMatchObject({ code: 'UNAUTHORIZED' });
    }
  });

  it('(c) refuses a truncated or edited file with a typed error, leaving the database as it was', async () => {
    const { auth, apis } = rec;
    const file = (await apis.teacher.replay.export.query(auth.teacher)).text;
    const lines = file.trimEnd().split('\n');
    const body = lines.slice(0, -1);
    const stepLine = body.findIndex((l) => l.includes('"type":"StepChanged"'));
    const edited = [...lines];
    edited[stepLine] = edited[stepLine].replace(/"step":(\d+)/, (_, n) => `"step":${Number(n) + 1}`);
    expect(edited[stepLine]).not.toBe(lines[stepLine]);
    const header = JSON.parse(body[0]);
    const damaged: [string, string, string, RegExp][] = [
      ['cut inside a line', file.slice(0, Math.floor(file.length * 0.6)), 'IMPORT_TRUNCATED', /cut short/],
      ['cut after a line, the end line lost', lines.slice(0, -3).map((l) => `${l}\n`).join(''), 'IMPORT_TRUNCATED', /end line/],
      ['an empty file', '', 'IMPORT_TRUNCATED', /empty/],
      ['one line edited', edited.map((l) => `${l}\n`).join(''), 'IMPORT_TAMPERED', /SHA-256 chain/],
      ['one line removed', [...lines.slice(0, stepLine), ...lines.slice(stepLine + 1)].map((l) => `${l}\n`).join(''), 'IMPORT_TAMPERED', /removed or added/],
      ['two lines swapped', [body[0], body[2], body[1], ...lines.slice(3)].map((l) => `${l}\n`).join(''), 'IMPORT_TAMPERED', /SHA-256 chain/],
      // Edited on purpose with the chain recomputed: the content checks still refuse what the domain would not have made.
      ['an impossible event, rechained', rechain(body.map((l, i) => (i === stepLine ? l.replace(/"step":\d+/, '"step":-4') : l))), 'IMPORT_MALFORMED', new RegExp(`line ${stepLine + 1}: event.step`)],
      ['a gap in the versions, rechained', rechain(body.filter((_, i) => i !== stepLine).map((l, i) => (i === 0 ? JSON.stringify({ ...header, events: header.events - 1 }) : l))), 'IMPORT_INCONSISTENT', /version \d+ where \d+ was expected/],
      ['a newer format, rechained', rechain([JSON.stringify({ ...header, formatVersion: 2 }), ...body.slice(1)]), 'IMPORT_UNSUPPORTED', /format version 2/],
      ['an unreadable editor update, rechained', rechain(body.map((l) => (l.includes('"kind":"update"') ? l.replace(/"update":"[^"]*"/, '"update":"/////w=="') : l))), 'IMPORT_MALFORMED', /Yjs/],
    ];
    const target = await startTestServer();
    targets.push(target);
    const api = client(target);
    await api.replay.import.mutate({ file }); // the target is not empty: its data must stay exactly as it is
    const before = await tableCounts(target);
    for (const [what, text, reason, message] of damaged) {
      const viaTrpc = await refusal(api.replay.import.mutate({ file: text }));
      expect([what, viaTrpc.code, viaTrpc.reason]).toEqual([what, 'BAD_REQUEST', reason]);
      expect(viaTrpc.message, what).toMatch(message);
      const viaHttp = await importOverHttp(target, text);
      expect([what, viaHttp.status, viaHttp.body.error]).toEqual([what, 400, expect.objectContaining({ code: 'BAD_REQUEST', reason })]);
      expect(await tableCounts(target), what).toEqual(before);
    }
    // The documented chain is what the server writes: rechaining the untouched lines gives the file back.
    expect(rechain(body)).toBe(file);
    expect(() => readArchive(writeArchive(readArchive(file)))).not.toThrow();
  });
});

describe('share links', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    closeEditors();
    closeClients();
    await server.close();
  });

  it('(d) a token reads the recording and nothing else; turned off or from another session, it is refused', async () => {
    const { teacherApi, teacher, students } = await classroomWith(server, ['Ann', 'Bob']);
    const [ann, bob] = students;
    await teacherApi.quiz.open.mutate({ ...teacher, question });
    await ann.api.quiz.answer.mutate({ ...ann.auth, questionId: 'q1', answer: 1 });
    await bob.api.quiz.answer.mutate({ ...bob.auth, questionId: 'q1', answer: 0 });
    await teacherApi.session.end.mutate(teacher);
    const other = await classroomWith(server, ['Cy']);

    // Only the teacher shares, and it works after the end; the on/off are events of the stream.
    expect(await refusal(ann.api.replay.share.mutate({ ...ann.auth, enabled: true }))).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_TEACHER' });
    const shared = await teacherApi.replay.share.mutate({ ...teacher, enabled: true });
    expect(shared.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const token = { sessionId: teacher.sessionId, token: shared.token! };
    const anyone = client(server);

    const replay = await anyone.replay.load.query(token);
    expect(replay).toMatchObject({ viewer: 'observer', summary: { sharing: true } });
    expect(replay.events.at(-1)!.event).toEqual({ type: 'ShareEnabled', at: expect.any(Number) });
    // Seen as any student saw it: answers counted, not shown, until the reveal (there was none); no hashes.
    expect(replay.events.filter((e) => e.event.type === 'AnswerGiven')).toEqual([]);
    expect(replay.events.filter((e) => e.event.type === 'AnswerCounted')).toHaveLength(2);
    const text = JSON.stringify(replay);
    for (const secret of ['keyHash', 'tokenHash', 'answerKey', teacher.key, ann.auth.key]) expect(text).not.toContain(secret);
    const seek = await anyone.replay.seek.query({ ...token, index: replay.length });
    expect(seek.moment.quizzes[0]).toEqual(expect.objectContaining({ answerCount: 2, tallies: null, myAnswer: null }));
    expect(seek.moment.quizzes[0]).not.toHaveProperty('answers');
    // A student's own key: their own answer, nobody else's.
    const annSeek = await ann.api.replay.seek.query({ ...ann.auth, index: replay.length });
    expect(annSeek.moment.quizzes[0]).toEqual(expect.objectContaining({ answerCount: 2, tallies: null, myAnswer: 1 }));
    expect((await anyone.replay.events.query({ ...token, after: 0, limit: 3 })).events.map((e) => e.version)).toEqual([1, 2, 3]);

    // Nothing but the recording: every other procedure and the editor refuse the token as a key.
    const asKey = { sessionId: teacher.sessionId, key: shared.token! };
    const calls: [string, Promise<unknown>][] = [
      ['session.view', anyone.session.view.query(asKey)],
      ['session.end', anyone.session.end.mutate(asKey)],
      ['program.set', anyone.program.set.mutate({ ...asKey, source: 'fn main() {}' })],
      ['program.stepTo', anyone.program.stepTo.mutate({ ...asKey, step: 1 })],
      ['program.trace', anyone.program.trace.query(asKey)],
      ['quiz.open', anyone.quiz.open.mutate({ ...asKey, question: { ...question, id: 'q2' } })],
      ['quiz.answer', anyone.quiz.answer.mutate({ ...asKey, questionId: 'q1', answer: 1 })],
      ['replay.share', anyone.replay.share.mutate({ ...asKey, enabled: false })],
      ['replay.export', anyone.replay.export.query(asKey)],
    ];
    for (const [name, call] of calls) expect([name, (await refusal(call)).code]).toEqual([name, 'UNAUTHORIZED']);
    expect(await anyone.replay.sessions.query({ sessions: [asKey] })).toEqual({ sessions: [], refused: [teacher.sessionId] });
    const upgrade = await within(
      new Promise<number>((resolve) => {
        const ws = new WebSocket(`${server.url.replace('http', 'ws')}/yjs/${teacher.sessionId}?key=${shared.token}`);
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('open', () => resolve(101));
        ws.on('error', () => {});
      }),
      10_000,
      'the editor to answer a token',
    );
    expect(upgrade).toBe(401);

    // Another session's token, and this token sent for another session, are refused.
    const otherShared = await other.teacherApi.replay.share.mutate({ ...other.teacher, enabled: true });
    expect(await refusal(anyone.replay.load.query({ sessionId: teacher.sessionId, token: otherShared.token! }))).toMatchObject({ code: 'UNAUTHORIZED', message: 'unknown session or key' });
    expect(await refusal(anyone.replay.load.query({ sessionId: other.teacher.sessionId, token: shared.token! }))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await anyone.replay.load.query({ sessionId: other.teacher.sessionId, token: otherShared.token! })).viewer).toBe('observer');

    // Turned off: refused. Turned on again: a new token, the old one stays refused.
    const off = await teacherApi.replay.share.mutate({ ...teacher, enabled: false });
    expect(off).toMatchObject({ enabled: false, token: null, appended: 1 });
    expect(await refusal(anyone.replay.seek.query({ ...token, index: 1 }))).toMatchObject({ code: 'UNAUTHORIZED' });
    const again = await teacherApi.replay.share.mutate({ ...teacher, enabled: true });
    expect(again.token).not.toBe(shared.token);
    expect(await refusal(anyone.replay.load.query(token))).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await anyone.replay.load.query({ sessionId: teacher.sessionId, token: again.token! })).viewer).toBe('observer');
    const types = (await teacherApi.replay.load.query(teacher)).events.map((e) => e.event.type).slice(-3);
    expect(types).toEqual(['ShareEnabled', 'ShareDisabled', 'ShareEnabled']);
    // Exactly one credential.
    expect(await refusal(anyone.replay.load.query({ ...teacher, token: again.token! }))).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('lists a teacher\'s sessions, live and ended, from the keys the browser kept', async () => {
    const ended = await classroomWith(server, ['Ann', 'Bob', 'Cy']);
    await ended.teacherApi.quiz.open.mutate({ ...ended.teacher, question });
    await ended.teacherApi.program.set.mutate({ ...ended.teacher, source: 'fn main() { let v = vec![1]; }' });
    await ended.teacherApi.program.run.mutate(ended.teacher);
    await ended.students[2].api.session.leave.mutate(ended.students[2].auth);
    await sleep(20);
    await ended.teacherApi.session.end.mutate(ended.teacher);
    const live = await classroomWith(server, ['Dee']);
    const api = client(server);
    const list = await api.replay.sessions.query({
      sessions: [
        ended.teacher,
        live.teacher,
        ended.students[0].auth, // a student's key is not a teacher's
        { sessionId: live.teacher.sessionId, key: ended.teacher.key }, // another session's key
        { sessionId: '00000000-0000-4000-8000-000000000000', key: ended.teacher.key },
      ],
    });
    expect(list.refused).toEqual(['00000000-0000-4000-8000-000000000000'].sort());
    // A session given with several keys is listed when one of them is its teacher's.
    expect(list.sessions.map((s) => s.sessionId)).toEqual([live.teacher.sessionId, ended.teacher.sessionId]);
    const [l, e] = list.sessions;
    expect(e).toMatchObject({ title: 'Ownership', status: 'ended', students: 3, programsRun: 2, questionsAsked: 1, sharing: false });
    expect(e.endedAt! - e.startedAt).toBe(e.durationMs);
    expect(e.durationMs).toBeGreaterThanOrEqual(20);
    expect(l).toMatchObject({ status: 'live', endedAt: null, students: 1, programsRun: 1, questionsAsked: 0 });
    expect(new Date(l.startedAt).getFullYear()).toBeGreaterThanOrEqual(2025);
    // Bounded: at most 100 keys at once.
    const tooMany = Array.from({ length: 101 }, () => live.teacher);
    expect(await refusal(api.replay.sessions.query({ sessions: tooMany }))).toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('follows a live session as it goes on, with one recording in memory at a time', async () => {
    const small = await startTestServer({ pglite: true, env: { REPLAY_CACHE_SESSIONS: '1' } });
    try {
      const a = await classroomWith(small, ['Ann']);
      const b = await classroomWith(small, ['Bob']);
      for (let step = 1; step <= 4; step++) {
        for (const s of [a, b]) {
          await s.teacherApi.program.stepTo.mutate({ ...s.teacher, step });
          // Each load evicts the other session's recording; each seek reads what was appended since.
          const replay = await s.teacherApi.replay.load.query(s.teacher);
          const live = await s.teacherApi.session.view.query(s.teacher);
          expect(replay.length).toBe(live.version);
          expect((await s.teacherApi.replay.seek.query({ ...s.teacher, index: replay.length })).moment).toEqual(momentOf(live));
          expect((await s.students[0].api.replay.seek.query({ ...s.students[0].auth, index: replay.length })).moment).toEqual(momentOf(await s.students[0].api.session.view.query(s.students[0].auth)));
        }
      }
    } finally {
      await small.close();
    }
  });
});
