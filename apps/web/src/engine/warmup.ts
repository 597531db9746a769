// Warming the engine up in the worker while the user reads the program. V8
// optimizes the checker only after a few dozen checks: in a fresh worker the
// first checks of a 200-line program take 20–35 ms, after about forty they take
// about 10 (e2e/bench/checks.bench.ts). So when an editor opens a program, the
// worker checks that program again in the background, one check per task (a
// real request waits for one check at most), until the worker has checked
// `maxChecks` times in all or spent `maxMs` on warming. Results are thrown away.

export interface WarmUpOptions {
  /** Checks (warm-up and real ones together) after which a worker counts as warm. */
  readonly maxChecks: number;
  /** Time the warm-up may take in all, however few checks that is (a long program checks slowly). */
  readonly maxMs: number;
  readonly check: (source: string) => void;
  /** Runs `task` in a later task of the worker's event loop. */
  readonly schedule: (task: () => void) => void;
  readonly now: () => number;
}

export interface WarmUp {
  /** Warms up on `source` (a later call's source replaces it); `done` is called once the warm-up has ended. */
  start(source: string, done: (checks: number) => void): void;
  /**
   * A real check of `source` was made: it warms the engine as much as one of ours, and a running
   * warm-up goes on with that newer text (the edits since it started are what will be checked next).
   */
  counted(source: string): void;
}

export function createWarmUp(options: WarmUpOptions): WarmUp {
  let checks = 0;
  let spent = 0;
  let source: string | null = null;
  let running = false;
  const waiting: ((checks: number) => void)[] = [];

  const finished = () => checks >= options.maxChecks || spent >= options.maxMs;
  const tick = () => {
    if (source === null || finished()) {
      running = false;
      for (const done of waiting.splice(0)) done(checks);
      return;
    }
    const t0 = options.now();
    try {
      options.check(source);
    } catch {
      // A program the engine cannot check now will not check better later: stop warming.
      spent = options.maxMs;
    }
    spent += options.now() - t0;
    checks++;
    options.schedule(tick);
  };

  return {
    start(next, done) {
      source = next;
      waiting.push(done);
      if (!running) {
        running = true;
        options.schedule(tick);
      }
    },
    counted(latest) {
      checks++;
      if (running) source = latest;
    },
  };
}
