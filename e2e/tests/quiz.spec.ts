// A live quiz in the classroom: the teacher asks a bank question (its key made
// by the engine in the teacher's browser), three students answer differently,
// one reloads mid-question and keeps their answer, and the reveal shows every
// screen the same distribution and each student their own verdict.
import { expect, test } from '@playwright/test';
import { answerQuiz, expected, joinLesson, startLesson } from './support';

const QUESTION = 'why-moved-into-function';

test('a live quiz: open, three different answers, a reload, close, reveal', async ({ browser }) => {
  test.setTimeout(180_000);

  const { teacher, code } = await startLesson(browser);

  const students = [await joinLesson(browser, code, 'Ann'), await joinLesson(browser, code, 'Bob'), await joinLesson(browser, code, 'Cy')];
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
  await answerQuiz(ann, 0);
  await answerQuiz(bob, 1);
  await expect(teacher.getByTestId('answer-count')).toHaveText('2');
  // Cy changes their mind before closing: the count stays one per student.
  await answerQuiz(cy, 0);
  await answerQuiz(cy, 2);
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
  const { teacher, code } = await startLesson(browser);
  const dee = await joinLesson(browser, code, 'Dee');
  const eve = await joinLesson(browser, code, 'Eve');

  // The article's scope example uses `bar` outside its block: rustc rejects it.
  await teacher.getByTestId('example-picker').selectOption('scope_foo_bar');
  await expect(teacher.getByTestId('run-program')).toBeEnabled();
  await teacher.getByTestId('run-program').click();
  await expect(teacher.getByTestId('quiz-open')).toBeEnabled();
  await teacher.getByTestId('quiz-picker').selectOption({ label: 'Does the current program compile?' });
  await teacher.getByTestId('quiz-open').click();

  await expect(dee.getByTestId('quiz-option')).toHaveText(['Yes, it compiles', 'No, rustc rejects it']);
  await expect(dee.getByTestId('quiz-card')).toContainText('println!("value of bar is {}", bar);');
  await answerQuiz(dee, 0);
  await expect(teacher.getByTestId('answer-count')).toHaveText('1');
  // "No" asks where and which error: Eve gives rustc's line and code (the corpus's ground truth).
  const truth = expected('002_seed_scope_foo_bar').errors[0];
  await eve.getByTestId('quiz-option').nth(1).click();
  await expect(eve.getByTestId('quiz-submit')).toBeDisabled();
  await eve.getByTestId('quiz-line').selectOption(String(truth.line));
  await eve.getByTestId('quiz-code').selectOption(truth.code!);
  await eve.getByTestId('quiz-submit').click();
  await expect(teacher.getByTestId('answer-count')).toHaveText('2');
  // Revealing an open question closes it first.
  await teacher.getByTestId('quiz-reveal').click();
  await expect(dee.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', 'wrong');
  await expect(eve.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(dee.getByTestId('quiz-bar').nth(1)).toHaveAttribute('data-correct', 'true');
  await expect(dee.getByTestId('quiz-bar').nth(1)).toContainText(`No: line ${truth.line}, ${truth.code}`);
  await expect(dee.getByTestId('quiz-bar-count')).toHaveText(['1', '1', '0']);
  await expect(dee.getByTestId('quiz-explanation')).toContainText('It does not compile. The first error is');
});

test('a memory question answered by clicking in the diagram; the results as CSV', async ({ browser }) => {
  test.setTimeout(180_000);
  const { teacher, code } = await startLesson(browser, { acceptDownloads: true });
  const ann = await joinLesson(browser, code, 'Ann');
  const bob = await joinLesson(browser, code, 'Bob');
  await expect(teacher.getByTestId('roster-entry')).toHaveCount(2);

  // "Who owns the tea now?": after `let second = first;`, the String's block belongs to `second`.
  await teacher.getByTestId('quiz-picker').selectOption('memory-owner-after-move');
  await teacher.getByTestId('quiz-open').click();
  await expect(teacher.getByTestId('answer-count')).toHaveText('0');

  // Ann clicks the slot in the diagram; the option it stands for is ticked.
  const slot = ann.getByTestId('quiz-diagram').locator('[data-target^="slot:"]', { has: ann.locator('.mv-name', { hasText: /^second$/ }) });
  await slot.click();
  await expect(ann.getByTestId('quiz-option').filter({ hasText: 'second in main' }).getByRole('checkbox')).toBeChecked();
  await ann.getByTestId('quiz-submit').click();
  await expect(ann.getByTestId('quiz-state')).toHaveText(/Answer sent/);
  // Bob picks `first` from the list.
  await bob.getByTestId('quiz-option').filter({ hasText: 'first in main' }).click();
  await bob.getByTestId('quiz-submit').click();
  await expect(teacher.getByTestId('answer-count')).toHaveText('2');
  await expect(ann.getByTestId('quiz-histogram')).toHaveCount(0);

  await teacher.getByTestId('quiz-reveal').click();
  await expect(ann.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(bob.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', 'wrong');
  const rightBar = teacher.getByTestId('quiz-bar').filter({ hasText: 'second in main' });
  await expect(rightBar).toHaveAttribute('data-correct', 'true');
  await expect(rightBar.getByTestId('quiz-bar-count')).toHaveText('1');
  await expect(bob.getByTestId('quiz-explanation')).toContainText('owned by second');

  // The teacher downloads every result of the session.
  const [download] = await Promise.all([teacher.waitForEvent('download'), teacher.getByTestId('quiz-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const rows = csv.trim().split(/\r\n/);
  expect(rows[0]).toBe('question,question_id,kind,title,student,answer,correct,attempts,status');
  expect(rows.slice(1)).toEqual([expect.stringMatching(/,Ann,second in main,yes,,revealed$/), expect.stringMatching(/,Bob,first in main,no,,revealed$/)]);
});

test('fix it: a student edits their own copy until the engine accepts it; attempts are counted', async ({ browser }) => {
  test.setTimeout(180_000);
  const { teacher, code } = await startLesson(browser, { acceptDownloads: true });
  const ann = await joinLesson(browser, code, 'Ann');
  await teacher.getByTestId('quiz-picker').selectOption('fix-declare-mut');
  await teacher.getByTestId('quiz-open').click();
  await expect(ann.getByTestId('quiz-expected')).toHaveText('[1, 2]');
  const editor = ann.getByTestId('quiz-fix-editor').locator('.cm-content');
  await expect(editor).toContainText('let list: Vec<u8> = Vec::new();');

  // Attempt 1: unchanged, so it still does not compile.
  await ann.getByTestId('quiz-submit').click();
  await expect(ann.getByTestId('quiz-fix-outcome')).toContainText('Attempt 1: it still does not compile');
  await expect(teacher.getByTestId('answer-count')).toHaveText('1');

  // Attempt 2: `let mut list`.
  await editor.locator('.cm-line', { hasText: 'let list' }).click();
  await ann.keyboard.press('End');
  await ann.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await ann.keyboard.press('ArrowRight');
  await ann.keyboard.type('mut ');
  await expect(editor).toContainText('let mut list: Vec<u8>');
  // A reload keeps the draft.
  await ann.reload();
  await expect(ann.getByTestId('quiz-fix-editor').locator('.cm-content')).toContainText('let mut list: Vec<u8>');
  await expect(ann.getByTestId('quiz-attempts')).toHaveText('1 attempt');
  await ann.getByTestId('quiz-submit').click();
  await expect(ann.getByTestId('quiz-fix-outcome')).toContainText('Fixed on attempt 2');
  await expect(ann.getByTestId('quiz-attempts')).toHaveText('2 attempts: fixed');

  await teacher.getByTestId('quiz-reveal').click();
  await expect(ann.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', 'right');
  await expect(teacher.getByTestId('quiz-bar').first()).toContainText('Fixed');
  await expect(teacher.getByTestId('quiz-bar-count').first()).toHaveText('1');
});

test('predict the next step about the program on screen, with a countdown that closes it for everyone', async ({ browser }) => {
  test.setTimeout(180_000);
  const { teacher, code } = await startLesson(browser, { acceptDownloads: true });
  const ann = await joinLesson(browser, code, 'Ann');
  await teacher.getByTestId('example-picker').selectOption('create_box_raii');
  await expect(teacher.getByTestId('run-program')).toBeEnabled();
  await teacher.getByTestId('run-program').click();
  await expect(teacher.getByTestId('step-position')).toHaveText(/^1 \/ \d+$/);
  // Step 3 runs `{` before `_var_2`: next comes its heap block.
  await teacher.keyboard.press('ArrowRight');
  await teacher.keyboard.press('ArrowRight');
  await expect(teacher.getByTestId('step-position')).toHaveText(/^3 \/ \d+$/);
  // The server has the step once a following student shows it.
  await expect(ann.getByTestId('step-position')).toHaveText(/^3 \/ \d+$/);

  await teacher.getByTestId('quiz-picker').selectOption({ label: 'What happens at the next step?' });
  await teacher.getByTestId('quiz-seconds').selectOption('10');
  await teacher.getByTestId('quiz-open').click();
  await expect(ann.getByTestId('quiz-card')).toHaveAttribute('data-kind', 'multi');
  await expect(ann.getByTestId('quiz-countdown')).toHaveText(/\d+ s left/);
  await expect(teacher.getByTestId('quiz-countdown')).toBeVisible();
  await expect(ann.getByTestId('quiz-diagram')).toBeVisible();
  await ann.getByTestId('quiz-option').first().click();
  await ann.getByTestId('quiz-submit').click();
  await expect(teacher.getByTestId('answer-count')).toHaveText('1');
  // At zero the question closes on every screen.
  await expect(teacher.getByTestId('quiz-current')).toHaveAttribute('data-status', 'closed', { timeout: 20_000 });
  await expect(ann.getByTestId('quiz-card')).toHaveAttribute('data-status', 'closed');
  await expect(ann.getByTestId('quiz-option').first().getByRole('checkbox')).toBeDisabled();
  await teacher.getByTestId('quiz-reveal').click();
  await expect(ann.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', /right|partly|wrong/);
  await expect(ann.getByTestId('quiz-explanation')).toContainText('Next, on line');
});
