// Where a step's time goes in the browser (`BENCH_PROFILE=1 pnpm bench`; playwright.bench.config.ts
// leaves this file out otherwise): the DevTools protocol's Performance.getMetrics around a run of
// steps, per step: task (all main-thread work), script, layout and style, and how many layouts and
// style recalculations. With
// PROFILE_CPU=1 a V8 CPU profile, with PROFILE_TRACE=1 a Chromium trace (categories in CATS), both
// written to the test's output folder. PROFILE_CSS adds a style sheet to the students' pages, to try a
// change of style without a rebuild. The last test adds up the CPU time of every Chromium process.
import { expect, test, type Browser, type CDPSession, type Page, type TestInfo } from '@playwright/test';
import { joinLesson, startLesson } from '../tests/support';
import { runDeepProgram } from './programs';

test('profile: the render steps, main-thread time per step', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const steps = await runDeepProgram(page);
  const position = page.getByTestId('step-position');
  // The deepest step of this program (web.bench.ts finds it by looking; it is step 347 of 448).
  const deepest = 347;
  await page.getByTestId('step-slider').evaluate((el, step) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(step));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, deepest - 10);
  await expect(position).toHaveText(`${deepest - 10} / ${steps}`);
  await page.getByTestId('step-next').focus();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [m.name, m.value]));
  const tracing = process.env.PROFILE_TRACE === '1';
  const profiling = process.env.PROFILE_CPU === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  if (tracing) await cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
  const m0 = await metrics();
  const n = 48;
  for (let i = 0; i < n; i++) {
    const key = i % 24 < 12 ? 'ArrowRight' : 'ArrowLeft';
    const want = await page.evaluate(() => document.querySelector('.mv-diagram')!.getAttribute('data-step'));
    await page.keyboard.press(key);
    await page.waitForFunction((w) => document.querySelector('.mv-diagram')!.getAttribute('data-step') !== w, want, { polling: 'raf' });
    await page.waitForTimeout(300);
  }
  const m1 = await metrics();
  const d = (k: string) => ((m1[k] - m0[k]) * 1000 / n).toFixed(2);
  console.log(`per step: task ${d('TaskDuration')} script ${d('ScriptDuration')} layout ${d('LayoutDuration')} style ${d('RecalcStyleDuration')} layouts ${((m1.LayoutCount - m0.LayoutCount) / n).toFixed(1)} styles ${((m1.RecalcStyleCount - m0.RecalcStyleCount) / n).toFixed(1)}`);
  await stopRecording(cdp, testInfo, 'render', { profiling, tracing });
  await context.close();
});

test('profile: a following student, main-thread time per teacher step', async ({ browser }, testInfo) => {
  const { teacher, students } = await lessonWith(browser, 1);
  const s = students[0]!;
  await teacher.getByTestId('run-program').click();
  await expect(s.getByTestId('step-position')).toHaveText(/^1 \/ \d+$/, { timeout: 60_000 });
  await s.waitForTimeout(3000);
  const cdp = await s.context().newCDPSession(s);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries(((await cdp.send('Performance.getMetrics')).metrics as { name: string; value: number }[]).map((m) => [m.name, m.value]));
  const tracing = process.env.PROFILE_TRACE === '1';
  if (tracing) await cdp.send('Tracing.start', { categories: process.env.CATS ?? 'devtools.timeline,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
  const profiling = process.env.PROFILE_CPU === '1';
  if (profiling) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await teacher.getByTestId('step-next').focus();
  const idle0 = await metrics();
  await s.waitForTimeout(4000);
  const idle1 = await metrics();
  const n = 13;
  for (let i = 1; i <= n; i++) {
    await teacher.keyboard.press('ArrowRight');
    await expect(s.getByTestId('step-position')).toHaveText(new RegExp(`^${i + 1} /`));
    await s.waitForTimeout(400);
  }
  const m1 = await metrics();
  const d = (k: string) => (((m1[k] - idle1[k]) * 1000) / n).toFixed(2);
  const di = (k: string) => (((idle1[k] - idle0[k]) * 1000) / 10).toFixed(2);
  console.log(`student per step (incl 400ms idle): task ${d('TaskDuration')} script ${d('ScriptDuration')} layout ${d('LayoutDuration')} style ${d('RecalcStyleDuration')} layouts ${((m1.LayoutCount - idle1.LayoutCount) / n).toFixed(1)} styles ${((m1.RecalcStyleCount - idle1.RecalcStyleCount) / n).toFixed(1)}`);
  console.log(`student idle per 400ms: task ${di('TaskDuration')} script ${di('ScriptDuration')} layout ${di('LayoutDuration')} style ${di('RecalcStyleDuration')}`);
  await stopRecording(cdp, testInfo, 'student', { profiling, tracing });
});

/**
 * A teacher (1280 × 800) with the Employee example in the editor, and `count` students joined, each
 * in a context of its own; BENCH_REDUCED_MOTION and PROFILE_CSS apply to the students' pages.
 */
async function lessonWith(browser: Browser, count: number): Promise<{ teacher: Page; students: Page[] }> {
  const { teacher } = await startLesson(browser, { viewport: { width: 1280, height: 800 } });
  await teacher.getByTestId('example-picker').selectOption('employee_bonus');
  const students: Page[] = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, ...(process.env.BENCH_REDUCED_MOTION === '1' ? { reducedMotion: 'reduce' as const } : {}) });
    const css = process.env.PROFILE_CSS;
    if (css) await context.addInitScript((sheet) => addEventListener('DOMContentLoaded', () => document.head.append(Object.assign(document.createElement('style'), { textContent: sheet }))), css);
    students.push(await joinLesson(browser, (await teacher.getByTestId('join-code').textContent())!, `P${i}`, { context }));
  }
  return { teacher, students };
}

/** Stops the CPU profile and the trace that `startRecording` began, and saves them as `<name>.cpuprofile` and `<name>-trace.json`. */
async function stopRecording(cdp: CDPSession, testInfo: TestInfo, name: string, recording: { profiling: boolean; tracing: boolean }): Promise<void> {
  const fs = await import('node:fs');
  if (recording.profiling) {
    const { profile } = await cdp.send('Profiler.stop');
    fs.writeFileSync(testInfo.outputPath(`${name}.cpuprofile`), JSON.stringify(profile));
  }
  if (recording.tracing) {
    const done = new Promise<{ stream: string }>((r) => cdp.once('Tracing.tracingComplete', (e) => r(e as { stream: string })));
    await cdp.send('Tracing.end');
    const { stream } = await done;
    let data = '';
    for (;;) {
      const chunk = await cdp.send('IO.read', { handle: stream });
      data += chunk.data;
      if (chunk.eof) break;
    }
    fs.writeFileSync(testInfo.outputPath(`${name}-trace.json`), data);
  }
}

/**
 * The CPU a teacher's step costs the whole browser, per process type (SystemInfo.getProcessInfo):
 * one teacher and PROFILE_STUDENTS students (5 by default), 13 steps 400 ms apart; per step and
 * per student. This is what the fan-out spends on one machine, the GPU process's compositing and
 * the renderers' raster threads included, which main-thread metrics leave out.
 */
test('profile: CPU of every Chromium process per teacher step', async ({ browser }) => {
  const count = Number(process.env.PROFILE_STUDENTS ?? 5);
  const { teacher, students } = await lessonWith(browser, count);
  await teacher.getByTestId('run-program').click();
  for (const s of students) await expect(s.getByTestId('step-position')).toHaveText(/^1 \/ \d+$/, { timeout: 60_000 });
  await teacher.waitForTimeout(4000);
  const cdp = await browser.newBrowserCDPSession();
  const cpu = async () => {
    const { processInfo } = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number; cpuTime: number }[] };
    const by: Record<string, number> = {};
    for (const p of processInfo) by[p.type] = (by[p.type] ?? 0) + p.cpuTime;
    return by;
  };
  await teacher.getByTestId('step-next').focus();
  const idle0 = await cpu();
  await teacher.waitForTimeout(4000);
  const c0 = await cpu();
  const n = 13;
  for (let i = 1; i <= n; i++) {
    await teacher.keyboard.press('ArrowRight');
    // Waits without polling the students' pages: the last student's counter, seen from here once.
    await teacher.waitForTimeout(450);
  }
  const c1 = await cpu();
  for (const s of students) await expect(s.getByTestId('step-position')).toHaveText(new RegExp(`^${n + 1} /`));
  const idleMs = (k: string) => ((c0[k] ?? 0) - (idle0[k] ?? 0)) * 1000 * ((n * 450) / 4000);
  const rows = Object.keys(c1).map((k) => {
    const spent = ((c1[k] ?? 0) - (c0[k] ?? 0)) * 1000 - idleMs(k);
    return `${k} ${(spent / n).toFixed(1)} ms/step (${(spent / n / count).toFixed(1)} per student)`;
  });
  console.log(`CPU per teacher step, 1 teacher + ${count} students, idle subtracted: ${rows.join('; ')}`);
});

/**
 * The floor under the fan-out: what 31 screens on this machine cost when a step changes almost
 * nothing. Each page (1280 × 800, a context of its own, like the fan-out bench's) holds a step
 * counter and FLOOR_CELLS text cells (0 by default; the student view draws about 700 elements) of
 * which a tenth change per step; this process pushes 13 steps 400 ms apart over server-sent events
 * and every page records when it painted each one (a task posted from requestAnimationFrame). No app,
 * no React, no arrows, no editor: whatever p95 this gives, no student view can beat on this machine.
 */
test('profile: the fan-out floor, 31 minimal pages', async ({ browser }) => {
  const http = await import('node:http');
  const screens = Number(process.env.FLOOR_SCREENS ?? 31);
  const cells = Number(process.env.FLOOR_CELLS ?? 0);
  const clients: import('node:http').ServerResponse[] = [];
  const page = `<!doctype html><meta charset="utf-8"><title>floor</title>
<style>body{font:16px sans-serif;margin:1rem} #cells{display:grid;grid-template-columns:repeat(10,1fr);gap:2px} #cells div{border:1px solid #ccc;padding:2px}</style>
<p>Step <b id="n">0</b></p><div id="cells"></div>
<script>
  const cells = document.getElementById('cells');
  for (let i = 0; i < ${cells}; i++) cells.append(Object.assign(document.createElement('div'), { textContent: 'cell ' + i }));
  window.painted = [];
  const source = new EventSource('/events');
  source.onopen = () => (window.open_ = true);
  source.onmessage = (m) => {
    const { step, sentAt } = JSON.parse(m.data);
    document.getElementById('n').textContent = String(step);
    const all = cells.children;
    for (let i = step % 10; i < all.length; i += 10) all[i].textContent = 'cell ' + i + ' at step ' + step;
    requestAnimationFrame(() => setTimeout(() => window.painted.push(performance.timeOrigin + performance.now() - sentAt)));
  };
</script>`;
  const server = http.createServer((req, res) => {
    if (req.url === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': open\n\n');
      clients.push(res);
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as import('node:net').AddressInfo).port;
  try {
    const pages: Page[] = [];
    for (let i = 0; i < screens; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const p = await context.newPage();
      await p.goto(`http://127.0.0.1:${port}/`);
      await p.waitForFunction(() => (window as unknown as { open_?: boolean }).open_ === true);
      pages.push(p);
    }
    await pages[0]!.waitForTimeout(3000);
    const n = 13;
    for (let step = 1; step <= n; step++) {
      const data = `data: ${JSON.stringify({ step, sentAt: Date.now() })}\n\n`;
      for (const c of clients) c.write(data);
      await pages[0]!.waitForTimeout(400);
    }
    await pages[0]!.waitForTimeout(2000);
    const all: number[] = [];
    for (const p of pages) all.push(...(await p.evaluate(() => (window as unknown as { painted: number[] }).painted)));
    expect(all.length).toBe(screens * n);
    all.sort((a, b) => a - b);
    const at = (q: number) => all[Math.min(all.length - 1, Math.floor(q * all.length))]!.toFixed(0);
    console.log(`fan-out floor: ${screens} screens, ${cells} cells, ${all.length} screen-steps: sent → painted p50 ${at(0.5)} / p95 ${at(0.95)} / max ${all.at(-1)!.toFixed(0)} ms`);
    for (const p of pages) await p.context().close();
  } finally {
    for (const c of clients) c.end();
    server.close();
  }
});
