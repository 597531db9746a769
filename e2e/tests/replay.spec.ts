// A recorded session watched again: a teacher and a student hold a short
// lesson, the teacher ends it and opens its recording from the landing page,
// plays it and jumps to the run; the student opens the share link and can
// watch but change nothing.
import { expect, test, type Locator, type Page } from '@playwright/test';

const PROGRAM_LINES = ['fn main() {', 'let s = String::from("hi");', 'let b = Box::new(5);', 'println!("{} {}", s, b);', '}'];

const content = (page: Page): Locator => page.getByTestId('editor').locator('.cm-content');
const seconds = (text: string): number => {
  const [now] = text.split(' / ');
  return now!.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
};

test('a session recorded, replayed by its teacher and watched through the share link', async ({ browser }) => {
  test.setTimeout(180_000);

  // ---------------------------------------------------------------- a short lesson
  const teacher = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  await teacher.goto('/');
  await teacher.getByTestId('create-session').click();
  await expect(teacher).toHaveURL(/\/teach\/[0-9a-f-]{36}$/);
  const sessionId = teacher.url().split('/').at(-1)!;
  const code = (await teacher.getByTestId('join-code').textContent())!;

  const student = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await student.goto('/');
  await student.getByTestId('join-code-input').fill(code);
  await student.getByTestId('nickname-input').fill('Ann');
  await student.getByTestId('join-submit').click();
  await expect(student).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
  await expect(teacher.getByTestId('roster-entry')).toHaveCount(1);
  // The student's live view and shared editor are up before the lesson starts (as in classroom.spec).
  await expect(teacher.getByTestId('roster-counts')).toHaveText('1 of 1 connected, 1 following');

  await content(teacher).click();
  await teacher.keyboard.type(`${PROGRAM_LINES[0]}\n${PROGRAM_LINES[1]}`);
  await expect(content(student)).toContainText('String::from("hi");');
  for (const line of PROGRAM_LINES.slice(2)) await teacher.keyboard.type(`\n${line}`);
  await expect(content(student)).toContainText('Box::new(5);');
  // Some time passes between typing and running, so the run sits apart on the time line.
  await teacher.waitForTimeout(2000);
  await teacher.getByTestId('run-program').click();
  await expect(teacher.getByTestId('step-position')).toHaveText(/^1 \/ \d+$/);
  await teacher.getByTestId('step-next').click();
  await teacher.getByTestId('step-next').click();
  await expect(teacher.getByTestId('step-position')).toHaveText(/^3 \/ \d+$/);
  await teacher.waitForTimeout(2000);

  // ---------------------------------------------------------------- sharing on, then the end
  // The box turns on once the server has answered with a token.
  await teacher.getByTestId('share-recording').click();
  await expect(teacher.getByTestId('share-recording')).toBeChecked();
  const shareLink = await teacher.getByTestId('share-link').inputValue();
  expect(shareLink).toContain(`/replay/${sessionId}?token=`);
  teacher.once('dialog', (dialog) => void dialog.accept());
  await teacher.getByTestId('end-session').click();
  await expect(teacher.getByText('This session has ended.')).toBeVisible();

  // ---------------------------------------------------------------- the teacher's recordings
  await teacher.goto('/');
  const list = teacher.getByTestId('session-list');
  await expect(list.getByTestId('session-list-entry')).toHaveCount(1);
  await expect(list).toContainText('1 student');
  await expect(list).toContainText('1 run');
  await list.getByTestId('session-replay-link').click();
  await expect(teacher).toHaveURL(new RegExp(`/replay/${sessionId}$`));

  // ---------------------------------------------------------------- playing at 4×
  const position = teacher.getByTestId('replay-position');
  await expect(position).toHaveText(/^0:00 \/ \d+:\d\d$/);
  const total = seconds((await position.textContent())!.split(' / ')[1]!);
  expect(total).toBeGreaterThanOrEqual(4);
  // Before anything ran, the editor was empty and there is nothing to draw.
  await expect(teacher.getByTestId('replay-step')).toHaveText('No program had run yet.');
  await teacher.getByTestId('replay-speed').selectOption('4');
  await teacher.getByTestId('replay-play').click();
  await expect.poll(async () => seconds((await position.textContent())!), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
  // Space pauses (the play button has the focus: it must not toggle twice).
  await teacher.keyboard.press('Space');
  await expect(teacher.getByTestId('replay-play')).toHaveText('Play');
  const paused = await position.textContent();
  await teacher.waitForTimeout(700);
  await expect(position).toHaveText(paused!);

  // ---------------------------------------------------------------- the run marker: the program and memory of that moment
  const runMarker = teacher.getByTestId('replay-marker').and(teacher.locator('[data-kind="run"]'));
  await expect(runMarker).toHaveCount(1);
  await expect(runMarker).toContainText('Run');
  await expect(teacher.getByTestId('replay-marker').and(teacher.locator('[data-kind="edit"]')).first()).toBeVisible();
  await runMarker.click();
  await expect(teacher.getByTestId('replay-step')).toHaveText(/^Step 1 \/ \d+$/);
  await expect(teacher.getByTestId('stack-frame').first()).toBeVisible();
  await expect(teacher.getByTestId('stack-frame').first()).toContainText('main');
  for (const line of ['String::from("hi");', 'Box::new(5);']) await expect(content(teacher)).toContainText(line);
  // Later, the teacher had stepped on: the end shows step 3 and what was printed by then.
  await teacher.keyboard.press('End');
  await expect(position).toHaveText(new RegExp(`^(\\d+:)?\\d+:\\d\\d / `));
  await expect(teacher.getByTestId('replay-step')).toHaveText(/^Step 3 \/ \d+$/);
  // Home goes back to the start: an empty editor.
  await teacher.keyboard.press('Home');
  await expect(position).toHaveText(/^0:00 /);
  await expect(teacher.getByTestId('replay-step')).toHaveText('No program had run yet.');

  // ---------------------------------------------------------------- the share link: watch, change nothing
  await student.goto(shareLink);
  await expect(student.getByTestId('replay-position')).toHaveText(/^0:00 \/ /);
  await expect(student.getByText('shared, read-only')).toBeVisible();
  const studentRun = student.getByTestId('replay-marker').and(student.locator('[data-kind="run"]'));
  await studentRun.click();
  await expect(student.getByTestId('stack-frame').first()).toBeVisible();
  await expect(content(student)).toContainText('Box::new(5);');
  for (const id of ['run-program', 'step-next', 'end-session', 'share-recording', 'example-picker', 'quiz-open']) await expect(student.getByTestId(id)).toHaveCount(0);
  // The editor refuses typing.
  const before = await content(student).textContent();
  await content(student).click();
  await student.keyboard.type('xyz');
  await expect(content(student)).toHaveText(before!);
  // Without the token, the same page does not open in the student's browser.
  await student.goto(`/replay/${sessionId}`);
  await expect(student.getByText('This browser cannot open this recording')).toBeVisible();
});
