// Small helpers shared by the benchmarks: timing with warm-up, and tables.

/** Median time of `f` in ms after warm-up, running at least `minRuns` times and `minMs` in total. */
export function timeIt(f: () => unknown, { minRuns = 10, minMs = 200, warmup = 3 } = {}): number {
  for (let i = 0; i < warmup; i++) f();
  const samples: number[] = [];
  const start = performance.now();
  while (samples.length < minRuns || performance.now() - start < minMs) {
    const t0 = performance.now();
    f();
    samples.push(performance.now() - t0);
    if (samples.length > 10_000) break;
  }
  return median(samples);
}

/** As `timeIt`, with the process CPU time (all threads, GC included) of each run beside its wall time. */
export function timeItCpu(f: (run: number) => unknown, { minRuns = 10, minMs = 200, warmup = 3 } = {}): { wall: number; cpu: number } {
  for (let i = 0; i < warmup; i++) f(i);
  const wall: number[] = [];
  const cpu: number[] = [];
  const start = performance.now();
  while (wall.length < minRuns || performance.now() - start < minMs) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    f(wall.length);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    if (wall.length > 10_000) break;
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/**
 * Runs `f` at least `minRuns` times and for at least `ms` of wall time: lets V8
 * finish optimizing the code it exercises (the count keeps the warm-up
 * meaningful on a loaded machine, where a time alone buys few runs).
 */
export function warmFor(minRuns: number, ms: number, f: () => unknown): number {
  const start = performance.now();
  let runs = 0;
  while (runs < minRuns || performance.now() - start < ms) {
    f();
    runs++;
  }
  return runs;
}

/** The 1-minute, 5-minute and 15-minute load averages, for the record (conditions vary a lot on shared machines). */
export async function loadAverages(): Promise<string> {
  const { loadavg, cpus } = await import('node:os');
  return `load average ${loadavg().map((x) => x.toFixed(2)).join(', ')} on ${cpus().length} cores`;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

export function percentile(xs: readonly number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export function fmtMs(ms: number): string {
  return ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`;
}

export function heapUsedMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 2 ** 20;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => '| ' + cells.map((c, i) => c.padEnd(widths[i])).join(' | ') + ' |';
  return [line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n');
}
