// Every corpus program that rustc compiles must, under `memviz run`, print
// byte-identical stdout and exit with the same code as the real binary (and,
// for panics, the same first line of stderr).
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusPresent, loadCorpus } from '../support/corpus.js';
import { getEngine } from '../support/engine.js';

const programs = loadCorpus().filter((p) => p.expected.compiles);

describe.skipIf(!corpusPresent)(`corpus run parity (corpus at ${corpusDir}; skipped when absent)`, () => {
  it('finds the corpus', () => {
    expect(programs.length).toBeGreaterThan(40);
  });

  for (const p of programs) {
    it(p.name, async () => {
      const engine = await getEngine();
      const result = engine.run(p.source, { fileName: p.name, freeze: true });
      expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.span.line}:${d.span.col} ${d.message}`)).toEqual([]);
      const trace = result.trace!;
      expect(trace.stdout).toBe(p.expected.stdout);
      expect(trace.exitCode).toBe(p.expected.exit_code);
      const firstLine = trace.stderr.split('\n').find((l) => l.trim() !== '') ?? '';
      expect(firstLine).toBe(p.expected.stderr_first_line);
    });
  }
});
