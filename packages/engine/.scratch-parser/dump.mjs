import { Parser, Language } from 'web-tree-sitter';
import { readFileSync } from 'fs';
import { createRequire } from 'module';
const require = createRequire(import.meta.url);
await Parser.init({ wasmBinary: readFileSync(require.resolve('web-tree-sitter/tree-sitter.wasm')) });
const lang = await Language.load(readFileSync(require.resolve('tree-sitter-rust/tree-sitter-rust.wasm')));
const p = new Parser(); p.setLanguage(lang);
const src = process.argv[2].endsWith('.rs') ? readFileSync(process.argv[2],'utf8') : process.argv[2];
const t = p.parse(src);
function dump(n, ind, field) {
  let s = ' '.repeat(ind) + (field? field+': ':'') + (n.isNamed? n.type : JSON.stringify(n.type)) + (n.isMissing?' MISSING':'') + ` [${n.startIndex}-${n.endIndex}]` + (n.childCount===0? ' '+JSON.stringify(n.text):'');
  console.log(s);
  for (let i=0;i<n.childCount;i++) dump(n.child(i), ind+2, n.fieldNameForChild(i));
}
dump(t.rootNode, 0);
