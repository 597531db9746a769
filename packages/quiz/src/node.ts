// Node edge of the quiz package: reading the bank from disk. The rest of the
// package does no I/O, so it runs unchanged in the browser and the server.
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseBankFile } from './bank.js';
import type { Question } from './schema.js';

/** packages/quiz/bank, where the shipped questions live. */
export const BANK_DIR = fileURLToPath(new URL('../bank/', import.meta.url));

export interface BankEntry {
  readonly file: string;
  readonly question: Question;
}

/** Every `*.rs` question in `dir`, by file name; throws InvalidQuestionError on the first bad file. */
export async function loadBank(dir: string = BANK_DIR): Promise<BankEntry[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.rs')).sort();
  return Promise.all(
    files.map(async (f) => {
      const file = join(dir, f);
      return { file, question: parseBankFile(await readFile(file, 'utf8'), basename(f, '.rs')) };
    }),
  );
}
