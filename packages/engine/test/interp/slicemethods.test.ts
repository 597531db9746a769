// Slice methods std gives through `SliceIndex`, `Join` and slice patterns (get with a range, join of
// slices, starts_with/strip_prefix, fill_with, chunks_exact_mut, retain_mut), associated functions
// of one concrete impl of a generic type (`Door::new()` from `impl Door<Closed>`), and the item type
// of a generic function's `impl Iterator` at its call site. Outputs and error codes are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { validateTrace } from '../../src/events/validate.js';

async function run(source: string): Promise<string | undefined> {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.exitCode).toBe(0);
  return r.trace?.stdout;
}

async function errors(source: string): Promise<string[]> {
  const d = (await getEngine()).check(source).diagnostics.filter((x) => x.severity === 'error');
  return d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`);
}

describe('get and get_mut with a range', () => {
  it('give a subslice, or None where the range does not fit', async () => {
    expect(await run(`fn main() {
    let mut v = vec![1, 2, 3, 4, 5];
    let r = 1..3;
    println!("{:?} {:?} {:?}", v.get(r), v.get(..=1), v.get(4..9));
    if let Some(s) = v.get_mut(3..) {
        s[0] = 40;
        s[1] += 1;
    }
    println!("{:?}", v);
    let arr = [10u8, 20, 30];
    let sl = &arr[..];
    println!("{:?} {:?} {:?}", arr.get(1..=2), sl.get(3..), sl.get(2));
    let s = String::from("hello");
    println!("{:?} {:?}", s.get(0..2), "world".get(1..));
}
`)).toBe('Some([2, 3]) Some([1, 2]) None\n[1, 2, 3, 40, 6]\nSome([20, 30]) Some([]) Some(30)\nSome("he") Some("orld")\n');
  });

  it('borrow the Vec as get(i) does', async () => {
    expect(await errors(`fn main() {
    let mut v = vec![1, 2, 3];
    let head = v.get(..2).unwrap();
    v.push(4);
    println!("{:?}", head);
}
`)).toEqual(['E0502 4:5 cannot borrow `v` as mutable because it is also borrowed as immutable']);
  });

  it('take ranges of usize only (E0277), and a position gives an element (E0308)', async () => {
    expect(await errors(`fn main() {
    let v = vec![1, 2, 3];
    let a: i32 = 1;
    println!("{:?}", v.get(a..));
    println!("{:?}", v.get(a));
    let x: Option<&[i32]> = v.get(0);
    println!("{:?}", x);
}
`)).toEqual([
      'E0277 4:28 the type `[{integer}]` cannot be indexed by `std::ops::RangeFrom<i32>`',
      'E0277 5:28 the type `[{integer}]` cannot be indexed by `i32`',
      'E0308 6:29 mismatched types',
    ]);
  });
});

describe('join of slices', () => {
  it('puts an element or a slice between them, cloning each', async () => {
    expect(await run(`fn main() {
    let grid = [[1, 2], [3, 4], [5, 6]];
    println!("{:?}", grid.join(&0));
    let rows = vec![vec![1, 2], vec![3], vec![]];
    println!("{:?}", rows.join(&[7, 8][..]));
    let names = vec![vec![String::from("a")], vec![String::from("b"), String::from("c")]];
    let sep = String::from("-");
    println!("{:?} {}", names.join(&sep), names.len());
    let arr = [1, 2, 3];
    println!("{:?} {}", [&arr[..1], &arr[1..]].join(&9), ["x", "y"].join("+"));
}
`)).toBe('[1, 2, 0, 3, 4, 0, 5, 6]\n[1, 2, 7, 8, 3, 7, 8]\n["a", "-", "b", "c"] 2\n[1, 9, 2, 3] x+y\n');
  });

  it('with an array as the separator is E0277, as in rustc', async () => {
    expect(await errors(`fn main() {
    let rows = vec![vec![1, 2], vec![3, 4]];
    let j = rows.join(&[0, 0]);
    println!("{:?}", j);
}
`)).toEqual(['E0277 3:18 the trait bound `Vec<{integer}>: Borrow<[[{integer}; 2]]>` is not satisfied']);
  });
});

describe('more slice and Vec methods', () => {
  it('starts_with, ends_with, strip_prefix and strip_suffix compare whole elements', async () => {
    expect(await run(`fn main() {
    let packet: &[u8] = &[0xCA, 0xFE, 0x01, 0xFF];
    println!("{} {} {}", packet.starts_with(&[0xCA, 0xFE]), packet.ends_with(&[0xFF]), packet.starts_with(&[]));
    let route = vec!["api", "v1", "users"];
    println!("{:?} {:?}", route.strip_prefix(&["api", "v1"]), route.strip_prefix(&["v1"]));
    println!("{:?} {}", route.strip_suffix(&["users"]), route.ends_with(&route));
}
`)).toBe('true true true\nSome(["users"]) None\nSome(["api", "v1"]) true\n');
  });

  it('fill_with calls the closure once per element, dropping the old one', async () => {
    expect(await run(`#[derive(Debug)]
struct Loud(&'static str);
impl Drop for Loud {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn main() {
    let mut slots = vec![Loud("x"), Loud("y")];
    let mut n = 0;
    slots.fill_with(|| { n += 1; if n == 1 { Loud("one") } else { Loud("two") } });
    println!("{:?}", slots);
    let mut ids = [0u32; 3];
    ids.fill_with(|| { n += 100; n });
    println!("{:?}", ids);
}
`)).toBe('drop x\ndrop y\n[Loud("one"), Loud("two")]\n[102, 202, 302]\ndrop one\ndrop two\n');
  });

  it('chunks_exact_mut leaves the short chunk alone; retain_mut keeps the changed elements', async () => {
    expect(await run(`fn main() {
    let mut bytes = [1, 2, 3, 4, 5, 6, 7];
    for c in bytes.chunks_exact_mut(3) {
        c.reverse();
    }
    println!("{:?}", bytes);
    let mut lives = vec![3, 1, 2, 1];
    lives.retain_mut(|l| {
        *l -= 1;
        *l > 0
    });
    println!("{:?}", lives);
}
`)).toBe('[3, 2, 1, 6, 5, 4, 7]\n[2, 1]\n');
  });
});

describe('an associated function of one concrete impl of a generic type', () => {
  it('is found through the type name alone, which then takes its arguments', async () => {
    expect(await run(`struct Door<S> { s: S }
impl Door<u8> { fn new() -> Self { Door { s: 1 } } }
impl Door<u16> { fn make() -> Self { Door { s: 2 } } }
impl<T> Door<T> { fn get(self) -> T { self.s } }
fn main() {
    let d = Door::new();
    let e = Door::make();
    println!("{} {}", d.get(), e.get());
}
`)).toBe('1 2\n');
  });

  it('is E0034 where two impls have it, even with the type annotated', async () => {
    expect(await errors(`struct Door<S> { s: S }
impl Door<u8> { fn new() -> Self { Door { s: 1 } } }
impl Door<u16> { fn new() -> Self { Door { s: 2 } } }
fn main() {
    let d: Door<u8> = Door::new();
    println!("{}", d.s);
}
`)).toEqual(['E0034 5:29 multiple applicable items in scope']);
  });
});

describe('impl Iterator returned by a generic function', () => {
  it('yields the types of the caller', async () => {
    expect(await run(`fn evens<T>(items: &[T]) -> impl Iterator<Item = &T> {
    items.iter().step_by(2)
}
fn pairs<T: Clone>(items: &[T]) -> impl Iterator<Item = (T, T)> + '_ {
    items.windows(2).map(|w| (w[0].clone(), w[1].clone()))
}
fn main() {
    let picked: Vec<&char> = evens(&['a', 'b', 'c']).collect();
    let shown: Vec<String> = evens(&[1, 2, 3]).map(|n| n.to_string()).collect();
    println!("{:?} {:?}", picked, shown);
    let p: Vec<(String, String)> = pairs(&[String::from("p"), String::from("q")]).collect();
    println!("{:?}", p);
}
`)).toBe('[\'a\', \'c\'] ["1", "3"]\n[("p", "q")]\n');
  });
});

describe('an empty Vec borrowed as a slice', () => {
  it('points at no block (std dangling pointer), and its trace stays valid', async () => {
    const r = (await getEngine()).run(`fn total(xs: &[i32]) -> i32 { xs.iter().sum() }
fn main() {
    let v: Vec<i32> = Vec::new();
    let s = &v[..];
    println!("{} {}", total(s), total(&v));
}
`);
    expect(r.trace?.stdout).toBe('0 0\n');
    const trace = r.trace!;
    const borrows = trace.events.filter((e) => e.kind === 'borrow');
    for (const b of borrows) if (b.kind === 'borrow') expect(b.of.block ?? 0).toBeGreaterThanOrEqual(0);
    const checked = validateTrace(JSON.parse(JSON.stringify({ ...trace, events: trace.events })));
    expect(checked.ok ? 'ok' : checked.error).toBe('ok');
  });
  it('is what Default gives a slice reference, so mem::take of a &mut [T] leaves an empty one', async () => {
    const r = (await getEngine()).run(`fn main() {
    let mut data = [1, 2, 3];
    let mut s: &mut [i32] = &mut data[..];
    let t = std::mem::take(&mut s);
    t[0] = 10;
    println!("{} {}", t.len(), s.len());
    let r: &[i32] = Default::default();
    println!("{:?} {}", r, r.is_empty());
    println!("{:?}", data);
}
`);
    expect(r.trace?.stdout).toBe('3 0\n[] true\n[10, 2, 3]\n');
    const checked = validateTrace(JSON.parse(JSON.stringify({ ...r.trace!, events: r.trace!.events })));
    expect(checked.ok ? 'ok' : checked.error).toBe('ok');
  });
});

describe("std's chunk and window iterator types written by name", () => {
  it('Chunks, Windows and ChunksExactMut as results and annotations', async () => {
    expect(await run(`use std::slice::Windows;
fn rows(v: &Vec<i32>) -> std::slice::Chunks<'_, i32> { v.chunks(2) }
fn pairs<'a>(v: &'a [i32]) -> Windows<'a, i32> { v.windows(2) }
fn halves(v: &mut [u8]) -> std::slice::ChunksExactMut<'_, u8> { v.chunks_exact_mut(2) }
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    println!("{}", rows(&v).count());
    for w in pairs(&v) { print!("{} ", w[1] - w[0]); }
    println!();
    let mut bytes = [1u8, 2, 3, 4, 5];
    for h in halves(&mut bytes) { h.swap(0, 1); }
    let it: std::slice::Chunks<i32> = v.chunks(3);
    println!("{:?} {:?}", bytes, it.collect::<Vec<_>>());
}
`)).toBe('3\n1 1 1 1 \n[2, 1, 4, 3, 5] [[1, 2, 3], [4, 5]]\n');
  });
});

describe("a slice's split by a predicate", () => {
  it('gives the runs between the picked elements, one by one, with std size hints', async () => {
    expect(await run(`fn main() {
    let v = vec![1, 0, 2, 3, 0, 0, 4];
    for part in v.split(|x| *x == 0) {
        println!("{:?}", part);
    }
    let sums: Vec<i32> = v.split(|&x| x == 0).map(|p| p.iter().sum()).collect();
    println!("{:?} {}", sums, sums.capacity());
    let arr = [5, 6];
    println!("{:?}", arr.split(|x| *x > 100).collect::<Vec<_>>());
    let e: [i32; 0] = [];
    println!("{:?} {:?}", e.split(|_| true).count(), v.split(|x| *x == 0).size_hint());
}
`)).toBe(`[1]
[2, 3]
[]
[4]
[1, 5, 0, 4] 4
[[5, 6]]
1 (1, Some(8))
`);
  });
});
