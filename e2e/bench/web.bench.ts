// The web app's performance, measured on the real pages (`pnpm bench`, see
// playwright.bench.config.ts): the app built and started as the README says,
// driven in Debian's Chromium. Prints one table per measurement:
//
// 1. Render: the playground on a program whose deepest state has 50 stack
//    frames and 200 heap blocks; arrow keys step back and forth around it.
//    From the moment the engine worker's state reached the page (the app's
//    `memviz:state` performance mark): to the DOM committed (MutationObserver),
//    to the next paint (requestAnimationFrame, then a task); "render work" is
//    the commit time plus that frame's own style, layout and paint (rAF to
//    after paint), leaving out the wait for the frame to start. "Key press to
//    paint" adds the worker's time to compute the state.
// 2. Fan-out: one teacher and STUDENTS students (a browser context each, one
//    Chromium); the teacher steps with the arrow key; for every student, from
//    the teacher's key press to the paint of the new step on the student's
//    screen, both of the step counter and of the diagram of that step. All
//    pages share the machine's clock (performance.timeOrigin + now).
// 3. JS weight: the student view opened cold (empty cache) on a running
//    lesson: the compressed bytes (as the server sends them) of every script
//    the page and its workers request before the view is interactive, that
//    is before its own controls ("Explore on my own", drawn by the client
//    once hydrated) are painted; and of all scripts once the network is idle.
import { execSync } from 'node:child_process';
import http from 'node:http';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { runDeepProgram } from './programs';

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 30);
const FANOUT_STEPS = Number(process.env.BENCH_FANOUT_STEPS ?? 20);
const RENDER_ROUNDS = Number(process.env.BENCH_RENDER_ROUNDS ?? 6);


// ---------------------------------------------------------------- in-page probe

interface Painted {
  readonly kind: 'position' | 'diagram';
  readonly value: string;
  /** performance.now() when the DOM showed it (MutationObserver, right after React's commit). */
  readonly commit: number;
  /** performance.now() at the start of the next frame (requestAnimationFrame). */
  readonly frame: number;
  /** performance.now() after that frame was painted (a task posted from requestAnimationFrame). */
  readonly paint: number;
  /** For the diagram: the `memviz:state` mark of the state drawn (when the worker's answer arrived). */
  readonly stateAt: number | null;
}

declare global {
  interface Window {
    __bench: { painted: Painted[]; input: number; origin: number; controls: number | null; listeners: (() => void)[] };
  }
}

/** Runs in every page before its scripts: records step inputs and every new step counter and diagram, with their paint times. */
function probe(): void {
  const bench = { painted: [] as Painted[], input: -1, origin: performance.timeOrigin, controls: null as number | null, listeners: [] as (() => void)[] };
  const record = (p: Painted) => {
    bench.painted.push(p);
    for (const l of bench.listeners.splice(0)) l();
  };
  window.__bench = bench;
  addEventListener(
    'keydown',
    (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') bench.input = e.timeStamp;
    },
    true,
  );
  let position: string | null = null;
  let diagram: string | null = null;
  const afterPaint = (f: (paint: number, frame: number) => void) =>
    requestAnimationFrame(() => {
      const frame = performance.now();
      const ch = new MessageChannel();
      ch.port1.onmessage = () => f(performance.now(), frame);
      ch.port2.postMessage(null);
    });
  const check = () => {
    const now = performance.now();
    const pos = document.querySelector('[data-testid="step-position"]')?.textContent ?? null;
    const dia = document.querySelector('.mv-diagram')?.getAttribute('data-step') ?? null;
    if (pos !== null && pos !== position) {
      const value = pos;
      afterPaint((paint, frame) => record({ kind: 'position', value, commit: now, frame, paint, stateAt: null }));
    }
    if (dia !== null && dia !== diagram) {
      const value = dia;
      const mark = performance.getEntriesByName('memviz:state').at(-1);
      const stateAt = mark ? mark.startTime : null;
      afterPaint((paint, frame) => record({ kind: 'diagram', value, commit: now, frame, paint, stateAt }));
    }
    position = pos;
    diagram = dia;
    // The student view's own controls: drawn by the client after hydration, so they answer once painted.
    if (bench.controls === null && document.querySelector('[data-testid="explore-alone"]')) {
      bench.controls = -1;
      afterPaint((paint) => (bench.controls = paint));
    }
  };
  const start = () => new MutationObserver(check).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-step'] });
  if (document.documentElement) start();
  else addEventListener('DOMContentLoaded', start);
}

// ---------------------------------------------------------------- statistics and tables

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i];
}

function stats(xs: readonly number[]): { n: number; p50: number; p95: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, p50: quantile(s, 0.5), p95: quantile(s, 0.95), max: s.at(-1) ?? NaN };
}

const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—');

function table(title: string, header: readonly string[], rows: readonly (readonly string[])[]): void {
  const lines = [`\n${title}`, `| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
  console.log(lines.join('\n'));
}

function load(): string {
  try {
    return execSync('uptime', { encoding: 'utf8' }).trim();
  } catch {
    return '(uptime unavailable)';
  }
}

/** The bytes the server sends for `url` to a browser (Chromium's Accept-Encoding), without decompressing them. */
function sentSize(url: string): Promise<{ bytes: number; encoding: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { 'accept-encoding': 'gzip, deflate, br, zstd' } }, (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ bytes, encoding: String(res.headers['content-encoding'] ?? 'identity') }));
        res.on('error', reject);
      })
      .on('error', reject);
  });
}

async function newContext(browser: Browser): Promise<BrowserContext> {
  // BENCH_REDUCED_MOTION=1: the pages ask for reduced motion (no step animations), to see what they cost.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...(process.env.BENCH_REDUCED_MOTION === '1' ? { reducedMotion: 'reduce' as const } : {}) });
  await context.addInitScript(probe);
  return context;
}

/**
 * Waits for the next new diagram (or counter) painted after `count` entries of that kind. The page
 * answers when it records one (no polling: thirty pages polled every few milliseconds would take
 * CPU from the very renders being timed).
 */
async function nextPainted(page: Page, kind: Painted['kind'], count: number, value?: string): Promise<Painted> {
  return page.evaluate(
    ({ kind, count, value }) =>
      new Promise<Painted>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no ${kind} painted within 60 s`)), 60_000);
        const check = () => {
          const mine = window.__bench.painted.filter((p) => p.kind === kind);
          const last = mine.at(-1);
          if (mine.length > count && (value === undefined || last!.value === value)) {
            clearTimeout(timer);
            resolve(last!);
          } else window.__bench.listeners.push(check);
        };
        check();
      }),
    { kind, count, value },
  );
}

const paintedCount = (page: Page, kind: Painted['kind']) => page.evaluate((kind) => window.__bench.painted.filter((p) => p.kind === kind).length, kind);

/** Moves the step slider (a range input) as a drag would, to `step` (1-based). */
async function slideTo(page: Page, step: number): Promise<void> {
  await page.getByTestId('step-slider').evaluate((el, step) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(step));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, step);
}

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  console.log(`\nweb bench — ${new Date().toISOString()} — load: ${load()}`);
});

// ---------------------------------------------------------------- 1. render

test('render: a step of a state with 50 frames and 200 heap blocks', async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();
  const steps = await runDeepProgram(page);
  const position = page.getByTestId('step-position');

  // Find the deepest step: the one the diagram draws with 50 frames and 200 blocks ("… N more" folds count too).
  const shape = async () =>
    page.evaluate(() => {
      const d = document.querySelector('.mv-diagram')!;
      const more = (sel: string) => Number(/(\d+) more/.exec(d.querySelector(sel)?.textContent ?? '')?.[1] ?? 0);
      return {
        frames: d.querySelectorAll('[data-testid="stack-frame"]').length + more('.mv-stack .mv-more'),
        blocks: d.querySelectorAll('[data-testid="heap-block"]').length + more('.mv-heap .mv-more'),
      };
    });
  let deepest = -1;
  let deep = { frames: 0, blocks: 0 };
  for (let s = Math.floor(steps * 0.7); s <= steps && deepest < 0; s++) {
    const n = await paintedCount(page, 'diagram');
    await slideTo(page, s);
    await nextPainted(page, 'diagram', n);
    deep = await shape();
    if (deep.frames === 50 && deep.blocks === 200) deepest = s;
  }
  expect(deepest, 'a step with 50 frames and 200 heap blocks').toBeGreaterThan(0);

  // Step back and forth across the deepest part: 10 steps before it to 2 after (49–50 frames, 190–200 blocks).
  await slideTo(page, deepest - 10);
  await expect(position).toHaveText(`${deepest - 10} / ${steps}`);
  await page.getByTestId('step-next').focus();
  const render: number[] = [];
  const commit: number[] = [];
  const work: number[] = [];
  const inputToPaint: number[] = [];
  for (let round = 0; round < RENDER_ROUNDS; round++) {
    for (const key of [...Array(12).fill('ArrowRight'), ...Array(12).fill('ArrowLeft')] as string[]) {
      const n = await paintedCount(page, 'diagram');
      await page.keyboard.press(key);
      const p = await nextPainted(page, 'diagram', n);
      const input = await page.evaluate(() => window.__bench.input);
      if (p.stateAt !== null) {
        render.push(p.paint - p.stateAt);
        commit.push(p.commit - p.stateAt);
        work.push(p.commit - p.stateAt + (p.paint - p.frame));
      }
      inputToPaint.push(p.paint - input);
    }
  }
  const r = stats(render);
  const c = stats(commit);
  const w = stats(work);
  const e = stats(inputToPaint);
  table(
    `1. Render — playground, ${steps}-step program, steps ${deepest - 10}–${deepest + 2} of it (step ${deepest}: ${deep.frames} frames, ${deep.blocks} heap blocks), ${r.n} steps; load: ${load()}`,
    ['what', 'median', 'p95', 'max', 'target'],
    [
      ['state arrived → DOM committed', ms(c.p50), ms(c.p95), ms(c.max), ''],
      ['render work: state arrived → DOM committed, plus the next frame\'s style, layout and paint', ms(w.p50), ms(w.p95), ms(w.max), '< 16 ms'],
      ['state arrived → next paint (also waits for the frame)', ms(r.p50), ms(r.p95), ms(r.max), ''],
      ['key press → next paint (worker + render)', ms(e.p50), ms(e.p95), ms(e.max), ''],
    ],
  );
  await context.close();
});

// ---------------------------------------------------------------- 3. JS weight (before the fan-out: a quiet browser)

test('JS weight: the student view, opened cold', async ({ browser }) => {
  const teacherContext = await newContext(browser);
  const teacher = await teacherContext.newPage();
  await teacher.goto('/');
  await teacher.getByTestId('create-session').click();
  await expect(teacher.getByTestId('join-code')).toHaveText(/^[A-Z2-9]{6}$/);
  const code = (await teacher.getByTestId('join-code').textContent())!;
  await teacher.getByTestId('example-picker').selectOption('employee_bonus');
  await expect(teacher.getByTestId('run-program')).toBeEnabled();
  await teacher.getByTestId('run-program').click();
  await expect(teacher.getByTestId('step-position')).toHaveText(/^1 \/ \d+$/, { timeout: 60_000 });

  // Join once (to hold a student key), then open the student view in a fresh context: nothing cached.
  const joinContext = await newContext(browser);
  const joining = await joinContext.newPage();
  await joining.goto('/join');
  await joining.getByTestId('join-code-input').fill(code);
  await joining.getByTestId('nickname-input').fill('Weigh');
  await joining.getByTestId('join-submit').click();
  await expect(joining).toHaveURL(/\/s\/[0-9a-f-]{36}$/);
  const url = joining.url();
  const storage = await joinContext.storageState();
  await joinContext.close();

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, storageState: storage });
  await context.addInitScript(probe);
  const page = await context.newPage();
  // Every script the page and its workers ask for, with when (wall clock, as the page's timeOrigin).
  const scripts: { url: string; at: number }[] = [];
  page.on('request', (req) => {
    if (req.resourceType() === 'script' || /\.m?js(\?|$)/.test(new URL(req.url()).pathname)) scripts.push({ url: req.url(), at: Date.now() });
  });
  await page.goto(url, { waitUntil: 'load' });
  await expect(page.getByTestId('explore-alone')).toBeEnabled({ timeout: 60_000 });
  await expect(page.getByTestId('step-position')).toHaveText(/^1 \/ \d+$/, { timeout: 60_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const { origin, controls, nav } = await page.evaluate(() => ({ origin: window.__bench.origin, controls: window.__bench.controls!, nav: performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming }));
  const interactive = origin + controls;
  const loadEnd = origin + nav.loadEventEnd;

  // Each script once (a worker's second request for a chunk comes from the cache), at its size as the server sends it.
  const base = new URL(url).origin;
  const first = new Map<string, number>();
  for (const s of scripts) if (!first.has(s.url)) first.set(s.url, s.at);
  const rows = await Promise.all(
    [...first].map(async ([u, at]) => {
      const { bytes, encoding } = await sentSize(u);
      return { url: u, at: at - origin, bytes, encoding, before: at <= interactive };
    }),
  );
  const before = rows.filter((r) => r.before);
  const sum = (xs: typeof rows) => xs.reduce((a, r) => a + r.bytes, 0);
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const name = (u: string) => (u.startsWith(base) ? new URL(u).pathname.replace(/^\/_next\/static\/chunks\//, '') : u);
  table(
    `3. JS weight — student view /s/<id> opened cold (empty cache), on a running lesson; load event at ${Math.round(loadEnd - origin)} ms, interactive (its controls painted, hydrated) at ${Math.round(controls)} ms; load: ${load()}`,
    ['script', 'requested at', 'compressed (as sent)', 'before interactive'],
    rows.sort((a, b) => a.at - b.at).map((r) => [name(r.url), `${Math.round(r.at)} ms`, `${kb(r.bytes)} (${r.encoding})`, r.before ? 'yes' : 'no']),
  );
  table('3. JS weight — totals', ['what', 'compressed', 'target'], [
    [`scripts requested before interactive (${before.length})`, kb(sum(before)), '≤ 350 KB'],
    [`all scripts once the network is idle (${rows.length})`, kb(sum(rows)), ''],
  ]);
  await context.close();
  await teacherContext.close();
});

// ---------------------------------------------------------------- 2. fan-out

test(`fan-out: a teacher's step on ${STUDENTS} students' screens`, async ({ browser }) => {
  const teacherContext = await newContext(browser);
  const teacher = await teacherContext.newPage();
  await teacher.goto('/');
  await teacher.getByTestId('create-session').click();
  await expect(teacher.getByTestId('join-code')).toHaveText(/^[A-Z2-9]{6}$/);
  const code = (await teacher.getByTestId('join-code').textContent())!;
  await teacher.getByTestId('example-picker').selectOption('employee_bonus');

  const students: Page[] = [];
  const joinOne = async (i: number) => {
    const page = await (await newContext(browser)).newPage();
    await page.goto('/join');
    await page.getByTestId('join-code-input').fill(code);
    await page.getByTestId('nickname-input').fill(`S${i + 1}`);
    await page.getByTestId('join-submit').click();
    await expect(page).toHaveURL(/\/s\/[0-9a-f-]{36}$/, { timeout: 60_000 });
    students.push(page);
  };
  for (let i = 0; i < STUDENTS; i += 5) await Promise.all(Array.from({ length: Math.min(5, STUDENTS - i) }, (_, j) => joinOne(i + j)));
  await expect(teacher.getByTestId('roster-counts')).toHaveText(`${STUDENTS} of ${STUDENTS} connected, ${STUDENTS} following`, { timeout: 120_000 });

  await expect(teacher.getByTestId('run-program')).toBeEnabled();
  await teacher.getByTestId('run-program').click();
  await expect(teacher.getByTestId('step-position')).toHaveText(/^1 \/ \d+$/, { timeout: 60_000 });
  const steps = Number((await teacher.getByTestId('step-position').textContent())!.split('/')[1]);
  for (const s of students) await expect(s.getByTestId('step-position')).toHaveText(`1 / ${steps}`, { timeout: 120_000 });
  for (const s of students) await expect(s.locator('.mv-diagram')).toBeVisible({ timeout: 120_000 });
  await teacher.waitForTimeout(2000);

  await teacher.getByTestId('step-next').focus();
  const toCounter: number[] = [];
  const toDiagram: number[] = [];
  const count = Math.min(FANOUT_STEPS, steps - 1);
  let missed = 0;
  for (let i = 1; i <= count; i++) {
    const expected = `${i + 1} / ${steps}`;
    const before = await Promise.all(students.map(async (s) => ({ pos: await paintedCount(s, 'position'), dia: await paintedCount(s, 'diagram') })));
    await teacher.keyboard.press('ArrowRight');
    const pressed = await teacher.evaluate(() => window.__bench.origin + window.__bench.input);
    await Promise.all(
      students.map(async (s, k) => {
        try {
          const [pos, origin] = await Promise.all([nextPainted(s, 'position', before[k].pos, expected), s.evaluate(() => window.__bench.origin)]);
          toCounter.push(origin + pos.paint - pressed);
          const dia = await nextPainted(s, 'diagram', before[k].dia);
          toDiagram.push(origin + dia.paint - pressed);
        } catch {
          missed++;
        }
      }),
    );
    // The console sends at most ten steps a second; a teacher talks between steps.
    await teacher.waitForTimeout(400);
  }
  const a = stats(toCounter);
  const b = stats(toDiagram);
  table(
    `2. Fan-out — 1 teacher + ${STUDENTS} students (one Chromium, a context each), ${count} steps of a ${steps}-step program, ${a.n} student-steps${missed ? `, ${missed} not seen within 60 s` : ''}; load: ${load()}`,
    ['teacher key press → student paint of', 'p50', 'p95', 'max', 'target'],
    [
      ['the step counter', ms(a.p50), ms(a.p95), ms(a.max), 'p95 < 200 ms'],
      ['the diagram of the step', ms(b.p50), ms(b.p95), ms(b.max), 'p95 < 200 ms'],
    ],
  );
  for (const s of students) await s.context().close();
  await teacherContext.close();
});
