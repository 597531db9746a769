// ARCHITECTURE.md's invariant: the engine's core does no I/O and runs in the
// browser unchanged, so only the Node edge (src/node.ts, src/cli/) may import
// Node's modules, and nothing in the core reads the clock or randomness.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const core = files(src)
  .map((path) => relative(src, path).replaceAll('\\', '/'))
  .filter((path) => path !== 'node.ts' && !path.startsWith('cli/'));

describe('engine core invariants', () => {
  it('finds the core sources', () => {
    expect(core).toContain('engine.ts');
    expect(core.length).toBeGreaterThan(30);
  });

  it('imports no Node module outside src/node.ts and src/cli/', () => {
    const offenders = core.filter((path) => /from ['"](node:|fs['"]|path['"]|child_process['"])/.test(readFileSync(join(src, path), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('reads neither the clock nor randomness (traces are deterministic)', () => {
    const offenders = core.filter((path) => /\b(Date\.now|new Date\(|Math\.random|performance\.now|crypto\.)/.test(readFileSync(join(src, path), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
