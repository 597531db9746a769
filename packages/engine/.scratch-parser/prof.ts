import { readFileSync } from 'node:fs';
import { loadNodeRustParser } from '../src/node.js';
import { parseRust } from '../src/syntax/parse.js';
const p = await loadNodeRustParser();
const src = readFileSync('/work/shared/corpus/programs/001_seed_employee_bonus.rs', 'utf8');
const snippet = 'fn __memviz() {\n__f("{}", "John");\n__f("Bonus for {} is {}", john.name, john.bonus);\n}\n';
function bench(name: string, f: () => void, N = 200) {
  for (let i = 0; i < 300; i++) f();
  let best = Infinity;
  for (let r = 0; r < 30; r++) { const t0 = performance.now(); for (let i = 0; i < N; i++) f(); best = Math.min(best, (performance.now() - t0) / N); }
  console.log(name, (best * 1000).toFixed(1), 'us (min of 30 batches)');
}
bench('full', () => parseRust(p, src));
bench('cst', () => p.parseCst(src));
bench('cst slow', () => p.parseCst(src, { fast: false }));
bench('ts parse', () => p.parser.parse(src)!.delete());
bench('snippet cst', () => p.parseCst(snippet));
bench('snippet ts', () => p.parser.parse(snippet)!.delete());
