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

// Warm up (JIT), then measure the best of a few runs.
interpret(program);
let best = Infinity;
let events = 0;
for (let i = 0; i < 3; i++) {
  // CPU time of this process, not wall time: the machine may be shared.
  const c0 = process.cpuUsage();
  const trace = interpret(program);
  const c1 = process.cpuUsage(c0);
  const dt = (c1.user + c1.system) / 1000;
  events = trace.events.length;
  best = Math.min(best, dt);
}
console.log(`${file.split('/').pop()}: ${events} events in ${best.toFixed(0)} ms CPU = ${Math.round((events / best) * 1000).toLocaleString('en')} events/s`);

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
