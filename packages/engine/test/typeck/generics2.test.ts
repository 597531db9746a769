// Generic code teachers write, as rustc 1.95 checks and runs it: bounds on a parameter's associated
// types in `where` clauses (typeck/items.ts, pushProjectionParams: `I::Item` is a hidden parameter of
// the fn that each call sets), `#[derive(Default)]` on generic structs (traits.ts, isBuiltinDefault),
// trait methods called by path on a generic receiver (check.ts, paramTraitMethod), and the program's
// own `impl Into`. Outputs, codes, lines, columns and messages are rustc's.
import { describe, expect, it } from 'vitest';
import { errorsOf as errors, runsAs } from '../support/run.js';

describe("a `where` clause on an associated type of a parameter (`I::Item: Display`, `T::Output: Debug`, `<I as Iterator>::Item: Clone`)", () => {
  it("for x in items, with I: IntoIterator and I::Item: Display", async () => {
    await runsAs(`use std::fmt::Display;
fn show_all<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    let mut out = String::new();
    for x in items {
        out.push_str(&format!("[{}]", x));
    }
    out
}
fn main() {
    println!("{}", show_all(vec![1, 2, 3]));
    println!("{}", show_all(["a", "b"]));
}
`, "[1][2][3]\n[a][b]\n");
  });

  it("items.into_iter().map(..) beside a where clause on plain parameters", async () => {
    await runsAs(`// Long bounds read better in a \`where\` clause.
use std::fmt::{Debug, Display};

fn report<T, U>(label: T, values: &[U]) -> String
where
    T: Display,
    U: Debug + PartialOrd,
{
    let mut above_first = 0;
    for v in values {
        if v > &values[0] {
            above_first += 1;
        }
    }
    format!("{}: {:?} ({} above the first)", label, values, above_first)
}

fn describe_all<I>(items: I) -> Vec<String>
where
    I: IntoIterator,
    I::Item: Display,
{
    items.into_iter().map(|x| format!("<{}>", x)).collect()
}

fn main() {
    println!("{}", report("marks", &[12, 15, 9, 20]));
    println!("{}", report(String::from("words"), &["kiwi", "apple", "plum"]));

    let tags = describe_all(vec![1, 2, 3]);
    println!("{}", tags.join(","));
    let tags = describe_all(["a", "b"]);
    println!("{}", tags.join(","));
}
`, "marks: [12, 15, 9, 20] (2 above the first)\nwords: [\"kiwi\", \"apple\", \"plum\"] (1 above the first)\n<1>,<2>,<3>\n<a>,<b>\n");
  });

  it("a generic caller passing its own J::Item on, a turbofish, Iterator's Item and a method's <I as IntoIterator>::Item", async () => {
    await runsAs(`use std::fmt::{Debug, Display};
use std::collections::HashMap;
fn show_all<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    let mut out = String::new();
    for x in items {
        out.push_str(&format!("[{}]", x));
    }
    out
}
fn outer<J>(j: J) -> String where J: IntoIterator, J::Item: Display { format!("<{}>", show_all(j)) }
fn count_debug<I: Iterator>(it: I) -> usize where I::Item: Debug {
    let mut n = 0;
    for x in it { println!("{:?}", x); n += 1; }
    n
}
struct Report { title: String }
impl Report {
    fn lines<I>(&self, rows: I) -> Vec<String> where I: IntoIterator, <I as IntoIterator>::Item: Display {
        rows.into_iter().map(|r| format!("{}: {}", self.title, r)).collect()
    }
}
fn main() {
    let v = vec![String::from("x"), String::from("y")];
    println!("{}", show_all(&v));
    println!("{}", outer(vec![1.5, 2.5]));
    println!("{}", show_all::<Vec<char>>(vec!['a']));
    let m: HashMap<i32, i32> = HashMap::new();
    println!("{}", count_debug(m.keys()) + count_debug(vec![(1, 'a')].into_iter()) + count_debug(1..3));
    let r = Report { title: String::from("row") };
    println!("{:?}", r.lines([3, 4]));
}
`, "[x][y]\n<[1.5][2.5]>\n[a]\n(1, 'a')\n1\n2\n3\n[\"row: 3\", \"row: 4\"]\n");
  });

  it("T::Output of std's Add, and <I as Iterator>::Item: Clone", async () => {
    await runsAs(`use std::fmt::Debug;
use std::ops::Add;
fn sum2<T>(a: T, b: T) -> T::Output where T: Add, T::Output: Debug { let s = a + b; println!("{:?}", s); s }
fn firsts<I>(it: I) -> Option<<I as Iterator>::Item> where I: Iterator, <I as Iterator>::Item: Clone { let mut it = it; let a = it.next()?; Some(a.clone()) }
fn main() {
    let n = sum2(2, 3);
    let f = sum2(1.5, 2.0);
    println!("{} {} {:?}", n, f, firsts(vec![7, 8].into_iter()));
}
`, "5\n3.5\n5 3.5 Some(7)\n");
  });

  it("comparisons, collect and enumerate over I::Item", async () => {
    await runsAs(`use std::fmt::Debug;
fn largest<I>(it: I) -> Option<I::Item> where I: Iterator, I::Item: PartialOrd + Copy {
    let mut best = None;
    for x in it {
        match best { None => best = Some(x), Some(b) if x > b => best = Some(x), _ => {} }
    }
    best
}
fn gather<I: Iterator>(it: I) -> Vec<I::Item> { it.collect() }
fn pairs<I>(items: I) -> Vec<(usize, I::Item)> where I: IntoIterator, I::Item: Debug + Clone {
    items.into_iter().enumerate().map(|(i, x)| { println!("{} {:?}", i, x); (i, x.clone()) }).collect()
}
fn main() {
    println!("{:?} {:?}", largest(vec![3, 9, 2].into_iter()), largest([1.5, 0.5].iter()));
    println!("{:?}", gather("abc".chars()));
    println!("{:?}", pairs(vec![String::from("a"), String::from("b")]));
}
`, "Some(9) Some(1.5)\n['a', 'b', 'c']\n0 \"a\"\n1 \"b\"\n[(0, \"a\"), (1, \"b\")]\n");
  });

  it("E0277 where the items lack Display, at the argument", async () => {
    expect(await errors(`use std::fmt::Display;
struct P { x: i32 }
fn show_all<I>(items: I) -> String
where
    I: IntoIterator,
    I::Item: Display,
{
    let mut out = String::new();
    for x in items {
        out.push_str(&format!("[{}]", x));
    }
    out
}
fn main() {
    println!("{}", show_all(vec![P { x: 1 }]));
}
`)).toEqual([
      "E0277 15:29 `P` doesn't implement `std::fmt::Display`",
    ]);
  });

  it("E0277 where an iterator's items lack Debug", async () => {
    expect(await errors(`use std::fmt::Debug;
fn count_debug<I: Iterator>(it: I) -> usize where I::Item: Debug {
    let mut n = 0;
    for _ in it { n += 1; }
    n
}
struct Plain;
fn main() {
    println!("{}", count_debug(vec![Plain].into_iter()));
}
`)).toEqual([
      "E0277 9:32 `Plain` doesn't implement `Debug`",
    ]);
  });
});

describe("`#[derive(Default)]` on a generic struct, and on an enum with a `#[default]` variant", () => {
  it("Stats<T> with Option<T> and Vec<T> fields, for i32 and String", async () => {
    await runsAs(`#[derive(Debug, Default, Clone, PartialEq)]
struct Stats<T> {
    count: usize,
    best: Option<T>,
    items: Vec<T>,
}
fn main() {
    let mut s: Stats<i32> = Stats::default();
    s.items.push(4);
    s.count += 1;
    s.best = Some(4);
    let t = Stats::<String>::default();
    println!("{:?} {:?}", s, t);
}
`, "Stats { count: 1, best: Some(4), items: [4] } Stats { count: 0, best: None, items: [] }\n");
  });

  it("an enum's #[default] unit variant, inside a generic struct made by Default::default() and a T: Default fn", async () => {
    await runsAs(`#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Level { Low, #[default] Mid, High }
#[derive(Debug, Default)]
struct Pair<A, B> { a: A, b: B, level: Level }
fn make<T: Default>() -> T { T::default() }
fn main() {
    let l = Level::default();
    let p: Pair<i32, String> = Default::default();
    let q = make::<Pair<bool, Vec<u8>>>();
    println!("{:?} {:?} {:?} {}", l, p, q, l == Level::High || l == Level::Low);
}
`, "Mid Pair { a: 0, b: \"\", level: Mid } Pair { a: false, b: [], level: Mid } false\n");
  });

  it("an argument with its own impl Default, a tuple, and a derived struct inside another", async () => {
    await runsAs(`#[derive(Debug, Default)]
struct Wrap<T> { inner: T, tag: Option<u8> }
#[derive(Debug)]
struct Seven(i32);
impl Default for Seven { fn default() -> Self { Seven(7) } }
fn fresh<T: Default>() -> Wrap<T> { Wrap::default() }
fn main() {
    let a: Wrap<Seven> = Wrap::default();
    let b = fresh::<(u8, bool)>();
    let c: Wrap<Wrap<char>> = Default::default();
    println!("{:?} {:?} {:?}", a, b, c);
}
`, "Wrap { inner: Seven(7), tag: None } Wrap { inner: (0, false), tag: None } Wrap { inner: Wrap { inner: '\\0', tag: None }, tag: None }\n");
  });

  it("E0599 for Stats::<NoDefault>::default(): the derive bounds T by Default", async () => {
    expect(await errors(`#[derive(Debug, Default)]
struct Stats<T> {
    count: usize,
    best: Option<T>,
}
struct NoDefault;
fn main() {
    let s = Stats::<NoDefault>::default();
    println!("{}", s.count);
}
`)).toEqual([
      "E0599 8:33 the function or associated item `default` exists for struct `Stats<NoDefault>`, but its trait bounds were not satisfied",
    ]);
  });

  it("E0277 for Default::default() into Wrap<Plain>", async () => {
    expect(await errors(`#[derive(Debug, Default)]
struct Wrap<T> { inner: T }
struct Plain;
fn main() {
    let w: Wrap<Plain> = Default::default();
    let _ = w;
}
`)).toEqual([
      "E0277 5:26 the trait bound `Plain: Default` is not satisfied",
    ]);
  });
});

describe("a trait's method called by path on a generic receiver", () => {
  it("Shape::area(s) with s: &S, Shape::name(s) with s: S, S::name(s)", async () => {
    await runsAs(`trait Shape { fn area(&self) -> f64; fn name(self) -> String where Self: Sized; }
#[derive(Clone, Copy)]
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn name(self) -> String { format!("sq {}", self.0) } }
fn total<S: Shape + Copy>(shapes: &[S]) -> f64 { shapes.iter().map(|s| Shape::area(s)).sum() }
fn label<S: Shape>(s: S) -> String { Shape::name(s) }
fn label2<S: Shape>(s: S) -> String { S::name(s) }
fn main() { println!("{} {} {}", total(&[Sq(1.0), Sq(2.0)]), label(Sq(3.0)), label2(Sq(4.0))); }
`, "5 sq 3 sq 4\n");
  });

  it("<S as Shape>::name(&s), a default method, T::area beside Shape::area", async () => {
    await runsAs(`trait Shape { fn area(&self) -> f64; fn name(&self) -> String { String::from("shape") } }
struct Sq(f64);
struct Circle(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } fn name(&self) -> String { format!("sq {}", self.0) } }
impl Shape for Circle { fn area(&self) -> f64 { 3.0 * self.0 * self.0 } }
fn describe<S: Shape>(s: S) -> String { format!("{} {}", <S as Shape>::name(&s), <S as Shape>::area(&s)) }
fn twice<T>(t: &T) -> f64 where T: Shape { Shape::area(t) + T::area(t) }
fn main() { println!("{} | {} | {}", describe(Sq(2.0)), describe(Circle(1.0)), twice(&Sq(3.0))); }
`, "sq 2 4 | shape 3 | 18\n");
  });

  it("in a blanket impl over S: Shape, which a Box<dyn Drawable> is not: its calls go through the vtable", async () => {
    await runsAs(`trait Shape { const SIDES: u32; fn area(&self) -> f64; }
trait Drawable { fn area(&self) -> f64; fn label(&self) -> String; }
#[derive(Debug)]
struct Sq(f64);
impl Shape for Sq { const SIDES: u32 = 4; fn area(&self) -> f64 { self.0 * self.0 } }
impl<S: Shape + std::fmt::Debug> Drawable for S {
    fn area(&self) -> f64 { Shape::area(self) }
    fn label(&self) -> String { format!("{:?} with {} sides", self, S::SIDES) }
}
fn main() {
    let d: Vec<Box<dyn Drawable>> = vec![Box::new(Sq(2.0)), Box::new(Sq(0.5))];
    for x in &d { println!("{} {}", x.area(), x.label()); }
    let a = &d[0];
    println!("{}", a.area());
}
`, "4 Sq(2.0) with 4 sides\n0.25 Sq(0.5) with 4 sides\n4\n");
  });

  it("E0277 where the parameter lacks the trait", async () => {
    expect(await errors(`trait Shape { fn area(&self) -> f64; }
struct Sq(f64);
impl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }
fn total<S: Clone>(s: &S) -> f64 { Shape::area(s) }
fn main() { println!("{}", total(&Sq(1.0)) + Shape::area(&Sq(2.0))); }
`)).toEqual([
      "E0277 4:48 the trait bound `S: Shape` is not satisfied",
      "E0277 5:34 the trait bound `Sq: Clone` is not satisfied",
    ]);
  });
});

describe("`impl Into<X> for Y` written by the program", () => {
  it("c.into() into the annotated type", async () => {
    await runsAs(`struct Celsius(f64);
struct Fahrenheit(f64);
impl Into<Fahrenheit> for Celsius {
    fn into(self) -> Fahrenheit { Fahrenheit(self.0 * 9.0 / 5.0 + 32.0) }
}
fn main() {
    let c = Celsius(100.0);
    let f: Fahrenheit = c.into();
    println!("{}", f.0);
}
`, "212\n");
  });

  it("beside From impls, std's Into for String and i64, and T: Into<Fahrenheit>", async () => {
    await runsAs(`struct Celsius(f64);
struct Fahrenheit(f64);
struct Kelvin(f64);
impl Into<Fahrenheit> for Celsius {
    fn into(self) -> Fahrenheit { Fahrenheit(self.0 * 9.0 / 5.0 + 32.0) }
}
impl From<Celsius> for Kelvin {
    fn from(c: Celsius) -> Kelvin { Kelvin(c.0 + 273.15) }
}
fn show<T: Into<Fahrenheit>>(t: T) -> f64 { t.into().0 }
fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    let k: Kelvin = Celsius(0.0).into();
    let s: String = "hi".into();
    let n: i64 = 5i32.into();
    println!("{} {} {} {} {}", f.0, k.0, s, n, show(Celsius(10.0)));
}
`, "212 273.15 hi 5 50\n");
  });

  it("two Into impls and a From: the target told by a later use", async () => {
    await runsAs(`#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);
#[derive(Debug)]
struct Kelvin(f64);
impl Into<Fahrenheit> for Celsius {
    fn into(self) -> Fahrenheit { Fahrenheit(self.0 * 9.0 / 5.0 + 32.0) }
}
impl Into<Kelvin> for Celsius {
    fn into(self) -> Kelvin { Kelvin(self.0 + 273.15) }
}
impl From<Kelvin> for Celsius {
    fn from(k: Kelvin) -> Celsius { Celsius(k.0 - 273.15) }
}
fn to_f<T: Into<Fahrenheit>>(t: T) -> Fahrenheit { t.into() }
fn main() {
    let a = Celsius(10.0).into();
    let b: Kelvin = a;
    let c = Celsius(20.0).into();
    let d: Fahrenheit = c;
    let back: Celsius = Kelvin(300.0).into();
    println!("{:?} {:?} {:?} {:?}", b, d, back, to_f(Celsius(0.0)));
}
`, "Kelvin(283.15) Fahrenheit(68.0) Celsius(26.850000000000023) Fahrenheit(32.0)\n");
  });

  it("the target told by a later let", async () => {
    await runsAs(`struct Celsius(f64);
struct Fahrenheit(f64);
impl Into<Fahrenheit> for Celsius {
    fn into(self) -> Fahrenheit { Fahrenheit(self.0 * 9.0 / 5.0 + 32.0) }
}
fn main() {
    let c = Celsius(1.0);
    let f = c.into();
    let g: Fahrenheit = f;
    println!("{}", g.0);
}
`, "33.8\n");
  });

  it("E0277 for a target neither impl gives", async () => {
    expect(await errors(`struct Celsius(f64);
struct Fahrenheit(f64);
struct Kelvin(f64);
impl Into<Fahrenheit> for Celsius {
    fn into(self) -> Fahrenheit { Fahrenheit(self.0 * 9.0 / 5.0 + 32.0) }
}
fn main() {
    let k: Kelvin = Celsius(1.0).into();
    println!("{}", k.0);
}
`)).toEqual([
      "E0277 8:34 the trait bound `Kelvin: From<Celsius>` is not satisfied",
    ]);
  });

  it("E0119 beside impl From<Celsius> for Fahrenheit, which std's blanket Into covers", async () => {
    expect(await errors(`struct Celsius(f64);
struct Fahrenheit(f64);
impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Fahrenheit { Fahrenheit(c.0 * 9.0 / 5.0 + 32.0) }
}
impl Into<Fahrenheit> for Celsius {
    fn into(self) -> Fahrenheit { Fahrenheit(self.0 * 9.0 / 5.0 + 32.0) }
}
fn main() {
    let f: Fahrenheit = Celsius(1.0).into();
    println!("{}", f.0);
}
`)).toEqual([
      "E0119 6:1 conflicting implementations of trait `Into<Fahrenheit>` for type `Celsius`",
    ]);
  });
});
