import { Parser, Language } from 'web-tree-sitter';
import { readFileSync } from 'fs';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
const mod = { wasmBinary: readFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm')) };
await Parser.init(mod);
const lang = await Language.load(readFileSync(require.resolve('tree-sitter-rust/tree-sitter-rust.wasm')));
const p = new Parser(); p.setLanguage(lang);
const src = readFileSync('/work/shared/corpus/programs/001_seed_employee_bonus.rs','utf8');
function walkMin(tree) {
  const c = tree.walk(); let count=0;
  function rec() { count++; const t=c.nodeTypeId;
    if (c.gotoFirstChild()) { do { rec(); } while (c.gotoNextSibling()); c.gotoParent(); } }
  rec(); c.delete(); return count;
}
function walkLeafPos(tree) {
  const c = tree.walk(); let count=0;
  function rec() { count++; const t=c.nodeTypeId; const f = c.currentFieldId;
    if (c.gotoFirstChild()) { do { rec(); } while (c.gotoNextSibling()); c.gotoParent(); } else { const s=c.startIndex, e=c.endIndex; } }
  rec(); c.delete(); return count;
}
function walkChildren(tree) {
  let count=0;
  function rec(node) { count++; const t=node.typeId; const ch=node.children; if (ch.length) for (const x of ch) rec(x); else node.endIndex; }
  rec(tree.rootNode); return count;
}
// raw module access
const M = mod;
function walkRaw(tree) {
  const tp = tree[0];
  const c = tree.walk();
  // put cursor into transfer buffer
  c.nodeTypeId; // marshals
  let count=0;
  function rec() { count++; const t=M._ts_tree_cursor_current_node_type_id_wasm(tp); const f=M._ts_tree_cursor_current_field_id_wasm(tp);
    const s=M._ts_tree_cursor_start_index_wasm(tp), e=M._ts_tree_cursor_end_index_wasm(tp);
    if (M._ts_tree_cursor_goto_first_child_wasm(tp)) { do { rec(); } while (M._ts_tree_cursor_goto_next_sibling_wasm(tp)); M._ts_tree_cursor_goto_parent_wasm(tp); } }
  rec(); c.delete(); return count;
}
function bench(name, f, N=3000) {
  for (let i=0;i<300;i++) f();
  const t0=performance.now(); for (let i=0;i<N;i++) f(); const dt=(performance.now()-t0)/N;
  console.log(name, (dt*1000).toFixed(1), 'us');
}
const tree = p.parse(src);
console.log(typeof M._ts_tree_cursor_goto_first_child_wasm, walkRaw(tree), walkMin(tree));
bench('min', ()=>walkMin(tree));
bench('leafpos', ()=>walkLeafPos(tree));
bench('children', ()=>walkChildren(tree));
bench('raw', ()=>walkRaw(tree));
bench('parse', ()=>{ p.parse(src).delete(); });
const small = 'fn __m(){__f("Bonus for {} is {}", john.name, john.bonus);}';
bench('parse small', ()=>{ p.parse(small).delete(); });
let many = 'fn __m(){'; for (let i=0;i<10;i++) many += '__f("Bonus for {} is {}", john.name, john.bonus);'; many += '}';
bench('parse 10 batched', ()=>{ p.parse(many).delete(); });
const names = new Map(); for (let i=0;i<lang.nodeTypeCount;i++){ const n=lang.types[i]; if(!n) continue; const k=n; if(names.has(k)) console.log('dup', k, names.get(k), i, lang.nodeTypeIsNamed(names.get(k)), lang.nodeTypeIsNamed(i), lang.nodeTypeIsVisible(i)); else names.set(k,i); }
console.log(lang.fields);
