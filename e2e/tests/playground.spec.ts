import { expect, test } from '@playwright/test';
import { ARTICLE, editorText, example, expected, openProgram, position, programInUrl, run, settled, stepLineText } from './support';

test.describe('the article programs in the playground', () => {
  for (const program of ARTICLE) {
    const truth = expected(program.corpus);
    if (truth.compiles) {
      test(`${program.id} runs, draws its memory and prints what rustc's binary prints`, async ({ page }) => {
        await openProgram(page, example(program.id));
        const steps = await run(page);
        expect(steps).toBeGreaterThan(2);
        // Walk forward until the heap holds something; frames and heap must both be drawn then.
        const heap = page.getByTestId('heap-block');
        for (let i = 1; i < steps && (await heap.count()) === 0; i++) await page.getByTestId('step-next').click();
        await expect(heap.first()).toBeVisible();
        await expect(page.getByTestId('stack-frame').first()).toBeVisible();
        // At the end the output is complete.
        await page.getByTestId('step-last').click();
        await expect(page.getByTestId('step-position')).toHaveText(`${steps} / ${steps}`);
        await expect(page.getByTestId('stdout')).toHaveText(truth.stdout ?? '', { useInnerText: true });
        await expect(page.getByTestId('diagnostic')).toHaveCount(0);
      });
    } else {
      test(`${program.id} does not compile and shows rustc's errors`, async ({ page }) => {
        await openProgram(page, example(program.id));
        const items = page.getByTestId('diagnostic');
        // Checked as the program is loaded, before any run.
        await expect(items).toHaveCount(truth.errors.length);
        for (const [i, e] of truth.errors.entries()) {
          await expect(items.nth(i)).toContainText(`error[${e.code}]`);
          await expect(items.nth(i)).toContainText(new RegExp(`^${e.line}:\\d+`));
          await expect(items.nth(i)).toContainText(e.message);
        }
        // Running it shows no diagram, only the errors.
        await page.getByTestId('run-program').click();
        await expect(page.getByText('The program does not compile')).toBeVisible();
        await expect(page.getByTestId('stack-frame')).toHaveCount(0);
        await expect(items).toHaveCount(truth.errors.length);
      });
    }
  }
});

test('stepping forward and back, by buttons and by arrow keys', async ({ page }) => {
  await openProgram(page, example('employee_bonus'));
  const steps = await run(page);
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-position')).toHaveText(`2 / ${steps}`);
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-position')).toHaveText(`3 / ${steps}`);
  await page.getByTestId('step-prev').click();
  await expect(page.getByTestId('step-position')).toHaveText(`2 / ${steps}`);

  // Arrow keys, as in the article's slides (focus is on a button, not in the editor).
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-position')).toHaveText(`3 / ${steps}`);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-position')).toHaveText(`4 / ${steps}`);
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('step-position')).toHaveText(`3 / ${steps}`);
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-position')).toHaveText(`${steps} / ${steps}`);
  await page.keyboard.press('Home');
  await expect(page.getByTestId('step-position')).toHaveText(`1 / ${steps}`);

  // In the editor the arrow keys move the cursor, not the program.
  await page.getByTestId('editor').locator('.cm-content').click();
  await page.keyboard.press('ArrowRight');
  expect(await position(page)).toBe(`1 / ${steps}`);
});

test('the diagram follows the Employee program into its calls', async ({ page }) => {
  await openProgram(page, example('employee_bonus'));
  const steps = await run(page);
  const frames = page.getByTestId('stack-frame');
  let deepest = 0;
  for (let i = 1; i < steps; i++) {
    deepest = Math.max(deepest, await frames.count());
    if (deepest === 3) break;
    await page.keyboard.press('ArrowRight');
  }
  // main → find_employee_bonus → get_bonus_percentage, as in the article's slides.
  expect(deepest).toBe(3);
  await expect(frames.first()).toContainText('get_bonus_percentage');
  await expect(page.locator('[data-arrow]').first()).toBeAttached();
  // salary is a shared borrow of john.salary: said in words, not only drawn.
  await expect(page.getByText('→ john.salary').first()).toBeVisible();
});

test('screen readers are told the whole memory at every step, line by line', async ({ page }) => {
  await openProgram(page, example('employee_bonus'));
  const steps = await run(page);
  for (let i = 1; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-position')).toHaveText(`6 / ${steps}`);
  // The description is drawn one element per line (so that a step lays out again only the lines it
  // changed); Chromium's own accessibility tree must still hold all of it in one polite, atomic live region.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  type AxNode = { nodeId: string; childIds?: string[]; name?: { value?: string }; properties?: { name: string; value: { value: unknown } }[] };
  const liveTexts = async (): Promise<string[]> => {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    const text = (n: AxNode): string => [n.name?.value ?? '', ...(n.childIds ?? []).map((id) => byId.get(id)).filter((c): c is AxNode => !!c).map(text)].join(' ');
    const prop = (n: AxNode, name: string) => n.properties?.find((p) => p.name === name)?.value.value;
    return nodes.filter((n) => prop(n, 'live') === 'polite' && prop(n, 'atomic') === true).map((n) => text(n).replace(/\s+/g, ' '));
  };
  const lines = await page.locator('.mv-diagram .mv-description > div').allTextContents();
  expect(lines[0]).toMatch(new RegExp(`^Step 6 of ${steps}, line \\d+`));
  expect(lines).toContain('Stack (innermost call last):');
  const live = (await liveTexts()).filter((t) => t.includes('Stack (innermost call last):'));
  expect(live).toHaveLength(1);
  // Every line, in order, pointers in words included.
  let at = 0;
  for (const line of lines) {
    const i = live[0].indexOf(line.trim().replace(/\s+/g, ' '), at);
    expect(i, line).toBeGreaterThanOrEqual(at);
    at = i;
  }
  // The next step is told as well.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-position')).toHaveText(`7 / ${steps}`);
  await expect.poll(async () => (await liveTexts()).some((t) => t.includes(`Step 7 of ${steps}`))).toBe(true);
});

test('screenshot: the Employee program at its last step', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openProgram(page, example('employee_bonus'));
  const steps = await run(page);
  // The step that prints: the picture the article ends on, with john's bonus computed.
  const stdout = page.getByTestId('stdout');
  for (let i = 1; i < steps && (await stdout.innerText()) === ''; i++) await page.keyboard.press('ArrowRight');
  await expect(stdout).toHaveText('Bonus for John is 2500');
  await settled(page); // the step's flash over
  await testInfo.attach('employee-bonus-printing-step', { body: await page.screenshot(), contentType: 'image/png' });
  await page.keyboard.press('End');
  await expect(page.getByTestId('step-position')).toHaveText(`${steps} / ${steps}`);
  await settled(page);
  const shot = await page.screenshot({ path: testInfo.outputPath('employee-bonus-last-step.png') });
  await testInfo.attach('employee-bonus-last-step', { body: shot, contentType: 'image/png' });
});

test('errors are marked in the editor with rustc labels as you type', async ({ page }) => {
  await openProgram(page, example('take_ownership_borrow'));
  const editor = page.getByTestId('editor');
  await expect(editor.locator('.cm-lintRange-error').first()).toBeVisible();
  await expect(editor.locator('.cm-rustc-label').first()).toBeVisible();
  await expect(editor).toContainText('occurs here');

  // Fix half of the program: delete the last `take_ownership(boxed);`, and the E0382 error
  // goes with it while E0505 stays.
  await editor.locator('.cm-line', { hasText: 'take_ownership(boxed);' }).last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await expect(editor.locator('.cm-line', { hasText: 'take_ownership(boxed);' })).toHaveCount(1);
  await expect(page.getByTestId('diagnostic')).toHaveCount(1);
  await expect(page.getByTestId('diagnostic')).toContainText('E0505');
});

test('the playground warms the engine up on its program, and what is typed meanwhile is still checked', async ({ browser }) => {
  // Every request the page sends its engine worker, and every answer.
  const context = await browser.newContext();
  await context.addInitScript(() => {
    const seen = { posted: [] as { type: string; source?: string }[], answered: [] as { type: string; checks?: number }[] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    const post = Worker.prototype.postMessage;
    Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: unknown[]) {
      const m = message as { type?: unknown; source?: unknown } | null;
      if (typeof m?.type === 'string') seen.posted.push({ type: m.type, ...(typeof m.source === 'string' ? { source: m.source } : {}) });
      if (!(this as Worker & { __watched?: boolean }).__watched) {
        (this as Worker & { __watched?: boolean }).__watched = true;
        this.addEventListener('message', (e: MessageEvent<{ type?: string; result?: { checks?: number } }>) => {
          if (typeof e.data?.type === 'string') seen.answered.push({ type: e.data.type, checks: e.data.result?.checks });
        });
      }
      return (post as (...args: unknown[]) => void).call(this, message, ...rest);
    } as Worker['postMessage'];
  });
  type Seen = { posted: { type: string; source?: string }[]; answered: { type: string; checks?: number }[] };
  const page = await context.newPage();
  const seen = () => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);
  const program = example('employee_bonus');
  await openProgram(page, program);
  // After the first check, one warm-up of the program on screen.
  await expect.poll(async () => (await seen()).posted.filter((m) => m.type === 'warmUp').length).toBe(1);
  const first = (await seen()).posted;
  expect(first.findIndex((m) => m.type === 'check')).toBeLessThan(first.findIndex((m) => m.type === 'warmUp'));
  expect(first.find((m) => m.type === 'warmUp')!.source).toBe(program);
  // Typing goes on being checked while the worker warms up: an error appears, then goes.
  const editor = page.getByTestId('editor').locator('.cm-content');
  await editor.locator('.cm-line', { hasText: 'let bonus = bonus_percentage * no_of_sales;' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' undefined_name;');
  await expect(page.getByTestId('diagnostic')).toContainText('E0425');
  for (let i = 0; i < ' undefined_name;'.length; i++) await page.keyboard.press('Backspace');
  await expect(page.getByTestId('diagnostic')).toHaveCount(0);
  // The warm-up ends and says how many checks the worker has made in all: many more than the page's own few.
  await expect.poll(async () => (await seen()).answered.find((m) => m.type === 'warmUp')?.checks ?? 0, { timeout: 30_000 }).toBeGreaterThanOrEqual(10);
  expect((await seen()).posted.filter((m) => m.type === 'check').length).toBeLessThan(10);
  // Still one warm-up only: later checks do not start another.
  expect((await seen()).posted.filter((m) => m.type === 'warmUp')).toHaveLength(1);
  await context.close();
});

test('the program is kept in the link', async ({ page }) => {
  await openProgram(page, 'fn main() {\n    let x = 1;\n}\n');
  const content = page.getByTestId('editor').locator('.cm-content');
  await content.click();
  const before = page.url();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('// kept in the URL\n');
  await expect.poll(() => page.url()).not.toBe(before);
  // The link follows the typing a moment behind it (after a pause in the keys): wait for the whole line.
  await expect.poll(() => programInUrl(page.url())).toContain('// kept in the URL');
  const url = page.url();
  expect(url).toMatch(/\/playground#code=/);
  await page.goto('about:blank');
  await page.goto(url);
  await expect(page.getByTestId('editor').locator('.cm-content')).toContainText('// kept in the URL');
});

test('lifetimes and permissions views', async ({ page }) => {
  await openProgram(page, example('employee_bonus'));
  await page.getByTestId('tab-lifetimes').click();
  const lifetimes = page.getByRole('table', { name: /Lifetimes/ });
  await expect(lifetimes).toBeVisible();
  await expect(lifetimes.locator('.mv-lt-label', { hasText: /^john$/ })).toBeVisible();
  await page.getByTestId('tab-permissions').click();
  const perms = page.getByRole('table', { name: /Permissions/ });
  await expect(perms).toBeVisible();
  await expect(perms.getByTestId('permission').first()).toBeVisible();
});

test('on a phone the stack sits above the heap', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openProgram(page, example('employee_bonus'));
  const steps = await run(page);
  const heap = page.getByTestId('heap-block');
  for (let i = 1; i < steps && (await heap.count()) === 0; i++) await page.getByTestId('step-next').click();
  const stack = await page.locator('.mv-stack').boundingBox();
  const heapRegion = await page.locator('.mv-heap').boundingBox();
  expect(stack && heapRegion).toBeTruthy();
  expect(heapRegion!.y).toBeGreaterThanOrEqual(stack!.y + stack!.height - 1);
  // Nothing wider than the screen but the diagram's own scroll area.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('the landing page leads to the playground', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Open the playground' }).click();
  await expect(page).toHaveURL(/\/playground/);
  await expect(page.getByTestId('run-program')).toBeVisible();
});

test('the arrows follow the drawing when the window, not the step, moves it', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openProgram(page, example('employee_bonus'));
  const steps = await run(page);
  const heap = page.getByTestId('heap-block');
  for (let i = 1; i < steps && (await heap.count()) === 0; i++) await page.getByTestId('step-next').click();
  await expect(page.locator('[data-arrow]').first()).toBeAttached();
  await settled(page);

  /** Whether some arrow ends on the first heap block (within the few pixels its head takes). */
  const endsOnBlock = () =>
    page.evaluate(() => {
      const block = document.querySelector('[data-testid="heap-block"]')!.getBoundingClientRect();
      return [...document.querySelectorAll('[data-arrow] path:last-of-type')].some((el) => {
        const path = el as SVGPathElement;
        const svg = path.ownerSVGElement!.getBoundingClientRect();
        const end = path.getPointAtLength(path.getTotalLength());
        const x = svg.left + end.x;
        const y = svg.top + end.y;
        return x >= block.left - 12 && x <= block.right + 12 && y >= block.top - 12 && y <= block.bottom + 12;
      });
    });
  expect(await endsOnBlock()).toBe(true);
  const blockAt = await heap.first().boundingBox();

  // Narrower: the heap moves under the stack, with no new step; the arrows are measured again.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => (await heap.first().boundingBox())?.y).not.toBe(blockAt?.y);
  await expect.poll(endsOnBlock).toBe(true);
});

test('a step flashes what it changed, then settles; held keys do not flash', async ({ page }) => {
  await openProgram(page, example('employee_bonus'));
  const steps = await run(page);
  // Every change of the diagram's data-fresh, with the time and whether a changed value's flash shows then.
  await page.evaluate(() => {
    const diagram = document.querySelector('.mv-diagram')!;
    const seen: { fresh: string | null; at: number; flash: string | null; dimmed: string | null }[] = [];
    (window as unknown as { __fresh: typeof seen }).__fresh = seen;
    new MutationObserver(() => {
      const changed = diagram.querySelector('.mv-changed');
      const leaving = diagram.querySelector('.mv-leaving, .mv-freed, .mv-dropped, .mv-gone');
      seen.push({
        fresh: diagram.getAttribute('data-fresh'),
        at: performance.now(),
        flash: changed ? getComputedStyle(changed, '::before').opacity : null,
        dimmed: leaving ? getComputedStyle(leaving).opacity : null,
      });
    }).observe(diagram, { attributes: true, attributeFilter: ['data-fresh'] });
  });
  const seen = () => page.evaluate(() => (window as unknown as { __fresh: { fresh: string | null; at: number; flash: string | null; dimmed: string | null }[] }).__fresh.splice(0));
  // Step 2 declares john: new values, flashed, then settled about 350 ms later with nothing flashing.
  await settled(page);
  await seen();
  await page.getByTestId('step-next').click();
  await expect(page.getByTestId('step-position')).toHaveText(`2 / ${steps}`);
  await settled(page);
  const one = await seen();
  expect(one.map((s) => s.fresh)).toEqual(['true', 'false']);
  expect(one[0].flash).toBe('1');
  expect(one[1].flash).toBe('0');
  expect(one[1].at - one[0].at).toBeGreaterThanOrEqual(300);
  // Stepping on into the call and out of it: the returned frame is drawn leaving, undimmed while fresh, dimmed once settled.
  let leaving = false;
  for (let i = 3; i <= steps && !leaving; i++) {
    await page.waitForTimeout(250);
    await page.getByTestId('step-next').click();
    await expect(page.getByTestId('step-position')).toHaveText(`${i} / ${steps}`);
    leaving = (await page.getByTestId('stack-frame-leaving').count()) > 0;
  }
  expect(leaving).toBe(true);
  await settled(page);
  const out = (await seen()).slice(-2);
  expect(out.map((s) => [s.fresh, s.dimmed])).toEqual([
    ['true', '1'],
    ['false', '0.55'],
  ]);
  // Held keys (steps closer than 200 ms): settled at once, no flash. The page decides by the time between
  // the steps it draws, so this judges each step by the same clock: one drawn well within 200 ms of the
  // one before shows no flash (on a loaded machine some presses land further apart, and may flash).
  await page.getByTestId('step-first').click();
  await settled(page);
  await page.getByTestId('step-next').focus();
  await seen();
  for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('step-position')).toHaveText(`7 / ${steps}`);
  await settled(page);
  const held = await seen();
  const quick = held.filter((s, i) => i > 0 && s.at - held[i - 1].at < 150);
  expect(quick.length).toBeGreaterThan(0);
  expect(quick.map((s) => s.fresh)).toEqual(quick.map(() => 'false'));
});

test("the step's line is highlighted in the editor and follows the steps into calls", async ({ page }) => {
  await openProgram(page, example('employee_bonus'));
  const steps = await run(page);
  await expect.poll(() => stepLineText(page)).toMatch(/\w/);
  const first = await stepLineText(page);
  // Step into get_bonus_percentage: the highlighted line is then one of its own.
  const inCall = page.getByTestId('stack-frame').filter({ hasText: 'get_bonus_percentage' });
  for (let i = 1; i < steps && (await inCall.count()) === 0; i++) await page.getByTestId('step-next').click();
  await expect(inCall).toHaveCount(1);
  await expect.poll(() => stepLineText(page)).toContain('percentage');
  // Exactly the line the step is on (the diagram's description for screen readers names it).
  const said = (await page.locator('.mv-diagram .mv-description').textContent())!;
  const n = Number(/, line (\d+)/.exec(said)![1]);
  expect(await stepLineText(page)).toBe((await editorText(page)).split('\n')[n - 1]);
  // Back to the first step: the same line as at first, one highlight only.
  await page.getByTestId('step-first').click();
  await expect(page.getByTestId('step-position')).toHaveText(`1 / ${steps}`);
  await expect.poll(() => stepLineText(page)).toBe(first);
});

test("the editor scrolls to the step's line when it is out of sight, and only the editor scrolls", async ({ page }) => {
  // A helper at the top, main 80 lines below it: longer than the editor is high.
  const filler = Array.from({ length: 80 }, (_, i) => `// note ${i + 1}`).join('\n');
  const source = `fn double(x: i32) -> i32 {\n    x * 2\n}\n${filler}\nfn main() {\n    let a = double(21);\n    println!("{}", a);\n}\n`;
  await openProgram(page, source);
  const steps = await run(page);
  const inSight = () =>
    page.getByTestId('editor').evaluate((el) => {
      const band = el.querySelector('.cm-step-line');
      const scroller = el.querySelector('.cm-scroller');
      if (!band || !scroller || (band as HTMLElement).hidden) return 'no band';
      const b = band.getBoundingClientRect();
      const s = scroller.getBoundingClientRect();
      return b.top >= s.top && b.bottom <= s.bottom ? 'in sight' : `out of sight (${Math.round(b.top)}–${Math.round(b.bottom)} in ${Math.round(s.top)}–${Math.round(s.bottom)})`;
    });
  const editorHeight = await page.getByTestId('editor').locator('.cm-scroller').evaluate((el) => ({ client: el.clientHeight, content: el.scrollHeight }));
  expect(editorHeight.content, 'the program is taller than the editor').toBeGreaterThan(editorHeight.client * 1.5);
  const windowScroll = await page.evaluate(() => window.scrollY);
  // The first step is in main, at the bottom.
  await expect.poll(() => stepLineText(page)).toBe('fn main() {');
  await expect.poll(inSight).toBe('in sight');
  // Into double, at the top: the editor scrolls back up to it.
  await page.getByTestId('step-next').focus();
  const frames = page.getByTestId('stack-frame').filter({ hasText: 'double' });
  // One step at a time, each shown before the next (pressing ahead of the page could step past the call).
  for (let i = 1; i < steps && (await frames.count()) === 0; i++) {
    const at = await position(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-position')).not.toHaveText(at);
  }
  await expect(frames).toHaveCount(1);
  await expect.poll(() => stepLineText(page)).toMatch(/double|x \* 2/);
  await expect.poll(inSight).toBe('in sight');
  // Back in main: down again. The focus stayed on the step button, and the page itself did not move.
  const backInMain = /let a|println/;
  for (let i = 1; i < steps && !backInMain.test((await stepLineText(page)) ?? ''); i++) {
    const at = await position(page);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('step-position')).not.toHaveText(at);
  }
  await expect.poll(() => stepLineText(page)).toMatch(backInMain);
  await expect.poll(inSight).toBe('in sight');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('step-next');
  expect(await page.evaluate(() => window.scrollY)).toBe(windowScroll);
});
