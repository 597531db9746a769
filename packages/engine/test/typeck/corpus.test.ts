// The front end on every corpus program: no error where rustc compiles it,
// and rustc's first error (code + line) for the resolve/typeck errors.
import { describe, expect, it } from 'vitest';
import { corpusPresent, loadCorpus } from '../support/corpus.js';
import { frontend } from '../support/frontend.js';

const FRONT_END_CODES = new Set(['E0425', 'E0433', 'E0106', 'E0308', 'E0599', 'E0061', 'E0412']);

describe.skipIf(!corpusPresent)('front end on the corpus', () => {
  for (const p of loadCorpus()) {
    const frontErrors = p.expected.errors.filter((e) => e.code && FRONT_END_CODES.has(e.code));
    it(p.name, async () => {
      const r = await frontend(p.source);
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      const text = errors.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`).join('\n');
      if (frontErrors.length === 0) {
        expect(text).toBe('');
        expect(r.program).not.toBeNull();
      } else {
        expect(errors.length, text).toBeGreaterThan(0);
        expect({ code: errors[0].code, line: errors[0].span.line, col: errors[0].span.col, message: errors[0].message })
          .toEqual({ code: frontErrors[0].code, line: frontErrors[0].line, col: frontErrors[0].column, message: frontErrors[0].message });
        expect(r.program).toBeNull();
      }
    });
  }
});
