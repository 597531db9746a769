// A recorded session watched again. First a short lesson: the teacher ends
// it and opens its recording from the landing page, plays it at 4x and jumps
// to the run; the share link opens anywhere, watches, and changes nothing.
// Then a lesson with a quiz: scrubbing to the reveal shows the histogram as
// it stood then (and not before), with the teacher's step and its memory; a
// student's own replay shows their answer and verdict, the share link only
// what every student saw.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { answerQuiz, joinLesson, startLesson } from './support';

const PROGRAM_LINES = ['fn main() {', 'let s = String::from("hi");', 'let b = Box::new(5);', 'println!("{} {}", s, b);', '}'];

const content = (page: Page): Locator => page.getByTestId('editor').locator('.cm-content');
const seconds = (text: string): number => {
  const [now] = text.split(' / ');
  return now!.split(':').reduce((acc, part) => acc * 60 + Number(part), 0);
};

test('a session recorded, replayed by its teacher and watched through the share link', async ({ browser }) => {
  test.setTimeout(180_000);

  // ---------------------------------------------------------------- a short lesson
  const { teacher, sessionId, code } = await startLesson(browser);

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
  // Opened where nobody is a member of the session (Ann's own browser would open it as her, see below).
  const anyone = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await anyone.goto(shareLink);
  await expect(anyone.getByTestId('replay-position')).toHaveText(/^0:00 \/ /);
  await expect(anyone.getByText('shared, read-only')).toBeVisible();
  const anyoneRun = anyone.getByTestId('replay-marker').and(anyone.locator('[data-kind="run"]'));
  await anyoneRun.click();
  await expect(anyone.getByTestId('stack-frame').first()).toBeVisible();
  await expect(content(anyone)).toContainText('Box::new(5);');
  for (const id of ['run-program', 'step-next', 'end-session', 'share-recording', 'example-picker', 'quiz-open']) await expect(anyone.getByTestId(id)).toHaveCount(0);
  // The editor refuses typing.
  const before = await content(anyone).textContent();
  await content(anyone).click();
  await anyone.keyboard.type('xyz');
  await expect(content(anyone)).toHaveText(before!);
  // Without the token, the same page does not open where nobody holds a key of the session.
  await anyone.goto(`/replay/${sessionId}`);
  await expect(anyone.getByText('This browser cannot open this recording')).toBeVisible();
  // Ann's browser holds her key: the share link opens her own replay, read-only as well.
  await student.goto(shareLink);
  await expect(student.getByText('your answers, read-only')).toBeVisible();
  await jumpTo(student, 'run');
  await expect(student.getByTestId('stack-frame').first()).toBeVisible();
  for (const id of ['run-program', 'step-next', 'end-session', 'share-recording', 'quiz-submit']) await expect(student.getByTestId(id)).toHaveCount(0);
});

// ================================================================== a recording with a quiz

const QUESTION = 'why-moved-into-function';
// As in classroom.spec: at step 4 the String and the Box are both on the heap.
const QUIZ_PROGRAM = ['fn main() {', 'let s = String::from("hi");', 'let b = Box::new(5);', 'let n = s.len() + *b;', 'println!("{} {}", s, n);', '}'];



const marker = (page: Page, kind: string): Locator => page.getByTestId('replay-marker').and(page.locator(`[data-kind="${kind}"]`));

/**
 * Jumps to a marker from the keyboard (focus, Enter). Markers a few seconds apart on a long recording
 * (a slow machine stretches the session) sit close enough for one's label to cover the next, so a
 * pointer click can land on the wrong one; the keyboard reaches each marker by itself.
 */
async function jumpTo(page: Page, kind: string): Promise<void> {
  await marker(page, kind).focus();
  await page.keyboard.press('Enter');
}

/**
 * Moves the scrub bar to `ms` from the start (it moves in steps of 100 ms: rounded the way asked), as
 * dragging it does: the value changes and an input event follows. The value is set with the element's
 * own setter, so that React sees a change it did not make.
 */
async function scrub(page: Page, ms: number, round: 'up' | 'down'): Promise<void> {
  const value = String((round === 'up' ? Math.ceil(ms / 100) : Math.floor(ms / 100)) * 100);
  const bar = page.getByTestId('replay-scrub');
  await bar.evaluate((el, v) => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, v);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
  await expect(bar).toHaveValue(value);
}

test('a quiz replayed: the histogram as it stood at the reveal and not before, the step and its memory, a student\'s own answers', async ({ browser }) => {
  test.setTimeout(240_000);

  // ---------------------------------------------------------------- a lesson: a program run and stepped, then a question
  const { teacher, sessionId, code } = await startLesson(browser);
  const students = [await joinLesson(browser, code, 'Ann', { editor: true }), await joinLesson(browser, code, 'Bob', { editor: true }), await joinLesson(browser, code, 'Cy', { editor: true })];
  const [ann, bob, cy] = students;
  await expect(teacher.getByTestId('roster-counts')).toHaveText('3 of 3 connected, 3 following');

  await content(teacher).click();
  await teacher.keyboard.type(`${QUIZ_PROGRAM[0]}\n${QUIZ_PROGRAM[1]}`);
  await expect(content(ann)).toContainText('String::from("hi");');
  for (const line of QUIZ_PROGRAM.slice(2)) await teacher.keyboard.type(`\n${line}`);
  await expect(content(ann)).toContainText('println!');
  await teacher.waitForTimeout(1500);
  await teacher.getByTestId('run-program').click();
  await expect(teacher.getByTestId('step-position')).toHaveText(/^1 \/ \d+$/);
  const steps = Number((await teacher.getByTestId('step-position').textContent())!.split('/')[1]);
  for (let i = 0; i < 3; i++) await teacher.getByTestId('step-next').click();
  await expect(teacher.getByTestId('step-position')).toHaveText(`4 / ${steps}`);
  await expect(teacher.getByTestId('heap-block')).toHaveCount(2);
  await teacher.waitForTimeout(1500);

  await teacher.getByTestId('quiz-picker').selectOption(QUESTION);
  await teacher.getByTestId('quiz-open').click();
  for (const s of students) await expect(s.getByTestId('quiz-option').first()).toBeVisible();
  const optionCount = await ann.getByTestId('quiz-option').count();
  await answerQuiz(ann, 0);
  await answerQuiz(bob, 1);
  await answerQuiz(cy, 0);
  await expect(teacher.getByTestId('answer-count')).toHaveText('3');
  await teacher.waitForTimeout(1500);
  await teacher.getByTestId('quiz-close').click();
  for (const s of students) await expect(s.getByTestId('quiz-option').first().getByRole('radio')).toBeDisabled();
  await teacher.waitForTimeout(2500);
  await teacher.getByTestId('quiz-reveal').click();
  await expect(teacher.getByTestId('quiz-histogram')).toBeVisible();
  const counts = Array.from({ length: optionCount }, (_, i) => (i === 0 ? '2' : i === 1 ? '1' : '0'));
  await expect(teacher.getByTestId('quiz-bar-count')).toHaveText(counts);
  const flags = await teacher.getByTestId('quiz-bar').evaluateAll((els) => els.map((el) => el.getAttribute('data-correct')));
  const right = flags.indexOf('true');
  expect(right).toBeGreaterThanOrEqual(0);
  await expect(ann.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', right === 0 ? 'right' : 'wrong');
  await teacher.waitForTimeout(2000);

  await teacher.getByTestId('share-recording').click();
  await expect(teacher.getByTestId('share-recording')).toBeChecked();
  const shareLink = await teacher.getByTestId('share-link').inputValue();
  teacher.once('dialog', (dialog) => void dialog.accept());
  await teacher.getByTestId('end-session').click();
  await expect(teacher.getByText('This session has ended.')).toBeVisible();

  // ---------------------------------------------------------------- the teacher's replay: the question's markers
  await teacher.goto(`/replay/${sessionId}`);
  await expect(teacher.getByTestId('replay-position')).toHaveText(/^0:00 \/ \d+:\d\d$/);
  await expect(marker(teacher, 'question')).toHaveCount(1);
  await expect(marker(teacher, 'reveal')).toHaveCount(1);
  const revealAt = Number(await marker(teacher, 'reveal').getAttribute('data-at'));
  expect(revealAt).toBeGreaterThan(Number(await marker(teacher, 'question').getAttribute('data-at')));
  const quizState = teacher.getByTestId('replay-quiz-state');

  // At the question's opening: nobody had answered yet.
  await jumpTo(teacher, 'question');
  await expect(quizState).toHaveText('Open, 0 answers');
  await expect(teacher.getByTestId('quiz-histogram')).toHaveCount(0);

  // Scrubbed to a second before the reveal: closed, three answers, no histogram yet.
  await scrub(teacher, revealAt - 1000, 'down');
  await expect(quizState).toHaveText('Closed, 3 answers');
  await expect(teacher.getByTestId('quiz-histogram')).toHaveCount(0);

  // Scrubbed to the reveal: the histogram as it stood then, and the teacher's step with its memory.
  await scrub(teacher, revealAt, 'up');
  await expect(quizState).toHaveText('Revealed, 3 answers');
  await expect(teacher.getByTestId('quiz-bar-count')).toHaveText(counts);
  await expect(teacher.getByTestId('quiz-bar').nth(right)).toHaveAttribute('data-correct', 'true');
  await expect(teacher.getByTestId('replay-step')).toHaveText(`Step 4 / ${steps}`);
  await expect(teacher.getByTestId('heap-block')).toHaveCount(2);
  await expect(teacher.getByTestId('stack-frame').first()).toContainText('main');

  // Jumping to the run: step 1, and the diagram of that step.
  await jumpTo(teacher, 'run');
  await expect(teacher.getByTestId('replay-step')).toHaveText(`Step 1 / ${steps}`);
  await expect(teacher.getByTestId('stack-frame').first()).toBeVisible();
  await expect(teacher.getByText('No question asked yet at this moment.')).toBeVisible();

  // Playing at 4x from before the reveal runs through it.
  await scrub(teacher, revealAt - 2000, 'down');
  await expect(quizState).toHaveText('Closed, 3 answers');
  await teacher.getByTestId('replay-speed').selectOption('4');
  await teacher.getByTestId('replay-play').click();
  await expect(quizState).toHaveText('Revealed, 3 answers', { timeout: 10_000 });
  await expect(teacher.getByTestId('quiz-bar-count')).toHaveText(counts);

  // ---------------------------------------------------------------- Ann's own replay: her answer and verdict, nobody else's
  const seeks: string[] = [];
  ann.on('response', (r) => {
    if (r.url().includes('replay.seek')) void r.text().then((t) => seeks.push(t), () => undefined);
  });
  await ann.goto(`/replay/${sessionId}`);
  await expect(ann.getByText('your answers, read-only')).toBeVisible();
  await jumpTo(ann, 'question');
  await expect(ann.getByTestId('replay-quiz-state')).toHaveText('Open, 0 answers');
  await expect(ann.getByTestId('replay-my-answer')).toHaveText('You had not answered.');
  await scrub(ann, revealAt - 1000, 'down');
  await expect(ann.getByTestId('replay-quiz-state')).toHaveText('Closed, 3 answers');
  await expect(ann.getByTestId('quiz-option')).toHaveCount(0);
  await expect(ann.getByTestId('replay-my-answer')).toContainText('Your answer: ');
  await expect(ann.getByTestId('quiz-verdict')).toHaveCount(0);
  await expect(ann.getByTestId('quiz-histogram')).toHaveCount(0);
  await jumpTo(ann, 'reveal');
  await expect(ann.getByTestId('replay-quiz-state')).toHaveText('Revealed, 3 answers');
  await expect(ann.getByTestId('quiz-verdict')).toHaveAttribute('data-verdict', right === 0 ? 'right' : 'wrong');
  await expect(ann.getByTestId('quiz-bar-count')).toHaveText(counts);
  for (const id of ['quiz-submit', 'run-program', 'step-next', 'share-recording']) await expect(ann.getByTestId(id)).toHaveCount(0);
  // What reached her browser holds her own answer and nobody else's.
  await expect.poll(() => seeks.length).toBeGreaterThan(0);
  for (const body of seeks) {
    expect(body).not.toContain('"answers"');
    expect(body).not.toContain('keyHash');
  }

  // ---------------------------------------------------------------- the share link elsewhere: what every student saw, no one's answer
  const anyone = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await anyone.goto(shareLink);
  await expect(anyone.getByText('shared, read-only')).toBeVisible();
  await scrub(anyone, revealAt - 1000, 'down');
  await expect(anyone.getByTestId('replay-quiz-state')).toHaveText('Closed, 3 answers');
  await expect(anyone.getByTestId('quiz-histogram')).toHaveCount(0);
  await jumpTo(anyone, 'reveal');
  await expect(anyone.getByTestId('quiz-bar-count')).toHaveText(counts);
  await expect(anyone.getByTestId('quiz-verdict')).toHaveCount(0);
  await expect(anyone.getByTestId('replay-my-answer')).toHaveCount(0);
});
