// rustc's deny-by-default lints that make a program fail to compile: known panics
// (`arithmetic_overflow`, `unconditional_panic`) and `overflowing_literals`. Every
// expectation here is what rustc 1.95 reports for the same program.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

/** Each error as `line:col [E-code] message — primary label` (a lint's name is its code: see below). */
async function errors(source: string): Promise<string[]> {
  const engine = await getEngine();
  return engine
    .check(source)
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => `${d.span.line}:${d.span.col} ${d.code && /^E\d{4}$/.test(d.code) ? `[${d.code}] ` : ''}${d.message}${d.labels.find((l) => l.primary)?.message ? ` — ${d.labels.find((l) => l.primary)!.message}` : ''}`);
}

describe('the code of a lint error', () => {
  it('is the lint\'s name, as rustc gives it in its JSON', async () => {
    const engine = await getEngine();
    const src = 'fn main() {\n    let x: u8 = 256;\n    let a = [1, 2, 3];\n    let y = a[5];\n    let z = 255u8 + 1;\n}\n';
    const found = engine.check(src).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.span.line} ${d.code}`);
    expect(found).toEqual(['4 unconditional_panic', '5 arithmetic_overflow', '2 overflowing_literals']);
    expect(engine.check('fn main() {\n    let x: u8 = 256;\n}\n').diagnostics.map((d) => `${d.span.line} ${d.code}`)).toEqual(['2 overflowing_literals']);
  });
});

const OVERFLOW = 'this arithmetic operation will overflow';
const PANIC = 'this operation will panic at runtime';

describe('known panics: operations on constants rustc can see', () => {
  it.each([
    ['fn main() { let x: u8 = 0; let y = x - 1; }', `1:36 ${OVERFLOW} — attempt to compute \`0_u8 - 1_u8\`, which would overflow`],
    ['fn main() { let x: i32 = i32::MAX;\n    let y = x + 1; }', `2:13 ${OVERFLOW} — attempt to compute \`i32::MAX + 1_i32\`, which would overflow`],
    ['fn main() { let a: u8 = 200; let b = a + 50; let c = b + 10; }', `1:54 ${OVERFLOW} — attempt to compute \`250_u8 + 10_u8\`, which would overflow`],
    ['const MAX: u8 = 255;\nfn main() { let y = MAX + 1; }', `2:21 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`],
    ['fn main() { let x = 300i32 as u8; let y = x * 10; }', `1:43 ${OVERFLOW} — attempt to compute \`44_u8 * 10_u8\`, which would overflow`],
    ["fn main() { let c = 'a'; let n = c as u8; let m = n * 3; }", `1:51 ${OVERFLOW} — attempt to compute \`97_u8 * 3_u8\`, which would overflow`],
    ['fn main() { let x: u32 = 1; let y = x << 40; }', `1:37 ${OVERFLOW} — attempt to shift left by \`40_i32\`, which would overflow`],
    ['fn main() { let x = i32::MIN; let y = -x; }', `1:39 ${OVERFLOW} — attempt to negate \`i32::MIN\`, which would overflow`],
    ['fn main() { let x: i32 = 10; let y = x / 0; }', `1:38 ${PANIC} — attempt to divide \`10_i32\` by zero`],
    ['fn main() { let x: i32 = 7; let y = x % 0; }', `1:37 ${PANIC} — attempt to calculate the remainder of \`7_i32\` with a divisor of zero`],
    ['fn main() { let x = i32::MIN; let y = x / -1; }', `1:39 ${PANIC} — attempt to compute \`i32::MIN / -1_i32\`, which would overflow`],
    ['fn main() { let x = i32::MIN; let y = x % -1; }', `1:39 ${PANIC} — attempt to compute \`i32::MIN % -1_i32\`, which would overflow`],
    ['fn main() { let t = (1u8, 255u8); let y = t.1 + 1; }', `1:43 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`],
    ['struct P { a: u8, b: u8 }\nfn main() { let p = P { a: 1, b: 255 }; let y = p.b + 1; }', `2:49 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`],
    ['fn main() { let mut x: u8 = 255; x += 1; }', `1:34 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`],
    ['fn main() { let mut v0: i8 = 3; v0 = v0 / 1; let v2 = v0 * 127; }', `1:55 ${OVERFLOW} — attempt to compute \`3_i8 * i8::MAX\`, which would overflow`],
    ['fn main() { let mut x: u8 = 250; x = 255; x += 1; }', `1:43 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`],
    ['fn main() { let x = 200u8; let b = x > 100; let y = if b { x + 100 } else { 0 }; }', `1:60 ${OVERFLOW} — attempt to compute \`200_u8 + 100_u8\`, which would overflow`],
    ['fn main() { let a = [10, 20, 30]; println!("{}", a[10]); }', `1:50 ${PANIC} — index out of bounds: the length is 3 but the index is 10`],
    // The array is borrowed, but its length is in its type.
    ['fn main() { let v = [1, 2, 3]; let i = 3; let r = &v; println!("{}", v[i]); }', `1:70 ${PANIC} — index out of bounds: the length is 3 but the index is 3`],
    ['fn main() { let a = [1, 2, 3]; let r = &a; let x = r[7]; }', `1:52 ${PANIC} — index out of bounds: the length is 3 but the index is 7`],
    ['fn main() { let x = 5u8; let c = || x + 251; let a = [1, 2]; let f = move || a[2]; }', `1:78 ${PANIC} — index out of bounds: the length is 2 but the index is 2`],
  ])('%s', async (src, expected) => {
    expect(await errors(src)).toEqual([expected]);
  });

  it('needs only the divisor of a division, and only the amount of a shift', async () => {
    // `v0` is borrowed, so its value is unknown: rustc prints it as `_`.
    expect(await errors('fn main() { let v0: usize = 0; let v4 = v0 / 0; let r5 = &v0; }')).toEqual([
      `1:41 ${PANIC} — attempt to divide \`_\` by zero`,
    ]);
    expect(await errors('fn main() {\n    let mut v0: u16 = 1;\n    let v2: u16 = 0;\n    v0 *= 10;\n    let v4 = v0 % v2;\n}')).toEqual([
      // Assigned twice, `v0` is known right after its own assignment, in the block that follows.
      `5:14 ${PANIC} — attempt to calculate the remainder of \`10_u16\` with a divisor of zero`,
    ]);
    expect(await errors('fn main() { let mut v0: u32 = 53; let cl = || v0 + 1; let v2 = v0 << 32; }')).toEqual([
      `1:64 ${OVERFLOW} — attempt to shift left by \`32_i32\`, which would overflow`,
    ]);
  });

  it('does not look into a branch that a known condition never takes', async () => {
    expect(await errors('fn main() { let v1: usize = 18446744073709551615; let mut v2: usize = 1; if v2 > v1 { let v3 = v2 - v1; } }')).toEqual([]);
    expect(await errors('fn main() { let a: u8 = 1; let b: u8 = 2; if a < b { let c = a - b; } }')).toEqual([
      `1:62 ${OVERFLOW} — attempt to compute \`1_u8 - 2_u8\`, which would overflow`,
    ]);
  });

  it('reports every one of them, in each function', async () => {
    expect(await errors('fn main() { let a = [255u8, 1]; let y = a[0] + 1; let i = 1; let z = a[i] - 2; }')).toEqual([
      `1:41 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`,
      `1:70 ${OVERFLOW} — attempt to compute \`1_u8 - 2_u8\`, which would overflow`,
    ]);
    expect(await errors('fn f(x: u8) -> u8 { x + 1 }\nfn main() { let x = 255u8; let y = x.wrapping_add(1); let z = f(255); let w = 255u8 + 1; }')).toEqual([
      `2:79 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`,
    ]);
  });

  // Where rustc does not know the value, the program compiles and panics when it runs.
  it.each([
    // `println!` borrows `x`: a borrowed local is never known.
    ['fn main() { let x: u8 = 255; let y = x + 1; println!("{} {}", x, y); }'],
    ['fn main() { let mut x: u8 = 255; x += 1; println!("{}", x); }'],
    ['fn main() { let x: u8 = 255; let y = &x; let z = x + 1; }'],
    // Assigned twice: known only up to the end of rustc's basic block (a checked operation, a call, a branch).
    ['fn main() { let mut x: u8 = 255; let z = 3 + 4; x += 1; println!("{}", z); }'],
    ['fn main() { let mut x: u8 = 255; println!("hi"); x += 1; }'],
    ['fn main() { let mut x: u8 = 255; if true { x += 1; } }'],
    ['fn main() { let b = true; let x: i8 = if b { 127 } else { 0 }; let y = x + 1; }'],
    // After `x /= c`, `x %= c`, `x <<= c` or `x >>= c`, rustc knows nothing of `x` (it does after `x += c`).
    ['fn main() { let mut v0: i8 = 3; v0 /= 1; let v2 = v0 * 127; }'],
    ['fn main() { let mut v0: i8 = 3; v0 <<= 1; let v2 = v0 * 127; }'],
    // A Vec's length is not in its type.
    ['fn main() { let s = 5usize; let v = vec![1, 2, 3]; let x = v[s]; }'],
  ])('compiles: %s', async (src) => {
    expect(await errors(src)).toEqual([]);
  });

  it('stays quiet in a body where the borrow checker failed, and reports it in the others', async () => {
    expect(await errors('fn main() { let s = String::new(); let t = s; let u = s; let x: u8 = 255; let y = x + 1; }')).toEqual([
      expect.stringMatching(/^1:55 \[E0382\] use of moved value/),
    ]);
    expect(await errors('fn f() { let s = String::new(); let t = s; let u = s; }\nfn main() { let x: u8 = 255; let y = x + 1; }')).toEqual([
      expect.stringMatching(/^1:52 \[E0382\] use of moved value/),
      `2:38 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`,
    ]);
  });

  it('a program that only looks like it overflows runs and panics as rustc builds it', async () => {
    const engine = await getEngine();
    const r = engine.run('fn main() {\n    let mut x: u8 = 255;\n    x += 1;\n    println!("{}", x);\n}', { fileName: 'main.rs' });
    expect(r.ok).toBe(true);
    expect(r.trace!.exitCode).toBe(101);
  });
});

describe('overflowing literals', () => {
  it('reports a literal that does not fit its type, with rustc\'s note', async () => {
    const engine = await getEngine();
    const src = [
      'fn main() {',
      '    let a = 256 as u8;',
      '    let b = 0x1FFu8;',
      '    let c: i8 = 0xFF;',
      '    let d: f32 = 1e40;',
      '    let e: i8 = -129;',
      '    match a { 300 => {}, _ => {} }',
      '    let g: u8 = 0b1_0000_0000;',
      '    let h: i64 = 9223372036854775808;',
      '    let ok: i8 = -128;',
      '}',
    ].join('\n');
    const ds = engine.check(src).diagnostics.filter((d) => d.severity === 'error');
    expect(ds.map((d) => `${d.span.line}:${d.span.col} ${d.message}`)).toEqual([
      '2:13 literal out of range for `u8`',
      '3:13 literal out of range for `u8`',
      '4:17 literal out of range for `i8`',
      '5:18 literal out of range for `f32`',
      '6:17 literal out of range for `i8`',
      '7:15 literal out of range for `u8`',
      '8:17 literal out of range for `u8`',
      '9:18 literal out of range for `i64`',
    ]);
    expect(ds.map((d) => d.notes[0])).toEqual([
      'note: the literal `256` does not fit into the type `u8` whose range is `0..=255`',
      'note: the literal `0x1FFu8` (decimal `511`) does not fit into the type `u8` and will become `255u8`',
      'note: the literal `0xFF` (decimal `255`) does not fit into the type `i8` and will become `-1i8`',
      'note: the literal `1e40` does not fit into the type `f32` and will be converted to `f32::INFINITY`',
      'note: the literal `-129` does not fit into the type `i8` whose range is `-128..=127`',
      'note: the literal `300` does not fit into the type `u8` whose range is `0..=255`',
      'note: the literal `0b1_0000_0000` (decimal `256`) does not fit into the type `u8` and will become `0u8`',
      'note: the literal `9223372036854775808` does not fit into the type `i64` whose range is `-9223372036854775808..=9223372036854775807`',
    ]);
  });

  it('comes after the known-panics errors, and only when the borrow checker passed', async () => {
    expect(await errors('fn main() { let x: u8 = 256; let y: u8 = 255; let z = y + 1; }')).toEqual([
      `1:55 ${OVERFLOW} — attempt to compute \`u8::MAX + 1_u8\`, which would overflow`,
      '1:25 literal out of range for `u8`',
    ]);
    expect(await errors('fn f() { let s = String::new(); let t = s; let u = s; }\nfn main() { let x: u8 = 256; }')).toEqual([
      expect.stringMatching(/^1:52 \[E0382\]/),
    ]);
  });
});

describe('operands are read in order, as rustc reads them into temporaries', () => {
  it('a value moved by an earlier operand cannot be used by a later one', async () => {
    expect(await errors('fn main() {\n    let v = vec![1, 2, 3];\n    let p = (v, v.len());\n}')).toEqual([
      '3:17 [E0382] borrow of moved value: `v` — value borrowed here after move',
    ]);
    expect(await errors('fn f(a: Vec<i32>, n: usize) {}\nfn main() {\n    let v = vec![1];\n    f(v, v.len());\n}')).toEqual([
      '4:10 [E0382] borrow of moved value: `v` — value borrowed here after move',
    ]);
    expect(await errors('fn main() {\n    let s = String::from("a");\n    let p = (s, &s);\n}')).toEqual([
      '3:17 [E0382] borrow of moved value: `s` — value borrowed here after move',
    ]);
  });

  it('a later operand cannot change a value already read', async () => {
    const engine = await getEngine();
    const r = engine.run('fn main() {\n    let mut x = 1;\n    let t = (x, { x += 1; x });\n    println!("{:?}", t);\n}');
    expect(r.trace!.stdout).toBe('(1, 2)\n');
  });
});
