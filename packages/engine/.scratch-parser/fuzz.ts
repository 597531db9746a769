import { readFileSync, readdirSync } from 'node:fs';
import { loadNodeRustParser } from '../src/node.js';
import { parseRust } from '../src/syntax/parse.js';
const p = await loadNodeRustParser();
const dir = '/work/shared/corpus/programs/';
const files = readdirSync(dir).filter(f => f.endsWith('.rs')).map(f => readFileSync(dir + f, 'utf8'));
let n = 0, internal = 0, silent = 0, maxMs = 0;
let seed = 42; const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
function check(src: string) {
  const t0 = performance.now();
  const r = parseRust(p, src);
  const dt = performance.now() - t0; if (dt > maxMs) maxMs = dt;
  n++;
  const bad = r.diagnostics.find(d => d.message.startsWith('internal'));
  if (bad) { internal++; if (internal < 5) console.log('INTERNAL', bad.message, JSON.stringify(src.slice(0, 200))); }
  // a tree with errors must produce at least one diagnostic
  const root = p.parseCst(src);
  if (root.hasError && r.diagnostics.length === 0) { silent++; if (silent < 5) console.log('SILENT', JSON.stringify(src.slice(-200))); }
}
for (const src of files) {
  for (let cut = 0; cut < src.length; cut += 13) check(src.slice(0, cut));
  for (let k = 0; k < 30; k++) { // delete a random span
    const a = Math.floor(rnd() * src.length), b = a + Math.floor(rnd() * 20);
    check(src.slice(0, a) + src.slice(b));
  }
  for (let k = 0; k < 30; k++) { // insert random punctuation
    const a = Math.floor(rnd() * src.length); const ch = '{}()[];,.:&|*!?<>=#@$\'"\\'[Math.floor(rnd() * 25)];
    check(src.slice(0, a) + ch + src.slice(a));
  }
}
for (let k = 0; k < 300; k++) { let s = ''; const len = Math.floor(rnd() * 300); for (let i = 0; i < len; i++) s += String.fromCharCode(Math.floor(rnd() * 128)); check(s); }
check('('.repeat(5000)); check('fn main() { ' + '('.repeat(3000) + '1' + ')'.repeat(3000) + '; }'); check('fn main() { let x = ' + '-'.repeat(5000) + '1; }');
check('fn main() { ' + 'vec!['.repeat(100) + ']'.repeat(100) + '; }'); check('fn main() { ' + 'println!("{}", '.repeat(60) + '1' + ')'.repeat(60) + '; }');
check('fn main() { let x = ' + '{'.repeat(3000) + '}'.repeat(3000) + '; }');
check('"\\u{D800}" \'ab\' 0x 1e 99999999999999999999999999999999999999999999 "\\q"');
console.log({ n, internal, silent, maxMs: maxMs.toFixed(1) });
