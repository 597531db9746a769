// Interpreter throughput and trace memory on corpus 037 (100,000 boxes).
// Run: npx tsx --expose-gc bench/interp.bench.ts [program.rs]
import { readFileSync } from 'node:fs';
import { createEngine } from '../src/engine.js';
import { loadNodeRustParser } from '../src/node.js';
import { interpret } from '../src/interp/index.js';
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

// Then at least 3 runs and 300 ms; the best and the median.
const times: number[] = [];
let events = 0;
let total = 0;
while (times.length < 3 || (total < 300 && times.length < 1000)) {
  const c0 = cpuMs();
  const trace = interpret(program);
  const dt = cpuMs() - c0;
  events = trace.events.length;
  times.push(dt);
  total += dt;
}
times.sort((a, b) => a - b);
const best = times[0];
const med = times[Math.floor((times.length - 1) / 2)];
const ms = (x: number) => (x < 10 ? x.toFixed(2) : x.toFixed(0));
const rate = (x: number) => Math.round((events / x) * 1000).toLocaleString('en');
console.log(`${file.split('/').pop()}: ${events} events in ${ms(best)} ms CPU = ${rate(best)} events/s (best of ${times.length}; median ${ms(med)} ms = ${rate(med)} events/s)`);

if (gc) {
  gc();
  const before = process.memoryUsage().heapUsed;
  const trace = interpret(program);
  gc();
  const after = process.memoryUsage().heapUsed;
  const mb = (after - before) / 1e6;
  console.log(`trace heap: ${mb.toFixed(1)} MB for ${trace.events.length} events (${((after - before) / trace.events.length).toFixed(0)} bytes/event, ${((mb * 1e6) / trace.events.length * 1e6 / 1e6).toFixed(0)} MB per 1M events)`);
} else {
  console.log('(run with --expose-gc to measure trace memory)');
}
