import { readFileSync } from 'node:fs';
import { loadNodeRustParser } from '../src/node.js';
import { parseRust } from '../src/syntax/parse.js';
const p = await loadNodeRustParser();
const src = readFileSync('/work/shared/corpus/programs/001_seed_employee_bonus.rs', 'utf8');
function bench(name: string, f: () => void, N = 2000) {
  for (let i = 0; i < 500; i++) f();
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < N; i++) f();
  const c = process.cpuUsage(c0); const wall = (performance.now() - t0) / N * 1000;
  console.log(name, 'cpu', ((c.user + c.system) / N).toFixed(0), 'us  wall', wall.toFixed(0), 'us');
}
bench('ts parse only', () => p.parser.parse(src)!.delete());
bench('parse + CST copy', () => p.parseCst(src));
bench('parse + CST copy (public API)', () => p.parseCst(src, { fast: false }));
bench('parseRust (full)', () => parseRust(p, src));
bench('parseRust (reparse macros)', () => parseRust(p, src, { alwaysReparseMacros: true }));
