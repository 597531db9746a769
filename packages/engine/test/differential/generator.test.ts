// The ownership-program generator itself: deterministic, within its size
// bounds, varied, and (when rustc is present) type-correct, so that rustc only
// ever rejects its programs for borrow-check reasons.
import { describe, expect, it } from 'vitest';
import { generateProgram, generateScaleProgram } from '../support/gen/ownership.js';
import { freshSeed } from '../support/gen/prng.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rustcCheckBatched, rustcCheckMany, rustcVersion } from '../support/gen/rustc.js';
import { runDifferential } from './compare.js';

const seed = process.env.MEMVIZ_DIFF_SEED ? Number(process.env.MEMVIZ_DIFF_SEED) >>> 0 : freshSeed();

describe(`ownership program generator (seed ${seed})`, () => {
  const programs = Array.from({ length: 400 }, (_, i) => generateProgram(seed, i));

  it('is deterministic: the same seed and index give the same program', () => {
    for (const i of [0, 1, 17, 399]) expect(generateProgram(seed, i).source).toBe(programs[i].source);
    expect(generateProgram(seed + 1, 0).source).not.toBe(programs[0].source);
  });

  it('writes programs of 5 to 40 lines, each with a main', () => {
    for (const p of programs) {
      expect(p.lineCount, p.source).toBeGreaterThanOrEqual(5);
      expect(p.lineCount, p.source).toBeLessThanOrEqual(40);
      expect(p.source).toContain('fn main() {');
    }
  });

  it('aims at roughly half failing programs and varies them', () => {
    const buggy = programs.filter((p) => p.intendedBug).length / programs.length;
    expect(buggy).toBeGreaterThan(0.35);
    expect(buggy).toBeLessThan(0.65);
    expect(new Set(programs.map((p) => p.source)).size).toBeGreaterThan(programs.length * 0.95);
    // Some codes are rare (E0503 is about one program in 200): look for each over a larger sample.
    const sample = Array.from({ length: 3000 }, (_, i) => generateProgram(seed, i));
    const codes = new Set(sample.flatMap((p) => p.expectedCodes));
    for (const c of ['E0382', 'E0499', 'E0502', 'E0505', 'E0506', 'E0597', 'E0384', 'E0596', 'E0594', 'E0503', 'E0716', 'E0373', 'E0515']) {
      expect(codes, c).toContain(c);
    }
  });

  it('writes scale programs of the requested size', () => {
    const lines = generateScaleProgram(2000).split('\n').length;
    expect(lines).toBeGreaterThanOrEqual(2000);
    expect(lines).toBeLessThan(2200);
  });
});

const rustc = rustcVersion();
describe.skipIf(!rustc)(rustc ? `generator vs rustc (seed ${seed}, 100 programs)` : 'generator vs rustc (skipped: rustc not found on PATH)', () => {
  it('rustc rejects generated programs only for borrow-check reasons, and about half of them', async () => {
    const summary = await runDifferential({ seed, n: 100, engine: null });
    const generatorBugs = summary.outcomes.filter((o) => o.generatorBug).map((o) => `#${o.index}: ${o.rustc.errors.join('; ')}\n${o.program.source}`);
    expect(generatorBugs).toEqual([]);
    const compiles = summary.outcomes.filter((o) => o.rustc.ok).length;
    expect(compiles).toBeGreaterThan(30);
    expect(compiles).toBeLessThan(70);
  }, 120_000);

  it('batched rustc calls (one module per program) report exactly what one call per program reports', async () => {
    const sources = Array.from({ length: 30 }, (_, i) => ({ name: `p${i}`, source: generateProgram(seed, 1000 + i).source }));
    const dir = mkdtempSync(join(tmpdir(), 'memviz-batch-eq-'));
    try {
      const describe = (r: { ok: boolean; errors: readonly { code: string | null; line: number; column: number; message: string }[] }) =>
        [r.ok, ...r.errors.map((e) => `${e.code} ${e.line}:${e.column} ${e.message}`)];
      const single = (await rustcCheckMany(sources, dir, 2)).map(describe);
      const batched = (await rustcCheckBatched(sources, dir, 2, 10)).map(describe);
      expect(batched).toEqual(single);
      expect(single.some((d) => d[0] === false)).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
