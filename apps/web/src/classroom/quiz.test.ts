import { MAX_OPTION_CHARS as CLASSROOM_MAX_OPTION_CHARS, MAX_OPTIONS as CLASSROOM_MAX_OPTIONS, questionSchema } from '@memviz/classroom';
import type { CompilesKey, WhyKey } from '@memviz/quiz';
import { describe, expect, it } from 'vitest';
import { compilesQuestion, histogram, keyOf, liveBank, liveId, MAX_OPTION_CHARS, MAX_OPTIONS, promptOf, talliesOf, toLiveQuestion, verdictOf } from './quiz';

const base = { engineVersion: 'e1', explanation: 'because' } as const;

describe('live quizzes', () => {
  it('agrees with the classroom on option limits', () => {
    expect([MAX_OPTIONS, MAX_OPTION_CHARS]).toEqual([CLASSROOM_MAX_OPTIONS, CLASSROOM_MAX_OPTION_CHARS]);
  });

  it('offers the single-choice kinds of the shipped bank', () => {
    const bank = liveBank();
    expect(bank.length).toBeGreaterThan(10);
    expect(new Set(bank.map((q) => q.kind))).toEqual(new Set(['compiles', 'why', 'prints']));
  });

  it('turns a compiles question and its key into a valid classroom question', () => {
    const q = compilesQuestion('fn main() { let s = String::new(); let t = s; println!("{}", s); }');
    const key: CompilesKey = { ...base, kind: 'compiles', questionId: q.id, compiles: false, firstError: null };
    const live = toLiveQuestion(q, key, liveId(q, 1234))!;
    expect(questionSchema.safeParse(live).success).toBe(true);
    expect(live.options).toHaveLength(2);
    expect(keyOf(live)).toEqual({ correct: 1, explanation: 'because' });
    expect(promptOf(live)).toMatchObject({ title: 'Does the current program compile?', source: q.source });
  });

  it('keeps the engine order of choices and points at the right one', () => {
    const q = liveBank().find((b) => b.kind === 'why')!;
    const key = { ...base, kind: 'why', questionId: q.id, choices: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }, { id: 'c', text: 'C' }], correct: 'c' } as unknown as WhyKey;
    const live = toLiveQuestion(q, key, 'x-1')!;
    expect(live.options).toEqual(['A', 'B', 'C']);
    expect(keyOf(live)?.correct).toBe(2);
  });

  it('draws one bar per option and judges a student', () => {
    const key = { correct: 1, explanation: '' };
    const tallies = talliesOf({ ann: 1, bob: 0, cy: 1 });
    expect(tallies).toEqual([{ answer: '1', count: 2 }, { answer: '0', count: 1 }]);
    expect(histogram(['a', 'b', 'c'], tallies, key).map((b) => [b.count, b.correct])).toEqual([[1, false], [2, true], [0, false]]);
    expect([verdictOf(1, key), verdictOf(0, key), verdictOf(null, key)]).toEqual(['right', 'wrong', 'unanswered']);
  });

  it('reads questions opened with a plain prompt and key', () => {
    const q = { id: 'q1', kind: 'choice', prompt: 'Who owns s?', options: ['main', 'nobody'], answerKey: 0 };
    expect(promptOf(q).text).toBe('Who owns s?');
    expect(keyOf(q)).toEqual({ correct: 0, explanation: '' });
    expect(keyOf({ ...q, answerKey: undefined })).toBeNull();
  });
});
