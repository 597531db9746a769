import { describe, expect, it } from 'vitest';
import { borrowck } from '../../src/borrowck/index.js';
import { program } from './mirBuilder.js';
import { syntheticBody } from './synthetic.js';

describe('performance', () => {
  it('checks a 200-line body well under a frame (16 ms)', () => {
    const prog = program([syntheticBody(200)]);
    expect(borrowck(prog).diagnostics).toEqual([]);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      borrowck(prog);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    expect(times[7]).toBeLessThan(16);
  });

  it('grows roughly linearly: 4x the lines costs well under 16x the time', () => {
    const time = (lines: number) => {
      const prog = program([syntheticBody(lines)]);
      borrowck(prog);
      const samples: number[] = [];
      for (let i = 0; i < 5; i++) {
        const t0 = performance.now();
        borrowck(prog);
        samples.push(performance.now() - t0);
      }
      return samples.sort((a, b) => a - b)[2];
    };
    const small = time(200);
    const big = time(800);
    expect(big / Math.max(small, 0.5)).toBeLessThan(16);
  });
});
