import { describe, expect, it } from 'vitest';
import { jsonValue, MAX_SOURCE_BYTES, nicknameSchema, questionSchema, sourceSchema } from '../src/index.js';

describe('input schemas', () => {
  it('limits nicknames to 32 characters and refuses control characters', () => {
    expect(nicknameSchema.parse('  Ferris  ')).toBe('Ferris');
    expect(nicknameSchema.safeParse('x'.repeat(33)).success).toBe(false);
    expect(nicknameSchema.safeParse('x'.repeat(32)).success).toBe(true);
    expect(nicknameSchema.safeParse('a\u0007b').success).toBe(false);
    expect(nicknameSchema.safeParse('   ').success).toBe(false);
  });

  it('limits sources to 256 KiB of UTF-8', () => {
    expect(sourceSchema.safeParse('a'.repeat(MAX_SOURCE_BYTES)).success).toBe(true);
    expect(sourceSchema.safeParse('a'.repeat(MAX_SOURCE_BYTES + 1)).success).toBe(false);
    // Multi-byte characters count by their bytes, not their UTF-16 length.
    expect(sourceSchema.safeParse('é'.repeat(MAX_SOURCE_BYTES / 2 + 1)).success).toBe(false);
  });

  it('bounds JSON payloads and validates questions', () => {
    expect(jsonValue.safeParse({ a: [1, 'x', null] }).success).toBe(true);
    expect(jsonValue.safeParse('x'.repeat(20_000)).success).toBe(false);
    expect(questionSchema.safeParse({ id: 'q1', kind: 'choice', prompt: 'p', options: ['a', 'b'] }).success).toBe(true);
    expect(questionSchema.safeParse({ id: 'q 1', kind: 'choice', prompt: 'p' }).success).toBe(false);
    expect(questionSchema.safeParse({ id: 'q1', kind: 'choice', prompt: 'p', options: ['only one'] }).success).toBe(false);
  });
});
