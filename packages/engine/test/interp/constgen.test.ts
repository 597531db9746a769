// Const generics as teaching code uses them: `struct Grid<const N: usize>`, `impl<const N: usize>`,
// `fn sum<const N: usize>(a: [i32; N])`, turbofish arguments (`Grid::<3>`, `sum::<3>`), `N` as a
// value, `[0; N]`, a default (`Buffer<const CAP: usize = 4>`), impls for one length (`impl Mat<2>`).
// Outputs, error codes, lines and messages are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';
import type { MemoryEvent } from '../../src/events/schema.js';
import { parseRust } from '../../src/syntax/parse.js';
import { loadNodeRustParser } from '../../src/node.js';

/** Runs `source` and expects what rustc's binary does: no diagnostic, and `stdout`. */
async function runsAs(source: string, stdout: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(0);
  return r;
}

/** The errors of `source` as [code, line, col, message, first label]. */
async function errorsOf(source: string) {
  const r = (await getEngine()).check(source);
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.span.line, d.span.col, d.message, d.labels.find((l) => l.primary)?.message ?? '']);
}

describe('const generic items that run', () => {
  it('a matrix whose shape is in its type: transpose swaps the parameters, R and C are values', async () => {
    await runsAs(`#[derive(Debug, Clone, Copy)]
struct Matrix<const R: usize, const C: usize> {
    data: [[i32; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    fn transpose(&self) -> Matrix<C, R> {
        let mut out = [[0; R]; C];
        for r in 0..R {
            for c in 0..C {
                out[c][r] = self.data[r][c];
            }
        }
        Matrix { data: out }
    }

    fn shape(&self) -> (usize, usize) {
        (R, C)
    }
}

fn sum<const N: usize>(a: [i32; N]) -> i32 {
    let mut total = 0;
    for x in a {
        total += x;
    }
    total
}

fn main() {
    let m = Matrix { data: [[1, 2, 3], [4, 5, 6]] };
    let t = m.transpose();
    println!("{:?} {:?}", m.shape(), t.shape());
    println!("{:?}", t.data);
    println!("{} {} {}", sum([1, 2, 3]), sum([10; 5]), sum::<0>([]));
    println!("{}", std::mem::size_of::<Matrix<2, 3>>());
}
`, '(2, 3) (3, 2)\n[[1, 4], [2, 5], [3, 6]]\n6 50 0\n24\n');
  });

  it('a default const argument for a type written without one, a turbofish for the other', async () => {
    await runsAs(`struct Buffer<const CAP: usize = 4> {
    bytes: [u8; CAP],
    used: usize,
}

impl<const CAP: usize> Buffer<CAP> {
    fn new() -> Self {
        Buffer { bytes: [0; CAP], used: 0 }
    }

    fn push(&mut self, b: u8) -> Result<(), String> {
        if self.used == CAP {
            return Err(format!("full (capacity {})", CAP));
        }
        self.bytes[self.used] = b;
        self.used += 1;
        Ok(())
    }
}

fn main() {
    let mut small: Buffer = Buffer::new();
    let mut large = Buffer::<6>::new();
    for b in 1..=5 {
        println!("{:?} {:?}", small.push(b), large.push(b * 10));
    }
    println!("{:?} {:?}", small.bytes, &large.bytes[..large.used]);
}
`, 'Ok(()) Ok(())\nOk(()) Ok(())\nOk(()) Ok(())\nOk(()) Ok(())\nErr("full (capacity 4)") Ok(())\n[1, 2, 3, 4] [10, 20, 30, 40, 50]\n');
  });

  it('impls for one length (`impl Mat<2>`, `impl Mat<3>`) and a trait impl whose argument has the length (`Mul<[i32; N]>`)', async () => {
    await runsAs(`use std::ops::Mul;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Mat<const N: usize> {
    m: [[i32; N]; N],
}

impl<const N: usize> Mat<N> {
    fn identity() -> Self {
        let mut m = [[0; N]; N];
        for i in 0..N {
            m[i][i] = 1;
        }
        Mat { m }
    }
}

impl Mat<2> {
    fn det(&self) -> i32 {
        self.m[0][0] * self.m[1][1] - self.m[0][1] * self.m[1][0]
    }
}

impl Mat<3> {
    fn det(&self) -> i32 {
        let m = &self.m;
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
            + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    }
}

impl<const N: usize> Mul<[i32; N]> for Mat<N> {
    type Output = [i32; N];
    fn mul(self, v: [i32; N]) -> [i32; N] {
        let mut out = [0; N];
        for i in 0..N {
            out[i] = (0..N).map(|k| self.m[i][k] * v[k]).sum();
        }
        out
    }
}

fn main() {
    let rot = Mat::<2> { m: [[0, -1], [1, 0]] };
    println!("{:?} {}", rot * [1, 2], rot.det());
    let a = Mat { m: [[2, 0, 1], [1, 3, 2], [1, 1, 1]] };
    println!("{} {:?}", a.det(), Mat::<3>::identity() * [7, 8, 9]);
    println!("{}", a == Mat::identity());
}
`, '[-2, 1] 1\n0 [7, 8, 9]\nfalse\n');
  });

  it('N told by an annotation or a pattern; a slice into an array (`try_into`) and `std::array::from_fn`', async () => {
    await runsAs(`fn first<const N: usize>(items: &[i32]) -> Option<[i32; N]> {
    if items.len() < N {
        return None;
    }
    let head: [i32; N] = items[..N].try_into().unwrap();
    Some(head)
}

fn main() {
    let scores = vec![90, 85, 77, 64];
    println!("{:?}", first::<3>(&scores));
    let pair: Option<[i32; 2]> = first(&scores);
    println!("{:?} {:?}", pair, first::<9>(&scores));
    if let Some([a, b, c, d]) = first(&scores) {
        println!("{}", a + b + c + d);
    }
    let r: Result<[i32; 3], _> = scores[..2].try_into();
    println!("{:?}", r);
    let squares: [usize; 5] = std::array::from_fn(|i| i * i);
    println!("{:?}", squares);
}
`, 'Some([90, 85, 77])\nSome([90, 85]) None\n316\nErr(TryFromSliceError(()))\n[0, 1, 4, 9, 16]\n');
  });

  it('shows the type with its argument (`Grid<3>`) in the memory view', async () => {
    const r = await runsAs(`struct Grid<const N: usize> {
    cells: [[char; N]; N],
}

fn main() {
    let g = Grid::<3> { cells: [['.'; 3]; 3] };
    let rows = g.cells.len();
    println!("{}", rows);
}
`, '3\n');
    const seq = eventsOf(r.trace!);
    const inits: Extract<MemoryEvent, { kind: 'local_init' }>[] = [];
    for (let i = 0; i < seq.length; i++) {
      const e = seq.at(i)!;
      if (e.kind === 'local_init') inits.push(e);
    }
    const g = inits.find((e) => e.name === 'g')!;
    expect(g.ty).toBe('Grid<3>');
    expect(g.size).toBe(36);
  });

  it('each instance has its own `&N`; a temporary written in two branches is no promoted constant', async () => {
    await runsAs(`use std::fmt::Write;

fn one<const N: usize>() -> &'static usize {
    &N
}

fn main() {
    let (a, b) = (one::<3>(), one::<5>());
    println!("{} {}", a, b);
    let mut s = String::new();
    for bit in [true, false, true] {
        write!(s, "{}", if bit { 1 } else { 0 }).unwrap();
    }
    println!("{}", s);
}
`, '3 5\n101\n');
  });
});

describe('const generic errors, as rustc reports them', () => {
  it('E0308 for an array of another length given where N is already known', async () => {
    expect(await errorsOf(`fn dot<const N: usize>(a: [f64; N], b: [f64; N]) -> f64 {
    let mut acc = 0.0;
    for i in 0..N {
        acc += a[i] * b[i];
    }
    acc
}

fn main() {
    let u = [1.0, 2.0, 3.0];
    println!("{}", dot(u, [1.0, 1.0]));
}
`)).toEqual([['E0308', 11, 27, 'mismatched types', 'expected an array with a size of 3, found one with a size of 2']]);
  });

  it('E0308 between two instances of one struct: the arguments that differ, the types in a note', async () => {
    const r = (await getEngine()).check(`#[derive(Debug, PartialEq)]
struct Code<const N: usize>([u8; N]);

fn main() {
    let pin = Code([1, 2, 3, 4]);
    let short = Code([1, 2, 3]);
    println!("{}", pin == short);
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.span.col, d.labels[0].message, d.notes])).toEqual([
      ['E0308', 7, 27, 'expected `4`, found `3`', ['note: expected struct `Code<4>`\n   found struct `Code<3>`']],
    ]);
  });

  it('E0599 for a method of another length only, with where it was found', async () => {
    const r = (await getEngine()).check(`struct Vector<const N: usize>([i32; N]);

impl Vector<3> {
    fn cross(&self, o: &Vector<3>) -> Vector<3> {
        let [a1, a2, a3] = self.0;
        let [b1, b2, b3] = o.0;
        Vector([a2 * b3 - a3 * b2, a3 * b1 - a1 * b3, a1 * b2 - a2 * b1])
    }
}

fn main() {
    let flat = Vector([1, 2]);
    let _ = flat.cross(&flat);
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.span.col, d.message, d.notes])).toEqual([
      ['E0599', 13, 18, 'no method named `cross` found for struct `Vector<2>` in the current scope', ['note: the method was found for\n- `Vector<3>`']],
    ]);
  });

  it('E0284 for each use of a const parameter nothing tells, at the binding', async () => {
    expect(await errorsOf(`struct Board<const N: usize> {
    tiles: [u8; N],
}

impl<const N: usize> Board<N> {
    fn empty() -> Self {
        Board { tiles: [0; N] }
    }

    fn size(&self) -> usize {
        N
    }
}

fn main() {
    let board = Board::empty();
    println!("{}", board.size());
}
`)).toEqual([
      ['E0284', 16, 9, 'type annotations needed for `Board<_>`', ''],
      ['E0284', 16, 9, 'type annotations needed for `Board<_>`', ''],
      ['E0284', 16, 9, 'type annotations needed for `Board<_>`', ''],
    ]);
  });

  it('a const parameter in an operation of a type (`[u8; N + 1]`): no code, at the parameter', async () => {
    expect(await errorsOf(`struct Padded<const N: usize> {
    data: [u8; N + 1],
}

fn main() {}
`)).toEqual([[null, 2, 16, 'generic parameters may not be used in const operations', 'cannot perform const operation using `N`']]);
  });

  it('E0730 for an array pattern on a generic length, E0747 for a type where a value is expected', async () => {
    expect(await errorsOf(`struct Grid<const N: usize> {
    cells: [u8; N],
}

fn first<const N: usize>(a: [i32; N]) -> i32 {
    let [x, ..] = a;
    x
}

fn main() {
    let g: Grid<i32> = Grid { cells: [0; 3] };
    println!("{}", first([1, 2]));
}
`)).toEqual([
      ['E0730', 6, 9, 'cannot pattern-match on an array without a fixed length', ''],
      ['E0747', 11, 17, 'type provided when a constant was expected', ''],
    ]);
  });
});

describe('parsing const parameters and arguments', () => {
  it('keeps a const parameter among the type parameters, in order, with its type and default', async () => {
    const r = parseRust(await loadNodeRustParser(), 'struct S<T, const N: usize = 4>([T; N]);\nfn main() { let s = S::<u8, 2>([1, 2]); }\n');
    expect(r.diagnostics).toEqual([]);
    const s = r.crate.items[0];
    if (s.kind !== 'struct') throw new Error('expected a struct');
    expect(s.generics.types.map((t) => [t.name.name, t.konst ? 'const' : 'type'])).toEqual([['T', 'type'], ['N', 'const']]);
    expect(s.generics.types[1].konst?.default).toMatchObject({ kind: 'lit', lit: { kind: 'int', value: 4n } });
  });
});
