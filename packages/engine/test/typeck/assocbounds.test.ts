// Bounds on a trait's associated types (`type Reading: Display + Copy;`): generic code may use what they
// promise, an impl's type must meet them (E0277). Also operators with a number on the left of the
// program's type, and assignments through an `Index` without `IndexMut`. Outputs and codes are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { errorsOf } from '../support/run.js';

async function run(source: string): Promise<string | undefined> {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.exitCode).toBe(0);
  return r.trace?.stdout;
}

const errors = errorsOf;

describe('bounds on associated types', () => {
  it('a generic function prints, copies and clones what the bounds promise', async () => {
    expect(await run(`use std::fmt::Display;

trait Source {
    type Reading: Display + Copy;
    fn get(&self) -> Self::Reading;
}

trait Labelled {
    type Item: Display + Clone;
    fn item(&self) -> Self::Item;
}

struct Dial(u8);
struct Name(String);

impl Source for Dial {
    type Reading = u8;
    fn get(&self) -> u8 {
        self.0
    }
}

impl Labelled for Name {
    type Item = String;
    fn item(&self) -> String {
        self.0.clone()
    }
}

fn show<S: Source>(s: &S) {
    println!("{}", s.get());
    let r = s.get();
    let again = r;
    println!("{} {}", r, again);
}

fn twice<L: Labelled>(l: &L) -> String {
    let a = l.item();
    let b = a.clone();
    format!("{}-{}", a, b)
}

fn main() {
    show(&Dial(7));
    println!("{}", twice(&Name("ab".to_string())));
}`)).toBe('7\n7 7\nab-ab\n');
  });

  it("Debug, Copy and Into<f64> of S::Reading, with the impl's own types at run time", async () => {
    expect(await run(`use std::fmt::Debug;

// Using an associated type in a generic function's bounds.
trait Source {
    type Reading: Debug + Copy + Into<f64>;
    fn readings(&self) -> Vec<Self::Reading>;
}

struct Thermometer;
struct StepCounter {
    days: Vec<u32>,
}

impl Source for Thermometer {
    type Reading = f32;
    fn readings(&self) -> Vec<f32> {
        vec![20.5, 21.0, 19.5]
    }
}

impl Source for StepCounter {
    type Reading = u32;
    fn readings(&self) -> Vec<u32> {
        self.days.clone()
    }
}

fn average<S: Source>(s: &S) -> f64 {
    let r = s.readings();
    let total: f64 = r.iter().map(|&x| x.into()).sum();
    total / r.len() as f64
}

fn show<S>(label: &str, s: &S)
where
    S: Source,
{
    println!("{}: {:?} avg {:.2}", label, s.readings(), average(s));
}

fn main() {
    show("temp", &Thermometer);
    show("steps", &StepCounter { days: vec![4000, 9000, 6500, 10500] });
}`)).toBe('temp: [20.5, 21.0, 19.5] avg 20.33\nsteps: [4000, 9000, 6500, 10500] avg 7500.00\n');
  });

  it("a generic body's values of S::Reading have the impl's type in the trace", async () => {
    const r = (await getEngine()).run(`trait Source {
    type Reading;
    fn get(&self) -> Self::Reading;
}
struct T;
impl Source for T {
    type Reading = (f32, String);
    fn get(&self) -> (f32, String) {
        (1.0, String::from("x"))
    }
}
fn twice<S: Source>(s: &S) -> Vec<S::Reading> {
    let a = s.get();
    let b = s.get();
    vec![a, b]
}
fn main() {
    let v = twice(&T);
    println!("{:?}", v);
}`);
    expect(r.trace?.stdout).toBe('[(1.0, "x"), (1.0, "x")]\n');
    const tys = r.trace!.events.flatMap((e) => ('ty' in e && typeof e.ty === 'string' ? [e.ty] : []));
    expect(tys.filter((t) => t.includes('S::Reading'))).toEqual([]);
  });

  it("E0277 where an impl's associated type does not meet the bounds", async () => {
    expect(await errors(`use std::fmt::Display;

trait Source {
    type Reading: Display + Copy;
    fn get(&self) -> Self::Reading;
}

struct Many;

impl Source for Many {
    type Reading = Vec<i32>;
    fn get(&self) -> Vec<i32> {
        vec![1]
    }
}

fn main() {
    println!("{:?}", Many.get());
}`)).toEqual([
      'E0277 11:20 the trait bound `Vec<i32>: Copy` is not satisfied',
      "E0277 11:20 `Vec<i32>` doesn't implement `std::fmt::Display`",
    ]);
    expect((await errors(`use std::fmt::{Debug, Display};

trait Named {
    fn name(&self) -> String;
}

trait A {
    type X: Display + Copy;
}
trait B {
    type Y: Debug + Clone + Named;
}
trait C {
    type Z: Copy;
}

struct NoDebug;
struct S;

impl A for S {
    type X = (i32, String);
}
impl B for S {
    type Y = NoDebug;
}
impl C for S {
    type Z = Option<String>;
}

fn main() {}`)).sort()).toEqual([
      "E0277 21:14 `(i32, String)` doesn't implement `std::fmt::Display`",
      'E0277 21:14 the trait bound `String: Copy` is not satisfied in `(i32, String)`',
      "E0277 24:14 `NoDebug` doesn't implement `Debug`",
      'E0277 24:14 the trait bound `NoDebug: Clone` is not satisfied',
      'E0277 24:14 the trait bound `NoDebug: Named` is not satisfied',
      'E0277 27:14 the trait bound `String: Copy` is not satisfied',
    ]);
  });
});

describe('a number on the left of an operator of the program\'s type', () => {
  it('runs through the program\'s impl Mul<V> for f64 and impl Add<V> for i32', async () => {
    expect(await run(`use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy)]
struct V {
    x: f64,
    y: f64,
}

impl Mul<f64> for V {
    type Output = V;
    fn mul(self, k: f64) -> V {
        V { x: self.x * k, y: self.y * k }
    }
}

impl Mul<V> for f64 {
    type Output = V;
    fn mul(self, v: V) -> V {
        V { x: self * v.x, y: self * v.y }
    }
}

impl Add<V> for i32 {
    type Output = i32;
    fn add(self, v: V) -> i32 {
        self + v.x as i32
    }
}

fn main() {
    let v = V { x: 1.0, y: 2.0 };
    println!("{:?}", v * 2.0);
    println!("{:?}", 2.0 * v);
    let k: f64 = 3.0;
    println!("{:?}", k * v);
    println!("{}", 5 + v);
    let w = 0.5 * (v * 4.0);
    println!("{:?}", w);
}`)).toBe('V { x: 2.0, y: 4.0 }\nV { x: 2.0, y: 4.0 }\nV { x: 3.0, y: 6.0 }\n6\nV { x: 2.0, y: 4.0 }\n');
  });

  it('is E0277 with only impl Mul<f64> for V', async () => {
    expect(await errors(`use std::ops::Mul;

// Mul<f64> for Vec2 allows v * 2.0, but not 2.0 * v.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

fn main() {
    let v = Vec2 { x: 1.0, y: 2.0 };
    println!("{:?}", v * 2.0);
    println!("{:?}", 2.0 * v);
}`)).toEqual(['E0277 20:26 cannot multiply `{float}` by `Vec2`']);
    expect(await errors(`use std::ops::Mul;

// Mul<f64> for Vec2 allows v * 2.0, but not k * v.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

fn main() {
    let k: f64 = 2.0; let v = Vec2 { x: 1.0, y: 2.0 };
    println!("{:?}", v * 2.0);
    println!("{:?}", k * v);
}`)).toEqual(['E0277 20:24 cannot multiply `f64` by `Vec2`']);
    expect(await errors(`use std::ops::Mul;

// Mul<f64> for Vec2 allows v * 2.0, but not 2.0 * v.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Mul<f64> for Vec2 {
    type Output = Vec2;
    fn mul(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

fn main() {
    let v = Vec2 { x: 1.0, y: 2.0 };
    println!("{:?}", v * 2.0);
    let mut x = 1.0; x *= v; println!("{}", x);
}`)).toEqual(['E0277 20:24 cannot multiply-assign `{float}` by `Vec2`']);
  });
});

describe('Index without IndexMut', () => {
  it('assigning is E0594 at the assignment, borrowing mutably E0596 at the borrow', async () => {
    expect(await errors(`use std::ops::Index;

struct S {
    v: Vec<i32>,
}

impl Index<usize> for S {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        &self.v[i]
    }
}

fn main() {
    let mut s = S { v: vec![1, 2] };
    s[0] = 3;
    println!("{}", s[0]);
}`)).toEqual(['E0594 16:5 cannot assign to data in an index of `S`']);
    expect(await errors(`use std::ops::Index;

struct S {
    v: Vec<i32>,
}

impl Index<usize> for S {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        &self.v[i]
    }
}

fn main() {
    let mut s = S { v: vec![1, 2] };
    s[0] += 1;
    println!("{}", s[0]);
}`)).toEqual(['E0594 16:5 cannot assign to data in an index of `S`']);
    expect(await errors(`use std::ops::Index;

struct S {
    v: Vec<i32>,
}

impl Index<usize> for S {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        &self.v[i]
    }
}

fn main() {
    let mut s = S { v: vec![1, 2] };
    let r = &mut s[0]; *r = 2;
    println!("{}", s[0]);
}`)).toEqual(['E0596 16:13 cannot borrow data in an index of `S` as mutable']);
    expect(await errors(`use std::ops::Index;

struct Rows<T> {
    v: Vec<Vec<T>>,
}

impl<T> Index<usize> for Rows<T> {
    type Output = Vec<T>;
    fn index(&self, i: usize) -> &Vec<T> {
        &self.v[i]
    }
}

struct Game {
    rows: Rows<i32>,
}

fn main() {
    let mut g = Game { rows: Rows { v: vec![vec![1]] } };
    g.rows[0].push(2);
    println!("{:?}", g.rows[0]);
}`)).toEqual(['E0596 20:5 cannot borrow data in an index of `Rows<i32>` as mutable']);
  });
});
