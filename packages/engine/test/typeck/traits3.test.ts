// Trait errors rustc 1.95 finds in programs that teach traits: impls that overlap (E0119, typeck/items.ts,
// checkImplConflicts), impl methods whose receiver or parameters are not the trait's (E0053,
// checkMethodInputs), `dyn Trait` without its associated types (E0191, checkDynAssocTys), a trait method
// called on an unbounded type parameter (E0599, check.ts reportNoMethod) and a supertrait the type
// lacks, asked again at each call (E0277, supertraitsUnmetAt). Codes, lines, columns and messages are rustc's.
import { describe, expect, it } from 'vitest';
import { errorsOf as errors, runsAs } from '../support/run.js';

describe('E0119: conflicting implementations', () => {
  it('a blanket impl for every Display type beside one for i32', async () => {
    expect(await errors(`use std::fmt::Display;

// A blanket impl already covers i32, so a second impl conflicts.
trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("value {}", self)
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the integer {}", self)
    }
}

fn main() {
    println!("{}", 7.describe());
    println!("{}", "seven".describe());
}
`)).toEqual(['E0119 14:1 conflicting implementations of trait `Describe` for type `i32`']);
  });

  it('the same impl twice, a generic one covering a concrete one, two for any type, a std trait twice', async () => {
    expect(await errors(`use std::fmt::Display;
trait Tr { fn f(&self) -> u32 { 1 } }
trait Conv<T> { fn c(&self) -> u32 { 1 } }
trait Any2 { fn a(&self) -> u32 { 1 } }
struct S;
struct W<T>(T);
impl Tr for i32 {}
impl<T: Display> Tr for T {}
impl Conv<u8> for S {}
impl Conv<u8> for S {}
impl<T> Conv<T> for W<T> {}
impl Conv<u8> for W<u8> {}
impl<T: Copy> Any2 for T {}
impl Any2 for String {}
impl Display for S { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "s") } }
impl Display for S { fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result { write!(f, "s") } }
fn main() {}
`)).toEqual([
      'E0119 8:1 conflicting implementations of trait `Tr` for type `i32`',
      'E0119 10:1 conflicting implementations of trait `Conv<u8>` for type `S`',
      'E0119 12:1 conflicting implementations of trait `Conv<u8>` for type `W<u8>`',
      'E0119 14:1 conflicting implementations of trait `Any2` for type `String`',
      'E0119 16:1 conflicting implementations of trait `std::fmt::Display` for type `S`',
    ]);
  });

  it('two blanket impls for any type', async () => {
    expect(await errors(`use std::fmt::{Debug, Display};
trait Tr { fn f(&self) -> u32 { 1 } }
impl<T: Display> Tr for T {}
impl<T: Debug> Tr for T {}
fn main() {}
`)).toEqual(['E0119 4:1 conflicting implementations of trait `Tr`']);
  });

  it('no conflict: a local type without the bound, other trait arguments, other types, a reference', async () => {
    await runsAs(`use std::fmt::Display;
trait Describe { fn describe(&self) -> String; }
impl<T: Display> Describe for T {
    fn describe(&self) -> String { format!("value {}", self) }
}
struct Point { x: i32, y: i32 }
impl Describe for Point {
    fn describe(&self) -> String { format!("point ({}, {})", self.x, self.y) }
}
trait Convert<T> { fn convert(&self) -> T; }
struct Meters(u32);
impl Convert<u8> for Meters { fn convert(&self) -> u8 { self.0 as u8 } }
impl Convert<u16> for Meters { fn convert(&self) -> u16 { self.0 as u16 } }
trait Loud { fn shout(&self) -> String; }
trait Named { fn name(&self) -> String; }
struct Wrap<T>(T);
impl<T: Loud> Named for Wrap<T> { fn name(&self) -> String { self.0.shout() } }
impl Named for Wrap<Point> { fn name(&self) -> String { String::from("wrapped point") } }
impl Named for Point { fn name(&self) -> String { String::from("point") } }
impl Named for &Point { fn name(&self) -> String { String::from("ref point") } }
fn main() {
    println!("{}", 7.describe());
    println!("{}", Point { x: 1, y: 2 }.describe());
    let m = Meters(300);
    let a: u8 = m.convert();
    let b: u16 = m.convert();
    println!("{} {}", a, b);
    println!("{}", Wrap(Point { x: 0, y: 0 }).name());
    let p = Point { x: 3, y: 4 };
    println!("{} {}", p.name(), (&p).name());
}
`, 'value 7\npoint (1, 2)\n44 300\nwrapped point\npoint point\n');
  });
});

describe("E0053: an impl method's receiver or parameter is not the trait's", () => {
  it('&mut self for &self', async () => {
    expect(await errors(`// The impl takes &mut self where the trait says &self.
trait Counter {
    fn current(&self) -> u32;
    fn bump(&mut self);
}

struct Clicks {
    n: u32,
}

impl Counter for Clicks {
    fn current(&mut self) -> u32 {
        self.n
    }
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let mut c = Clicks { n: 0 };
    c.bump();
    c.bump();
    println!("clicks: {}", c.current());
}
`)).toEqual(['E0053 12:16 method `current` has an incompatible type for trait']);
  });

  it('self for &self and back, a parameter by reference or of another type, the first difference only', async () => {
    expect(await errors(`trait Counter {
    fn current(&self) -> u32;
    fn take(self) -> u32;
    fn add(&mut self, by: u32);
    fn put(&mut self, by: &u32);
    fn mk(x: u32) -> Self;
    fn two(&self, a: u32, b: u8) -> u32;
}
struct Clicks { n: u32 }
impl Counter for Clicks {
    fn current(self) -> u32 { self.n }
    fn take(&self) -> u32 { self.n }
    fn add(&mut self, by: &u32) { self.n += by; }
    fn put(&mut self, by: &mut u32) { self.n += *by; }
    fn mk(x: u64) -> Self { Clicks { n: x as u32 } }
    fn two(&mut self, a: u8, b: u32) -> u8 { a }
}
fn main() {}
`)).toEqual([
      'E0053 11:16 method `current` has an incompatible type for trait',
      'E0053 12:13 method `take` has an incompatible type for trait',
      'E0053 13:27 method `add` has an incompatible type for trait',
      'E0053 14:27 method `put` has an incompatible type for trait',
      'E0053 15:14 method `mk` has an incompatible type for trait',
      'E0053 16:12 method `two` has an incompatible type for trait',
    ]);
  });

  it('no error: associated types, other lifetime names, impl Trait arguments, Self by its name', async () => {
    await runsAs(`use std::fmt::Debug;
trait Store {
    type Item;
    fn put(&mut self, item: Self::Item);
    fn first(&self) -> Option<&Self::Item>;
    fn merge(&mut self, other: Self);
    fn label<'a>(&self, prefix: &'a str) -> String;
    fn show(&self, extra: impl Debug) -> String;
}
#[derive(Debug)]
struct Bag { items: Vec<u32> }
impl Store for Bag {
    type Item = u32;
    fn put(&mut self, item: u32) { self.items.push(item); }
    fn first(&self) -> Option<&u32> { self.items.first() }
    fn merge(&mut self, other: Bag) { self.items.extend(other.items); }
    fn label<'b>(&self, prefix: &'b str) -> String { format!("{}{}", prefix, self.items.len()) }
    fn show(&self, extra: impl Debug) -> String { format!("{:?} {:?}", self.items, extra) }
}
trait Tagged { fn tag(&self) -> String { String::from("tagged") } }
impl<T> Tagged for T {}
fn tag_of<T>(x: &T) -> String { x.tag() }
fn main() {
    let mut b = Bag { items: vec![] };
    b.put(4);
    b.merge(Bag { items: vec![5, 6] });
    println!("{:?} {} {}", b.first(), b.label("n="), b.show(1));
    println!("{}", tag_of(&b));
}
`, 'Some(4) n=3 [4, 5, 6] 1\ntagged\n');
  });
});

describe('E0191: a trait object without its associated types', () => {
  it('Box<dyn Iterator>', async () => {
    expect(await errors(`// A boxed iterator must say what it yields.
fn numbers(descending: bool) -> Box<dyn Iterator> {
    if descending {
        Box::new((1..=5).rev())
    } else {
        Box::new(1..=5)
    }
}

fn main() {
    for n in numbers(true) {
        println!("{:?}", n);
    }
}
`)).toContain('E0191 2:41 the value of the associated type `Item` in `Iterator` must be specified');
  });

  it("the program's trait with two associated types, &mut dyn Iterator", async () => {
    expect(await errors(`trait Container { type Item; type Key; fn get(&self) -> Option<Self::Item>; }
fn a(c: &dyn Container) {}
fn b(c: &mut dyn Iterator) {}
fn main() {}
`)).toEqual([
      'E0191 2:14 the value of the associated types `Item` and `Key` in `Container` must be specified',
      'E0191 3:18 the value of the associated type `Item` in `Iterator` must be specified',
    ]);
  });
});

describe("E0599: a trait's method on a type parameter that is not bound by it", () => {
  it('it.score() on &T, twice', async () => {
    expect(await errors(`// A generic function that forgets to state the bound it relies on.
trait Scored {
    fn score(&self) -> u32;
}

struct Essay {
    words: u32,
}

impl Scored for Essay {
    fn score(&self) -> u32 {
        self.words / 100
    }
}

fn best<T>(items: &[T]) -> u32 {
    let mut top = 0;
    for it in items {
        if it.score() > top {
            top = it.score();
        }
    }
    top
}

fn main() {
    let essays = [Essay { words: 850 }, Essay { words: 1200 }];
    println!("best score {}", best(&essays));
}
`)).toEqual([
      'E0599 19:15 no method named `score` found for reference `&T` in the current scope',
      'E0599 20:22 no method named `score` found for reference `&T` in the current scope',
    ]);
  });

  it('on T and on &mut T; a blanket impl gives its method to every T', async () => {
    expect(await errors(`trait Scored { fn score(&self) -> u32; }
trait Named { fn name(&self) -> u32 { 1 } }
impl<T> Named for T {}
struct Essay;
impl Scored for Essay { fn score(&self) -> u32 { 1 } }
fn best<T>(it: T, r: &mut T) -> u32 { it.score() + r.score() + it.name() }
fn main() { let mut e = Essay; println!("{}", best(Essay, &mut e)); }
`)).toEqual([
      'E0599 6:42 no method named `score` found for type parameter `T` in the current scope',
      'E0599 6:54 no method named `score` found for mutable reference `&mut T` in the current scope',
    ]);
  });
});

describe('E0277: a supertrait the type lacks, at the impl and at each call of the trait\'s methods', () => {
  it('Named: Display without Display for Robot', async () => {
    expect(await errors(`use std::fmt;

// Named requires Display, but Robot never implements it.
trait Named: fmt::Display {
    fn serial(&self) -> u32;
    fn tag(&self) -> String {
        format!("{}-{}", self, self.serial())
    }
}

#[derive(Debug)]
struct Robot {
    serial: u32,
    model: String,
}

impl Named for Robot {
    fn serial(&self) -> u32 {
        self.serial
    }
}

fn main() {
    let r = Robot { serial: 42, model: "R2".to_string() };
    println!("{:?}", r);
    println!("{}", r.model);
    println!("{}", r.tag());
}
`)).toEqual([
      "E0277 17:16 `Robot` doesn't implement `std::fmt::Display`",
      "E0277 27:22 `Robot` doesn't implement `std::fmt::Display`",
    ]);
  });

  it('called by the trait\'s name: at the argument', async () => {
    expect(await errors(`use std::fmt;
trait Named: fmt::Display {
    fn serial(&self) -> u32;
    fn tag(&self) -> String { format!("{}-{}", self, self.serial()) }
}
struct Robot { serial: u32 }
impl Named for Robot { fn serial(&self) -> u32 { self.serial } }
fn main() {
    let r = Robot { serial: 42 };
    println!("{}", Named::tag(&r));
}
`)).toEqual([
      "E0277 7:16 `Robot` doesn't implement `std::fmt::Display`",
      "E0277 10:31 `Robot` doesn't implement `std::fmt::Display`",
    ]);
  });

  it("Debug, Clone and the program's trait, at required and provided methods", async () => {
    expect(await errors(`trait Other: std::fmt::Debug { fn o(&self) -> u32 { 1 } }
trait Dup: Clone { fn d(&self) -> u32 { 1 } }
trait Mine { fn m(&self) {} }
trait Sub: Mine { fn s(&self) -> u32 { 2 } fn s2(&self); }
struct Robot { serial: u32 }
impl Other for Robot {}
impl Dup for Robot {}
impl Sub for Robot { fn s2(&self) {} }
fn main() {
    let r = Robot { serial: 42 };
    println!("{} {}", r.o(), r.d());
    println!("{}", r.s());
    r.s2();
}
`)).toEqual([
      "E0277 6:16 `Robot` doesn't implement `Debug`",
      'E0277 7:14 the trait bound `Robot: Clone` is not satisfied',
      'E0277 8:14 the trait bound `Robot: Mine` is not satisfied',
      "E0277 11:25 `Robot` doesn't implement `Debug`",
      'E0277 11:32 the trait bound `Robot: Clone` is not satisfied',
      'E0277 12:22 the trait bound `Robot: Mine` is not satisfied',
      'E0277 13:7 the trait bound `Robot: Mine` is not satisfied',
    ]);
  });
});
