// Borrow checker benchmark: synthetic MIR bodies of 100..1600 source lines
// (loops, two-phase borrows, shared borrows, prints), and, once the front end
// exists, every corpus program through parse → analyze → borrowck.
//
//   cd packages/engine && npx tsx bench/borrowck.bench.ts

import { borrowck } from '../src/borrowck/index.js';
import { program } from '../test/borrowck/mirBuilder.js';
import { syntheticBody } from '../test/borrowck/synthetic.js';
import { fmtMs, table, timeIt } from './support.js';

const rows: string[][] = [];
for (const lines of [100, 200, 400, 800, 1600]) {
  const body = syntheticBody(lines);
  const prog = program([body]);
  const points = body.blocks.reduce((n, b) => n + b.stmts.length + 1, 0);
  const ms = timeIt(() => borrowck(prog));
  rows.push([String(lines), String(points), String(body.locals.length), fmtMs(ms)]);
}
console.log('synthetic bodies');
console.log(table(['lines', 'MIR points', 'locals', 'borrowck (median)'], rows));

async function corpus(): Promise<void> {
  let frontend: typeof import('../src/frontend.js');
  try {
    frontend = await import('../src/frontend.js');
  } catch {
    console.log('\n(front end not available yet: corpus timings skipped)');
    return;
  }
  const { readdirSync, readFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { loadNodeRustParser } = await import('../src/node.js');
  const { parseRust } = await import('../src/syntax/parse.js');
  const { PRELUDE } = await import('../src/std/prelude.js');
  const { corpusDir } = await import('../test/support/corpus.js');
  const dir = join(corpusDir, 'programs');
  const parser = await loadNodeRustParser();
  const prelude = parseRust(parser, PRELUDE).crate;
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.rs')).sort()) {
    const src = readFileSync(join(dir, f), 'utf8');
    const front = frontend.analyze(parseRust(parser, src).crate, prelude, src);
    if (!front.program) continue;
    const prog = front.program;
    out.push([f, String(src.split('\n').length), fmtMs(timeIt(() => borrowck(prog, front.info.patternErrorFns), { minRuns: 5, minMs: 50 }))]);
  }
  out.sort((a, b) => parseFloat(b[2]) - parseFloat(a[2]));
  console.log('\ncorpus programs (slowest first)');
  console.log(table(['program', 'lines', 'borrowck (median)'], out.slice(0, 15)));
}
await corpus();
