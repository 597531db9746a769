// Per-program time of memviz over the corpus (warm, in-process: check, and
// check + trace), side by side with rustc compiling the same file and running
// the binary, and with `rustc --emit=metadata` (rustc's own check).
//   cd packages/engine && node --expose-gc --import tsx bench/corpus.bench.ts
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../src/engine.js';
import { eventsOf } from '../src/events/log.js';
import type { Trace } from '../src/events/schema.js';
import { loadNodeRustParser } from '../src/node.js';
import { corpusPresent, loadCorpus } from '../test/support/corpus.js';
import { fmtMs, loadAverages, median, table, timeIt, timeItCpu, warmFor } from './support.js';

// Every check parses from scratch, as rustc does (no tree kept from the previous check).
const engine = createEngine(await loadNodeRustParser(), { incrementalParse: false });
if (!corpusPresent) {
  console.log('corpus not found (../shared/corpus or $MEMVIZ_CORPUS): nothing to measure');
  process.exit(0);
}
const programs = loadCorpus();
const hasRustc = spawnSync('rustc', ['--version']).status === 0;
const work = mkdtempSync(join(tmpdir(), 'memviz-bench-'));

// rustc first, before this process holds the traces of 037–039 (millions of
// events), so that its figures do not depend on what the parent of its process holds.
const rustc = programs.map((p) => {
  if (!hasRustc) return { meta: null, buildRun: null };
  const file = join(work, p.name);
  writeFileSync(file, p.source);
  const meta = wall(() => spawnSync('rustc', ['--edition', '2021', '--emit=metadata', '-o', join(work, 'meta.rmeta'), file], { stdio: 'ignore' }));
  const buildRun = p.expected.compiles
    ? wall(() => {
        spawnSync('rustc', ['--edition', '2021', '-o', join(work, 'prog'), file], { stdio: 'ignore' });
        spawnSync(join(work, 'prog'), [], { stdio: 'ignore', timeout: 10_000 });
      })
    : null;
  return { meta, buildRun };
});
rmSync(work, { recursive: true, force: true });

// Warm: check the whole corpus over and over (15 times, and 3 s at least) first, so that
// V8 has optimized every stage before anything is timed (otherwise the first
// programs measured pay for compiling the engine).
const warmRounds = warmFor(15, 3000, () => {
  for (const p of programs) engine.check(p.source);
});
// Every check is timed before any trace: a check timed right after a large
// trace (037–039 make millions of events) would pay for collecting it. (No
// forced collection either: the checks right after a full GC run about twice
// as slow until the young generation has grown back.)
const checks = programs.map((p) => timeItCpu(() => engine.check(p.source), { minRuns: 20, minMs: 200 }));
// Traces are timed from the smallest to the largest: a run timed after 037–039
// (millions of events) would otherwise pay for collecting their garbage, and a
// 43-line program showed 20 ms instead of under 4.
const eventCount = (t: Trace | null) => (t ? eventsOf(t).length : 0);
const eventCounts = programs.map((p) => (p.expected.compiles ? eventCount(engine.run(p.source, { fileName: p.name }).trace) : 0));
const runs = new Array<number | null>(programs.length).fill(null);
const bySize = programs.map((_, i) => i).sort((a, b) => eventCounts[a]! - eventCounts[b]!);
for (const i of bySize) {
  const p = programs[i]!;
  if (p.expected.compiles) runs[i] = timeIt(() => engine.run(p.source, { fileName: p.name }), { minRuns: 5, minMs: 200 });
}

const rows: string[][] = [];
const ratiosRun: number[] = [];
const ratiosCheck: number[] = [];
programs.forEach((p, i) => {
  const check = checks[i]!;
  const run = runs[i]!;
  const { meta: rustcMeta, buildRun: rustcBuildRun } = rustc[i]!;
  if (rustcMeta !== null) ratiosCheck.push(rustcMeta / check.wall);
  if (rustcBuildRun !== null) ratiosRun.push(rustcBuildRun / run);
  rows.push([
    p.name,
    `${fmtMs(check.wall)} (CPU ${fmtMs(check.cpu)})`,
    run === null ? '-' : fmtMs(run),
    rustcMeta === null ? '-' : fmtMs(rustcMeta),
    rustcBuildRun === null ? '-' : fmtMs(rustcBuildRun),
    rustcBuildRun === null ? '-' : `${Math.round(rustcBuildRun / run!)}x`,
  ]);
});


console.log(`${await loadAverages()}; warmed up with ${warmRounds} passes over the corpus`);
console.log(table(['program', 'memviz check (CPU)', 'memviz check+trace', 'rustc --emit=metadata', 'rustc build+run', 'speed-up (run)'], rows));
if (hasRustc) {
  console.log(`\nmedian speed-up, check vs rustc --emit=metadata: ${Math.round(median(ratiosCheck))}x (min ${Math.round(Math.min(...ratiosCheck))}x)`);
  console.log(`median speed-up, check+trace vs rustc build+run: ${Math.round(median(ratiosRun))}x (min ${Math.round(Math.min(...ratiosRun))}x)`);
} else {
  console.log('\nrustc not found on PATH: the side-by-side columns were skipped');
}

function wall(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}
