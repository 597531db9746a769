// Grading of every kind: right, wrong, partly right and malformed answers.
// Keys come from the engine (computeAnswerKey); the tests find the right
// choice by what it says, so they also check that the key is the right one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@memviz/engine';
import {
  computeAnswerKey,
  grade,
  MalformedAnswerError,
  QuizError,
  questionFromProgram,
  runFixAttempt,
  type Choice,
  type KeyOf,
  type MemoryChoice,
} from '../src/index.js';
import { getEngine, program } from './support.js';

let engine: Engine;
beforeAll(async () => {
  engine = await getEngine();
});

const USE_AFTER_MOVE = program(
  'fn take(v: String) -> usize {', // 1
  '    v.len()', // 2
  '}', // 3
  '', // 4
  'fn main() {', // 5
  '    let s = String::from("hi");', // 6
  '    let n = take(s);', // 7
  '    println!("{} {}", s, n);', // 8
  '}', // 9
);

const COMPILES = program('fn main() {', '    let a = 1;', '    let b = a;', '    println!("{} {}", a, b);', '}');

function idOf(choices: readonly Choice[], text: string | RegExp): string {
  const hit = choices.find((c) => (typeof text === 'string' ? c.text === text : text.test(c.text)));
  if (!hit) throw new Error(`no choice ${String(text)} in ${JSON.stringify(choices)}`);
  return hit.id;
}

function slotOf(choices: readonly MemoryChoice[], text: string): number {
  const hit = choices.find((c) => c.text === text);
  if (!hit) throw new Error(`no slot ${text} in ${JSON.stringify(choices)}`);
  return hit.id;
}

describe('compiles?', () => {
  const failing = () => {
    const q = questionFromProgram(USE_AFTER_MOVE, 'compiles', { id: 'c-fail' });
    return { q, key: computeAnswerKey(q, engine) };
  };

  it('right: verdict, line and code', () => {
    const { q, key } = failing();
    const g = grade(q, key, { kind: 'compiles', compiles: false, line: 8, code: 'E0382' });
    expect(g).toMatchObject({ correct: true, score: 1 });
  });

  it('wrong: says it compiles', () => {
    const { q, key } = failing();
    const g = grade(q, key, { kind: 'compiles', compiles: true });
    expect(g.correct).toBe(false);
    expect(g.score).toBe(0);
    expect(g.feedback).toContain('E0382 — used after move on line 8');
    // The explanation: rustc's message, its labelled spans, and the permissions at the line.
    expect(g.feedback).toContain('borrow of moved value: `s`');
    expect(g.feedback).toContain('value moved here');
    expect(g.feedback).toMatch(/Permissions before line 8 .*s: none/);
  });

  it('partly right: a third for each of verdict, line and code', () => {
    const { q, key } = failing();
    expect(grade(q, key, { kind: 'compiles', compiles: false, line: 7, code: 'E0382' }).score).toBeCloseTo(2 / 3);
    expect(grade(q, key, { kind: 'compiles', compiles: false, line: 8, code: 'E0505' }).score).toBeCloseTo(2 / 3);
    const g = grade(q, key, { kind: 'compiles', compiles: false, line: 7, code: 'E0505' });
    expect(g.score).toBeCloseTo(1 / 3);
    expect(g.correct).toBe(false);
    expect(g.feedback).toContain('line 8, not 7');
  });

  it('a compiling program', () => {
    const q = questionFromProgram(COMPILES, 'compiles', { id: 'c-ok' });
    const key = computeAnswerKey(q, engine);
    expect(grade(q, key, { kind: 'compiles', compiles: true }).correct).toBe(true);
    expect(grade(q, key, { kind: 'compiles', compiles: false, line: 3, code: 'E0382' })).toMatchObject({ correct: false, score: 0 });
  });

  it('malformed answers are typed errors, not zeros', () => {
    const { q, key } = failing();
    const bad: unknown[] = [
      null,
      { kind: 'compiles', compiles: false },
      { kind: 'compiles', compiles: false, line: 8, code: 'E9999' },
      { kind: 'compiles', compiles: false, line: 0, code: 'E0382' },
      { kind: 'compiles', compiles: 'no' },
      { kind: 'prints', text: 'x' },
      { kind: 'compiles', compiles: true, extra: 1 },
    ];
    for (const answer of bad) expect(() => grade(q, key, answer), JSON.stringify(answer)).toThrow(MalformedAnswerError);
  });

  it('refuses a key that belongs to another question', () => {
    const { key } = failing();
    const other = questionFromProgram(COMPILES, 'compiles', { id: 'c-other' });
    expect(() => grade(other, key, { kind: 'compiles', compiles: true })).toThrow(QuizError);
  });
});

describe('what does it print?', () => {
  const SRC = program('fn main() {', '    let a = String::from("one");', '    let b = a.clone() + "!";', '    println!("{}", a);', '    println!("{}", b);', '}');

  it('multiple choice: the engine output is the right choice', () => {
    const q = questionFromProgram(SRC, 'prints', { id: 'p-choice', mode: 'choice', distractors: ['one!\none\n'] });
    const key = computeAnswerKey(q, engine) as KeyOf<'prints'>;
    const right = idOf(key.choices, 'one\none!');
    expect(grade(q, key, { kind: 'prints', choice: right })).toMatchObject({ correct: true, score: 1 });
    const wrong = idOf(key.choices, 'one!\none');
    expect(grade(q, key, { kind: 'prints', choice: wrong })).toMatchObject({ correct: false, score: 0 });
  });

  it('free text: exact but for one trailing newline; partial credit by lines', () => {
    const q = questionFromProgram(SRC, 'prints', { id: 'p-text', mode: 'text' });
    const key = computeAnswerKey(q, engine);
    expect(grade(q, key, { kind: 'prints', text: 'one\none!' }).correct).toBe(true);
    expect(grade(q, key, { kind: 'prints', text: 'one\none!\n' }).correct).toBe(true);
    const half = grade(q, key, { kind: 'prints', text: 'one\none' });
    expect(half).toMatchObject({ correct: false, score: 0.5 });
    expect(half.feedback).toContain('Line 2 is "one!", not "one"');
    expect(grade(q, key, { kind: 'prints', text: 'one\none!\n\n' }).correct).toBe(false);
    expect(grade(q, key, { kind: 'prints', text: 'ONE\nONE!' }).score).toBe(0);
  });

  it('malformed: text for a choice question, an unknown choice, both at once', () => {
    const q = questionFromProgram(SRC, 'prints', { id: 'p-bad', mode: 'choice', distractors: ['x\n'] });
    const key = computeAnswerKey(q, engine);
    expect(() => grade(q, key, { kind: 'prints', text: 'one\none!' })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'prints', choice: 'z' })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'prints', choice: 'a', text: 'x' })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'prints' })).toThrow(MalformedAnswerError);
  });
});

describe('memory at a step', () => {
  const TEA = program('fn main() {', '    let first = String::from("tea");', '    let second = first;', '    println!("{}", second);', '}');
  const RC = program(
    'use std::rc::Rc;',
    'fn main() {',
    '    let a = Rc::new(5);',
    '    let b = Rc::clone(&a);',
    '    let n = Rc::strong_count(&b);',
    '    println!("{} {}", a, n);',
    '}',
  );

  it('owner: the slot the String moved into', () => {
    const q = questionFromProgram(TEA, 'memory', { id: 'm-owner', ask: 'owner', at: { line: 3 }, blockAllocatedOn: 2 });
    const key = computeAnswerKey(q, engine) as KeyOf<'memory'>;
    expect(key.block?.text).toContain('"tea"');
    const second = slotOf(key.choices, 'second in main');
    const first = slotOf(key.choices, 'first in main');
    expect(grade(q, key, { kind: 'memory', slots: [second] })).toMatchObject({ correct: true, score: 1 });
    const wrong = grade(q, key, { kind: 'memory', slots: [first] });
    expect(wrong).toMatchObject({ correct: false, score: 0 });
    expect(wrong.feedback).toContain('missed: second in main');
    expect(grade(q, key, { kind: 'memory', slots: [first, second] })).toMatchObject({ correct: false, score: 0.5 });
  });

  it('owner: an Rc allocation has every handle as owner; one of two is half right', () => {
    const q = questionFromProgram(RC, 'memory', { id: 'm-rc', ask: 'owner', at: { line: 5 }, blockAllocatedOn: 3 });
    const key = computeAnswerKey(q, engine) as KeyOf<'memory'>;
    const a = slotOf(key.choices, 'a in main');
    const b = slotOf(key.choices, 'b in main');
    expect(grade(q, key, { kind: 'memory', slots: [a, b] }).correct).toBe(true);
    expect(grade(q, key, { kind: 'memory', slots: [b] }).score).toBe(0.5);
  });

  it('valid: a reference to a moved String is not valid any more', () => {
    const src = program(
      'fn main() {',
      '    let name = String::from("Ferris");',
      '    let r = &name;',
      '    let len = r.len();',
      '    let moved = name;',
      '    println!("{} {}", len, moved);',
      '}',
    );
    const q = questionFromProgram(src, 'memory', { id: 'm-valid', ask: 'valid', at: { line: 5 } });
    const key = computeAnswerKey(q, engine) as KeyOf<'memory'>;
    const [name, r, len, moved] = ['name', 'r', 'len', 'moved'].map((n) => slotOf(key.choices, `${n} in main`));
    expect(grade(q, key, { kind: 'memory', slots: [moved, len] }).correct).toBe(true);
    expect(grade(q, key, { kind: 'memory', slots: [len] }).score).toBe(0.5);
    expect(grade(q, key, { kind: 'memory', slots: [len, moved, r] }).score).toBeCloseTo(2 / 3);
    expect(grade(q, key, { kind: 'memory', slots: [name, r] }).score).toBe(0);
    expect(grade(q, key, { kind: 'memory', slots: [] }).score).toBe(0);
  });

  it('freed next: the last box declared in a block goes first', () => {
    const src = program(
      'fn main() {',
      '    let outer = Box::new(1);',
      '    {',
      '        let inner = Box::new(2);',
      '        let middle = Box::new(3);',
      '        println!("{} {}", inner, middle);',
      '    }',
      '    println!("{}", outer);',
      '}',
    );
    const q = questionFromProgram(src, 'memory', { id: 'm-freed', ask: 'freed-next', at: { line: 5 } });
    const key = computeAnswerKey(q, engine) as KeyOf<'memory'>;
    const byValue = (v: number) => key.choices.find((c) => c.text.endsWith(`= ${v}`))!.id;
    expect(grade(q, key, { kind: 'memory', block: byValue(3) }).correct).toBe(true);
    expect(grade(q, key, { kind: 'memory', block: byValue(2) })).toMatchObject({ correct: false, score: 0 });
    // One block: there is no partial credit; a list of slots is the wrong shape.
    expect(() => grade(q, key, { kind: 'memory', slots: [byValue(3)] })).toThrow(MalformedAnswerError);
  });

  it('malformed: ids never offered, both fields, wrong types', () => {
    const q = questionFromProgram(TEA, 'memory', { id: 'm-bad', ask: 'owner', at: { line: 3 } });
    const key = computeAnswerKey(q, engine);
    expect(() => grade(q, key, { kind: 'memory', slots: [99] })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'memory', block: 0 })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'memory', slots: [0], block: 0 })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'memory', slots: ['first'] })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'memory', slots: [-1] })).toThrow(MalformedAnswerError);
  });
});

describe("why doesn't it compile?", () => {
  it('the right reason names the value, the callee and both lines', () => {
    const q = questionFromProgram(USE_AFTER_MOVE, 'why', { id: 'w-move' });
    const key = computeAnswerKey(q, engine) as KeyOf<'why'>;
    const right = idOf(key.choices, '`s` was moved into `take` on line 7, so it cannot be used on line 8');
    expect(key.choices).toHaveLength(4);
    expect(grade(q, key, { kind: 'why', choice: right })).toMatchObject({ correct: true, score: 1 });
    // Single choice: any other reason, however close, scores nothing.
    for (const c of key.choices.filter((c) => c.id !== right)) {
      expect(grade(q, key, { kind: 'why', choice: c.id })).toMatchObject({ correct: false, score: 0 });
    }
  });

  it('malformed: unknown choice, missing choice', () => {
    const q = questionFromProgram(USE_AFTER_MOVE, 'why', { id: 'w-bad' });
    const key = computeAnswerKey(q, engine);
    expect(() => grade(q, key, { kind: 'why', choice: 'q' })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'why' })).toThrow(MalformedAnswerError);
  });
});

describe('what happens next?', () => {
  const SRC = program('fn main() {', '    let small = 7;', '    let boxed = Box::new(small);', '    println!("{} {}", small, boxed);', '}');

  it('the next step allocates the box and gives `boxed` its slot', () => {
    const q = questionFromProgram(SRC, 'next-step', { id: 'n-box', at: { line: 2 } });
    const key = computeAnswerKey(q, engine) as KeyOf<'next-step'>;
    const alloc = idOf(key.choices, 'a heap block (`i32`) is allocated');
    const slot = idOf(key.choices, '`boxed` gets a slot in the frame of `main`');
    expect([...key.correct].sort()).toEqual([alloc, slot].sort());
    expect(grade(q, key, { kind: 'next-step', choices: [slot, alloc] })).toMatchObject({ correct: true, score: 1 });
    expect(grade(q, key, { kind: 'next-step', choices: [alloc] })).toMatchObject({ correct: false, score: 0.5 });
    const distractor = key.choices.find((c) => !key.correct.includes(c.id))!.id;
    expect(grade(q, key, { kind: 'next-step', choices: [distractor] }).score).toBe(0);
    expect(grade(q, key, { kind: 'next-step', choices: [] }).score).toBe(0);
  });

  it('malformed: an id that was not offered', () => {
    const q = questionFromProgram(SRC, 'next-step', { id: 'n-bad', at: { line: 2 } });
    const key = computeAnswerKey(q, engine);
    expect(() => grade(q, key, { kind: 'next-step', choices: ['zz'] })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'next-step', choices: 'a' })).toThrow(MalformedAnswerError);
  });
});

describe('fix it', () => {
  const BROKEN = program('fn main() {', '    let city = String::from("Oslo");', '    let backup = city;', '    println!("{} {}", city, backup);', '}');
  const FIXED = BROKEN.replace('let backup = city;', 'let backup = city.clone();');

  it('a fix that compiles and prints the expected output; attempts lower the score', () => {
    const q = questionFromProgram(BROKEN, 'fix', { id: 'f-clone', reference: FIXED });
    const key = computeAnswerKey(q, engine);
    // A different fix from the reference is just as good: only behaviour counts.
    const mine = BROKEN.replace('println!("{} {}", city, backup);', 'println!("{} {}", backup, backup);');
    expect(grade(q, key, { kind: 'fix', attempt: 1, run: runFixAttempt(engine, mine) })).toMatchObject({ correct: true, score: 1 });
    expect(grade(q, key, { kind: 'fix', attempt: 3, run: runFixAttempt(engine, FIXED) })).toMatchObject({ correct: true, score: 0.8 });
    expect(grade(q, key, { kind: 'fix', attempt: 20, run: runFixAttempt(engine, FIXED) }).score).toBe(0.5);
  });

  it('still failing scores nothing; compiling with other output is partly right', () => {
    const q = questionFromProgram(BROKEN, 'fix', { id: 'f-clone2', reference: FIXED });
    const key = computeAnswerKey(q, engine);
    const still = grade(q, key, { kind: 'fix', attempt: 1, run: runFixAttempt(engine, BROKEN) });
    expect(still).toMatchObject({ correct: false, score: 0 });
    expect(still.feedback).toContain('still does not compile: line 4');
    const gutted = BROKEN.replace('println!("{} {}", city, backup);', 'println!("{}", backup);');
    const g = grade(q, key, { kind: 'fix', attempt: 1, run: runFixAttempt(engine, gutted) });
    expect(g).toMatchObject({ correct: false, score: 0.25 });
    expect(g.feedback).toContain('Line 1 is "Oslo Oslo", not "Oslo"');
  });

  it('malformed: attempt 0, no run', () => {
    const q = questionFromProgram(BROKEN, 'fix', { id: 'f-bad', reference: FIXED });
    const key = computeAnswerKey(q, engine);
    const run = runFixAttempt(engine, FIXED);
    expect(() => grade(q, key, { kind: 'fix', attempt: 0, run })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'fix', attempt: 1 })).toThrow(MalformedAnswerError);
    expect(() => grade(q, key, { kind: 'fix', attempt: 1, run: { ...run, compiles: 'yes' } })).toThrow(MalformedAnswerError);
  });
});
