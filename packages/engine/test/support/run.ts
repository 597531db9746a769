// What most engine tests ask of a program: that it runs as rustc's binary does, or which errors it gets.
import { expect } from 'vitest';
import { getEngine } from './engine.js';

/** Runs `source` and expects no error, exactly `stdout`, and exit code 0. */
export async function runsAs(source: string, stdout: string): Promise<void> {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(0);
}

/** The errors a check of `source` reports, as `CODE line:col message`. */
export async function errorsOf(source: string): Promise<string[]> {
  return (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`);
}
