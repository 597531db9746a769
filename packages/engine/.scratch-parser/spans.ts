import { loadNodeRustParser } from '../src/node.js';
import { parseRust } from '../src/syntax/parse.js';
const p = await loadNodeRustParser();
const src = 'fn main() {\n    let s = "😀é"; let t = 1;\n    println!("{} {}", s, t + 1);\n}\n';
const r = parseRust(p, src);
const main: any = r.crate.items[0];
const show = (n: any) => `${n.span.line}:${n.span.col}-${n.span.endLine}:${n.span.endCol} [${src.slice(n.span.start, n.span.end)}]`;
for (const s of main.body.stmts) { console.log(s.kind, show(s)); if (s.init) console.log('  init', show(s.init), 'pat', show(s.pat)); }
const mac = main.body.stmts[2].expr;
console.log('macro', show(mac), 'fmt', `${mac.format.span.line}:${mac.format.span.col}`, mac.args.map(show));
for (const bad of ['fn main() { let x = ; }', 'fn main() { let x = 1 let y = 2; }', 'fn main() {\n  let x = 5 +;\n}', 'fn main() {}\n}', 'fn main() { foo(1, 2 }', 'fn main() { let x = (1, 2; }', 'fn main() { println!("{}", let); }', 'fn main() {\n  if x { \n', 'struct S { a: i32 b: i32 }', 'fn main() { x. }', 'fn main() { let v = vec![1, 2,, 3]; }', '}}}', 'fn f() -> i32 { 1 + }', 'fn main() { let = 5; }', 'let x = 5;']) {
  const r2 = parseRust(p, bad);
  console.log(JSON.stringify(bad), '=>', r2.diagnostics.map(d => `${d.span.line}:${d.span.col} ${d.message}`).join(' | '), '| items:', r2.crate.items.length);
}
