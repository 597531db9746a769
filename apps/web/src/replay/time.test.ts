import { describe, expect, it } from 'vitest';
import { clock, seekKey } from './time';

describe('replay clock', () => {
  it('writes minutes under an hour and hours after', () => {
    expect(clock(0)).toBe('0:00');
    expect(clock(754_000)).toBe('12:34');
    expect(clock(3 * 3600_000 + 2 * 60_000 + 10_000)).toBe('3:02:10');
  });
  it('seeks by key within the session', () => {
    expect(seekKey('ArrowLeft', 3000, 60_000)).toBe(0);
    expect(seekKey('L', 55_000, 60_000)).toBe(60_000);
    expect(seekKey('j', 30_000, 60_000)).toBe(20_000);
    expect(seekKey('End', 0, 60_000)).toBe(60_000);
    expect(seekKey('x', 0, 60_000)).toBeNull();
  });
});
