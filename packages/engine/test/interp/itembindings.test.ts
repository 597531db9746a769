// A type parameter fixed only through another parameter's bound (`I: Iterator<Item = T>`,
// `C: Container<Item = i32>`, `T: Add<Output = T>`): inferred at the call, checked there (E0271),
// and what it means inside the body; `T: Add` alone gives `<T as Add>::Output` (E0308 where `T`
// is wanted). Expected output and errors are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

async function runsAs(source: string, stdout: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(0);
}

async function errors(source: string) {
  const r = (await getEngine()).check(source);
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.span.line, d.span.col, d.message]);
}

describe('a type parameter told by an associated-type binding', () => {
  it("infers T from the Item of std iterators, ranges, collections and the program's own iterator", async () => {
    await runsAs(`trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
}
struct Nums { v: Vec<i32> }
impl Container for Nums {
    type Item = i32;
    fn get(&self, i: usize) -> Option<&Self::Item> { self.v.get(i) }
}
fn first<C: Container<Item = i32>>(c: &C) -> i32 { *c.get(0).unwrap() + 1 }
fn first_w<C>(c: &C) -> i32 where C: Container<Item = i32> { c.get(1).copied().unwrap_or(0) }

struct Countdown(u32);
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.0 == 0 { None } else { self.0 -= 1; Some(self.0 + 1) } }
}
fn total<T: std::iter::Sum<T>, I: Iterator<Item = T>>(items: I) -> T { items.sum() }
fn total2<T, I>(items: I) -> T where I: IntoIterator<Item = T>, T: std::iter::Product<T> { items.into_iter().product() }
fn biggest<T: PartialOrd + Copy, I: IntoIterator<Item = T>>(items: I) -> Option<T> {
    let mut best = None;
    for x in items { match best { None => best = Some(x), Some(b) if x > b => best = Some(x), _ => {} } }
    best
}
fn apply<T, I: Iterator<Item = T>, F: Fn(T) -> T>(it: I, f: F) -> Vec<T> { it.map(f).collect() }
fn main() {
    let n = Nums { v: vec![4, 5] };
    println!("{} {}", first(&n), first_w(&n));
    println!("{}", total(Countdown(4)));
    println!("{}", total(1..=10));
    println!("{}", total(vec![1u8, 2].into_iter()));
    println!("{}", total([1.5f32, 2.0].iter().copied()));
    println!("{}", total2([2, 3, 4]));
    println!("{:?}", biggest(vec![3, 9, 2]));
    println!("{:?}", biggest(&vec![3, 9, 2]));
    println!("{:?}", biggest(["a", "c", "b"]));
    println!("{:?}", apply(vec![1, 2].into_iter(), |x| x * 10));
    println!("{:?}", apply("ab".chars(), |c| c.to_ascii_uppercase()));
}
`, "5 5\n10\n55\n3\n3.5\n24\nSome(9)\nSome(9)\nSome(\"c\")\n[10, 20]\n['A', 'B']\n");
  });

  it("sums into the program's own type through its impl Sum, in a generic body", async () => {
    await runsAs(`use std::iter::Sum;
use std::ops::Add;

// Implementing Sum lets .sum() work on an iterator of our own type.
#[derive(Debug, Clone, Copy, Default)]
struct Money {
    cents: i64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::default(), |a, b| a + b)
    }
}

fn total<T, I>(items: I) -> T
where
    I: IntoIterator<Item = T>,
    T: Sum<T>,
{
    items.into_iter().sum()
}

fn main() {
    let cart = vec![Money { cents: 250 }, Money { cents: 1999 }, Money { cents: 5 }];
    let m: Money = cart.iter().copied().sum();
    println!("{:?}", m);
    println!("{:?}", total(cart));
    println!("{}", total::<i32, _>(vec![1, 2, 3]));
    println!("{}", total([0.5f64, 0.25]));
}
`, "Money { cents: 2254 }\nMoney { cents: 2254 }\n6\n0.75\n");
  });

  it('gives T::default() and product() the inferred type', async () => {
    await runsAs(`fn zero<T: Default, I: Iterator<Item = T>>(_items: I) -> T { T::default() }
fn prod<T: std::iter::Product<T>, I: Iterator<Item = T>>(items: I) -> T { items.product() }
fn main() {
    println!("{}", zero(vec![0.5f64, 0.25].into_iter()));
    println!("{}", prod(vec![0.5f64, 0.25].into_iter()));
}
`, '0\n0.125\n');
  });

  it('reads C::Item as the bound says inside the body, in the signature too', async () => {
    await runsAs(`trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> { self.get(0) }
}
struct Nums { v: Vec<i32> }
impl Container for Nums {
    type Item = i32;
    fn get(&self, i: usize) -> Option<&Self::Item> { self.v.get(i) }
}
fn head<C: Container<Item = i32>>(c: &C) -> C::Item { *c.get(0).unwrap() }
fn head2<C>(c: &C) -> Option<&C::Item> where C: Container<Item = i32> { c.first() }
fn plus<C: Container<Item = i32>>(c: &C, x: C::Item) -> i32 { x + c.get(1).copied().unwrap_or(0) }
fn main() {
    let n = Nums { v: vec![4, 5] };
    println!("{} {:?} {}", head(&n), head2(&n), plus(&n, 10));
}
`, '4 Some(4) 15\n');
  });

  it("tells a closure's result through a Box<dyn Fn> or a reference passed for an impl Fn", async () => {
    await runsAs(`fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C {
    move |x| g(f(x))
}
fn main() {
    let add5 = |x: i32| x + 5;
    let half: Box<dyn Fn(i32) -> f64> = Box::new(|x| x as f64 / 2.0);
    let both = compose(add5, half);
    println!("{}", both(2));
    let shout = |s: String| s.to_uppercase();
    let both2 = compose(&shout, |s: String| s.len());
    println!("{}", both2(String::from("hey")));
}
`, '3.5\n3\n');
  });
});

describe("E0271: the argument's associated type is not the bound's", () => {
  it('a std iterator of another item', async () => {
    expect(await errors(`fn total<I: Iterator<Item = u32>>(it: I) -> u32 { it.sum() }
fn main() { let v: Vec<i64> = vec![1, 2]; println!("{}", total(v.into_iter())); }
`)).toEqual([['E0271', 2, 64, 'expected `impl Iterator<Item = i64>` to be an iterator that yields `u32`, but it yields `i64`']]);
  });

  it('a Vec for IntoIterator, also of a method', async () => {
    expect(await errors(`fn total<I: IntoIterator<Item = u32>>(it: I) -> u32 { it.into_iter().sum() }
fn main() { let v: Vec<i64> = vec![1, 2]; println!("{}", total(v)); }
`)).toEqual([['E0271', 2, 64, 'type mismatch resolving `<Vec<i64> as IntoIterator>::Item == u32`']]);
    expect(await errors(`struct Stats;
impl Stats {
    fn total<I: IntoIterator<Item = u32>>(&self, it: I) -> u32 { it.into_iter().sum() }
}
fn main() {
    let s = Stats;
    println!("{}", s.total(vec![1.5, 2.5]));
}
`)).toEqual([['E0271', 7, 28, 'type mismatch resolving `<Vec<{float}> as IntoIterator>::Item == u32`']]);
  });

  it("the program's own iterator", async () => {
    expect(await errors(`struct Countdown(u32);
impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.0 == 0 { None } else { self.0 -= 1; Some(self.0 + 1) } }
}
fn total<I: Iterator<Item = u64>>(it: I) -> u64 { it.sum() }
fn main() {
    println!("{}", total(Countdown(3)));
}
`)).toEqual([['E0271', 8, 26, 'expected `Countdown` to be an iterator that yields `u64`, but it yields `u32`']]);
  });

  it('a trait of the program whose impl gives another Item; the body itself is fine', async () => {
    expect(await errors(`// A container trait with an associated item type.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
}

struct Bag {
    things: Vec<String>,
}

impl Container for Bag {
    type Item = String;
    fn get(&self, i: usize) -> Option<&Self::Item> {
        self.things.get(i)
    }
}

// Sum the lengths of the first two items.
fn first_two<C: Container<Item = i32>>(c: &C) -> i32 {
    c.get(0).copied().unwrap_or(0) + c.get(1).copied().unwrap_or(0)
}

fn main() {
    let bag = Bag { things: vec!["a".to_string(), "bb".to_string()] };
    println!("{}", first_two(&bag));
}
`)).toEqual([['E0271', 25, 30, 'type mismatch resolving `<Bag as Container>::Item == i32`']]);
  });
});

describe('E0308: T: Add without Output = T gives <T as Add>::Output', () => {
  it('returned where T is wanted', async () => {
    expect(await errors(`fn add_pair<T: std::ops::Add>(a: T, b: T) -> T { a + b }
fn main() { println!("{}", add_pair(1, 2)); }
`)).toEqual([['E0308', 1, 50, 'mismatched types']]);
  });

  it("of an impl's parameter, and where a concrete type is wanted", async () => {
    expect(await errors(`use std::ops::Add;
struct Pair<T> { a: T, b: T }
impl<T: Add + Copy> Pair<T> { fn sum(&self) -> T { self.a + self.b } }
fn main() { let p = Pair { a: 1, b: 2 }; println!("{}", p.sum()); }
`)).toEqual([['E0308', 3, 52, 'mismatched types']]);
    expect(await errors(`use std::ops::Add;
fn twice<T: Add + Copy>(a: T) -> i32 { let c: i32 = a + a; c }
fn main() { println!("{}", twice(1)); }
`)).toEqual([['E0308', 2, 53, 'mismatched types']]);
  });

  it('runs Output bindings, and an output kept as it is', async () => {
    await runsAs(`use std::ops::{Add, Mul};
fn f<T: Add + Copy>(a: T, b: T) { let _c = a + b; println!("done"); }
fn g<T: Add<Output = T> + Copy + std::fmt::Display>(a: T, b: T) -> T { a + b }
fn h<T>(a: T, b: T) -> T::Output where T: Add, T::Output: std::fmt::Display { a + b }
fn k<T: Add<Output = U>, U>(a: T, b: T) -> U { a + b }
fn sq<T: Mul<Output = T> + Copy>(a: T) -> T { a * a }
fn sum_all<T: Add<Output = T> + Default + Copy>(xs: &[T]) -> T { let mut acc = T::default(); for &x in xs { acc = acc + x; } acc }
#[derive(Clone, Copy, Debug, Default)] struct P(i32);
impl Add for P { type Output = P; fn add(self, o: P) -> P { P(self.0 + o.0) } }
fn main() {
    f(1, 2);
    f(P(1), P(2));
    println!("{}", g(1.5, 2.0));
    println!("{}", h(3, 4));
    println!("{:?}", k(P(1), P(5)));
    println!("{}", k(1u8, 2u8));
    println!("{}", sq(7));
    println!("{:?}", sum_all(&[P(1), P(2), P(3)]));
}
`, "done\ndone\n3.5\n7\nP(6)\n3\n49\nP(6)\n");
    await runsAs(`use std::ops::Add;
fn f<T: Add + Copy>(a: T, b: T) -> usize { let c = a + b; let r = std::mem::size_of_val(&c); drop(c); r }
fn main() {
    println!("{}", f(1u8, 2));
    println!("{}", f(1.0, 2.0));
}
`, '1\n8\n');
  });
});
