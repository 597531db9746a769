import { Parser, Language } from 'web-tree-sitter';
import { readFileSync } from 'fs';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
await Parser.init({ wasmBinary: readFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm')) });
const lang = await Language.load(readFileSync(require.resolve('tree-sitter-rust/tree-sitter-rust.wasm')));
const p = new Parser(); p.setLanguage(lang);
const src = readFileSync('/work/shared/corpus/programs/001_seed_employee_bonus.rs','utf8');
function walkCursor(tree) {
  const c = tree.walk(); let count=0;
  function rec() {
    const n = { t: c.nodeTypeId, s: c.startIndex, e: c.endIndex, f: c.currentFieldId, k: [] };
    count++;
    if (c.gotoFirstChild()) { do { n.k.push(rec()); } while (c.gotoNextSibling()); c.gotoParent(); }
    return n;
  }
  const r = rec(); c.delete(); return count;
}
function walkNodes(tree) {
  let count=0;
  function rec(node) { count++; const t=node.typeId; const s=node.startIndex, e=node.endIndex; for (const ch of node.children) rec(ch); }
  rec(tree.rootNode); return count;
}
function bench(name, f, N=2000) {
  for (let i=0;i<200;i++) f();
  const t0=performance.now(); for (let i=0;i<N;i++) f(); const dt=(performance.now()-t0)/N;
  console.log(name, (dt*1000).toFixed(1), 'us');
}
bench('parse', ()=>{ p.parse(src).delete(); });
const tree = p.parse(src);
console.log('nodes', walkCursor(tree));
bench('cursor walk', ()=>walkCursor(tree));
bench('node walk', ()=>walkNodes(tree));
bench('parse+cursor', ()=>{ const t=p.parse(src); walkCursor(t); t.delete(); });
