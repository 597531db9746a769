// The live classroom, as a lecture hall uses it: a teacher and two students,
// each in a browser context of their own (their own storage and sockets),
// all on the app's one origin.
import { expect, test, type Locator, type Page, type WebSocketRoute } from '@playwright/test';
import { editorText, joinLesson, settled, startLesson, stepLineText } from './support';

// Typed line by line: the editor indents each new line and dedents the closing brace by itself.
const PROGRAM_LINES = ['fn main() {', 'let s = String::from("hi");', 'let b = Box::new(5);', 'let n = s.len() + *b;', 'println!("{} {}", s, n);', '}'];

const content = (page: Page): Locator => page.getByTestId('editor').locator('.cm-content');
const position = (page: Page): Locator => page.getByTestId('step-position');


/** What a screen draws: the frames and heap blocks of the diagram, and the output. */
async function picture(page: Page): Promise<{ frames: string[]; heap: string[]; stdout: string }> {
  return {
    frames: await page.getByTestId('stack-frame').allInnerTexts(),
    heap: await page.getByTestId('heap-block').allInnerTexts(),
    stdout: await page.getByTestId('stdout').innerText(),
  };
}


test('a teacher and two students: typing, running, stepping, reloading, exploring, the pen', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);

  // ---------------------------------------------------------------- the teacher starts a session
  const { teacher, code } = await startLesson(browser);
  await expect(teacher.getByRole('img', { name: /QR code of the join link .*\/join\?code=/ })).toBeVisible();

  // ---------------------------------------------------------------- two students join by code
  const ann = await joinLesson(browser, code, 'Ann', { editor: true });
  const bob = await joinLesson(browser, code, 'Bob', { editor: true });
  const students = [ann, bob];
  await expect(teacher.getByTestId('roster-entry')).toHaveCount(2);
  await expect(teacher.getByTestId('roster-counts')).toHaveText('2 of 2 connected, 2 following');

  // ---------------------------------------------------------------- the teacher types; the class sees it as it is typed
  await content(teacher).click();
  await teacher.keyboard.type(`${PROGRAM_LINES[0]}\n${PROGRAM_LINES[1]}`);
  // Half a program on the teacher's screen is half a program on every student's.
  for (const s of students) await expect(content(s)).toContainText('String::from("hi");');
  for (const line of PROGRAM_LINES.slice(2)) await teacher.keyboard.type(`\n${line}`);
  const typed = await editorText(teacher);
  for (const line of PROGRAM_LINES) expect(typed).toContain(line);
  for (const s of students) await expect.poll(() => editorText(s)).toBe(typed);

  // ---------------------------------------------------------------- run, and everyone is on step 1
  await teacher.getByTestId('run-program').click();
  await expect(position(teacher)).toHaveText(/^1 \/ \d+$/);
  const steps = Number((await position(teacher).textContent())!.split('/')[1]);
  expect(steps).toBeGreaterThan(3);
  for (const s of students) await expect(position(s)).toHaveText(`1 / ${steps}`);
  await expect(teacher.getByTestId('diagnostic')).toHaveCount(0);

  // ---------------------------------------------------------------- step forward and back: the class follows
  await teacher.getByTestId('step-next').click();
  await teacher.getByTestId('step-next').click();
  await teacher.getByTestId('step-next').click();
  await expect(position(teacher)).toHaveText(`4 / ${steps}`);
  await teacher.getByTestId('step-prev').click();
  await expect(position(teacher)).toHaveText(`3 / ${steps}`);
  // Arrow keys step the class too (focus is on a button, not in the editor).
  await teacher.keyboard.press('ArrowRight');
  await expect(position(teacher)).toHaveText(`4 / ${steps}`);
  for (const s of students) await expect(position(s)).toHaveText(`4 / ${steps}`);

  // Same step, same memory on every screen: the string and the box on the heap.
  await expect(teacher.getByTestId('heap-block')).toHaveCount(2);
  const drawn = await picture(teacher);
  expect(drawn.frames.length).toBeGreaterThan(0);
  for (const s of students) {
    await expect(s.getByTestId('heap-block')).toHaveCount(2);
    expect(await picture(s)).toEqual(drawn);
  }

  // The step's line is highlighted in every editor.
  await expect.poll(() => stepLineText(teacher)).not.toBeNull();
  const line = (await stepLineText(teacher))!;
  expect(line).toMatch(/\w/);
  expect(line).not.toMatch(/^\(/);
  for (const s of students) await expect.poll(() => stepLineText(s)).toBe(line);

  // ---------------------------------------------------------------- a student reloads: back on the teacher's step
  await ann.reload();
  await expect(position(ann)).toHaveText(`4 / ${steps}`);
  await expect(ann.getByTestId('heap-block')).toHaveCount(2);
  expect(await picture(ann)).toEqual(drawn);
  // The editor, made after the step was shown, highlights it too.
  await expect.poll(() => stepLineText(ann)).toBe(line);
  await expect(ann.getByTestId('explore-alone')).toBeVisible();

  // ---------------------------------------------------------------- a student explores alone, then follows again
  await bob.getByTestId('explore-alone').click();
  await expect(teacher.getByTestId('roster-counts')).toHaveText('2 of 2 connected, 1 following');
  await expect(teacher.getByTestId('roster-entry').filter({ hasText: 'Bob' })).toContainText('exploring');
  await bob.getByTestId('step-prev').click();
  await bob.getByTestId('step-prev').click();
  await expect(position(bob)).toHaveText(`2 / ${steps}`);
  await bob.keyboard.press('End');
  await expect(position(bob)).toHaveText(`${steps} / ${steps}`);
  await expect(bob.getByTestId('stdout')).toHaveText('hi 7');
  // Exploring moves nobody else.
  await expect(position(teacher)).toHaveText(`4 / ${steps}`);
  await expect(position(ann)).toHaveText(`4 / ${steps}`);
  // Meanwhile the teacher goes on; the explorer stays where they are.
  await teacher.getByTestId('step-prev').click();
  await expect(position(ann)).toHaveText(`3 / ${steps}`);
  await expect(position(bob)).toHaveText(`${steps} / ${steps}`);
  await bob.getByTestId('follow-teacher').click();
  await expect(position(bob)).toHaveText(`3 / ${steps}`);
  await expect(teacher.getByTestId('roster-counts')).toHaveText('2 of 2 connected, 2 following');
  expect(await picture(bob)).toEqual(await picture(teacher));
  // Exploring, then reloading: the page opens on the teacher's step again, following.
  await bob.getByTestId('explore-alone').click();
  await bob.getByTestId('step-first').click();
  await expect(position(bob)).toHaveText(`1 / ${steps}`);
  await bob.reload();
  await expect(position(bob)).toHaveText(`3 / ${steps}`);
  await expect(bob.getByTestId('explore-alone')).toBeVisible();
  await expect(teacher.getByTestId('roster-counts')).toHaveText('2 of 2 connected, 2 following');

  // ---------------------------------------------------------------- without the pen a student neither edits nor steps the class
  await expect(content(ann)).toHaveAttribute('aria-readonly', 'true');
  await content(ann).click();
  await ann.keyboard.type('oops');
  await ann.keyboard.press('Enter');
  await expect(content(ann)).not.toContainText('oops');
  await expect(ann.getByTestId('step-next')).toBeDisabled();
  await ann.getByTestId('explore-alone').focus();
  await ann.keyboard.press('ArrowRight'); // on a following student's page: nothing moves
  await ann.waitForTimeout(500);
  await expect(position(teacher)).toHaveText(`3 / ${steps}`);
  await expect(position(bob)).toHaveText(`3 / ${steps}`);
  expect(await editorText(teacher)).toBe(typed);

  // ---------------------------------------------------------------- with the pen a student writes for everyone, until it is taken back
  await teacher.getByRole('button', { name: 'Give the pen to Bob' }).click();
  await expect(bob.getByTestId('pen-status')).toContainText('You have the pen');
  await expect(content(bob)).not.toHaveAttribute('aria-readonly', 'true');
  await content(bob).locator('.cm-line').last().click();
  await bob.keyboard.press('End');
  await bob.keyboard.type('\n// Bob was here');
  for (const p of [teacher, ann]) await expect(content(p)).toContainText('// Bob was here');
  // The teacher's screen names the writer at their cursor.
  await expect(teacher.getByTestId('editor').locator('.cm-ySelectionInfo', { hasText: 'Bob' })).toBeVisible();
  await expect(teacher.getByTestId('roster-entry').filter({ hasText: 'Bob' })).toContainText('has the pen');
  // Run stays the teacher's: the edited program is stale on every screen until the teacher runs it.
  await expect(bob.getByTestId('run-program')).toHaveCount(0);
  await teacher.getByTestId('take-pen').click();
  await expect(content(bob)).toHaveAttribute('aria-readonly', 'true');
  await expect(bob.getByTestId('pen-status')).toContainText('you follow along');

  // ---------------------------------------------------------------- the teacher console, for the report
  await teacher.getByTestId('run-program').click();
  await expect(position(teacher)).toHaveText(`1 / ${steps}`);
  for (let i = 1; i < steps - 1; i++) await teacher.keyboard.press('ArrowRight');
  await expect(position(teacher)).toHaveText(`${steps - 1} / ${steps}`);
  for (const s of students) await expect(position(s)).toHaveText(`${steps - 1} / ${steps}`);
  await settled(teacher);
  for (const s of students) await settled(s);
  await testInfo.attach('teacher-console', { body: await teacher.screenshot({ path: testInfo.outputPath('teacher-console.png') }), contentType: 'image/png' });
  await testInfo.attach('student-view', { body: await ann.screenshot({ path: testInfo.outputPath('student-view.png') }), contentType: 'image/png' });

  // ---------------------------------------------------------------- the end of the session, for everyone
  teacher.once('dialog', (dialog) => void dialog.accept());
  await teacher.getByTestId('end-session').click();
  for (const s of students) await expect(s.getByTestId('pen-status')).toHaveText('This session has ended.');
  await expect(teacher.getByTestId('run-program')).toBeDisabled();
  await expect(content(teacher)).toHaveAttribute('aria-readonly', 'true');
});

test('a reload keeps the teacher console; a wrong code is refused with a message', async ({ browser }) => {
  const teacher = await (await browser.newContext()).newPage();
  await teacher.goto('/');
  await teacher.getByTestId('create-session').click();
  await expect(teacher.getByTestId('join-code')).toHaveText(/^[A-Z2-9]{6}$/);
  const code = await teacher.getByTestId('join-code').textContent();
  await teacher.reload();
  await expect(teacher.getByTestId('join-code')).toHaveText(code!);
  await expect(teacher.getByTestId('run-program')).toBeVisible();

  // Another browser has no teacher key: no console there.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(teacher.url());
  await expect(stranger.getByRole('heading', { name: /does not hold the teacher key/ })).toBeVisible();

  // Joining with a code nobody uses says so, and keyboard alone gets there.
  await stranger.goto('/');
  await stranger.getByTestId('join-code-input').focus();
  await stranger.keyboard.type('ZZZZZZ');
  await stranger.keyboard.press('Tab');
  await stranger.keyboard.type('Cy');
  await stranger.keyboard.press('Enter');
  await expect(stranger.getByText('no session has the join code ZZZZZZ')).toBeVisible();

  // The QR code's link opens the join page with the code filled in.
  await stranger.goto(`/join?code=${code}`);
  await expect(stranger.getByTestId('join-code-input')).toHaveValue(code!);
  await expect(stranger.getByTestId('nickname-input')).toBeFocused();
});

test('a student who loses the network is back on the teacher\'s step when it returns', async ({ browser }) => {
  const { teacher, code } = await startLesson(browser);

  // The student's sockets go through the test, which can cut them. While the network is
  // "down", new sockets lead nowhere (a mock that never answers), as on a dead Wi-Fi.
  const context = await browser.newContext();
  let down = false;
  const through = new Set<WebSocketRoute>();
  const stranded = new Set<WebSocketRoute>();
  await context.routeWebSocket(/\/api\/(trpc|yjs)/, (ws) => {
    if (down) return void stranded.add(ws);
    ws.connectToServer();
    through.add(ws);
  });
  const dee = await joinLesson(browser, code, 'Dee', { context: context, editor: true });
  await teacher.getByTestId('example-picker').selectOption('employee_bonus');
  await teacher.getByTestId('run-program').click();
  await expect(position(dee)).toHaveText(/^1 \/ \d+$/);

  down = true;
  for (const ws of through) await ws.close();
  through.clear();
  await expect(teacher.getByTestId('roster-counts')).toHaveText('0 of 1 connected, 0 following');
  await teacher.getByTestId('step-next').click();
  await teacher.getByTestId('step-next').click();
  await expect(position(teacher)).toHaveText(/^3 \//);
  await dee.waitForTimeout(500);
  await expect(position(dee)).toHaveText(/^1 \//);

  // The network is back: the student's page reconnects, resumes from the last event it had, and catches up.
  down = false;
  for (const ws of stranded) await ws.close();
  await expect(position(dee)).toHaveText(/^3 \//);
  await expect(dee.getByTestId('connection-status')).toHaveText('Live');
  await expect(teacher.getByTestId('roster-counts')).toHaveText('1 of 1 connected, 1 following');
  expect(await picture(dee)).toEqual(await picture(teacher));

  // Keys pressed faster than the server answers: the class lands where the teacher stops.
  const steps = Number((await position(teacher).textContent())!.split('/')[1]);
  for (let i = 0; i < 10; i++) await teacher.keyboard.press('ArrowRight');
  for (let i = 0; i < 4; i++) await teacher.keyboard.press('ArrowLeft');
  const stop = `${Math.min(2 + 10, steps - 1) - 4 + 1} / ${steps}`; // from step 3 (index 2)
  await expect(position(teacher)).toHaveText(stop);
  await expect(position(dee)).toHaveText(stop);
  await teacher.waitForTimeout(500);
  await expect(position(teacher)).toHaveText(stop);
  expect(await picture(dee)).toEqual(await picture(teacher));
});

test('a following student draws each of the teacher\'s steps at once: counter and diagram together, no engine request per step', async ({ browser }) => {
  const { teacher, code } = await startLesson(browser);

  // In the student's page: every request the page sends its engine worker, and every
  // DOM change that shows a new step counter, with the diagram's step at that moment.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen = { requests: [] as string[], shown: [] as { position: string; diagram: string | null }[] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const type = (message as { type?: unknown } | null)?.type;
      if (typeof type === 'string') seen.requests.push(type);
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as Worker['postMessage'];
    let last: string | null = null;
    new MutationObserver(() => {
      const position = document.querySelector('[data-testid="step-position"]')?.textContent ?? null;
      if (position === null || position === last) return;
      last = position;
      seen.shown.push({ position, diagram: document.querySelector('.mv-diagram')?.getAttribute('data-step') ?? null });
    }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  const eve = await joinLesson(browser, code, 'Eve', { context: context, editor: true });
  const seen = () => eve.evaluate(() => (window as unknown as { __seen: { requests: string[]; shown: { position: string; diagram: string | null }[] } }).__seen);

  await teacher.getByTestId('example-picker').selectOption('employee_bonus');
  await teacher.getByTestId('run-program').click();
  await expect(position(eve)).toHaveText(/^1 \/ \d+$/);
  await expect(eve.locator('.mv-diagram')).toHaveAttribute('data-step', '0');
  const steps = Number((await position(eve).textContent())!.split('/')[1]);
  // The states around the shown step are fetched ahead: let that finish.
  await expect.poll(async () => (await seen()).requests.filter((t) => t === 'states').length).toBeGreaterThanOrEqual(2);
  await eve.waitForTimeout(500);
  const before = (await seen()).requests.length;

  for (let i = 1; i <= 3; i++) {
    await teacher.getByTestId('step-next').click();
    await expect(position(eve)).toHaveText(`${i + 1} / ${steps}`);
    await expect(eve.locator('.mv-diagram')).toHaveAttribute('data-step', String(i));
  }
  const after = await seen();
  // Each new counter was drawn with the diagram of that very step, in the same DOM update.
  for (const s of after.shown.filter((s) => /^[2-4] \//.test(s.position))) expect(s.diagram).toBe(String(Number(s.position.split(' ')[0]) - 1));
  expect(after.shown.filter((s) => /^[2-4] \//.test(s.position))).toHaveLength(3);
  // And the student's engine was not asked for anything while the teacher stepped.
  expect(after.requests.slice(before)).toEqual([]);
  // A student who only watches checks the program but never pays for warming the engine up.
  expect(after.requests).toContain('check');
  expect(after.requests).not.toContain('warmUp');
  expect(await picture(eve)).toEqual(await picture(teacher));
});
