// Teaching programs kept with rustc 1.95's verdict (test/programs/<topic>/NAME.rs and
// NAME.expected.json, written by test/programs/make-expected.mjs): memviz must give the same
// verdict, the same error codes in order and the same first error line, and for a program that
// compiles the same stdout and exit code, in a trace that keeps the events' invariants (validateTrace).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { validateTrace } from '../../src/events/validate.js';

interface Expected {
  compiles: boolean;
  codes: string[];
  first_error_line: number | null;
  stdout: string;
  exit_code: number | null;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'programs');
const topics = readdirSync(root).filter((d) => statSync(join(root, d)).isDirectory());

// One test per topic (43 of them, not one per program): a few thousand tests' updates can starve
// the test runner's channel on a loaded 2-core machine. A failure names every program that differs.
for (const topic of topics) {
  const dir = join(root, topic);
  it(`teaching programs: ${topic}`, async () => {
    const engine = await getEngine();
    const differ: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.rs')).sort()) {
      // A topic checks for many seconds: let the worker answer the runner between programs (its
      // messages time out after 60 s of a busy event loop, which a loaded machine can reach).
      await new Promise((resolve) => setImmediate(resolve));
      const source = readFileSync(join(dir, file), 'utf8');
      const want = JSON.parse(readFileSync(join(dir, file.replace(/\.rs$/, '.expected.json')), 'utf8')) as Expected;
      const run = want.compiles ? engine.run(source, { fileName: file }) : null;
      const errors = (run ?? engine.check(source)).diagnostics.filter((d) => d.severity === 'error');
      const shown = errors.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`).join(' | ');
      // rustc's record lists the codes of the errors that have one (a syntax error has none).
      const codes = errors.flatMap((d) => (d.code ? [d.code] : []));
      const got = { compiles: errors.length === 0, codes, firstLine: errors[0]?.span.line ?? null };
      const expected = { compiles: want.compiles, codes: want.codes, firstLine: want.first_error_line };
      if (JSON.stringify(got) !== JSON.stringify(expected)) differ.push(`${file}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(got)} ${shown}`);
      else if (run && (run.trace?.stdout !== want.stdout || run.trace?.exitCode !== want.exit_code)) {
        differ.push(`${file}: stdout or exit code differs (exit ${want.exit_code} expected, ${run.trace?.exitCode} got)`);
      } else if (run?.trace) {
        const valid = validateTrace({ ...run.trace, events: run.trace.events });
        if (!valid.ok) differ.push(`${file}: invalid trace: ${valid.error}`);
      }
    }
    expect(differ).toEqual([]);
  });
}
