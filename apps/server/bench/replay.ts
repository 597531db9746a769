// Replay benchmark: seeking in a 3-hour session of 100,000 events, and the
// size of its export file. Run from apps/server:
//
//   npx tsx bench/replay.ts              (embedded PGlite)
//   npx tsx bench/replay.ts --postgres   (a throwaway PostgreSQL 15, installed when missing)
//
// The session is made by the real `decide` from a scripted class (200
// students; programs typed in the shared editor, set, run and stepped
// through; quizzes opened, answered, closed and revealed; presence, following,
// the pen), 100,000 events spread over three hours, with the editor's Yjs
// updates stamped with their time and place in the stream, and a stored trace
// per program. It is imported into a fresh database through POST
// /replay/import of a real server, then seeked at random points:
//   1. in memory: the classroom's Timeline and the editor history (the work of a seek);
//   2. through the service: what replay.seek does on the server (plus its refresh reads);
//   3. through the API: replay.seek over tRPC's WebSocket, serialization included.
// A seek answers with the moment (what the replay page draws: the live read
// model trimmed by `momentOf`), not the teacher's whole view, which late in a
// long session carries every student's answer to every question: both are
// timed in memory and their sizes compared.
// Target: a seek under 100 ms. Timings are wall clock on this machine, so
// other load on it shows in them: the load average is printed.

import { randomBytes } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import {
  decide,
  fold,
  initialState,
  momentFor,
  TEACHER_ID,
  Timeline,
  viewFor,
  type Actor,
  type CommandBody,
  type SessionEvent,
  type SessionState,
} from '@memviz/classroom';
import { createPostgresDatabase } from '@memviz/db';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { ensureServersInstalled, startPostgres, type RunningServer as Service } from '../../../infra/testing/servers.js';
import { writeArchive, type ArchiveTrace } from '../src/archive.js';
import { createMemvizClient } from '../src/client.js';
import { EDITOR_TEXT, EditorHistory, type EditorUpdate } from '../src/editor-history.js';
import { envSchema } from '../src/env.js';
import { startServer } from '../src/server.js';

const EVENTS = 100_000;
const DURATION_MS = 3 * 60 * 60 * 1000;
const STUDENTS = 200;
const STEPS = 40;
const SEEKS = 1000;
const API_SEEKS = 200;
const TARGET_MS = 100;

/** Deterministic, so every run seeks the same session. */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const teacher: Actor = { role: 'teacher', memberId: TEACHER_ID };
const student = (memberId: string): Actor => ({ role: 'student', memberId });

const PROGRAMS = [
  'fn main() {\n    let s = String::from("hello");\n    let t = s;\n    println!("{}", t);\n}\n',
  'fn main() {\n    let v = vec![1, 2, 3];\n    let first = &v[0];\n    println!("{}", first);\n}\n',
  'fn takes(s: String) -> usize { s.len() }\nfn main() {\n    let s = String::from("moved");\n    let n = takes(s);\n    println!("{}", n);\n}\n',
  'fn main() {\n    let mut v = Vec::new();\n    for i in 0..4 { v.push(i * 2); }\n    let total: i32 = v.iter().sum();\n    println!("{}", total);\n}\n',
];

interface Generated {
  readonly events: SessionEvent[];
  readonly updates: EditorUpdate[];
  readonly traces: ArchiveTrace[];
}

/**
 * The class, lesson after lesson, each command decided against the state
 * folded so far. `fold` pulls the events from this generator and `visit`
 * hands back the state after each, so a command costs one `apply`.
 */
function generate(): Generated {
  const random = prng(7);
  const events: SessionEvent[] = [];
  const updates: EditorUpdate[] = [];
  const sources = new Map<string, string>();
  const doc = new Y.Doc();
  const text = doc.getText(EDITOR_TEXT);
  let state: SessionState = initialState();
  // Three hours over EVENTS commands, on average; typing advances the clock too.
  let clock = Date.parse('2026-11-05T09:00:00Z');
  // Typing takes about a ninth of the time (~15,000 updates at ~80 ms): the events share the rest.
  const gap = () => 1 + Math.floor(random() * ((2 * DURATION_MS * 8) / 9 / EVENTS));
  doc.on('update', (update: Uint8Array) => updates.push({ at: clock, index: events.length, update }));
  const present: string[] = [];
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const full = () => events.length >= EVENTS - 1; // the last event is the end

  function* run(by: Actor, body: CommandBody): Generator<SessionEvent> {
    clock += gap();
    yield* decide({ ...body, by, at: clock } as Parameters<typeof decide>[0], state);
  }
  function type(line: string): void {
    // A few characters per update, as an editor sends them while someone types.
    for (let i = 0; i < line.length; ) {
      const n = 1 + Math.floor(random() * 6);
      clock += 40 + Math.floor(random() * 80);
      text.insert(text.length, line.slice(i, i + n));
      i += n;
    }
  }

  function* session(): Generator<SessionEvent> {
    yield* run(teacher, { type: 'CreateSession', sessionId: 'bench-replay', joinCode: 'REPLAY', title: 'Ownership, borrowing and the heap', teacherKeyHash: 'hash-teacher' });
    for (let i = 0; i < STUDENTS; i++) {
      const memberId = `student-${String(i).padStart(4, '0')}`;
      yield* run(student(memberId), { type: 'Join', memberId, nickname: `Student ${i + 1}`, keyHash: `hash-${memberId}` });
      yield* run(student(memberId), { type: 'SetPresence', online: true });
      present.push(memberId);
    }
    for (let lesson = 0; !full(); lesson++) {
      // The teacher writes the lesson's program in the shared editor, then sets and runs it.
      text.delete(0, text.length);
      for (const line of `// lesson ${lesson}\n${PROGRAMS[lesson % PROGRAMS.length]}`.split(/(?<=\n)/)) type(line);
      const source = text.toString();
      const sourceHash = `src-${lesson}`;
      sources.set(sourceHash, source);
      yield* run(teacher, { type: 'SetProgram', source, sourceHash });
      yield* run(teacher, { type: 'RecordRun', sourceHash, engineVersion: '0.1.0', ok: true, steps: STEPS, diagnostics: [] });
      for (let step = 1; step < STEPS && !full(); step++) {
        yield* run(teacher, { type: 'StepTo', step });
        if (random() < 0.1) yield* run(teacher, { type: 'StepTo', step: Math.max(0, step - 1 - Math.floor(random() * 3)) });
        if (random() < 0.08) yield* run(student(pick(present)), { type: 'Follow', following: random() < 0.5 });
      }
      if (lesson % 6 === 0 && !full()) {
        // A student fixes something with the pen.
        const holder = pick(present);
        yield* run(teacher, { type: 'GivePen', memberId: holder });
        type(`// ${holder} was here\n`);
        yield* run(teacher, { type: 'TakePen' });
      }
      if (state.quizzes.size < 480 && !full()) {
        const questionId = `q-${lesson}`;
        yield* run(teacher, { type: 'OpenQuiz', question: { id: questionId, kind: 'choice', prompt: 'Which line fails to compile?', options: ['2', '3', '4', 'none'], answerKey: 1 } });
        for (const memberId of present) {
          if (full()) break;
          if (random() < 0.85) yield* run(student(memberId), { type: 'Answer', questionId, answer: Math.floor(random() * 4) });
          if (random() < 0.1 && !full()) yield* run(student(memberId), { type: 'Answer', questionId, answer: Math.floor(random() * 4) });
        }
        if (!full()) yield* run(teacher, { type: 'CloseQuiz', questionId });
        if (!full()) yield* run(teacher, { type: 'RevealQuiz', questionId });
      }
      // Flaky connections.
      for (let i = 0; i < 20 && !full(); i++) {
        const memberId = pick(present);
        yield* run(student(memberId), { type: 'SetPresence', online: false });
        if (!full()) yield* run(student(memberId), { type: 'SetPresence', online: true });
      }
    }
    yield* run(teacher, { type: 'EndSession' });
  }

  fold(session(), initialState(), (event, after) => {
    state = after;
    events.push(event);
  });
  doc.destroy();
  const traces: ArchiveTrace[] = [];
  for (const e of events) {
    if (e.type !== 'ProgramRan') continue;
    // A stored run of realistic size: the runner's output with STEPS steps of memory events.
    const trace = {
      ok: true,
      diagnostics: [],
      trace: {
        steps: STEPS,
        source: sources.get(e.sourceHash),
        events: Array.from({ length: STEPS * 4 }, (_, i) => ({ seq: i, kind: i % 4 === 0 ? 'step' : 'write', frame: 0, slot: i % 7, value: { kind: 'int', bits: 32, value: i } })),
      },
    };
    traces.push({ sourceHash: e.sourceHash, engineVersion: e.engineVersion, trace: JSON.stringify(trace) });
  }
  return { events, updates, traces };
}

const quantile = (sorted: readonly number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

async function timed<T>(f: () => T | Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await f();
  return [result, performance.now() - t0];
}

/** p50, p99 and the slowest of `n` runs of `f` at random points (after a few unmeasured ones). */
async function seekTimes(n: number, random: () => number, f: (point: number) => unknown): Promise<{ p50: number; p99: number; max: number }> {
  for (let i = 0; i < 20; i++) await f(random());
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push((await timed(() => f(random())))[1]);
  samples.sort((a, b) => a - b);
  return { p50: quantile(samples, 0.5), p99: quantile(samples, 0.99), max: samples.at(-1)! };
}

async function main(): Promise<void> {
  const usePostgres = process.argv.includes('--postgres');
  console.log(`Replay seek — ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0].toFixed(2)}, ${usePostgres ? 'PostgreSQL 15' : 'embedded PGlite'}`);
  const [generated, generateMs] = await timed(generate);
  const { events, updates, traces } = generated;
  const hours = (events.at(-1)!.at - events[0].at) / 3_600_000;
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  console.log(
    `Session: ${events.length.toLocaleString('en-US')} events over ${hours.toFixed(2)} h, ${updates.length.toLocaleString('en-US')} editor updates, ${traces.length} stored runs; made in ${fmt(generateMs)}.`,
  );
  console.log(`Event mix: ${[...counts].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n.toLocaleString('en-US')}`).join(', ')}\n`);

  // 1. In memory: the Timeline and the editor history, as the server holds them.
  const [timeline, buildMs] = await timed(() => new Timeline(events));
  const [editor, editorBuildMs] = await timed(() => new EditorHistory(updates));
  const random = prng(99);
  const point = (r: number) => Math.floor(r * (events.length + 1));
  const start = events[0].at;
  const end = events.at(-1)!.at;
  const someone = { role: 'student', memberId: 'student-0042' } as const;
  const state = await seekTimes(SEEKS, random, (r) => timeline.stateAt(point(r)));
  const teacherView = await seekTimes(SEEKS, random, (r) => viewFor(timeline.stateAt(point(r)), { role: 'teacher' }));
  const studentView = await seekTimes(SEEKS, random, (r) => viewFor(timeline.stateAt(point(r)), someone));
  const text = await seekTimes(SEEKS, random, (r) => editor.textAt(start + r * (end - start)));
  const teacherMoment = await seekTimes(SEEKS, random, (r) => timeline.momentAt(point(r), { role: 'teacher' }));
  const whole = await seekTimes(SEEKS, random, (r) => {
    const index = point(r);
    return [timeline.momentAt(index, { role: 'teacher' }), editor.textAt(timeline.timeOf(index) ?? start)];
  });
  // JSON sizes at the end of the session, where the views are largest.
  const last = timeline.stateAt(events.length);
  const sizes = {
    teacherView: Buffer.byteLength(JSON.stringify(viewFor(last, { role: 'teacher' }))),
    teacherMoment: Buffer.byteLength(JSON.stringify(momentFor(last, { role: 'teacher' }))),
    studentMoment: Buffer.byteLength(JSON.stringify(momentFor(last, someone))),
  };
  const [, naiveMs] = await timed(() => fold(events.slice(0, Math.floor(events.length * 0.9))));

  // 2 and 3. A real server with a fresh database: import over HTTP, then seek through the service and the API.
  let postgres: Service | null = null;
  let databaseUrl: string | undefined;
  if (usePostgres) {
    ensureServersInstalled();
    postgres = await startPostgres();
    databaseUrl = await createPostgresDatabase(postgres.url, `bench_replay_${randomBytes(4).toString('hex')}`);
  }
  const server = await startServer({
    env: envSchema.parse({ PORT: '0', DATABASE_URL: databaseUrl, JOIN_RATE_PER_MINUTE: '100000', COMMAND_RATE_PER_SECOND: '100000' }),
    pgliteDir: 'memory://',
    runner: { version: async () => '0.1.0', run: async () => ({ ok: true, diagnostics: [], trace: { steps: STEPS } }) },
  });
  // Connected only when the API is timed: the import and the first load can hold the event loop (PGlite
  // runs in this process) longer than the server's keep-alive allows an idle socket.
  let api: ReturnType<typeof createMemvizClient> | null = null;
  try {
    const [file, writeMs] = await timed(() => writeArchive({ sessionId: 'bench-replay', title: 'Ownership, borrowing and the heap', exportedAt: Date.now(), events, traces, updates }));
    const bytes = Buffer.byteLength(file);
    const [response, importMs] = await timed(async () => {
      const r = await fetch(`${server.url}/replay/import`, { method: 'POST', body: file });
      return (await r.json()) as { sessionId: string; teacherKey: string; error?: unknown };
    });
    if (response.error) throw new Error(`import refused: ${JSON.stringify(response.error)}`);
    const auth = { sessionId: response.sessionId, key: response.teacherKey };
    const [access, coldLoadMs] = await timed(() => server.replays.access(auth.sessionId, { key: auth.key }));
    const [exported, exportMs] = await timed(() => server.replays.export(auth.sessionId));
    const accessOnly = await seekTimes(SEEKS, random, () => server.replays.access(auth.sessionId, { key: auth.key }));
    const service = await seekTimes(SEEKS, random, async (r) => server.replays.seek(await server.replays.access(auth.sessionId, { key: auth.key }), { index: point(r) }));
    const serviceByTime = await seekTimes(SEEKS, random, async (r) => server.replays.seek(await server.replays.access(auth.sessionId, { key: auth.key }), { time: start + r * (end - start) }));
    const client = (api = createMemvizClient(server.url, { WebSocket }));
    const [pkg, loadMs] = await timed(() => client.api.replay.load.query(auth));
    const overApi = await seekTimes(API_SEEKS, random, (r) => client.api.replay.seek.query({ ...auth, index: point(r) }));
    const overApiByTime = await seekTimes(API_SEEKS, random, (r) => client.api.replay.seek.query({ ...auth, time: start + r * (end - start) }));
    const row = (what: string, s: { p50: number; p99: number; max: number }) => [what, fmt(s.p50), fmt(s.p99), fmt(s.max)];
    console.log(`Timing: ${SEEKS} seeks at random points (${API_SEEKS} over the API), after 20 unmeasured ones.\n`);
    console.log(
      table(
        ['seek at a random point of 100,000 events', 'p50', 'p99', 'slowest'],
        [
          row('state at event N (Timeline.stateAt)', state),
          row("state + the teacher's whole read model (viewFor)", teacherView),
          row("state + one student's whole read model (viewFor)", studentView),
          row("state + the teacher's moment (Timeline.momentAt)", teacherMoment),
          row('editor text at a time (EditorHistory.textAt)', text),
          row('SEEK, in memory: teacher moment + editor text', whole),
          row('access check alone (reads what was appended since)', accessOnly),
          row('SEEK, service: access check + refresh reads + seek by index', service),
          row('SEEK, service: by time', serviceByTime),
          row('SEEK over the API (tRPC WebSocket, teacher moment as JSON)', overApi),
          row('SEEK over the API, by time', overApiByTime),
        ],
      ),
    );
    console.log(`\nFor reference: folding 90% of the stream from the start, without checkpoints: ${fmt(naiveMs)}.`);
    console.log(
      table(
        ['one-off work', 'time', 'size'],
        [
          ['build the timeline (a checkpoint every 1,000 events)', fmt(buildMs), ''],
          ['build the editor history (a checkpoint every 200 updates)', fmt(editorBuildMs), ''],
          ['write the export file', fmt(writeMs), mib(bytes)],
          ['import it over HTTP (check everything, one transaction)', fmt(importMs), ''],
          ['first access: read the stream and editor history, build both', fmt(coldLoadMs), ''],
          ['export it again from the store (replay.export)', fmt(exportMs), mib(Buffer.byteLength(exported.text))],
          ['replay.load over the API (events, markers, traces, editor)', fmt(loadMs), mib(Buffer.byteLength(JSON.stringify(pkg)))],
        ],
      ),
    );
    console.log(
      `\nJSON at the end of the session: the teacher's whole view ${(sizes.teacherView / 1024).toFixed(0)} KiB, the teacher's moment ${(sizes.teacherMoment / 1024).toFixed(0)} KiB, a student's moment ${(sizes.studentMoment / 1024).toFixed(0)} KiB.`,
    );
    console.log(`\nExport file: ${bytes.toLocaleString('en-US')} bytes (${mib(bytes)}), ${file.split('\n').length - 1} lines; viewer ${access.viewer}.`);
    const worst = Math.max(whole.p99, service.p99, serviceByTime.p99, overApi.p99, overApiByTime.p99);
    console.log(`Load average at the end: ${loadavg()[0].toFixed(2)}.`);
    console.log(`Target: a seek under ${TARGET_MS} ms at p99 — ${worst < TARGET_MS ? 'MET' : 'NOT MET'} (worst p99 above ${fmt(worst)}).`);
  } finally {
    api?.close();
    await server.close();
    await postgres?.stop();
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
