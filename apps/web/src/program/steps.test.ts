import { describe, expect, it } from 'vitest';
import { positionText, targetStep } from './steps';

describe('stepping', () => {
  it('moves within the run', () => {
    expect(targetStep('next', 3, 10)).toBe(4);
    expect(targetStep('next', 9, 10)).toBe(9);
    expect(targetStep('prev', 0, 10)).toBe(0);
    expect(targetStep('last', 2, 10)).toBe(9);
    expect(targetStep('first', 7, 10)).toBe(0);
    expect(targetStep({ to: 42 }, 0, 10)).toBe(9);
    expect(targetStep({ to: -3 }, 5, 10)).toBe(0);
  });

  it('counts from one for people', () => {
    expect(positionText({ step: 0, count: 12 })).toBe('1 / 12');
    expect(positionText(null)).toBe('– / –');
  });
});
