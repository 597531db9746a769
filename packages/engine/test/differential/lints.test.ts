// Differential test of rustc's deny-by-default lints that stop a build
// (arithmetic_overflow, unconditional_panic, overflowing_literals) on fresh
// integer programs (test/support/gen/arith.ts): memviz must report the same
// errors at the same places as rustc 1.95. rustc runs with `--emit=mir`, since
// `--emit=metadata` stops before the pass that lints known panics. Rerun a seed with
//   MEMVIZ_LINT_SEED=<seed> npx vitest run test/differential/lints
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { arithProgram } from '../support/gen/arith.js';
import { freshSeed } from '../support/gen/prng.js';
import { rustcCheckBatched, rustcVersion, type RustcResult } from '../support/gen/rustc.js';
import { getEngine } from '../support/engine.js';

const rustc = rustcVersion();
const seed = process.env.MEMVIZ_LINT_SEED ? Number(process.env.MEMVIZ_LINT_SEED) >>> 0 : freshSeed();
const N = 500;

const name = rustc
  ? `lints vs rustc (${rustc}; seed ${seed}, ${N} programs; MEMVIZ_LINT_SEED=${seed} reproduces)`
  : 'lints vs rustc (skipped: rustc not found on PATH)';

describe.skipIf(!rustc)(name, () => {
  const sources = Array.from({ length: N }, (_, i) => ({ name: `p${i}`, source: arithProgram(seed, i) }));
  let theirs: RustcResult[];
  let ours: string[][];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memviz-lints-'));
    try {
      theirs = await rustcCheckBatched(sources, dir, 2, 20, undefined, false, 'mir');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const engine = await getEngine();
    ours = sources.map((s) => positions(engine.check(s.source).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.span.line, d.span.col])));
  }, 300_000);

  it('reports the same errors, at the same lines and columns, on every program', () => {
    const differ: string[] = [];
    let rejected = 0;
    sources.forEach((s, i) => {
      const expected = positions(theirs[i].errors.map((e) => [e.line, e.column]));
      if (expected.length) rejected++;
      if (expected.join() !== ours[i].join()) differ.push(`${s.source}rustc: [${expected.join(' ')}] memviz: [${ours[i].join(' ')}]`);
    });
    console.log(`lints vs rustc: ${N - differ.length}/${N} agree; rustc rejects ${rejected}`);
    expect(differ).toEqual([]);
    // The generator must keep reaching both sides of the lints' boundary.
    expect(rejected).toBeGreaterThan(N / 10);
    expect(rejected).toBeLessThan(N - N / 10);
  });
});

function positions(ps: [number, number][]): string[] {
  return ps.map(([l, c]) => `${l}:${c}`).sort();
}
