import { describe, expect, it } from 'vitest';
import { lineScore, normalizeOutput, sameOutput } from '../src/index.js';

describe('output comparison', () => {
  it('ignores exactly one trailing newline', () => {
    expect(sameOutput('a\nb\n', 'a\nb')).toBe(true);
    expect(sameOutput('a\nb', 'a\nb\n')).toBe(true);
    expect(normalizeOutput('a\n\n')).toBe('a\n');
    expect(sameOutput('a\n\n', 'a')).toBe(false);
    expect(sameOutput('', '\n')).toBe(true);
  });

  it('counts every other byte: spaces, case, carriage returns, blank lines', () => {
    expect(sameOutput('a b\n', 'a  b\n')).toBe(false);
    expect(sameOutput('Drop a\n', 'drop a\n')).toBe(false);
    expect(sameOutput('a\r\n', 'a\n')).toBe(false);
    expect(sameOutput('a\n\nb\n', 'a\nb\n')).toBe(false);
    expect(sameOutput(' a\n', 'a\n')).toBe(false);
  });

  it('gives line credit by position, over the longer output', () => {
    expect(lineScore('a\nb\nc\n', 'a\nb\nc')).toBe(1);
    expect(lineScore('a\nb\nc\nd\n', 'a\nx\nc\ny\n')).toBe(0.5);
    expect(lineScore('a\nb\n', 'a\nb\nc\nd\n')).toBe(0.5);
    expect(lineScore('a\nb\n', 'b\na\n')).toBe(0);
  });
});
