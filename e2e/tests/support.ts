// Helpers shared by the e2e tests: the article's programs, what rustc says
// about them (the ground-truth corpus), and driving the playground.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
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

/** Waits until the diagram's step has settled (its flash over, what leaves dimmed), as a screenshot should show it. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.mv-diagram')).not.toHaveAttribute('data-fresh', 'true');
}

export async function position(page: Page): Promise<string> {
  return (await page.getByTestId('step-position').textContent()) ?? '';
}

/** A teacher's page that has started a session: the page, its session id and the join code on screen. */
export async function startLesson(browser: Browser, options: BrowserContextOptions = {}): Promise<{ teacher: Page; sessionId: string; code: string }> {
  const teacher = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, ...options })).newPage();
  await teacher.goto('/');
  await teacher.getByTestId('create-session').click();
  await expect(teacher).toHaveURL(/\/teach\/[0-9a-f-]{36}$/);
  const joinCode = teacher.getByTestId('join-code');
  await expect(joinCode).toHaveText(/^[A-Z2-9]{6}$/);
  return { teacher, sessionId: teacher.url().split('/').at(-1)!, code: (await joinCode.textContent())! };
}

/**
 * A student's page joined by code (typed in lower case, as people do), in a
 * browser context of its own unless `context` is given; with `editor`, once
 * the shared editor is showing too.
 */
export async function joinLesson(browser: Browser, code: string, nickname: string, options: { context?: BrowserContext; editor?: boolean } = {}): Promise<Page> {
  const page = await (options.context ?? (await browser.newContext({ viewport: { width: 1280, height: 800 } }))).newPage();
  await page.goto('/');
  await page.getByTestId('join-code-input').fill(code.toLowerCase());
  await page.getByTestId('nickname-input').fill(nickname);
  await page.getByTestId('join-submit').click();
  await expect(page).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
  if (options.editor) await expect(page.getByTestId('editor').locator('.cm-editor')).toBeVisible();
  return page;
}

/** The text of the editor line under the step's highlight; null when none is drawn. */
export async function stepLineText(page: Page): Promise<string | null> {
  return page.getByTestId('editor').evaluate((el) => {
    const bands = el.querySelectorAll('.cm-step-line');
    if (bands.length !== 1) return bands.length === 0 ? null : `(${bands.length} highlights)`;
    const band = bands[0].getBoundingClientRect();
    const under = [...el.querySelectorAll('.cm-line')].find((line) => {
      const r = line.getBoundingClientRect();
      const middle = (r.top + r.bottom) / 2;
      return middle > band.top && middle < band.bottom && r.left < band.right && r.right > band.left;
    });
    return under ? under.textContent : '(no line under the highlight)';
  });
}

/** The editor's text: its lines, without what is drawn inside them (remote cursors, rustc's labels). */
export async function editorText(page: Page): Promise<string> {
  return page
    .getByTestId('editor')
    .locator('.cm-content')
    .evaluate((el) =>
      [...el.querySelectorAll('.cm-line')]
        .map((line) => {
          const copy = line.cloneNode(true) as Element;
          for (const drawn of copy.querySelectorAll('.cm-ySelectionCaret, .cm-rustc-label')) drawn.remove();
          return copy.textContent;
        })
        .join('\n'),
    );
}

/** Picks quiz option `index` (with the keyboard: focus, then space) and submits. */
export async function answerQuiz(page: Page, index: number): Promise<void> {
  const radio = page.getByTestId('quiz-option').nth(index).getByRole('radio');
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await page.getByTestId('quiz-submit').click();
  await expect(page.getByTestId('quiz-state')).toHaveText(/Answer sent/);
}

/** The program a playground link holds (its `#code=` part), or '' if there is none. */
export function programInUrl(url: string): string {
  const at = url.indexOf('#code=');
  return at < 0 ? '' : (LZString.decompressFromEncodedURIComponent(url.slice(at + '#code='.length)) ?? '');
}
