// Associated types of generic parameters in impls and struct definitions (`I::Item` of an
// `impl<I: Iterator>`, a field `Option<I::Item>`, `where I::Item: Clone` on an impl), and `impl Trait`
// nested in a returned tuple. Expected output and errors are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

/** Runs `source` and expects what rustc's binary does: no diagnostic, and `stdout`. */
async function runsAs(source: string, stdout: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(0);
}

/** Checks `source` and expects rustc's first error: its code and line. */
async function rejectsAs(source: string, code: string, line: number) {
  const r = (await getEngine()).check(source);
  expect(r.diagnostics.map((d) => [d.code, d.span.line])[0]).toEqual([code, line]);
}

describe('associated types of generic parameters in impls and structs', () => {
  it("runs the brief's adapter: `type Item = I::Item` in a generic impl of Iterator, collected", async () => {
    await runsAs(`struct W<I> { inner: I }
impl<I: Iterator> Iterator for W<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> { self.inner.next() }
}
fn main() { let v: Vec<i32> = W { inner: 1..4 }.collect(); println!("{:?}", v); }
`, `[1, 2, 3]
`);
  });

  it('runs a struct field of type `Option<I::Item>`, read from main as the concrete type', async () => {
    await runsAs(`// A struct field of type Option<I::Item>, read from main.
struct Last<I: Iterator> {
    inner: I,
    last: Option<I::Item>,
}

impl<I: Iterator> Last<I> {
    fn new(inner: I) -> Self {
        Last { inner, last: None }
    }
    fn pump(&mut self) -> bool {
        match self.inner.next() {
            Some(x) => {
                self.last = Some(x);
                true
            }
            None => false,
        }
    }
}

fn main() {
    let mut l = Last::new(vec![String::from("a"), String::from("b")].into_iter());
    while l.pump() {}
    let s: Option<String> = l.last;
    println!("{:?}", s);
    let mut n = Last::new(1..=3);
    n.pump();
    n.pump();
    let x: i32 = n.last.unwrap() * 10;
    println!("{}", x);
}
`, `Some("b")
20
`);
  });

  it('runs `<I as Iterator>::Item` and an impl-level `where I::Item: Debug`, through std adapters', async () => {
    await runsAs(`// The qualified form, and a where clause on the impl.
use std::fmt::Debug;

struct Tap<I> {
    inner: I,
    seen: usize,
}

impl<I> Iterator for Tap<I>
where
    I: Iterator,
    I::Item: Debug,
{
    type Item = <I as Iterator>::Item;
    fn next(&mut self) -> Option<<I as Iterator>::Item> {
        let x = self.inner.next()?;
        self.seen += 1;
        println!("tap #{}: {:?}", self.seen, x);
        Some(x)
    }
}

fn main() {
    let t = Tap { inner: vec!["x", "y", "z"].into_iter(), seen: 0 };
    let v: Vec<&str> = t.filter(|s| *s != "y").collect();
    println!("{:?}", v);
    let total: u64 = Tap { inner: (1..4u64).map(|n| n * n), seen: 0 }.sum();
    println!("total {}", total);
}
`, `tap #1: "x"
tap #2: "y"
tap #3: "z"
["x", "z"]
tap #1: 1
tap #2: 4
tap #3: 9
total 14
`);
  });

  it('runs a method-level `where I::Item: Display` and `Vec<I::Item>` fields over chars and slice items', async () => {
    await runsAs(`// A method-level where clause on an associated type, and a generic fn over the adapter.
use std::fmt::Display;

struct Buf<I: Iterator> {
    inner: I,
    held: Vec<I::Item>,
}

impl<I: Iterator> Buf<I> {
    fn fill(&mut self, n: usize) {
        for _ in 0..n {
            if let Some(x) = self.inner.next() {
                self.held.push(x);
            }
        }
    }
    fn show(&self) -> String
    where
        I::Item: Display,
    {
        let parts: Vec<String> = self.held.iter().map(|x| x.to_string()).collect();
        parts.join("+")
    }
    fn take_held(self) -> Vec<I::Item> {
        self.held
    }
}

fn make<I: Iterator>(inner: I) -> Buf<I> {
    Buf { inner, held: Vec::new() }
}

fn main() {
    let mut b = make("hello".chars());
    b.fill(3);
    println!("{}", b.show());
    let chars = b.take_held();
    println!("{:?}", chars);
    let mut c = make([10, 20, 30].iter());
    c.fill(5);
    println!("{}", c.show());
}
`, `h+e+l
['h', 'e', 'l']
10+20+30
`);
  });

  it('runs adapters of adapters, a `&mut` iterator as the inner one, and `it.next()` in a generic fn', async () => {
    await runsAs(`// Adapters stacked on adapters, and a reference to an iterator as the inner one.
struct Skip1<I> {
    inner: I,
    started: bool,
}

impl<I: Iterator> Iterator for Skip1<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> {
        if !self.started {
            self.started = true;
            self.inner.next();
        }
        self.inner.next()
    }
}

fn skip1<I: Iterator>(inner: I) -> Skip1<I> {
    Skip1 { inner, started: false }
}

fn count_all<I: Iterator>(mut it: I) -> usize {
    let mut n = 0;
    while let Some(_x) = it.next() {
        n += 1;
    }
    n
}

fn main() {
    let v: Vec<i32> = skip1(skip1(1..6)).collect();
    println!("{:?}", v);
    let mut src = vec![1, 2, 3, 4].into_iter();
    let first: Vec<i32> = skip1(&mut src).take(1).collect();
    println!("{:?} then {:?}", first, src.next());
    println!("{}", count_all(skip1("abc".chars())));
}
`, `[3, 4, 5]
[2] then Some(3)
2
`);
  });

  it('runs a hand-written peek: `Option<Option<I::Item>>` holding Strings', async () => {
    await runsAs(`// Peeking by hand: an Option<Option<I::Item>> field, items that own heap memory.
struct Peek<I: Iterator> {
    inner: I,
    peeked: Option<Option<I::Item>>,
}

impl<I: Iterator> Peek<I> {
    fn new(inner: I) -> Self {
        Peek { inner, peeked: None }
    }
    fn peek(&mut self) -> Option<&I::Item> {
        if self.peeked.is_none() {
            self.peeked = Some(self.inner.next());
        }
        self.peeked.as_ref().unwrap().as_ref()
    }
}

impl<I: Iterator> Iterator for Peek<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<Self::Item> {
        match self.peeked.take() {
            Some(p) => p,
            None => self.inner.next(),
        }
    }
}

fn main() {
    let words = vec![String::from("one"), String::from("two"), String::from("three")];
    let mut p = Peek::new(words.into_iter());
    println!("{:?}", p.peek());
    println!("{:?}", p.peek().map(|s| s.len()));
    let all: Vec<String> = p.collect();
    println!("{:?}", all);
}
`, `Some("one")
Some(3)
["one", "two", "three"]
`);
  });

  it('runs an `IntoIterator` bound: `C::Item` of a Vec and of a reference to an array', async () => {
    await runsAs(`// IntoIterator-bound parameter of a struct and impl.
struct Bag<C: IntoIterator> {
    items: C,
}

impl<C: IntoIterator> Bag<C> {
    fn first(self) -> Option<C::Item> {
        self.items.into_iter().next()
    }
}

fn main() {
    let b = Bag { items: vec![3, 4, 5] };
    println!("{:?}", b.first());
    let arr = [String::from("x"), String::from("y")];
    let r = Bag { items: &arr };
    let f: Option<&String> = r.first();
    println!("{:?}", f);
}
`, `Some(3)
Some("x")
`);
  });

  it("runs a program trait's `T::Output` in a struct field read from main, and a method's where clause on it", async () => {
    await runsAs(`// A program's trait: \`T::Output\` in a struct field, read from main, and a method's where clause on it.
trait Parser {
    type Output;
    fn parse(&self) -> Self::Output;
}

struct Digits;
impl Parser for Digits {
    type Output = u32;
    fn parse(&self) -> u32 {
        42
    }
}

struct Holder<T: Parser> {
    p: T,
    last: Option<T::Output>,
}

impl<T: Parser> Holder<T> {
    fn run(&mut self) -> Option<T::Output>
    where
        T::Output: Clone,
    {
        self.last = Some(self.p.parse());
        self.last.clone()
    }
}

fn main() {
    let mut h = Holder { p: Digits, last: None };
    println!("{:?}", h.run());
    let seen: Option<u32> = h.last;
    println!("{:?}", seen.map(|n| n + 1));
}
`, `Some(42)
Some(43)
`);
  });
});

describe('`impl Trait` inside a returned tuple', () => {
  it('runs a tuple of two `impl Fn` returned and destructured', async () => {
    await runsAs(`fn pair() -> (impl Fn() -> i32, impl Fn() -> i32) { (|| 1, || 2) }
fn main() { let (a, b) = pair(); println!("{} {}", a(), b()); }
`, `1 2
`);
  });

  it('runs `impl Iterator` and `impl Display` in tuples, nested tuples and a `return`', async () => {
    await runsAs(`use std::fmt::Display;

fn split(v: Vec<i32>) -> (impl Iterator<Item = i32>, usize) {
    let n = v.len();
    (v.into_iter().filter(|x| x % 2 == 0), n)
}

fn labels(early: bool) -> (impl Display, impl Fn(i32) -> i32) {
    let step = if early { 1 } else { 2 };
    if early {
        return (String::from("early"), move |x| x + step);
    }
    panic!("late")
}

fn adders() -> (impl Fn(i32) -> i32, (impl FnMut() -> u32, bool)) {
    let mut count = 0;
    (|x| x * 2, (move || { count += 1; count }, true))
}

fn main() {
    let (evens, n) = split(vec![1, 2, 3, 4, 6]);
    let v: Vec<i32> = evens.collect();
    println!("{:?} of {}", v, n);
    let (l, f) = labels(true);
    println!("{} {}", l, f(1));
    let (double, (mut tick, flag)) = adders();
    println!("{} {} {} {}", double(21), tick(), tick(), flag);
    let pair = labels(true);
    println!("{}", (pair.1)(9));
}
`, `[2, 4, 6] of 5
early 2
42 1 2 true
10
`);
  });
});

describe('rustc\'s errors around associated types stay', () => {
  it('rejects an item of the wrong type from `next`: E0308 at the value', async () => {
    await rejectsAs(`struct W<I> { inner: I }
impl<I: Iterator> Iterator for W<I> {
    type Item = I::Item;
    fn next(&mut self) -> Option<I::Item> { self.inner.next(); Some(5) }
}
fn main() { let v: Vec<i32> = W { inner: 1..4 }.take(2).collect(); println!("{:?}", v); }
`, 'E0308', 4);
  });

  it('rejects a field of type `Option<I::Item>` given a value of another type: E0308', async () => {
    await rejectsAs(`struct W<I: Iterator> { inner: I, last: Option<I::Item> }
fn main() { let w = W { inner: 1..4, last: Some("x") }; println!("{:?}", w.last); }
`, 'E0308', 2);
  });
});
