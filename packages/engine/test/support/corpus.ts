// Finds the rustc ground-truth corpus (`../shared/corpus` beside the repo, or
// $MEMVIZ_CORPUS) and reads its programs with their recorded expectations.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Expected {
  compiles: boolean;
  errors: { code: string | null; line: number; column: number; message: string }[];
  warnings: number;
  stdout?: string;
  stderr?: string;
  stderr_first_line?: string;
  exit_code?: number;
}

export interface CorpusProgram {
  name: string; // e.g. "001_seed_employee_bonus.rs"
  source: string;
  expected: Expected;
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export const corpusDir: string = process.env.MEMVIZ_CORPUS ?? join(repoRoot, '..', 'shared', 'corpus');
export const corpusPresent: boolean = existsSync(join(corpusDir, 'programs'));

export function loadCorpus(): CorpusProgram[] {
  if (!corpusPresent) return [];
  const dir = join(corpusDir, 'programs');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.rs'))
    .sort()
    .map((name) => ({
      name,
      source: readFileSync(join(dir, name), 'utf8'),
      expected: JSON.parse(readFileSync(join(dir, name.replace(/\.rs$/, '.expected.json')), 'utf8')) as Expected,
    }));
}
