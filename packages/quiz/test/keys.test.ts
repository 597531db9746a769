// Keys come only from the engine; questions it cannot answer are NoKeyErrors
// that tell the teacher why, and bad question data is an InvalidQuestionError.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '@memviz/engine';
import { atOfStep, computeAnswerKey, InvalidQuestionError, NoKeyError, questionFromProgram, studentView, type KeyOf, type Question } from '../src/index.js';
import { getEngine, program } from './support.js';

let engine: Engine;
beforeAll(async () => {
  engine = await getEngine();
});

const OK = program('fn main() {', '    let v = vec![1, 2];', '    println!("{}", v.len());', '}');
const E0502 = program(
  'fn main() {', // 1
  '    let mut v = vec![1, 2];', // 2
  '    let first = &v[0];', // 3
  '    v.push(3);', // 4
  '    println!("{}", first);', // 5
  '}',
);

describe('questions the engine cannot answer', () => {
  it('why / fix about a program that compiles', () => {
    expect(() => computeAnswerKey(questionFromProgram(OK, 'why', {}), engine)).toThrow(NoKeyError);
    expect(() => computeAnswerKey(questionFromProgram(OK, 'fix', { reference: OK }), engine)).toThrow(/already compiles|compiles, so/);
  });

  it('prints / memory / next-step about a program that does not compile', () => {
    expect(() => computeAnswerKey(questionFromProgram(E0502, 'prints', { mode: 'text' }), engine)).toThrow(/does not compile: line 4/);
    expect(() => computeAnswerKey(questionFromProgram(E0502, 'next-step', { at: { line: 2 } }), engine)).toThrow(NoKeyError);
  });

  it('a syntax error has no error code to ask about', () => {
    const broken = program('fn main() {', '    let x = ;', '}');
    expect(() => computeAnswerKey(questionFromProgram(broken, 'compiles', {}), engine)).toThrow(/no error code/);
  });

  it('a line that never runs, or runs fewer times than asked', () => {
    expect(() => computeAnswerKey(questionFromProgram(OK, 'memory', { ask: 'valid', at: { line: 40 } }), engine)).toThrow(/highlighted 0 time/);
    expect(() => computeAnswerKey(questionFromProgram(OK, 'memory', { ask: 'valid', at: { line: 2, hit: 5 } }), engine)).toThrow(/time 5/);
  });

  it('a fix whose reference does not compile', () => {
    expect(() => computeAnswerKey(questionFromProgram(E0502, 'fix', { reference: E0502 }), engine)).toThrow(/reference fix does not compile/);
  });

  it('a multiple-choice output with no wrong output left', () => {
    const one = program('fn main() {', '    println!("x");', '}');
    expect(() => computeAnswerKey(questionFromProgram(one, 'prints', { mode: 'choice', distractors: ['x', 'x\n'] }), engine)).toThrow(/add distractors/);
  });

  it('invalid question data', () => {
    const bad = { ...questionFromProgram(OK, 'compiles', {}), difficulty: 7 } as unknown as Question;
    expect(() => computeAnswerKey(bad, engine)).toThrow(InvalidQuestionError);
  });
});

describe('keys', () => {
  it('E0502: first error, reason and the permissions at the failing line', () => {
    const q = questionFromProgram(E0502, 'why', { id: 'k-502' });
    const key = computeAnswerKey(q, engine) as KeyOf<'why'>;
    expect(key.firstError).toMatchObject({ code: 'E0502', line: 4 });
    const right = key.choices.find((c) => c.id === key.correct)!.text;
    expect(right).toBe('`v` is borrowed to read on line 3 and that borrow is still used on line 5, so it cannot be borrowed mutably on line 4');
    expect(key.explanation).toContain('immutable borrow occurs here');
    expect(key.explanation).toContain('immutable borrow later used here');
    // While `first` borrows v, v keeps only R: the reason it cannot be pushed to.
    expect(key.explanation).toMatch(/Permissions before line 4 .*\bv: R\b/);
    // Four distinct choices, one of them right.
    expect(new Set(key.choices.map((c) => c.text)).size).toBe(4);
  });

  it('are deterministic: same program, same key and same choice order', () => {
    const q = questionFromProgram(E0502, 'why', { id: 'k-det' });
    expect(computeAnswerKey(q, engine)).toEqual(computeAnswerKey(q, engine));
  });

  it('next step into a call: the move and the new frame', () => {
    const src = program('fn take(s: String) -> usize {', '    s.len()', '}', 'fn main() {', '    let s = String::from("a");', '    let n = take(s);', '    println!("{}", n);', '}');
    const key = computeAnswerKey(questionFromProgram(src, 'next-step', { at: { line: 5 } }), engine) as KeyOf<'next-step'>;
    expect(key.explanation).toContain('`s` is moved');
  });
});

describe('memory keys', () => {
  const memoryKey = (src: string, options: Record<string, unknown>) => computeAnswerKey(questionFromProgram(src, 'memory', options as never), engine) as KeyOf<'memory'>;
  const named = (key: KeyOf<'memory'>, ids: readonly number[]) => ids.map((id) => key.choices.find((c) => c.id === id)!.text);

  it('a block owned through other blocks belongs to the variable at the top of the chain', () => {
    // The String's buffer sits in the Vec's buffer, which sits in the Box's block.
    const src = program('fn main() {', '    let title = String::from("Dune");', '    let shelf: Box<Vec<String>> = Box::new(vec![title]);', '    let n = shelf.len();', '    println!("{}", n);', '}');
    const key = memoryKey(src, { ask: 'owner', at: { line: 4 }, blockAllocatedOn: 2 });
    expect(key.block?.text).toContain('"Dune"');
    expect(named(key, key.correct)).toEqual(['shelf in main']);
  });

  it('a String pushed into a Vec is owned by the Vec\'s variable', () => {
    const src = program('fn main() {', '    let mut v: Vec<String> = Vec::with_capacity(1);', '    let s = String::from("a");', '    v.push(s);', '    println!("{}", v.len());', '}');
    const key = memoryKey(src, { ask: 'owner', at: { line: 4 }, blockAllocatedOn: 3 });
    expect(named(key, key.correct)).toEqual(['v in main']);
  });

  // The Vec's first push allocates its buffer: the header's new `ptr` must lead to it.
  it('a String pushed into a Vec that grows is owned by the Vec\'s variable', () => {
    const src = program('fn main() {', '    let mut v: Vec<String> = Vec::new();', '    let s = String::from("a");', '    v.push(s);', '    println!("{}", v.len());', '}');
    const key = memoryKey(src, { ask: 'owner', at: { line: 4 }, blockAllocatedOn: 3 });
    expect(named(key, key.correct)).toEqual(['v in main']);
  });

  it('"after line N runs" includes the calls the line makes and the value they return', () => {
    const src = program('fn shout(t: String) -> String {', '    format!("{}!", t)', '}', 'fn main() {', '    let w = String::from("hey");', '    let loud = shout(w);', '    println!("{}", loud);', '}');
    const key = memoryKey(src, { ask: 'valid', at: { line: 6 } });
    expect(named(key, key.correct)).toEqual(['loud in main']);
    expect(key.explanation).toContain('w in main (moved out)');
  });

  it('"after line N runs" includes every statement on the line, and the closing brace of the last one', () => {
    const src = program('fn main() {', '    let a = String::from("x"); let b = a;', '    let r = &b; let n = r.len(); println!("{}", n); }');
    const both = memoryKey(src, { ask: 'valid', at: { line: 2 } });
    expect(named(both, both.correct)).toEqual(['b in main']);
    // Line 3 ends main: after it, main's frame is gone and nothing is left to own.
    expect(() => memoryKey(src, { ask: 'owner', at: { line: 3 } })).toThrow(/no heap block is live/);
  });

  it('a reference to a moved value is not valid, and the explanation says why', () => {
    const src = program('fn main() {', '    let s = String::from("x");', '    let r = &s;', '    let n = r.len();', '    let t = s;', '    println!("{} {}", n, t);', '}');
    const key = memoryKey(src, { ask: 'valid', at: { line: 5 } });
    expect(named(key, key.correct)).toEqual(['n in main', 't in main']);
    expect(key.explanation).toContain('r in main (refers to a value that was moved or dropped)');
  });
});

describe('questionFromProgram and studentView', () => {
  it('fills in id, title and tags, and refuses missing kind fields', () => {
    const q = questionFromProgram(E0502, 'compiles', {});
    expect(q.id).toMatch(/^compiles-[0-9a-f]{8}$/);
    expect(q.title).toBe('Does it compile?');
    expect(q.tags).toEqual(expect.arrayContaining(['borrow', 'vec-realloc']));
    // @ts-expect-error `at` is required for memory questions
    expect(() => questionFromProgram(E0502, 'memory', { ask: 'owner' })).toThrow(InvalidQuestionError);
    // @ts-expect-error `reference` is required for fix questions
    expect(() => questionFromProgram(E0502, 'fix', {})).toThrow(InvalidQuestionError);
  });

  it('the student view carries no answer', () => {
    const q = questionFromProgram(E0502, 'why', { id: 'k-view' });
    const key = computeAnswerKey(q, engine);
    const view = JSON.stringify(studentView(q, key));
    expect(view).not.toContain('correct');
    expect(view).not.toContain('explanation');
    expect(view).not.toContain('Permissions');
    const p = questionFromProgram(OK, 'prints', { id: 'k-view2', mode: 'text' });
    expect(JSON.stringify(studentView(p, computeAnswerKey(p, engine)))).not.toContain('"2\\n"');
    const c = questionFromProgram(E0502, 'compiles', { id: 'k-view3' });
    const cv = studentView(c, computeAnswerKey(c, engine));
    expect(cv.codes).toHaveLength(20);
    expect(JSON.stringify(cv)).not.toContain('firstError');
  });
});

describe('a question at the step the teacher shows', () => {
  const LOOP = program(
    'fn main() {', // 1
    '    let mut v = Vec::new();', // 2
    '    for i in 0..3 {', // 3
    '        let s = String::from("x");', // 4
    '        v.push(s);', // 5
    '    }', // 6
    '    println!("{}", v.len());', // 7
    '}',
  );

  it('names the line and its run, so the key is about that moment', () => {
    const trace = engine.run(LOOP, { fileName: 'main.rs' }).trace!;
    const steps = trace.events.filter((e) => e.kind === 'step' && e.loc?.[0] === 5).map((e) => e.step);
    expect(steps.length).toBe(3);
    expect(atOfStep(trace, steps[1], 'next-step')).toEqual({ line: 5, hit: 2 });
    const at = atOfStep(trace, steps[2], 'memory');
    expect(at).toEqual({ line: 5, hit: 3 });
    const key = computeAnswerKey(questionFromProgram(LOOP, 'memory', { ask: 'valid', at }), engine);
    expect(key.step).toBeGreaterThanOrEqual(steps[2]);
    const line4 = trace.events.filter((e) => e.kind === 'step' && e.loc?.[0] === 4).map((e) => e.step);
    expect(atOfStep(trace, line4[1], 'next-step')).toEqual({ line: 4, hit: 2 });
    const next = computeAnswerKey(questionFromProgram(LOOP, 'next-step', { at: atOfStep(trace, line4[1], 'next-step') }), engine);
    expect(next.step).toBe(line4[1]);
  });
});
