// A live quiz in the classroom: the teacher asks a bank question (its key made
// by the engine in the teacher's browser), three students answer differently,
// one reloads mid-question and keeps their answer, and the reveal shows every
// screen the same distribution and each student their own verdict.
import { expect, test, type Browser, type Page } from '@playwright/test';

const QUESTION = 'why-moved-into-function';

async function join(browser: Browser, code: string, nickname: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await page.goto('/');
  await page.getByTestId('join-code-input').fill(code.toLowerCase());
  await page.getByTestId('nickname-input').fill(nickname);
  await page.getByTestId('join-submit').click();
  await expect(page).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
  return page;
}

/** Picks option `index` with the keyboard where it can (focus, then space), and submits. */
async function answer(page: Page, index: number): Promise<void> {
  const radio = page.getByTestId('quiz-option').nth(index).getByRole('radio');
  await radio.focus();
  await page.keyboard.press('Space');
  await expect(radio).toBeChecked();
  await page.getByTestId('quiz-submit').click();
  await expect(page.getByTestId('quiz-state')).toHaveText(/Answer sent/);
}

test('a live quiz: open, three different answers, a reload, close, reveal', async ({ browser }) => {
  test.setTimeout(180_000);

  const teacher = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await teacher.goto('/');
  await teacher.getByTestId('create-session').click();
  await expect(teacher).toHaveURL(/\/teach\/[0-9a-f-]{36}$/);
  const joinCode = teacher.getByTestId('join-code');
  await expect(joinCode).toHaveText(/^[A-Z2-9]{6}$/);
  const code = (await joinCode.textContent())!;

  const students = [await join(browser, code, 'Ann'), await join(browser, code, 'Bob'), await join(browser, code, 'Cy')];
  const [ann, bob, cy] = students;
  await expect(teacher.getByTestId('roster-entry')).toHaveCount(3);

  // ---------------------------------------------------------------- the teacher opens a bank question
  await teacher.getByTestId('quiz-picker').selectOption(QUESTION);
  await teacher.getByTestId('quiz-open').click();
  await expect(teacher.getByTestId('answer-count')).toHaveText('0');
  for (const s of students) await expect(s.getByTestId('quiz-option').first()).toBeVisible();
  const optionCount = await ann.getByTestId('quiz-option').count();
  expect(optionCount).toBeGreaterThanOrEqual(3);

  // ---------------------------------------------------------------- three different answers; nobody sees the others'
  await answer(ann, 0);
  await answer(bob, 1);
  await expect(teacher.getByTestId('answer-count')).toHaveText('2');
  // Cy changes their mind before closing: the count stays one per student.
  await answer(cy, 0);
  await answer(cy, 2);
  await expect(teacher.getByTestId('answer-count')).toHaveText('3');
  for (const s of students) {
    await expect(s.getByTestId('quiz-histogram')).toHaveCount(0);
    await expect(s.getByTestId('quiz-verdict')).toHaveCount(0);
  }

  // ---------------------------------------------------------------- a reload mid-question keeps the answer
  await bob.reload();
  await expect(bob.getByTestId('quiz-option').nth(1).getByRole('radio')).toBeChecked();
  await expect(bob.getByTestId('quiz-option').nth(1)).toContainText('(your answer)');
  await expect(bob.getByTestId('quiz-state')).toHaveText(/Answer sent/);

  // ---------------------------------------------------------------- close: answers can no longer change
  await teacher.getByTestId('quiz-close').click();
  for (const s of students) await expect(s.getByTestId('quiz-option').first().getByRole('radio')).toBeDisabled();
  await expect(ann.getByTestId('quiz-submit')).toHaveCount(0);

  // ---------------------------------------------------------------- reveal: one histogram for all, a verdict each
  await teacher.getByTestId('quiz-reveal').click();
  const histogram = teacher.getByTestId('quiz-histogram');
  await expect(histogram).toBeVisible();
  await expect(teacher.getByTestId('quiz-bar-count')).toHaveText(Array.from({ length: optionCount }, (_, i) => (i < 3 ? '1' : '0')));
  await expect(teacher.getByTestId('quiz-explanation')).not.toBeEmpty();
  const bars = teacher.getByTestId('quiz-bar');
  const flags = await bars.evaluateAll((els) => els.map((el) => el.getAttribute('data-correct')));
  const right = flags.indexOf('true');
  expect(right).toBeGreaterThanOrEqual(0);
  await expect(bars.nth(right)).toContainText('(right answer)');

  const shown = await histogram.innerText();
  const picks = [0, 1, 2];
  // The engine's key for this question is among the three picks: one right verdict, two wrong.
  expect(picks).toContain(right);
  for (const [i, s] of students.entries()) {
    await expect(s.getByTestId('quiz-histogram')).toBeVisible();
    expect(await s.getByTestId('quiz-histogram').innerText()).toBe(shown);
    const verdict = picks[i] === right ? 'right' : 'wrong';
    await expect(s.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', verdict);
    await expect(s.getByTestId('quiz-verdict')).toHaveText(verdict === 'right' ? /Right/ : /Wrong/);
  }
});

test('"does the current program compile?": the key comes from the engine, not the teacher', async ({ browser }) => {
  test.setTimeout(120_000);
  const teacher = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await teacher.goto('/');
  await teacher.getByTestId('create-session').click();
  await expect(teacher).toHaveURL(/\/teach\/[0-9a-f-]{36}$/);
  const code = (await teacher.getByTestId('join-code').textContent())!;
  const dee = await join(browser, code, 'Dee');

  // The article's scope example uses `bar` outside its block: rustc rejects it.
  await teacher.getByTestId('example-picker').selectOption('scope_foo_bar');
  await expect(teacher.getByTestId('run-program')).toBeEnabled();
  await teacher.getByTestId('run-program').click();
  await expect(teacher.getByTestId('quiz-open')).toBeEnabled();
  await teacher.getByTestId('quiz-picker').selectOption({ label: 'Does the current program compile?' });
  await teacher.getByTestId('quiz-open').click();

  await expect(dee.getByTestId('quiz-option')).toHaveText(['Yes, it compiles', 'No, rustc rejects it']);
  await expect(dee.getByTestId('quiz-card')).toContainText('println!("value of bar is {}", bar);');
  await answer(dee, 0);
  await expect(teacher.getByTestId('answer-count')).toHaveText('1');
  // Revealing an open question closes it first.
  await teacher.getByTestId('quiz-reveal').click();
  await expect(dee.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', 'wrong');
  await expect(dee.getByTestId('quiz-bar').nth(1)).toHaveAttribute('data-correct', 'true');
  await expect(dee.getByTestId('quiz-explanation')).toContainText('It does not compile. The first error is');
});
