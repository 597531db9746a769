import { readFileSync } from 'node:fs';
import { loadNodeRustParser } from '../src/node.js';
import { parseRust } from '../src/syntax/parse.js';
const p = await loadNodeRustParser();
const arg = process.argv[2];
const src = arg.endsWith('.rs') ? readFileSync(arg, 'utf8') : arg;
const r = parseRust(p, src, { alwaysReparseMacros: process.argv[3] === 'reparse' });
const showSpans = process.argv[3] === 'spans';
console.log(JSON.stringify(r.crate, (k, v) => {
  if (typeof v === 'bigint') return v.toString() + 'n';
  if (k === 'id') return undefined;
  if (k === 'span' && !showSpans) return undefined;
  if (k === 'span') return `${v.line}:${v.col}-${v.endLine}:${v.endCol} [${v.start},${v.end}]`;
  if (k === 'generics' && v.lifetimes.length === 0 && v.types.length === 0 && v.where.length === 0) return undefined;
  if (k === 'args' && v === null) return undefined;
  return v;
}, 1).replace(/\n\s*/g, ' '));
for (const d of r.diagnostics) console.log(`DIAG ${d.span.line}:${d.span.col} ${d.message}`);
