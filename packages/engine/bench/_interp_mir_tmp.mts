import { readFileSync } from 'node:fs';
import { createEngine } from '../src/engine.js';
import { loadNodeRustParser } from '../src/node.js';
import { prettyProgram } from '../src/mir/pretty.js';
const engine = createEngine(await loadNodeRustParser());
const src = readFileSync(process.argv[2], 'utf8');
const r = engine.check(src);
if (!r.program) { console.log(r.diagnostics); process.exit(1); }
console.log(prettyProgram(r.program));
