import { readFileSync } from 'node:fs';
import { createEngine } from '../src/engine.js';
import { loadNodeRustParser } from '../src/node.js';
const engine = createEngine(await loadNodeRustParser(), { incrementalParse: false });
const file = process.argv[2] ?? '../../../shared/corpus/programs/003_seed_create_box_raii.rs';
const src = readFileSync(file, 'utf8');
for (let i = 0; i < 300; i++) engine.run(src);
const ts: number[] = []; const cs: number[] = [];
for (let i = 0; i < 500; i++) { const c0 = process.cpuUsage(); const t0 = performance.now(); engine.run(src); ts.push(performance.now() - t0); const c = process.cpuUsage(c0); cs.push((c.user + c.system) / 1000); }
const chk: number[] = [];
for (let i = 0; i < 500; i++) { const t0 = performance.now(); engine.check(src); chk.push(performance.now() - t0); }
const q = (a: number[], p: number) => [...a].sort((x, y) => x - y)[Math.floor(p * (a.length - 1))].toFixed(3);
console.log('run wall p10/p50/p90', q(ts, .1), q(ts, .5), q(ts, .9), 'cpu p50', q(cs, .5), 'check p50', q(chk, .5));
