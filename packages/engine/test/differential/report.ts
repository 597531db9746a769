// Figures for BENCHMARKS.md: agreement of memviz's checker with rustc on
// generated ownership programs, the false-error count, and the most common
// disagreement patterns with their shortest example.
//   cd packages/engine && npx tsx test/differential/report.ts --n 1000 [--seed S] [--rustc-only] [--examples K]
//     [--batch B: programs per rustc call, 1 = one file each] [--all: list every disagreement]
//     [--minimize: shrink each pattern's example to a minimal program that still disagrees]
//     [--episodes closure,move]   (only those episode kinds; see EpisodeKind in test/support/gen/ownership.ts)
// --rustc-only validates the generator alone (compile/fail mix, non-borrow errors).
import type { Engine } from '../../src/engine.js';
import type { EpisodeKind } from '../support/gen/ownership.js';
import { freshSeed } from '../support/gen/prng.js';
import { minimize } from './minimize.js';
import { rustcVersion } from '../support/gen/rustc.js';
import {
  disagreement,
  disagreementPatterns,
  figures,
  formatDisagreement,
  formatFigures,
  formatMix,
  memvizVerdict,
  runDifferential,
  writeDisagreements,
} from './compare.js';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const n = Number(arg('n') ?? process.env.MEMVIZ_DIFF_N ?? 1000);
const seed = Number(arg('seed') ?? process.env.MEMVIZ_DIFF_SEED ?? freshSeed()) >>> 0;
const rustcOnly = process.argv.includes('--rustc-only');
const examples = Number(arg('examples') ?? 8);
const batchSize = Number(arg('batch') ?? process.env.MEMVIZ_DIFF_BATCH ?? 10);
const episodes = arg('episodes')?.split(',') as EpisodeKind[] | undefined;

const rustc = rustcVersion();
if (!rustc) {
  console.log('rustc not found on PATH: nothing to compare against');
  process.exit(0);
}

let engine: Engine | null = null;
if (!rustcOnly) {
  const { getEngine } = await import('../support/engine.js');
  engine = await getEngine();
}
let last = 0;
const summary = await runDifferential({
  seed,
  n,
  engine,
  episodes,
  batchSize,
  onProgress: (done) => {
    if (done - last >= 100 || done === n) {
      last = done;
      process.stderr.write(`\r${done}/${n} programs checked`);
    }
  },
});
process.stderr.write('\n');

console.log(`${rustc}`);
console.log(formatMix(summary));
for (const o of summary.outcomes.filter((o) => o.generatorBug)) {
  console.log(`[generator bug] seed ${seed} #${o.index}: ${o.rustc.errors.join('; ')}`);
}
if (!rustcOnly) {
  console.log('');
  console.log(formatFigures(summary, figures(summary)));
  const patterns = disagreementPatterns(summary);
  if (patterns.length) console.log('\ntop disagreement patterns (shortest example of each):');
  for (const p of patterns.slice(0, examples)) {
    console.log(`\n### ${p.count} x ${p.kind}: rustc [${p.rustcCodes}] vs memviz [${p.memvizCodes}] — episodes ${p.episodes.join(', ')}`);
    console.log(formatDisagreement(summary, p.example));
    console.log('rustc:  ' + (p.example.rustc.errors.join('\n        ') || 'ok'));
    console.log('memviz: ' + (p.example.memviz!.errors.join('\n        ') || 'ok'));
    console.log('```rust\n' + p.example.program.source + '```');
    if (engine && process.argv.includes('--minimize')) {
      const small = await minimize(engine, p.example.program.source);
      const m = memvizVerdict(engine, small.source).verdict;
      console.log(`minimized (${small.steps} deletions); memviz: ${m.errors.join('; ') || 'ok'}`);
      console.log('```rust\n' + small.source + '```');
    }
  }
  const dis = summary.outcomes.filter((o) => disagreement(o));
  if (dis.length && process.argv.includes('--all')) for (const o of dis) console.log(formatDisagreement(summary, o));
}
const dir = writeDisagreements(summary);
if (dir) console.log(`\ndisagreeing programs written to ${dir}`);
