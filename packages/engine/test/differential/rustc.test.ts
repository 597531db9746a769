// Differential test of memviz's checker against rustc 1.95 on freshly
// generated ownership programs (test/support/gen/ownership.ts). Each run uses
// a new seed, printed in the suite's name; rerun one with
//   MEMVIZ_DIFF_SEED=<seed> MEMVIZ_DIFF_N=<n> npx vitest run test/differential
// Disagreeing programs are written to a temp folder whose path is printed.
// rustc checks 10 programs per call by default (each wrapped in its own
// module: rustc's start-up dominates on small files); MEMVIZ_DIFF_BATCH=1
// runs `rustc --edition 2021 --error-format=json --emit=metadata` once per file.
// Error-code agreement is measured over the programs rustc rejects.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshSeed } from '../support/gen/prng.js';
import { rustcVersion } from '../support/gen/rustc.js';
import { getEngine } from '../support/engine.js';
import {
  disagreement,
  disagreementPatterns,
  figures,
  formatDisagreement,
  formatFigures,
  formatMix,
  ratio,
  runDifferential,
  THRESHOLDS,
  writeDisagreements,
  type Figures,
  type Summary,
} from './compare.js';

const rustc = rustcVersion();
const seed = process.env.MEMVIZ_DIFF_SEED ? Number(process.env.MEMVIZ_DIFF_SEED) >>> 0 : freshSeed();
const n = process.env.MEMVIZ_DIFF_N ? Number(process.env.MEMVIZ_DIFF_N) : 1000;
// Programs per rustc call (each in its own module); MEMVIZ_DIFF_BATCH=1 compiles one file per program.
const batchSize = process.env.MEMVIZ_DIFF_BATCH ? Number(process.env.MEMVIZ_DIFF_BATCH) : 10;

const name = rustc
  ? `differential vs rustc (${rustc}; seed ${seed}, ${n} programs; MEMVIZ_DIFF_SEED=${seed} reproduces)`
  : 'differential vs rustc (skipped: rustc not found on PATH)';

describe.skipIf(!rustc)(name, () => {
  let summary: Summary;
  let f: Figures;

  beforeAll(async () => {
    const engine = await getEngine();
    summary = await runDifferential({ seed, n, engine, batchSize });
    f = figures(summary);
    const report = [formatFigures(summary, f), formatMix(summary)];
    const bad = summary.outcomes.filter((o) => disagreement(o) || o.generatorBug);
    for (const o of bad.slice(0, 200)) report.push(o.generatorBug ? `[generator bug] #${o.index}: ${o.rustc.errors[0]}` : formatDisagreement(summary, o));
    if (bad.length > 200) report.push(`... and ${bad.length - 200} more`);
    for (const p of disagreementPatterns(summary).slice(0, 10)) {
      report.push(`pattern: ${p.count} x ${p.kind}: rustc [${p.rustcCodes}] vs memviz [${p.memvizCodes}]; shortest #${p.example.index}; episodes ${p.episodes.join(', ')}`);
    }
    const dir = writeDisagreements(summary);
    if (dir) report.push(`disagreeing programs written to ${dir}`);
    console.log(report.join('\n'));
  }, 600_000);

  it(`rustc rejects fewer than ${THRESHOLDS.generatorBugs * 100}% of the generated programs for non-borrow reasons (generator bugs)`, () => {
    expect(f.generatorBugs / f.n).toBeLessThan(THRESHOLDS.generatorBugs);
  });

  it(`verdict agreement (compiles or not) is at least ${THRESHOLDS.verdict * 100}%`, () => {
    expect(ratio(f.verdictAgree, f.compared)).toBeGreaterThanOrEqual(THRESHOLDS.verdict);
  });

  it(`error-code-set agreement on the programs rustc rejects is at least ${THRESHOLDS.codesOnRejected * 100}%`, () => {
    expect(ratio(f.codesAgreeOnRejected, f.rustcRejects)).toBeGreaterThanOrEqual(THRESHOLDS.codesOnRejected);
  });

  it('no false errors: memviz accepts every program rustc accepts', () => {
    const falseErrors = summary.outcomes.filter((o) => disagreement(o) === 'false error').map((o) => formatDisagreement(summary, o));
    expect(falseErrors).toEqual([]);
  });
});
