import { describe, expect, it } from 'vitest';
import { isJoinCode, normalizeCode } from './codes';

describe('join codes as people type them', () => {
  it('ignores case, spaces and dashes', () => {
    expect(normalizeCode(' abc 234 ')).toBe('ABC234');
    expect(normalizeCode('abc-234')).toBe('ABC234');
  });

  it('knows a code from something else', () => {
    expect(isJoinCode('ABC234')).toBe(true);
    expect(isJoinCode('AB')).toBe(false);
    expect(isJoinCode('ABC 234')).toBe(false);
  });
});
