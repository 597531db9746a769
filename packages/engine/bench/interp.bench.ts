// Interpreter throughput and trace memory on corpus 037 (100,000 boxes).
// Run: npx tsx --expose-gc bench/interp.bench.ts [program.rs]
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/engine.js';
import { loadNodeRustParser } from '../src/node.js';
import { interpret } from '../src/interp/index.js';
import { EventLog, eventsOf } from '../src/events/log.js';
import { corpusDir } from '../test/support/corpus.js';
import { join } from 'node:path';

const file = process.argv[2] ?? join(corpusDir, 'programs', '037_many_boxes.rs');
const engine = createEngine(await loadNodeRustParser());
const checked = engine.check(readFileSync(file, 'utf8'));
if (!checked.program) throw new Error('does not compile: ' + checked.diagnostics.map((d) => d.message).join('; '));
const program = checked.program;
const gc = (globalThis as { gc?: () => void }).gc;

// CPU time of this process, not wall time: the machine may be shared.
const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

// Warm up (JIT): one run, and small programs more, until 500 ms of CPU have gone by.
const w0 = cpuMs();
for (let i = 0; i < 200 && (i === 0 || cpuMs() - w0 < 500); i++) interpret(program);

// Then at least 5 runs and 300 ms; the best and the median. CPU time counts the
// garbage collector's helper threads too (on another core they cost no wall
// time), so wall time is printed beside it: on a quiet machine wall time is
// what a user waits, under load only CPU time means anything.
const cpuTimes: number[] = [];
const wallTimes: number[] = [];
let events = 0;
let total = 0;
while (cpuTimes.length < 5 || (total < 300 && cpuTimes.length < 1000)) {
  const c0 = cpuMs();
  const w0 = performance.now();
  const trace = interpret(program);
  const wall = performance.now() - w0;
  const dt = cpuMs() - c0;
  events = eventsOf(trace).length;
  cpuTimes.push(dt);
  wallTimes.push(wall);
  total += dt;
}
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const rate = (x: number) => Math.round((events / x) * 1000).toLocaleString('en');
for (const [what, times] of [['CPU', cpuTimes], ['wall', wallTimes]] as const) {
  const sorted = [...times].sort((a, b) => a - b);
  const best = sorted[0];
  const med = sorted[Math.floor((sorted.length - 1) / 2)];
  console.log(`${file.split('/').pop()}: ${events} events in ${ms(best)} ms ${what} = ${rate(best)} events/s (best of ${sorted.length}; median ${ms(med)} ms = ${rate(med)} events/s)`);
}

if (gc) {
  // The JS heap and the typed arrays' buffers outside it (the event log lives there).
  const used = () => {
    const u = process.memoryUsage();
    return u.heapUsed + u.arrayBuffers;
  };
  gc();
  const before = used();
  const trace = interpret(program);
  gc();
  const after = used();
  const log = eventsOf(trace);
  const n = log.length;
  const mb = (after - before) / 1e6;
  console.log(`trace memory (heap and array buffers): ${mb.toFixed(1)} MB for ${n} events (${((after - before) / n).toFixed(0)} bytes/event, ${((mb * 1e6) / n).toFixed(0)} MB per 1M events)`);
  if (log instanceof EventLog) console.log(`of which the event log's arrays: ${(log.byteLength / 1e6).toFixed(1)} MB (${(log.byteLength / n).toFixed(0)} bytes/event)`);
  // What a reader that wants every event as an object at once pays on top (trace.events).
  const all = trace.events;
  gc();
  const objects = used() - after;
  console.log(`trace.events made from the log: ${(objects / 1e6).toFixed(1)} MB more for ${all.length} objects (${(objects / all.length).toFixed(0)} bytes/event)`);
} else {
  console.log('(run with --expose-gc to measure trace memory)');
}
