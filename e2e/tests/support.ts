// Helpers shared by the e2e tests: the article's programs, what rustc says
// about them (the ground-truth corpus), and driving the playground.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import LZString from 'lz-string';

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, '..', '..');
const corpus = process.env.MEMVIZ_CORPUS ?? join(repo, '..', 'shared', 'corpus');

export interface Expected {
  readonly compiles: boolean;
  readonly errors: readonly { readonly code: string | null; readonly line: number; readonly column: number; readonly message: string }[];
  readonly stdout?: string;
  readonly exit_code?: number;
}

/** The article's four programs: /examples and their corpus twins 001–004. */
export const ARTICLE = [
  { id: 'employee_bonus', corpus: '001_seed_employee_bonus' },
  { id: 'scope_foo_bar', corpus: '002_seed_scope_foo_bar' },
  { id: 'create_box_raii', corpus: '003_seed_create_box_raii' },
  { id: 'take_ownership_borrow', corpus: '004_seed_take_ownership_borrow' },
] as const;

export function example(id: string): string {
  return readFileSync(join(repo, 'examples', `${id}.rs`), 'utf8');
}

export function expected(corpusName: string): Expected {
  return JSON.parse(readFileSync(join(corpus, 'programs', `${corpusName}.expected.json`), 'utf8')) as Expected;
}

/** Opens the playground with `source` in the URL, as a shared link would. */
export async function openProgram(page: Page, source: string): Promise<void> {
  await page.goto('/playground#code=' + LZString.compressToEncodedURIComponent(source));
  // The editor is loaded lazily: wait until it shows the program.
  await expect(page.getByTestId('editor').locator('.cm-content')).toContainText(source.split('\n')[0]);
}

/** Runs the program and waits for the first step; returns the number of steps. */
export async function run(page: Page): Promise<number> {
  await page.getByTestId('run-program').click();
  const position = page.getByTestId('step-position');
  await expect(position).toHaveText(/^1 \/ \d+$/);
  return Number((await position.textContent())!.split('/')[1]);
}

export async function position(page: Page): Promise<string> {
  return (await page.getByTestId('step-position').textContent()) ?? '';
}
