// The engine's limits: oversized sources, runaway loops and deep recursion
// end with a clear message instead of a crash or a hang.
import { describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../../src/engine.js';
import { getEngine } from '../support/engine.js';

describe('limits', () => {
  it('refuses a source over 256 KiB with a clear error', async () => {
    const engine = await getEngine();
    const big = 'fn main() {}\n' + '// padding\n'.repeat(MAX_SOURCE_BYTES / 10);
    const result = engine.check(big);
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0].message).toMatch(/too large.*256 KiB/);
    expect(result.diagnostics[0].span.line).toBe(1);
  });

  it('stops a runaway loop at the step limit', async () => {
    const engine = await getEngine();
    const result = engine.run('fn main() {\n    let mut i: u64 = 0;\n    loop {\n        i += 1;\n    }\n}\n', { stepLimit: 5_000 });
    const trace = result.trace!;
    expect(trace.outcome).toBe('step_limit');
    expect(trace.exitCode).not.toBe(0);
    expect(trace.stderr).toMatch(/step limit of 5000 steps reached/);
    expect(trace.events.at(-1)?.kind === 'step_limit' || trace.events.some((e) => e.kind === 'step_limit')).toBe(true);
  });

  it('stops a loop that takes no step (an empty body) at the step limit too', async () => {
    const engine = await getEngine();
    for (const source of ['fn main() {\n    loop {}\n}\n', 'fn main() {loop {}\n    let x = 1;\n    println!("{}", x);\n}\n', 'fn main() {\n    while true {}\n}\n']) {
      const result = engine.run(source, { stepLimit: 5_000 });
      expect(result.trace?.outcome, source).toBe('step_limit');
      expect(result.trace?.stderr).toMatch(/step limit of 5000 steps reached/);
    }
  });

  it('ends unbounded recursion with Rust\'s stack overflow message', async () => {
    const engine = await getEngine();
    const src = 'fn down(n: u64) -> u64 {\n    down(n + 1) + 1\n}\n\nfn main() {\n    println!("{}", down(0));\n}\n';
    const trace = engine.run(src, { stepLimit: 10_000_000 }).trace!;
    expect(trace.outcome).toBe('stack_overflow');
    expect(trace.stderr).toContain("thread 'main' has overflowed its stack");
    expect(trace.exitCode).toBe(134);
  });

  it('gives a diagnostic with line and column for malformed Rust', async () => {
    const engine = await getEngine();
    const result = engine.check('fn main() {\n    let x = ;\n}\n');
    expect(result.ok).toBe(false);
    expect(result.diagnostics[0].span.line).toBe(2);
  });
});
