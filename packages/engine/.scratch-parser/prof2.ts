import { readFileSync } from 'node:fs';
import { loadNodeRustParser } from '../src/node.js';
import { parseRust } from '../src/syntax/parse.js';
const p = await loadNodeRustParser();
const src = readFileSync('/work/shared/corpus/programs/001_seed_employee_bonus.rs', 'utf8');
for (let i = 0; i < 20000; i++) parseRust(p, src);
