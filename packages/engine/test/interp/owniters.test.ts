// The program's own iterators and std's iterator constructors: what `collect` can build from any
// iterator (a range, your own, an `impl Iterator`), which types a `for` loop can walk, and
// `std::iter::repeat_with`/`repeat_n`. Outputs, codes and positions are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

const EVENS = `struct Evens {
    n: u32,
}

impl Iterator for Evens {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n >= 6 { None } else { self.n += 2; Some(self.n) }
    }
}
`;

const diags = (src: string) => getEngine().then((e) => e.check(src).diagnostics.map((d) => [d.code, d.span.line, d.span.col, d.message]));
const NOT_FROM_U32 = 'a value of type `Vec<String>` cannot be built from an iterator over elements of type `u32`';

describe('collect checks FromIterator whatever the iterator is', () => {
  it('a range: E0277 at the range itself, as rustc points', async () => {
    const src = `fn main() {
    let labels: Vec<String> = (0..3u32).collect();
    let more: Vec<String> = (1..=3u32).collect();
    let r = 0..3u32;
    let held: Vec<String> = r.collect();
    println!("{:?} {:?} {:?}", labels, more, held);
}
`;
    expect(await diags(src)).toEqual([
      ['E0277', 2, 32, NOT_FROM_U32],
      ['E0277', 3, 30, NOT_FROM_U32],
      ['E0277', 5, 31, NOT_FROM_U32],
    ]);
  });

  it('your own iterator, an `impl Iterator`, a `Box<dyn Iterator>` and a generic `I: Iterator`: E0277 at collect', async () => {
    const src = `${EVENS}
fn evens() -> impl Iterator<Item = u32> { Evens { n: 0 } }
fn boxed() -> Box<dyn Iterator<Item = u32>> { Box::new(Evens { n: 0 }) }
fn gen<I: Iterator<Item = u32>>(it: I) -> Vec<String> { it.collect() }
fn main() {
    let own: Vec<String> = Evens { n: 0 }.collect();
    let a: Vec<String> = evens().collect();
    let b: Vec<String> = boxed().collect();
    println!("{:?} {:?} {:?} {:?}", own, a, b, gen(Evens { n: 0 }));
}
`;
    expect(await diags(src)).toEqual([
      ['E0277', 14, 60, NOT_FROM_U32],
      ['E0277', 16, 43, NOT_FROM_U32],
      ['E0277', 17, 34, NOT_FROM_U32],
      ['E0277', 18, 34, NOT_FROM_U32],
    ]);
  });

  it('still collects what fits, and learns the element type from the target', async () => {
    const r = (await getEngine()).run(`${EVENS}
fn main() {
    let a: Vec<u64> = (1..4).collect();
    let b: Vec<u32> = Evens { n: 0 }.collect();
    let c: std::collections::HashSet<u32> = (0..3).collect();
    let s: String = ('a'..='e').collect();
    let big = a[0] * 10_000_000_000;
    println!("{:?} {:?} {} {} {}", a, b, c.len(), s, big);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('[1, 2, 3] [2, 4, 6] 3 abcde 10000000000\n');
  });
});

describe('a for loop over a type of the program that does not iterate', () => {
  it('`&Bag` with only `impl IntoIterator for Bag`: E0277 at the iterated expression', async () => {
    const src = `struct Bag {
    items: Vec<u8>,
}

impl IntoIterator for Bag {
    type Item = u8;
    type IntoIter = std::vec::IntoIter<u8>;
    fn into_iter(self) -> Self::IntoIter {
        self.items.into_iter()
    }
}

fn main() {
    let bag = Bag { items: vec![3, 1, 4] };
    for x in &bag {
        println!("{}", x);
    }
    println!("still have {} items", bag.items.len());
}
`;
    expect(await diags(src)).toEqual([['E0277', 15, 14, '`&Bag` is not an iterator']]);
  });

  it('a struct with no impl, `&mut` of it, a shared reference to your iterator, an enum', async () => {
    const src = `${EVENS}
struct Bag { items: Vec<u8> }
enum E { A }
fn main() {
    let mut bag = Bag { items: vec![3, 1, 4] };
    for x in bag { println!("{}", x); }
    for x in &mut bag { println!("{}", x); }
    let c = Evens { n: 0 };
    for x in &c { println!("{}", x); }
    for _ in E::A {}
}
`;
    expect(await diags(src)).toEqual([
      ['E0277', 16, 14, '`Bag` is not an iterator'],
      ['E0277', 17, 14, '`&mut Bag` is not an iterator'],
      ['E0277', 19, 14, '`&Evens` is not an iterator'],
      ['E0277', 20, 14, '`E` is not an iterator'],
    ]);
  });

  it('runs the forms that do iterate: `impl IntoIterator for &Bag`, your iterator by value', async () => {
    const r = (await getEngine()).run(`${EVENS}
struct Bag { items: Vec<u8> }
impl<'a> IntoIterator for &'a Bag {
    type Item = &'a u8;
    type IntoIter = std::slice::Iter<'a, u8>;
    fn into_iter(self) -> Self::IntoIter { self.items.iter() }
}
fn main() {
    let bag = Bag { items: vec![3, 1, 4] };
    for x in &bag { print!("{} ", x); }
    for x in (Evens { n: 0 }) { print!("{} ", x); }
    println!("{}", bag.items.len());
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('3 1 4 2 4 6 3\n');
  });
});

describe('std::iter::repeat_with and repeat_n', () => {
  it('repeat_with calls the closure for every item', async () => {
    const r = (await getEngine()).run(`use std::iter::repeat_with;

fn main() {
    let mut size = 1;
    let sizes: Vec<usize> = repeat_with(|| {
        let s = size;
        size *= 2;
        s
    })
    .take(6)
    .collect();
    println!("buffer sizes: {:?}", sizes);

    let labels: Vec<String> = repeat_with(|| String::from("row"))
        .take(3)
        .enumerate()
        .map(|(i, s)| format!("{}{}", s, i))
        .collect();
    println!("{:?}", labels);
    let ones = std::iter::repeat_with(|| 1).take(2).collect::<Vec<u8>>();
    let names: Vec<String> = std::iter::repeat_with(String::new).take(2).collect();
    println!("{:?} {:?}", ones, names);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('buffer sizes: [1, 2, 4, 8, 16, 32]\n["row0", "row1", "row2"]\n[1, 1] ["", ""]\n');
  });

  it('repeat_n clones n - 1 times and gives the value itself last; with 0 it drops it at once', async () => {
    const r = (await getEngine()).run(`use std::iter;

#[derive(Clone, Debug)]
struct Tok(u8);
impl Drop for Tok {
    fn drop(&mut self) { println!("drop {}", self.0); }
}

fn main() {
    let v: Vec<Tok> = iter::repeat_n(Tok(1), 3).collect();
    println!("{:?}", v);
    let none: Vec<Tok> = iter::repeat_n(Tok(2), 0).collect();
    println!("{}", none.len());
    let mut it = iter::repeat_n(Tok(3), 2);
    let first = it.next();
    println!("{:?}", first);
    drop(it);
    println!("end");
    let mut r = iter::repeat_with(|| Tok(9));
    let a = r.next();
    println!("{:?}", a);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('[Tok(1), Tok(1), Tok(1)]\ndrop 2\n0\nSome(Tok(3))\ndrop 3\nend\nSome(Tok(9))\ndrop 9\ndrop 3\ndrop 1\ndrop 1\ndrop 1\n');
  });
});
