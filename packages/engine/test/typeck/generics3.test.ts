// Generic code teachers write, as rustc 1.95 checks and runs it: one generic trait implemented twice
// for a type, the impl chosen by the argument's type (check.ts, implByCall); default type parameters
// on the program's structs and traits (items.ts, withTraitDefaults); an impl's unconstrained
// parameter (E0207); methods and mismatches of an unbounded type parameter; and a `collect` whose
// type must be known at a method call (E0282). Outputs, codes, lines, columns and messages are rustc's.
import { describe, expect, it } from 'vitest';
import { errorsOf as errors, runsAs } from '../support/run.js';

describe('one generic trait implemented twice for a type: the argument chooses the impl', () => {
  it('a suffixed literal, an unsuffixed one only one impl takes, a local and a reference', async () => {
    await runsAs(`trait Scale<F> { fn scale(&self, by: F) -> u32; }
struct Mm(u32);
impl Scale<u32> for Mm { fn scale(&self, by: u32) -> u32 { self.0 * by } }
impl Scale<f64> for Mm { fn scale(&self, by: f64) -> u32 { (self.0 as f64 * by) as u32 } }
fn main() { let a = Mm(10); println!("{}", a.scale(3u32)); println!("{}", a.scale(0.5f64)); println!("{}", a.scale(3)); println!("{}", a.scale(0.5)); let f = 2.0; println!("{}", a.scale(f)); let r = &a; println!("{}", r.scale(-1.5)); }
`, "30\n5\n30\n5\n20\n0\n");
  });

  it('an integer literal that several impls take falls back to i32; a typed local and a &str pick their own', async () => {
    await runsAs(`trait Scale<F> { fn scale(&self, by: F) -> i64; }
struct Mm(i64);
impl Scale<i32> for Mm { fn scale(&self, by: i32) -> i64 { self.0 * by as i64 } }
impl Scale<u64> for Mm { fn scale(&self, by: u64) -> i64 { self.0 * 100 * by as i64 } }
impl Scale<&str> for Mm { fn scale(&self, by: &str) -> i64 { self.0 + by.len() as i64 } }
fn main() {
    let a = Mm(2);
    let n: u64 = 3;
    println!("{} {} {} {}", a.scale(3), a.scale(n), a.scale("four"), a.scale(-1));
}
`, "6 600 6 -2\n");
  });

  it('an integer literal neither impl is for after the fallback to i32: E0277', async () => {
    expect(await errors(`trait Scale<F> { fn scale(&self, by: F) -> u32; }
struct Mm(u32);
impl Scale<u32> for Mm { fn scale(&self, by: u32) -> u32 { self.0 * by } }
impl Scale<u64> for Mm { fn scale(&self, by: u64) -> u32 { self.0 * by as u32 } }
fn main() {
    let a = Mm(10);
    println!("{}", a.scale(3));
}
`)).toEqual(['E0277 7:28 the trait bound `Mm: Scale<i32>` is not satisfied']);
  });

  it('an argument no impl takes: E0277 at the argument', async () => {
    expect(await errors(`trait Scale<F> { fn scale(&self, by: F) -> u32; }
struct Mm(u32);
impl Scale<u32> for Mm { fn scale(&self, by: u32) -> u32 { self.0 * by } }
impl Scale<f64> for Mm { fn scale(&self, by: f64) -> u32 { (self.0 as f64 * by) as u32 } }
fn main() {
    let a = Mm(10);
    println!("{}", a.scale("x"));
}
`)).toEqual(['E0277 7:28 the trait bound `Mm: Scale<&str>` is not satisfied']);
  });
});

describe('default type parameters on the program\'s own items', () => {
  it('struct Wrapper<T = i32>, struct Pair<A, B = A>, trait Scale<F = u32> with `impl Scale for Mm`', async () => {
    await runsAs(`use std::fmt::Debug;
#[derive(Debug)]
struct Wrapper<T = i32> { v: T }
struct Pair<A, B = A> { a: A, b: B }
trait Scale<F = u32> { fn scale(&self, by: F) -> u32; }
struct Mm(u32);
impl Scale for Mm { fn scale(&self, by: u32) -> u32 { self.0 * by } }
impl Scale<f64> for Mm { fn scale(&self, by: f64) -> u32 { (self.0 as f64 * by) as u32 } }
fn twice<S: Scale>(s: &S) -> u32 { s.scale(2) }
fn show(w: Wrapper) -> i32 { w.v + 1 }
fn dbg<T: Debug>(w: &Wrapper<T>) { println!("{:?}", w); }
fn main() {
    let w: Wrapper = Wrapper { v: 41 };
    println!("{}", show(w));
    let s = Wrapper { v: "hi" };
    dbg(&s);
    let p: Pair<u8> = Pair { a: 1, b: 2 };
    println!("{}", p.a + p.b);
    let m = Mm(7);
    println!("{} {} {}", twice(&m), m.scale(3), m.scale(0.5));
    let d: &dyn Scale = &m;
    println!("{}", d.scale(4));
}
`, "42\nWrapper { v: \"hi\" }\n3\n14 21 3\n28\n");
  });

  it('the Book\'s Add<Rhs = Self> beside a trait of the program with a default', async () => {
    await runsAs(`use std::ops::Add;

// Add has a default type parameter: Rhs = Self.
// Here we use both the default and a custom right-hand side.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Millimeters(u32);

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

impl Add for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Millimeters) -> Millimeters {
        Millimeters(self.0 + other.0)
    }
}

impl Add<Meters> for Millimeters {
    type Output = Millimeters;
    fn add(self, other: Meters) -> Millimeters {
        Millimeters(self.0 + other.0 * 1000)
    }
}

// Our own trait with a default generic parameter.
trait Scale<Factor = u32> {
    fn scale(&self, by: Factor) -> Self;
}

impl Scale for Millimeters {
    fn scale(&self, by: u32) -> Self {
        Millimeters(self.0 * by)
    }
}

impl Scale<f64> for Millimeters {
    fn scale(&self, by: f64) -> Self {
        Millimeters((self.0 as f64 * by) as u32)
    }
}

fn main() {
    let a = Millimeters(250);
    let b = Millimeters(750);
    println!("{:?}", a + b);
    println!("{:?}", a + Meters(2));
    println!("{:?}", a.scale(3u32));
    println!("{:?}", a.scale(0.5f64));
    println!("equal? {}", a + b == Millimeters(1000));
}
`, "Millimeters(1000)\nMillimeters(2250)\nMillimeters(750)\nMillimeters(125)\nequal? true\n");
  });

  it('too many arguments: E0107 "at most"', async () => {
    expect(await errors(`struct Wrapper<T = i32> { v: T }
fn main() {
    let w: Wrapper<i32, u8> = Wrapper { v: 41 };
    println!("{}", w.v);
}
`)).toEqual(['E0107 3:12 struct takes at most 1 generic argument but 2 generic arguments were supplied']);
  });

  it('a parameter without a default left out: E0107 "at least"', async () => {
    expect(await errors(`struct Pair<A, B = A> { a: A, b: B }
fn main() {
    let p: Pair = Pair { a: 1, b: 2 };
    println!("{}", p.a + p.b);
}
`)).toEqual(['E0107 3:12 missing generics for struct `Pair`']);
  });

  it('`impl Scale for Mm` is Scale<u32>: a float argument is E0308', async () => {
    expect(await errors(`trait Scale<F = u32> { fn scale(&self, by: F) -> u32; }
struct Mm(u32);
impl Scale for Mm { fn scale(&self, by: u32) -> u32 { self.0 * by } }
fn main() {
    let m = Mm(7);
    println!("{}", m.scale(0.5));
}
`)).toEqual(['E0308 6:28 mismatched types']);
  });
});

describe('E0207: an impl parameter neither the type nor the trait names', () => {
  it('impl<T> Counter', async () => {
    expect(await errors(`// A counter that should work with any kind of item.
struct Counter {
    count: usize,
}

impl<T> Counter {
    fn record(&mut self, _item: T) {
        self.count += 1;
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    c.record("apple");
    c.record("pear");
    println!("{}", c.count);
}
`)).toEqual(['E0207 6:6 the type parameter `T` is not constrained by the impl trait, self type, or predicates']);
  });

  it('impl<T, U> Tr<T> for S; a parameter named by a bound\'s `Item = T` is constrained', async () => {
    expect(await errors(`trait Tr<A> { fn f(&self) {} }
struct S;
impl<T, U> Tr<T> for S {}
impl<T: Clone, I: Iterator<Item = T>> Tr<u8> for I {}
fn main() {}
`)).toEqual(['E0207 3:9 the type parameter `U` is not constrained by the impl trait, self type, or predicates']);
  });
});

describe('an unbounded type parameter', () => {
  it('v.to_string() on T: E0599', async () => {
    expect(await errors(`fn label<T>(v: T) -> String { v.to_string() }
fn main() { println!("{}", label(5)); }
`)).toEqual(['E0599 1:33 no method named `to_string` found for type parameter `T` in the current scope']);
  });

  it('items[0].clone() on T: E0599', async () => {
    expect(await errors(`fn first<T>(items: &Vec<T>) -> T { items[0].clone() }
fn main() { println!("{}", first(&vec![1])); }
`)).toEqual(['E0599 1:45 no method named `clone` found for type parameter `T` in the current scope']);
  });

  it('v.clone() on T: E0599', async () => {
    expect(await errors(`fn g<T>(v: T) -> T { let c = v.clone(); c }
fn main() { }
`)).toEqual(['E0599 1:32 no method named `clone` found for type parameter `T` in the current scope']);
  });

  it('&T returned as T: E0308', async () => {
    expect(await errors(`fn g<T>(v: &T) -> T { v }
fn main() { println!("{}", g(&1)); }
`)).toEqual(['E0308 1:23 mismatched types']);
  });

  it('Vec<&T> returned as Vec<T>: E0308', async () => {
    expect(await errors(`fn g<T>(v: Vec<&T>) -> Vec<T> { v }
fn main() { }
`)).toEqual(['E0308 1:33 mismatched types']);
  });

  it('item.clone() of a &T is a &T: a Vec<&T> is not the Vec<T> returned (E0308)', async () => {
    expect(await errors(`// Keep a copy of each item before changing the list.
fn backup<T>(items: &Vec<T>) -> Vec<T> {
    let mut copy = Vec::new();
    for item in items {
        copy.push(item.clone());
    }
    copy
}

fn main() {
    let original = vec![String::from("a"), String::from("b")];
    let saved = backup(&original);
    println!("{:?} {:?}", original, saved);
}
`)).toEqual(['E0308 7:5 mismatched types']);
  });
});

describe('a collect or sum whose type must be known at a method call: E0282', () => {
  it('let words = ...collect(); words.len()', async () => {
    expect(await errors(`// Collect the words of a sentence, then count them.
fn main() {
    let sentence = "the quick brown fox jumps over the lazy dog";
    let words = sentence.split_whitespace().collect();
    println!("{} words", words.len());
}
`)).toEqual(['E0282 4:9 type annotations needed']);
  });

  it('...collect().len() without a let', async () => {
    expect(await errors(`fn main() {
    let s = "a b";
    let n = s.split(' ').collect().len();
    println!("{}", n);
}
`)).toEqual(['E0282 3:26 type annotations needed']);
  });

  it('let total = ...sum(); total.pow(2)', async () => {
    expect(await errors(`fn main() {
    let s = "1 2";
    let total = s.split(' ').map(|x| x.len()).sum();
    println!("{}", total.pow(2));
}
`)).toEqual(['E0282 3:9 type annotations needed']);
  });
});
