// `pnpm --filter @memviz/classroom bench`: how long it takes to rebuild a
// session's read models from its event stream, for a 100,000-event session.
// The stream is made by the real `decide` from a scripted class (joins,
// programs set and run, steps, quizzes opened, answered, closed and
// revealed, presence, following, the pen), so every event is one the
// domain would have accepted. Pure CPU work: no servers, no I/O.

import { cpus, loadavg } from 'node:os';
import {
  decide,
  eventFor,
  fold,
  initialState,
  TEACHER_ID,
  viewFor,
  type Actor,
  type Audience,
  type CommandBody,
  type PublicEvent,
  type SessionEvent,
  type SessionState,
} from '../src/index.js';

const STREAM_EVENTS = 100_000;
const STUDENTS = 200;
const TARGET_MS = 1000;
const WARMUP_RUNS = 2;
const RUNS = 7;

/** Deterministic, so every run rebuilds the same stream. */
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

const PROGRAM = `fn main() {
    let s = String::from("hello");
    let r = &s;
    println!("{}", r);
    let t = s;
    let v = vec![1, 2, 3];
    takes(v);
}
fn takes(v: Vec<i32>) { println!("{:?}", v); }
`;

/**
 * A class of STUDENTS, lesson after lesson, until the stream is long enough.
 * Each command is decided against the state folded so far: `fold` pulls
 * events from this generator one at a time, and `visit` hands back the
 * state after each, so generation costs one `apply` per event.
 */
function generateStream(total: number): { events: SessionEvent[]; commands: number } {
  const random = prng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const events: SessionEvent[] = [];
  let state: SessionState = initialState();
  let clock = Date.parse('2026-12-03T09:00:00Z');
  let commands = 0;
  let nextStudent = 0;
  const present: string[] = [];

  function* run(by: Actor, body: CommandBody): Generator<SessionEvent> {
    clock += 1 + Math.floor(random() * 400);
    commands++;
    yield* decide({ ...body, by, at: clock } as Parameters<typeof decide>[0], state);
  }
  function* join(): Generator<SessionEvent> {
    const memberId = `student-${String(nextStudent++).padStart(4, '0')}`;
    yield* run(student(memberId), { type: 'Join', memberId, nickname: `Student ${nextStudent}`, keyHash: `hash-${memberId}` });
    yield* run(student(memberId), { type: 'SetPresence', online: true });
    present.push(memberId);
  }
  const full = () => events.length >= total;

  function* session(): Generator<SessionEvent> {
    yield* run(teacher, { type: 'CreateSession', sessionId: 'bench-session', joinCode: 'RUST42', title: 'Ownership and borrowing', teacherKeyHash: 'hash-teacher' });
    for (let i = 0; i < STUDENTS; i++) yield* join();

    for (let lesson = 0; !full(); lesson++) {
      const source = `// lesson ${lesson}\n${PROGRAM}`;
      const sourceHash = `src-${lesson}`;
      yield* run(teacher, { type: 'SetProgram', source, sourceHash });
      // Now and then the first version does not compile and is fixed.
      if (lesson % 7 === 3) {
        yield* run(teacher, { type: 'RecordRun', sourceHash, engineVersion: '0.1.0', ok: false, steps: 0, diagnostics: [{ code: 'E0382', message: 'borrow of moved value: `s`', line: 5, col: 13 }] });
        yield* run(teacher, { type: 'SetProgram', source: `${source}// fixed\n`, sourceHash: `${sourceHash}-fixed` });
        yield* run(teacher, { type: 'RecordRun', sourceHash: `${sourceHash}-fixed`, engineVersion: '0.1.0', ok: true, steps: 40, diagnostics: [] });
      } else {
        yield* run(teacher, { type: 'RecordRun', sourceHash, engineVersion: '0.1.0', ok: true, steps: 40, diagnostics: [] });
      }
      // Stepping forward through the program, sometimes back a few steps to show something again.
      for (let step = 1; step < 40 && !full(); step++) {
        yield* run(teacher, { type: 'StepTo', step });
        if (random() < 0.1) yield* run(teacher, { type: 'StepTo', step: Math.max(0, step - 1 - Math.floor(random() * 3)) });
        if (random() < 0.05) yield* run(student(pick(present)), { type: 'Follow', following: random() < 0.5 });
      }
      // The pen, for a student to fix something in the shared editor.
      if (lesson % 5 === 0) {
        yield* run(teacher, { type: 'GivePen', memberId: pick(present) });
        yield* run(teacher, { type: 'TakePen' });
      }
      // A quiz: most students answer, some change their mind before it closes.
      if (state.quizzes.size < 490) {
        const questionId = `q-${lesson}`;
        yield* run(teacher, {
          type: 'OpenQuiz',
          question: { id: questionId, kind: 'choice', prompt: 'Which line fails to compile?', options: ['line 3', 'line 5', 'line 7', 'none'], answerKey: 1 },
        });
        for (const memberId of present) {
          if (full()) break;
          if (random() < 0.9) yield* run(student(memberId), { type: 'Answer', questionId, answer: Math.floor(random() * 4) });
          if (random() < 0.1) yield* run(student(memberId), { type: 'Answer', questionId, answer: Math.floor(random() * 4) });
        }
        // Usually closed then revealed; sometimes revealed straight away (which closes it too).
        if (lesson % 4 !== 0) yield* run(teacher, { type: 'CloseQuiz', questionId });
        yield* run(teacher, { type: 'RevealQuiz', questionId });
      }
      // Comings and goings: a flaky connection, someone leaving, someone new.
      for (let i = 0; i < 3; i++) {
        const memberId = pick(present);
        yield* run(student(memberId), { type: 'SetPresence', online: false });
        yield* run(student(memberId), { type: 'SetPresence', online: true });
      }
      if (lesson % 10 === 9) {
        const leaving = present.splice(Math.floor(random() * present.length), 1)[0];
        yield* run(student(leaving), { type: 'Leave' });
        yield* join();
      }
    }
  }

  fold(session(), initialState(), (event, after) => {
    state = after;
    events.push(event);
  });
  return { events: events.slice(0, total), commands };
}

const NOBODY: Audience = { role: 'student', memberId: '\u0000' };

interface Rebuilt {
  readonly state: SessionState;
  readonly live: { full: PublicEvent; others: PublicEvent }[];
}

/** What an instance does when it loads a session: fold the stream, and keep each event as the teacher and the students see it. */
function rebuildLive(events: readonly SessionEvent[]): Rebuilt {
  const live: { full: PublicEvent; others: PublicEvent }[] = [];
  const state = fold(events, initialState(), (event, after) => {
    live.push({ full: eventFor(event, after, { role: 'teacher' }), others: eventFor(event, after, NOBODY) });
  });
  return { state, live };
}

interface Sample {
  parse: number;
  fold: number;
  live: number;
  teacherView: number;
  studentView: number;
  allStudentViews: number;
  total: number;
}

function measure(events: readonly SessionEvent[], text: string): Sample {
  const time = <T>(f: () => T): [T, number] => {
    const t0 = performance.now();
    const result = f();
    return [result, performance.now() - t0];
  };
  const [, parse] = time(() => JSON.parse(text));
  const [, foldMs] = time(() => fold(events));
  const [rebuilt, live] = time(() => rebuildLive(events));
  const [, teacherView] = time(() => viewFor(rebuilt.state, { role: 'teacher' }));
  const someone = rebuilt.state.members.keys().next().value!;
  const [, studentView] = time(() => viewFor(rebuilt.state, { role: 'student', memberId: someone }));
  const [, allStudentViews] = time(() => {
    for (const memberId of rebuilt.state.members.keys()) viewFor(rebuilt.state, { role: 'student', memberId });
  });
  return { parse, fold: foldMs, live, teacherView, studentView, allStudentViews, total: live + teacherView + studentView };
}

/** What the server's hub pays per live command in a session this big: decide, then fold the events into a copy of the state. */
function perCommand(state: SessionState): number {
  const runs = 20;
  let working = state;
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const events = decide({ type: 'StepTo', step: (working.step + 1) % 40, by: teacher, at: 0 }, working);
    working = fold(events, working);
  }
  return (performance.now() - t0) / runs;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}

function main(): void {
  console.log(`Read-model rebuild — ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0].toFixed(2)}`);
  const g0 = performance.now();
  const { events, commands } = generateStream(STREAM_EVENTS);
  const generateMs = performance.now() - g0;
  const text = JSON.stringify(events);

  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.type, (counts.get(e.type) ?? 0) + 1);
  const check = fold(events);
  if (check.version !== STREAM_EVENTS) throw new Error(`rebuilt version ${check.version}, expected ${STREAM_EVENTS}`);
  console.log(
    `Stream: ${events.length.toLocaleString('en-US')} events (${(text.length / 2 ** 20).toFixed(1)} MiB as JSON) decided from ${commands.toLocaleString('en-US')} commands in ${fmt(generateMs)}; ` +
      `${check.members.size} students, ${check.quizzes.size} quizzes at the end.`,
  );
  console.log(`Event mix: ${[...counts].sort((a, b) => b[1] - a[1]).map(([type, n]) => `${type} ${n.toLocaleString('en-US')}`).join(', ')}`);
  console.log(`Timing: ${WARMUP_RUNS} warm-up runs, then the median and the slowest of ${RUNS} runs.\n`);

  for (let i = 0; i < WARMUP_RUNS; i++) measure(events, text);
  const samples = Array.from({ length: RUNS }, () => measure(events, text));
  const row = (what: string, key: keyof Sample) => [what, fmt(median(samples.map((s) => s[key]))), fmt(Math.max(...samples.map((s) => s[key])))];
  console.log(
    table(
      ['step', 'median', 'slowest'],
      [
        row('fold the stream into state (evolve)', 'fold'),
        row('fold + each event as teacher and students see it live', 'live'),
        row("teacher's read model (viewFor)", 'teacherView'),
        row("one student's read model (viewFor)", 'studentView'),
        row('REBUILD: fold + live events + teacher and student views', 'total'),
        row(`every student's read model (${check.members.size} views, on demand)`, 'allStudentViews'),
        row('for reference: JSON.parse of the stream as text', 'parse'),
      ],
    ),
  );
  const perCommandMs = perCommand(check);
  console.log(`\nFor reference: one live command on this state (decide + fold into a copy, as the server's hub does per command): ${fmt(perCommandMs)}.`);

  const rebuild = median(samples.map((s) => s.total));
  console.log(`\nTarget: rebuild under ${TARGET_MS} ms for ${STREAM_EVENTS.toLocaleString('en-US')} events — ${rebuild < TARGET_MS ? 'MET' : 'NOT MET'} (median ${fmt(rebuild)}).`);
}

main();
