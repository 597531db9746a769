// Property tests: whatever the user types, the engine answers — a diagnostic
// or a trace — without throwing and without running past its limits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../support/corpus.js';
import { getEngine } from '../support/engine.js';

const STEP_LIMIT = 20_000;
const sources = loadCorpus().map((p) => p.source);
// Without the corpus, still fuzz the article's first program (kept in examples/).
if (sources.length === 0) sources.push('fn main() {\n    let s = String::from("hi");\n    let t = s;\n    println!("{}", t);\n}\n');

/** One random edit of a program: the kinds of mistakes people make while typing. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(';', '{', '}', '(', ')', '&', '&mut ', '*', 'mut ', 'let x = 1;', '.clone()', 'move ', 'loop {}', '"', "'", '::', 'drop(v);', 'return;', '?', '!', 'x', '0', '\n') }),
  fc.record({ kind: fc.constant('swapLines' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('duplicateLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
);
type Edit = typeof edit extends fc.Arbitrary<infer E> ? E : never;

function apply(source: string, e: Edit): string {
  const at = (n: number) => (source.length ? n % source.length : 0);
  const lines = source.split('\n');
  const line = (n: number) => n % lines.length;
  switch (e.kind) {
    case 'delete': return source.slice(0, at(e.at)) + source.slice(at(e.at) + e.len);
    case 'insert': return source.slice(0, at(e.at)) + e.text + source.slice(at(e.at));
    case 'truncate': return source.slice(0, at(e.at));
    case 'swapLines': {
      const [a, b] = [line(e.a), line(e.b)];
      [lines[a], lines[b]] = [lines[b], lines[a]];
      return lines.join('\n');
    }
    case 'duplicateLine': {
      const a = line(e.at);
      lines.splice(a, 0, lines[a]);
      return lines.join('\n');
    }
  }
}

describe('robustness under random edits', () => {
  it('never throws, always answers, and stays within the step limit', async () => {
    const engine = await getEngine();
    fc.assert(
      fc.property(fc.nat({ max: sources.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (i, edits) => {
        const source = edits.reduce(apply, sources[i]);
        const result = engine.run(source, { stepLimit: STEP_LIMIT });
        if (result.trace) {
          expect(result.ok).toBe(true);
          expect(result.trace.steps).toBeLessThanOrEqual(STEP_LIMIT + 1);
          expect(['exit', 'panic', 'stack_overflow', 'step_limit']).toContain(result.trace.outcome);
        } else {
          // No trace means the program was refused, with at least one error that has a position.
          const errors = result.diagnostics.filter((d) => d.severity === 'error');
          expect(errors.length).toBeGreaterThan(0);
          for (const d of errors) {
            expect(d.span.line).toBeGreaterThanOrEqual(1);
            expect(d.span.col).toBeGreaterThanOrEqual(1);
            expect(d.message.length).toBeGreaterThan(0);
          }
        }
      }),
      { numRuns: 400, seed: Number(process.env.MEMVIZ_SEED ?? Date.now() % 2 ** 31) },
    );
  });
});
