import { loadNodeRustParser } from '../src/node.js';
import { parseRust } from '../src/syntax/parse.js';
const p = await loadNodeRustParser();
for (const src of ['('.repeat(5000), 'fn main() { ' + '('.repeat(3000) + '1' + ')'.repeat(3000) + '; }', 'fn main() { let x = ' + '-'.repeat(5000) + '1; }',
 'fn main() { ' + 'vec!['.repeat(100) + ']'.repeat(100) + '; }', 'fn main() { ' + 'println!("{}", '.repeat(60) + '1' + ')'.repeat(60) + '; }',
 'fn main() { let x = ' + '{'.repeat(3000) + '}'.repeat(3000) + '; }', 'fn main() { let x = ' + '('.repeat(150) + '1' + ')'.repeat(150) + '; }']) {
  const t0 = performance.now(); const r = parseRust(p, src); const dt = performance.now() - t0;
  console.log(src.length, dt.toFixed(1) + 'ms', r.diagnostics.slice(0, 3).map(d => `${d.span.line}:${d.span.col} ${d.message}`), r.diagnostics.length);
}
for (const d of [500, 990, 1200]) {
  for (const src of ['fn main() { let x = ' + '('.repeat(d) + '1' + ')'.repeat(d) + '; }', 'fn main() { let x = 1' + ' + 1'.repeat(d) + '; }', 'fn main() { let x = ' + '{ '.repeat(d) + '1' + ' }'.repeat(d) + '; }', 'fn main() { ' + 'fn a() { '.repeat(d) + '}'.repeat(d) + ' }', 'fn main() { match x { 1' + ' | 1'.repeat(d) + ' => {} } }']) {
    const t0 = performance.now(); const r = parseRust(p, src); const dt = performance.now() - t0;
    console.log(d, src.slice(0, 30), dt.toFixed(1) + 'ms', r.diagnostics.slice(0, 3).map(d => `${d.span.line}:${d.span.col} ${d.message}`), r.diagnostics.length);
  }
}
