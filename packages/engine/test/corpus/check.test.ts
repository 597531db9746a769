// `memviz check` must agree with rustc on every corpus program: the verdict,
// the set of error codes, and the line of the first error.
import { describe, expect, it } from 'vitest';
import { corpusDir, corpusPresent, loadCorpus } from '../support/corpus.js';
import { getEngine } from '../support/engine.js';

const programs = loadCorpus();

describe.skipIf(!corpusPresent)(`corpus check parity (corpus at ${corpusDir}; skipped when absent)`, () => {
  for (const p of programs) {
    it(p.name, async () => {
      const engine = await getEngine();
      const result = engine.check(p.source);
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      const got = {
        compiles: result.ok,
        codes: [...new Set(errors.map((d) => d.code))].sort(),
        firstLine: errors.length ? Math.min(...errors.map((d) => d.span.line)) : null,
      };
      const want = {
        compiles: p.expected.compiles,
        codes: [...new Set(p.expected.errors.map((e) => e.code))].sort(),
        firstLine: p.expected.errors.length ? Math.min(...p.expected.errors.map((e) => e.line)) : null,
      };
      expect(got, errors.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`).join('\n')).toEqual(want);
    });
  }
});
