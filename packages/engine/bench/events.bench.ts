// Seeking benchmark: a 1,000,000-event synthetic trace, its timeline, and
// 1,000 seeks to random steps.
//
//   cd packages/engine && npx tsx bench/events.bench.ts
//   node --expose-gc --import tsx bench/events.bench.ts    (exact heap figures)
//
// Options: --events N (default 1000000), --every K (checkpoint spacing),
// --seeks N (default 1000), --warmup N (cold seeks timed apart first, default 200), --seed S, --depth D (max call depth, default 8),
// --locals L (max locals per frame, default 8).

import { generateTrace } from '../test/events/gen.js';
import { createTimeline, DEFAULT_CHECKPOINT_EVERY } from '../src/events/seek.js';
import { validateTrace } from '../src/events/validate.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const EVENTS = arg('events', 1_000_000);
const EVERY = arg('every', DEFAULT_CHECKPOINT_EVERY);
const SEEKS = arg('seeks', 1000);
const SEED = arg('seed', 42);
const DEPTH = arg('depth', 8);
const LOCALS = arg('locals', 8);

const gc = (globalThis as { gc?: () => void }).gc;

/** The JS heap and the array buffers outside it (where an event log keeps its events). */
function heapUsed(): number {
  if (gc) {
    gc();
    gc();
  }
  const u = process.memoryUsage();
  return u.heapUsed + u.arrayBuffers;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(3)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Same PRNG family as the generator, so runs are reproducible. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WARMUP = arg('warmup', 200);

/** The first WARMUP random seeks of a timeline, sorted: what a fresh page pays before V8 has compiled the seek path. */
function coldSeeks(timeline: ReturnType<typeof createTimeline>, seed: number): number[] {
  const rand = random(seed);
  const times: number[] = [];
  for (let i = 0; i < WARMUP; i++) {
    const step = Math.floor(rand() * timeline.stepCount);
    const start = performance.now();
    const state = timeline.stateAtStep(step);
    times.push(performance.now() - start);
    if (state.step !== step) throw new Error(`seek to step ${step} landed on ${state.step}`);
  }
  return times.sort((a, b) => a - b);
}

const base = heapUsed();
let t0 = performance.now();
const trace = generateTrace({ events: EVENTS, seed: SEED, maxDepth: DEPTH, maxLocalsPerFrame: LOCALS });
const genMs = performance.now() - t0;
const afterTrace = heapUsed();

t0 = performance.now();
const validation = validateTrace(trace);
const validateMs = performance.now() - t0;
if (!validation.ok) throw new Error(`the synthetic trace is invalid: ${validation.error}`);

t0 = performance.now();
const timeline = createTimeline(trace, { checkpointEvery: EVERY });
const buildMs = performance.now() - t0;
const afterTimeline = heapUsed();

// Random seeks: each one jumps far from the last, so the forward-step cache never helps.
// Wall time, and this process's CPU time (all its threads, GC included): on a shared machine the
// wall-time tail also counts the time other processes held the cores.
// The first seeks of a process pay for V8 compiling the seek path; they are timed apart (the
// "cold" rows), as a page pays that once and then seeks warm.
const coldSynthetic = coldSeeks(timeline, SEED + 1);
const rand = random(SEED);
const times: number[] = [];
const cpuTimes: number[] = [];
for (let i = 0; i < SEEKS; i++) {
  const step = Math.floor(rand() * timeline.stepCount);
  const c0 = process.cpuUsage();
  const start = performance.now();
  const state = timeline.stateAtStep(step);
  times.push(performance.now() - start);
  const c = process.cpuUsage(c0);
  cpuTimes.push((c.user + c.system) / 1000);
  if (state.step !== step) throw new Error(`seek to step ${step} landed on ${state.step}`);
}
times.sort((a, b) => a - b);
cpuTimes.sort((a, b) => a - b);

// Stepping forward one step at a time, as the UI's "next" button does.
const forward: number[] = [];
const from = Math.floor(timeline.stepCount / 2);
for (let s = from; s < Math.min(timeline.stepCount, from + SEEKS); s++) {
  const start = performance.now();
  timeline.stateAtStep(s);
  forward.push(performance.now() - start);
}
forward.sort((a, b) => a - b);

const rows: [string, string][] = [
  ['events', trace.events.length.toLocaleString('en-US')],
  ['steps', timeline.stepCount.toLocaleString('en-US')],
  ['shape', `call depth <= ${DEPTH}, <= ${LOCALS} locals per frame`],
  ['checkpoint every', `${timeline.checkpointEvery} events (${timeline.checkpointCount.toLocaleString('en-US')} checkpoints)`],
  ['heap: trace', gc ? mb(afterTrace - base) : `${mb(afterTrace - base)} (no --expose-gc: approximate)`],
  ['heap: timeline', mb(afterTimeline - afterTrace)],
  ['heap: trace + timeline', mb(afterTimeline - base)],
  ['generate trace', ms(genMs)],
  ['validate trace', ms(validateMs)],
  ['build timeline', ms(buildMs)],
  [`cold: first ${WARMUP} seeks, p50 / max`, `${ms(percentile(coldSynthetic, 50))} / ${ms(coldSynthetic[coldSynthetic.length - 1])}`],
  [`random seek p50 (${SEEKS}, warm)`, ms(percentile(times, 50))],
  ['random seek p99', ms(percentile(times, 99))],
  ['random seek max', ms(times[times.length - 1])],
  ['random seek CPU p50 / p99 / max', `${ms(percentile(cpuTimes, 50))} / ${ms(percentile(cpuTimes, 99))} / ${ms(cpuTimes[cpuTimes.length - 1])}`],
  ['next-step seek p50', ms(percentile(forward, 50))],
  ['next-step seek p99', ms(percentile(forward, 99))],
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`memviz events benchmark (node ${process.version})`);
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
// Keep everything alive until after the measurements.
if (timeline.eventCount !== trace.events.length) throw new Error('unreachable');

// ---------------------------------------------------------------- an interpreter's trace
// The same questions for a trace as the interpreter makes it: its events kept in an event log
// (typed arrays outside the JS heap, so memory here is the heap and the array buffers), and every
// seek decoding the events it folds.
{
  const { createEngine } = await import('../src/engine.js');
  const { loadNodeRustParser } = await import('../src/node.js');
  const { eventsOf } = await import('../src/events/log.js');
  const engine = createEngine(await loadNodeRustParser());
  // About 15 events per iteration: 66,667 iterations make a million.
  const source = `fn main() {
    let mut sum: u64 = 0;
    for i in 0..66_667u64 {
        let b = Box::new(i);
        sum += *b;
    }
    println!("{}", sum);
}`;
  const before = heapUsed();
  let t = performance.now();
  const run = engine.run(source, { fileName: 'boxes.rs' });
  const runMs = performance.now() - t;
  const trace = run.trace!;
  const afterRun = heapUsed();
  t = performance.now();
  const timeline = createTimeline(trace, { checkpointEvery: EVERY });
  const buildMs = performance.now() - t;
  const afterTimeline = heapUsed();
  const cold = coldSeeks(timeline, SEED + 1);
  const rand = random(SEED);
  const seeks: number[] = [];
  for (let i = 0; i < SEEKS; i++) {
    const step = Math.floor(rand() * timeline.stepCount);
    const start = performance.now();
    const state = timeline.stateAtStep(step);
    seeks.push(performance.now() - start);
    if (state.step !== step) throw new Error(`seek to step ${step} landed on ${state.step}`);
  }
  seeks.sort((a, b) => a - b);
  const n = eventsOf(trace).length;
  const rows2: [string, string][] = [
    ['events', n.toLocaleString('en-US')],
    ['steps', timeline.stepCount.toLocaleString('en-US')],
    ['check + run', ms(runMs)],
    ['memory: trace (heap + array buffers)', `${mb(afterRun - before)} (${((afterRun - before) / n).toFixed(0)} bytes/event)`],
    ['memory: timeline', mb(afterTimeline - afterRun)],
    ['memory: trace + timeline', mb(afterTimeline - before)],
    ['build timeline', ms(buildMs)],
    [`cold: first ${WARMUP} seeks, p50 / max`, `${ms(percentile(cold, 50))} / ${ms(cold[cold.length - 1])}`],
    [`random seek p50 (${SEEKS}, warm)`, ms(percentile(seeks, 50))],
    ['random seek p99', ms(percentile(seeks, 99))],
    ['random seek max', ms(seeks[seeks.length - 1])],
  ];
  const w2 = Math.max(...rows2.map(([k]) => k.length));
  console.log(`\nan interpreter's trace (a loop of boxes), kept in its event log`);
  for (const [k, v] of rows2) console.log(`  ${k.padEnd(w2)}  ${v}`);
  if (timeline.eventCount !== n) throw new Error('unreachable');
}
