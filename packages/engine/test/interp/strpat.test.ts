// std's string-pattern search on its own: the match lists every pattern-taking str method uses.
import { describe, expect, it } from 'vitest';
import { byteOffsets, findMatches, piecesBetween } from '../../src/interp/strpat.js';

const pieces = (text: string, pat: Parameters<typeof findMatches>[1], fromEnd = false, limit = Infinity) =>
  piecesBetween(text, findMatches(text, pat, fromEnd, limit), fromEnd).map(([a, b]) => text.slice(a, b));

describe('string patterns', () => {
  it('finds non-overlapping matches from the start, and from the end', () => {
    expect(findMatches('aaa', { text: 'aa' })).toEqual([[0, 2]]);
    expect(findMatches('aaa', { text: 'aa' }, true)).toEqual([[1, 3]]);
    expect(pieces('aaa', { text: 'aa' })).toEqual(['', 'a']);
    expect(pieces('aaa', { text: 'aa' }, true)).toEqual(['', 'a']);
  });

  it('matches an empty string at every char boundary, a surrogate pair being one char', () => {
    expect(pieces('ab', { text: '' })).toEqual(['', 'a', 'b', '']);
    expect(findMatches('a🦀', { text: '' })).toEqual([[0, 0], [1, 1], [3, 3]]);
    expect(findMatches('a🦀', { text: '' }, true, 2)).toEqual([[3, 3], [1, 1]]);
  });

  it('tests whole chars with a predicate, forwards and backwards', () => {
    const digit = { test: (cp: number) => cp >= 0x30 && cp <= 0x39 };
    expect(pieces('a1b22c', digit)).toEqual(['a', 'b', '', 'c']);
    expect(findMatches('🦀1🦀2', digit, true)).toEqual([[5, 6], [2, 3]]);
    const crab = { test: (cp: number) => cp === 0x1f980 };
    expect(findMatches('x🦀y', crab, true)).toEqual([[1, 3]]);
  });

  it('stops after the limit (splitn keeps the rest as its last piece)', () => {
    expect(pieces('k=v=w', { text: '=' }, false, 1)).toEqual(['k', 'v=w']);
    expect(pieces('k=v=w', { text: '=' }, true, 1)).toEqual(['w', 'k=v']);
    expect(findMatches('abc', { text: 'b' }, false, 0)).toEqual([]);
  });

  it('turns UTF-16 indices into UTF-8 byte offsets', () => {
    const text = 'hé🦀!';
    const byte = byteOffsets(text);
    expect([0, 1, 2, 4, 5].map(byte)).toEqual([0, 1, 3, 7, 8]);
    expect(byteOffsets('plain')(3)).toBe(3);
  });
});
