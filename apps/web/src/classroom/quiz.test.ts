import { MAX_OPTION_CHARS as CLASSROOM_MAX_OPTION_CHARS, MAX_OPTIONS as CLASSROOM_MAX_OPTIONS, questionSchema } from '@memviz/classroom';
import type { CompilesKey, FixKey, MemoryKey, NextStepKey, WhyKey } from '@memviz/quiz';
import { describe, expect, it } from 'vitest';
import { answerText, COMPILES_KIND, compilesQuestion, FIX_KIND, isComplete, histogram, MULTI_KIND, programQuestion, keyOf, liveBank, liveId, MAX_OPTION_CHARS, MAX_OPTIONS, promptOf, talliesOf, toLiveQuestion, verdictOf } from './quiz';

const base = { engineVersion: 'e1', explanation: 'because' } as const;

describe('live quizzes', () => {
  it('agrees with the classroom on option limits', () => {
    expect([MAX_OPTIONS, MAX_OPTION_CHARS]).toEqual([CLASSROOM_MAX_OPTIONS, CLASSROOM_MAX_OPTION_CHARS]);
  });

  it('offers every kind of the shipped bank but typed-out output', () => {
    const bank = liveBank();
    expect(bank.length).toBeGreaterThan(40);
    expect(new Set(bank.map((q) => q.kind))).toEqual(new Set(['compiles', 'why', 'prints', 'memory', 'next-step', 'fix']));
    expect(bank.some((q) => q.kind === 'prints' && q.mode === 'text')).toBe(false);
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

  it('turns memory questions into options that stand for stack slots or heap blocks', () => {
    const q = liveBank().find((b) => b.kind === 'memory' && b.ask === 'valid')!;
    const key: MemoryKey = { ...base, kind: 'memory', questionId: q.id, ask: 'valid', step: 7, block: null, choices: [{ id: 4, text: 'a in main' }, { id: 9, text: 'b in main' }, { id: 2, text: 'c in main' }], correct: [2, 4] };
    const live = toLiveQuestion(q, key, 'm-1')!;
    expect(questionSchema.safeParse(live).success).toBe(true);
    expect(live.kind).toBe(MULTI_KIND);
    expect(keyOf(live)?.correct).toEqual([0, 2]);
    expect(promptOf(live).memory).toEqual({ step: 7, targets: [{ kind: 'slot', id: 4 }, { kind: 'slot', id: 9 }, { kind: 'slot', id: 2 }] });
    const freed = toLiveQuestion(q, { ...key, ask: 'freed-next', block: null, choices: [{ id: 1, text: 'block 1' }, { id: 3, text: 'block 3' }], correct: [3] }, 'm-2')!;
    expect([freed.kind, keyOf(freed)?.correct, promptOf(freed).memory?.targets?.[1]]).toEqual(['choice', 1, { kind: 'block', id: 3 }]);
  });

  it('turns next-step and fix questions into live questions; the fix goal is shown, the explanation is in the key', () => {
    const n = liveBank().find((b) => b.kind === 'next-step')!;
    const nk: NextStepKey = { ...base, kind: 'next-step', questionId: n.id, step: 3, choices: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }, { id: 'z', text: 'Z' }], correct: ['z', 'x'] };
    const live = toLiveQuestion(n, nk, 'n-1')!;
    expect([live.kind, keyOf(live)?.correct, promptOf(live).memory]).toEqual([MULTI_KIND, [0, 2], { step: 3 }]);
    const f = liveBank().find((b) => b.kind === 'fix')!;
    const fk: FixKey = { ...base, kind: 'fix', questionId: f.id, firstError: { code: 'E0596', line: 3, col: 1, message: 'm' }, stdout: '[1, 2]\n' };
    const fix = toLiveQuestion(f, fk, 'f-1')!;
    expect(questionSchema.safeParse(fix).success).toBe(true);
    expect([fix.kind, fix.options, promptOf(fix).expected, keyOf(fix)]).toEqual([FIX_KIND, undefined, '[1, 2]\n', { correct: null, explanation: 'because' }]);
  });

  it('counts several-option answers per option and fixes per outcome, and judges them', () => {
    const key = { correct: [0, 2], explanation: '' };
    const tallies = talliesOf({ ann: [0, 2], bob: [0], cy: [1] });
    expect(histogram(['a', 'b', 'c'], tallies, key, MULTI_KIND).map((b) => [b.count, b.correct])).toEqual([[2, true], [1, false], [1, true]]);
    expect([verdictOf([0, 2], key, MULTI_KIND), verdictOf([0], key, MULTI_KIND), verdictOf([1], key, MULTI_KIND), verdictOf([], key, MULTI_KIND)]).toEqual(['right', 'partly', 'wrong', 'wrong']);
    const fixKey = { correct: null, explanation: '' };
    const a = (attempt: number, compiles: boolean, fixed: boolean) => ({ attempt, compiles, fixed, source: 'fn main() {}' });
    const fixes = talliesOf({ ann: a(2, true, true), bob: a(1, false, false), cy: a(3, true, false), dee: a(1, true, true) });
    expect(histogram([], fixes, fixKey, FIX_KIND).map((b) => [b.option, b.count, b.correct])).toEqual([
      ['Fixed', 2, true],
      ['Compiles, prints something else', 1, false],
      ['Still does not compile', 1, false],
    ]);
    expect([verdictOf(a(2, true, true), fixKey, FIX_KIND), verdictOf(a(2, true, false), fixKey, FIX_KIND)]).toEqual(['right', 'wrong']);
  });

  it('makes questions of the session program, at the step on screen for the memory kinds', () => {
    const source = 'fn main() {\n    let s = String::from("a");\n    let t = s;\n    println!("{}", t);\n}\n';
    expect(programQuestion(source, 'memory-valid', { line: 3, hit: 1 })).toMatchObject({ kind: 'memory', ask: 'valid', at: { line: 3, hit: 1 }, source });
    expect(programQuestion(source, 'next-step', { line: 2, hit: 1 })).toMatchObject({ kind: 'next-step', at: { line: 2, hit: 1 } });
    expect(programQuestion(source, 'prints', null)).toMatchObject({ kind: 'prints', mode: 'choice' });
    expect(() => programQuestion(source, 'memory-owner', null)).toThrow(/step/);
  });

  it('asks where and which error when a program does not compile, and judges all three parts', () => {
    const q = compilesQuestion('fn main() {\n    let s = String::new();\n    let t = s;\n    println!("{}", s);\n}\n');
    const key: CompilesKey = { ...base, kind: 'compiles', questionId: q.id, compiles: false, firstError: { code: 'E0382', line: 4, col: 20, message: 'borrow of moved value' } };
    const live = toLiveQuestion(q, key, 'k-1')!;
    expect(questionSchema.safeParse(live).success).toBe(true);
    expect(live.kind).toBe(COMPILES_KIND);
    expect(promptOf(live).codes?.some((c) => c.id === 'E0382')).toBe(true);
    const k = keyOf(live)!;
    expect(k).toMatchObject({ correct: 1, line: 4, code: 'E0382' });
    const no = (line: number, code: string) => ({ compiles: false, line, code });
    expect([verdictOf(no(4, 'E0382'), k, COMPILES_KIND), verdictOf(no(3, 'E0382'), k, COMPILES_KIND), verdictOf({ compiles: true }, k, COMPILES_KIND)]).toEqual(['right', 'partly', 'wrong']);
    expect([isComplete(COMPILES_KIND, { compiles: false }), isComplete(COMPILES_KIND, no(4, 'E0382')), isComplete(COMPILES_KIND, { compiles: true })]).toEqual([false, true, true]);
    const bars = histogram(live.options!, talliesOf({ a: no(4, 'E0382'), b: no(3, 'E0382'), c: { compiles: true }, d: no(4, 'E0382') }), k, COMPILES_KIND);
    expect(bars.map((b) => [b.option, b.count, b.correct])).toEqual([
      ['Yes, it compiles', 1, false],
      ['No: line 4, E0382', 2, true],
      ['No, but another line or error', 1, false],
    ]);
    // A program that compiles: two bars, "no" answers all on the second.
    const yes = { correct: 0, explanation: '' };
    expect(histogram(live.options!, talliesOf({ a: no(2, 'E0499'), b: { compiles: true } }), yes, COMPILES_KIND).map((b) => [b.count, b.correct])).toEqual([[1, true], [1, false]]);
  });

  it('puts a member\'s answer in words for every kind, as a replay shows it', () => {
    const q = (kind: string, options?: string[]) => ({ id: 'q', kind, prompt: 'p', ...(options ? { options } : {}) }) as Parameters<typeof answerText>[0];
    expect(answerText(q('choice', ['s', 't']), 1)).toBe('t');
    expect(answerText(q(MULTI_KIND, ['a', 'b', 'c']), [0, 2])).toBe('a, c');
    expect(answerText(q(COMPILES_KIND, ['Yes', 'No']), { compiles: true })).toBe('it compiles');
    expect(answerText(q(COMPILES_KIND, ['Yes', 'No']), { compiles: false, line: 6, code: 'E0382' })).toBe('it does not compile: line 6, E0382');
    expect(answerText(q(FIX_KIND), { attempt: 3, compiles: true, fixed: false, source: 'fn main() {}' })).toBe('attempt 3: compiles, prints something else');
    expect(answerText(q(FIX_KIND), { attempt: 4, compiles: true, fixed: true, source: 'fn main() {}' })).toBe('attempt 4: fixed');
    expect(answerText(q('choice', ['s']), null)).toBeNull();
  });
});
