import { describe, expect, it } from 'vitest';
import { createWarmUp } from './warmup';

/** A worker's event loop in miniature: scheduled tasks run one at a time, in order, when asked. */
function harness(checkMs = 10, maxChecks = 5, maxMs = 1_000) {
  const tasks: (() => void)[] = [];
  const checked: string[] = [];
  let clock = 0;
  const warm = createWarmUp({
    maxChecks,
    maxMs,
    check: (source) => {
      if (source === 'throws') throw new Error('cannot check');
      checked.push(source);
      clock += checkMs;
    },
    schedule: (task) => tasks.push(task),
    now: () => clock,
  });
  const runTask = () => tasks.shift()?.();
  const runAll = () => {
    while (tasks.length) runTask();
  };
  return { warm, checked, tasks, runTask, runAll };
}

describe('createWarmUp', () => {
  it('checks the program once per task until the worker has made maxChecks checks, then says how many', () => {
    const h = harness();
    const done: number[] = [];
    h.warm.start('fn main() {}', (n) => done.push(n));
    expect(h.checked).toEqual([]); // nothing before the worker's next task
    h.runTask();
    expect(h.checked).toHaveLength(1); // one check per task: a real request waits for one at most
    h.runAll();
    expect(h.checked).toEqual(Array(5).fill('fn main() {}'));
    expect(done).toEqual([5]);
  });

  it('counts the real checks towards the total', () => {
    const h = harness();
    h.warm.counted('x');
    h.warm.counted('x');
    const done: number[] = [];
    h.warm.start('a', (n) => done.push(n));
    h.runAll();
    expect(h.checked).toHaveLength(3);
    expect(done).toEqual([5]);
  });

  it('warms up on the latest program given', () => {
    const h = harness();
    h.warm.start('old', () => {});
    h.runTask();
    h.runTask();
    h.warm.start('new', () => {});
    h.runAll();
    expect(h.checked).toEqual(['old', 'old', 'new', 'new', 'new']);
    expect(h.tasks).toHaveLength(0); // one chain of tasks, not two
  });

  it('goes on with the text of the latest real check, and a check made before it started changes nothing', () => {
    const h = harness();
    h.warm.counted('before');
    h.warm.start('opened', () => {});
    h.runTask();
    h.warm.counted('edited');
    h.runAll();
    expect(h.checked).toEqual(['opened', 'edited', 'edited']);
  });

  it('stops after maxMs of checking, however few checks that was', () => {
    const h = harness(400, 40, 1_000);
    const done: number[] = [];
    h.warm.start('long', (n) => done.push(n));
    h.runAll();
    expect(h.checked).toHaveLength(3); // 400 + 400 + 400 ms: over the budget after the third
    expect(done).toEqual([3]);
  });

  it('does nothing more once warm, and still answers', () => {
    const h = harness();
    h.warm.start('a', () => {});
    h.runAll();
    const done: number[] = [];
    h.warm.start('b', (n) => done.push(n));
    h.runAll();
    expect(h.checked).not.toContain('b');
    expect(done).toEqual([5]);
  });

  it('gives up on a program the engine cannot check', () => {
    const h = harness();
    const done: number[] = [];
    h.warm.start('throws', (n) => done.push(n));
    h.runAll();
    expect(h.checked).toEqual([]);
    expect(done).toHaveLength(1);
  });
});
