import { describe, expect, it } from 'vitest';
import type { MemoryState } from '@memviz/engine';
import { AHEAD, BEHIND, StepCache } from './stepCache';

const entry = (step: number) => ({ step, state: { step } as unknown as MemoryState, description: `step ${step}` });
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => entry(from + i));

describe('the page-side cache of a run\'s states', () => {
  it('keeps what it is given, by step', () => {
    const c = new StepCache(1, 100);
    c.put([entry(3)], 3);
    expect(c.get(3)?.description).toBe('step 3');
    expect(c.has(4)).toBe(false);
  });

  it('asks for the steps around the shown one that it does not keep, within the run', () => {
    const c = new StepCache(1, 100);
    expect(c.missingAround(0)).toEqual({ from: 0, to: AHEAD });
    expect(c.missingAround(50)).toEqual({ from: 50 - BEHIND, to: 50 + AHEAD });
    c.put(range(46, 60), 50);
    expect(c.missingAround(50)).toEqual({ from: 61, to: 50 + AHEAD });
    c.put(range(61, 74), 50);
    expect(c.missingAround(50)).toBeNull();
    // Near the end: nothing past the last step.
    expect(new StepCache(1, 14).missingAround(5)).toEqual({ from: 1, to: 13 });
  });

  it('drops the states farthest from the shown step beyond its capacity', () => {
    const c = new StepCache(1, 1000, 10);
    c.put(range(0, 9), 0);
    c.put(range(10, 14), 12);
    expect(c.size).toBe(10);
    expect([...range(0, 14)].filter((e) => c.has(e.step)).map((e) => e.step)).toEqual([5, 6, 7, 8, 9, 10, 11, 12, 13, 14]);
  });
});
