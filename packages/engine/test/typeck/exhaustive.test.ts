// Exhaustiveness of `match` (E0004) and of `let` patterns (E0005), with rustc's
// witnesses: every expected message below is what rustc 1.95 prints for the
// same program. The last suite removes one arm at a time from a file of
// exhaustive matches and compares each variant with rustc itself.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { rustcCheckBatched, rustcVersion, type RustcResult } from '../support/gen/rustc.js';

async function errors(source: string): Promise<string[]> {
  const engine = await getEngine();
  return engine.check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`);
}

const WITNESSES = `#![allow(unused)]
enum Shape { Circle(f64), Rect { w: u32, h: u32 }, Dot, Tri(u8, u8) }
struct P { x: i32, y: bool }
enum E5 { A, B, C, D, F }
fn main() {
    let s = Shape::Dot;
    match s { Shape::Dot => {} }
    let t = (true, false);
    match t { (true, _) => {} }
    let o: Option<bool> = None;
    match o { Some(true) => {} }
    let p = P { x: 1, y: true };
    match p { P { x: 0, y: true } => {} }
    let r = &Some(3);
    match r { Some(_) => {} }
    let c = 'a';
    match c { 'a'..='z' => {} }
    let u: u8 = 3;
    match u { 0..=100 => {}, 200 => {} }
    let st = "hi";
    match st { "hi" => {} }
    let e = E5::A;
    match e { E5::A => {} }
    let v = vec![1];
    match v.as_slice() { [] => {}, [x] => {} }
    let res: Result<i32, String> = Ok(1);
    match res { Ok(1) => {} , Err(_) => {}}
    let b = true;
    match b { true => {} }
    let arr = [1, 2];
    match arr { [1, _] => {} }
    let n: i64 = 5;
    match n { x if x > 0 => {}, 0 => {} }
    let q: Option<Option<u8>> = None;
    match q { Some(Some(_)) => {} , None => {}}
    let g: Option<&i32> = None;
    match g { Some(&x) if x > 2 => {}, None => {} }
    let a3 = [1, 2, 3];
    match &a3 { [1, ..] => {} }
}
`;

describe('E0004: a match must cover every value', () => {
  it('names what is missing as rustc does', async () => {
    expect(await errors(WITNESSES)).toEqual([
      '7:11 E0004 non-exhaustive patterns: `Shape::Circle(_)`, `Shape::Rect { .. }` and `Shape::Tri(_, _)` not covered',
      '9:11 E0004 non-exhaustive patterns: `(false, _)` not covered',
      '11:11 E0004 non-exhaustive patterns: `None` not covered',
      '13:11 E0004 non-exhaustive patterns: `P { x: i32::MIN..=-1_i32, .. }` and `P { x: 1_i32..=i32::MAX, .. }` not covered',
      '15:11 E0004 non-exhaustive patterns: `&None` not covered',
      "17:11 E0004 non-exhaustive patterns: `'\\0'..='`'`, `'{'..='\\u{d7ff}'` and `'\\u{e000}'..='\\u{10ffff}'` not covered",
      '19:11 E0004 non-exhaustive patterns: `101_u8..=199_u8` and `201_u8..=u8::MAX` not covered',
      '21:11 E0004 non-exhaustive patterns: `&_` not covered',
      '23:11 E0004 non-exhaustive patterns: `E5::B`, `E5::C`, `E5::D` and 1 more not covered',
      '25:11 E0004 non-exhaustive patterns: `&[_, _, ..]` not covered',
      '27:11 E0004 non-exhaustive patterns: `Ok(i32::MIN..=0_i32)` and `Ok(2_i32..=i32::MAX)` not covered',
      '29:11 E0004 non-exhaustive patterns: `false` not covered',
      '31:11 E0004 non-exhaustive patterns: `[i32::MIN..=0_i32, _]` and `[2_i32..=i32::MAX, _]` not covered',
      '33:11 E0004 non-exhaustive patterns: `i64::MIN..=-1_i64` and `1_i64..=i64::MAX` not covered',
      '35:11 E0004 non-exhaustive patterns: `Some(None)` not covered',
      '37:11 E0004 non-exhaustive patterns: `Some(&_)` not covered',
      '39:11 E0004 non-exhaustive patterns: `&[i32::MIN..=0_i32, ..]` and `&[2_i32..=i32::MAX, ..]` not covered',
    ]);
  });

  it('labels the scrutinee', async () => {
    const engine = await getEngine();
    const [d] = engine.check('enum Dir { N, S, E }\nfn main() {\n    let d = Dir::N;\n    match d {\n        Dir::N => {}\n        Dir::S => {}\n    }\n}\n').diagnostics;
    expect(d.labels).toEqual([expect.objectContaining({ primary: true, message: 'pattern `Dir::E` not covered', span: expect.objectContaining({ line: 4, col: 11 }) })]);
  });

  it('a body with a pattern error is not borrow-checked; the others are', async () => {
    expect(await errors('fn main() {\n    let s = String::new(); let t = s; let u = s;\n    let x = 3;\n    match x { 1 => {}, 2 => {} }\n}\n')).toEqual([
      '4:11 E0004 non-exhaustive patterns: `i32::MIN..=0_i32` and `3_i32..=i32::MAX` not covered',
    ]);
    expect(await errors('fn f() { let s = String::new(); let t = s; let u = s; }\nfn main() {\n    let x = 3;\n    match x { 1 => {}, 2 => {} }\n}\n')).toEqual([
      expect.stringMatching(/^1:52 E0382 /),
      '4:11 E0004 non-exhaustive patterns: `i32::MIN..=0_i32` and `3_i32..=i32::MAX` not covered',
    ]);
  });

  it('accepts every exhaustive match and let of the fixture', async () => {
    expect(await errors(FIXTURE)).toEqual([]);
  });
});

describe('E0005: a let pattern must match every value', () => {
  it('reports a refutable pattern, and accepts one with an else', async () => {
    expect(await errors('fn main() {\n    let o: Option<i32> = None;\n    let Some(y) = o;\n}\n')).toEqual(['3:9 E0005 refutable pattern in local binding']);
    expect(await errors('fn main() {\n    let r: Result<u8, String> = Ok(1);\n    let Ok(0) = r;\n}\n')).toEqual(['3:9 E0005 refutable pattern in local binding']);
    expect(await errors('fn main() {\n    let o: Option<i32> = None;\n    let Some(y) = o else { return; };\n    println!("{}", y);\n}\n')).toEqual([]);
  });

  it('checks a pattern bound through a reference against the reference (match ergonomics)', async () => {
    const src = 'struct P { x: i32, y: i32 }\nfn main() {\n    let t = (1, 2);\n    let (a, b) = &t;\n    let mut u = (3, 4);\n    let (c, d) = &mut u;\n    let p = P { x: 1, y: 2 };\n    let P { x, y } = &p;\n    let [e, f] = &[5, 6];\n    let o = Some(1);\n    let Some(z) = &o;\n    println!("{} {} {} {} {} {} {} {}", a, b, c, d, x, y, e, f);\n}\n';
    expect(await errors(src)).toEqual(['11:9 E0005 refutable pattern in local binding']);
    const engine = await getEngine();
    expect(engine.check(src).diagnostics[0].labels[0].message).toBe('pattern `&None` not covered');
  });
});

const FIXTURE = readFileSync(new URL('./fixtures/exhaustive-matches.rs', import.meta.url), 'utf8');

/** The fixture with one arm of one single-line `match` removed, for every arm of every such match. */
function withOneArmRemoved(source: string): string[] {
  const lines = source.split('\n');
  const out: string[] = [];
  lines.forEach((line, i) => {
    const m = /^(\s*match .*? \{ )(.*)( \})$/.exec(line);
    if (!m) return;
    const arms = splitTopLevel(m[2]);
    if (arms.length < 2) return;
    arms.forEach((_, j) => {
      const kept = arms.filter((__, k) => k !== j).map((a) => a.trim()).join(', ');
      out.push([...lines.slice(0, i), `${m[1]}${kept}${m[3]}`, ...lines.slice(i + 1)].join('\n'));
    });
  });
  return out;
}

function splitTopLevel(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if ('([{'.includes(ch)) depth++;
    if (')]}'.includes(ch)) depth--;
    if (ch === ',' && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) parts.push(cur);
  return parts;
}

const rustc = rustcVersion();
describe.skipIf(!rustc)(rustc ? `exhaustiveness vs rustc (${rustc}): the fixture with one arm removed` : 'exhaustiveness vs rustc (skipped: rustc not found on PATH)', () => {
  const variants = withOneArmRemoved(FIXTURE);
  let theirs: RustcResult[];

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'memviz-exhaustive-'));
    try {
      // One file per program: inside a batch's modules rustc would print `batch_program_3::Msg::Quit`.
      theirs = await rustcCheckBatched(variants.map((source, i) => ({ name: `v${i}`, source })), dir, 2, 1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('gives the same errors, lines, columns and witnesses for every variant', async () => {
    expect(variants.length).toBeGreaterThan(40);
    const engine = await getEngine();
    const differ: string[] = [];
    variants.forEach((source, i) => {
      const ours = engine.check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`);
      const expected = theirs[i].errors.map((e) => `${e.line}:${e.column} ${e.code} ${e.message}`);
      if (ours.join('\n') !== expected.join('\n')) differ.push(`variant ${i}:\n  rustc  ${expected.join('\n         ')}\n  memviz ${ours.join('\n         ')}`);
    });
    expect(differ).toEqual([]);
  });
});

describe('E0005 in for loops and parameters', () => {
  it('names the place the pattern binds, as rustc does', async () => {
    expect(await errors('fn f(Some(b): Option<i32>) -> i32 { b }\nfn main() {\n    for Some(x) in vec![Some(1), None] { println!("{}", x); }\n    let c = |(a, 1): (i32, i32)| a;\n}\n')).toEqual([
      '1:6 E0005 refutable pattern in function argument',
      '3:9 E0005 refutable pattern in `for` loop binding',
      '4:14 E0005 refutable pattern in closure argument',
    ]);
  });
});

describe('more of rustc pattern checks', () => {
  it('an empty range pattern is E0030/E0579; u8::MAX is a pattern; char witnesses print printable characters', async () => {
    expect(await errors('fn main() {\n    match 5 {\n        10..=1 => {}\n        5..5 => {}\n        _ => {}\n    }\n}\n')).toEqual([
      '3:9 E0030 lower bound for range pattern must be less than or equal to upper bound',
      '4:9 E0579 lower bound for range pattern must be less than upper bound',
    ]);
    expect(await errors('fn main() {\n    let x: u8 = 7;\n    match x { 0..=254 => {}, u8::MAX => {} }\n}\n')).toEqual([]);
    expect(await errors("fn main() {\n    match 'x' { '\\0'..='\\u{FFFF}' => {} }\n}\n")).toEqual(["2:11 E0004 non-exhaustive patterns: `'𐀀'..='\\u{10ffff}'` not covered"]);
  });

  it('a const or static whose evaluation panics is E0080', async () => {
    expect(await errors('const BIG: u8 = 200 + 100;\nconst UNUSED: i32 = 1 / 0;\nfn main() { println!("{}", BIG); }\n')).toEqual([
      '1:17 E0080 attempt to compute `200_u8 + 100_u8`, which would overflow',
      '2:21 E0080 attempt to divide `1_i32` by zero',
    ]);
  });
});

describe("patterns' own errors, with rustc's codes and no follow-on errors", () => {
  it.each([
    ['enum E { Pair(i32, i32) }\nfn main() {\n    let E::Pair(a) = E::Pair(1, 2);\n    println!("{}", a);\n}\n', ['3:17 E0023 this pattern has 1 field, but the corresponding tuple variant has 2 fields']],
    ['struct P { x: i32, y: i32 }\nfn main() {\n    let P { x, z } = P { x: 1, y: 2 };\n    println!("{} {}", x, z);\n}\n', ['3:16 E0026 struct `P` does not have a field named `z`']],
    ['enum E { A, B(i32) }\nfn main() {\n    match E::A {\n        E::A(x) => println!("{}", x),\n        E::B(_) => {}\n    }\n}\n', ['4:9 E0532 expected tuple struct or tuple variant, found unit variant `E::A`']],
    ['fn main() {\n    let (x, x) = (1, 2);\n}\n', ['2:13 E0416 identifier `x` is bound more than once in the same pattern']],
    ['enum E { A(i32), C }\nfn main() {\n    match E::A(1) {\n        E::A(x) | E::C => println!("{}", x),\n    }\n}\n', ['4:19 E0408 variable `x` is not bound in all patterns']],
  ])('%s', async (src, expected) => {
    expect(await errors(src)).toEqual(expected);
  });
});
