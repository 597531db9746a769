import { readFileSync, readdirSync } from 'node:fs';
import { loadNodeRustParser } from '../src/node.js';
import { parseRust } from '../src/syntax/parse.js';
import { PRELUDE } from '../src/std/prelude.js';
const p = await loadNodeRustParser();
console.log('fast', p.fastWalk);
const dir = '/work/shared/corpus/programs/';
const r0 = parseRust(p, PRELUDE);
console.log('prelude', r0.diagnostics.map(d => `${d.span.line}:${d.span.col} ${d.message}`), r0.crate.items.length);
for (const f of readdirSync(dir).filter(f => f.endsWith('.rs'))) {
  const src = readFileSync(dir + f, 'utf8');
  const r = parseRust(p, src);
  if (r.diagnostics.length) console.log(f, r.diagnostics.map(d => `${d.span.line}:${d.span.col} ${d.message}`));
}
const src = readFileSync(dir + '001_seed_employee_bonus.rs', 'utf8');
for (let i = 0; i < 500; i++) parseRust(p, src);
const N = 3000; const t0 = performance.now();
for (let i = 0; i < N; i++) parseRust(p, src);
console.log('001 warm parse+convert us', ((performance.now() - t0) / N * 1000).toFixed(1));
const t1 = performance.now();
for (let i = 0; i < N; i++) p.parseCst(src);
console.log('001 parseCst only us', ((performance.now() - t1) / N * 1000).toFixed(1));
const t2 = performance.now();
for (let i = 0; i < N; i++) p.parser.parse(src)!.delete();
console.log('001 ts parse only us', ((performance.now() - t2) / N * 1000).toFixed(1));
