// The program's own `From` impls for std types (`impl From<Username> for String`, `for f64`, `for Vec<i32>`)
// through `Target::from(x)`, `x.into()` and `impl Into<T>` parameters; destructors called by their path
// (E0040); `mem::forget`; and the trait errors of `min`/`max`, `to_string`, `cmp` and operators with
// several impls. Outputs, codes and messages are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';
import type { MemoryEvent } from '../../src/events/schema.js';

const run = async (source: string) => {
  const r = (await getEngine()).run(source);
  return { diagnostics: r.diagnostics.map((d) => d.message), stdout: r.trace?.stdout, exitCode: r.trace?.exitCode };
};
const codes = async (source: string) => (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`);

describe("the program's From impls for std types", () => {
  it('String::from, into() with the target from an annotation or a return type, and impl Into<String>', async () => {
    expect(await run(`struct Username(String);
impl From<Username> for String {
    fn from(u: Username) -> String { format!("@{}", u.0) }
}
fn label(s: impl Into<String>) -> String { s.into() }
fn lab2<T: Into<String>>(s: T) -> String { let r: String = s.into(); r }
fn mk() -> String { Username("q".to_string()).into() }
fn main() {
    let a = String::from(Username("ann".to_string()));
    let s: String = Username("bob".to_string()).into();
    let l = label(Username("cy".to_string()));
    let l2 = lab2(Username("dee".to_string()));
    let l3 = label("plain");
    let l4 = label(String::from("owned"));
    let l5 = label('c');
    println!("{} {} {} {} {} {} {} {}", a, s, l, l2, l3, mk(), l4, l5);
}
`)).toEqual({ diagnostics: [], stdout: '@ann @bob @cy @dee plain @q owned c\n', exitCode: 0 });
  });

  it('into f64, i32 and Vec<i32>, and an impl Into<f64> parameter given the type or a number', async () => {
    expect(await run(`#[derive(Debug, Clone, Copy)]
struct Celsius(f64);
impl From<Celsius> for f64 { fn from(c: Celsius) -> f64 { c.0 } }
impl From<Celsius> for i32 { fn from(c: Celsius) -> i32 { c.0 as i32 } }
struct Bag(Vec<i32>);
impl From<Bag> for Vec<i32> { fn from(b: Bag) -> Vec<i32> { b.0 } }
fn take(x: impl Into<f64>) -> f64 { x.into() }
fn main() {
    let a = f64::from(Celsius(1.5));
    let b: f64 = Celsius(2.5).into();
    let c = i32::from(Celsius(3.7));
    let d: i32 = Celsius(4.2).into();
    let v = Vec::from(Bag(vec![1, 2]));
    let w: Vec<i32> = Bag(vec![3]).into();
    println!("{} {} {} {} {:?} {:?}", a, b, c, d, v, w);
    println!("{} {}", take(Celsius(9.0)), take(3u8));
}
`)).toEqual({ diagnostics: [], stdout: '1.5 2.5 3 4 [1, 2] [3]\n9 3\n', exitCode: 0 });
  });

  it("into() whose target a closure's later use tells (map into an Option, collect into a Vec)", async () => {
    expect(await run(`#[derive(Debug, Clone, Copy)]
struct F(f64);
#[derive(Debug)]
struct C(f64);
#[derive(Debug)]
struct K(f64);
impl From<F> for C { fn from(f: F) -> C { C((f.0 - 32.0) * 5.0 / 9.0) } }
impl From<F> for K { fn from(f: F) -> K { K((f.0 - 32.0) * 5.0 / 9.0 + 273.15) } }
fn main() {
    let o: Option<C> = Some(F(50.0)).map(|r| r.into());
    let k: Option<K> = Some(F(32.0)).map(|r| r.into());
    let rs = [F(50.0), F(68.0)];
    let cs = rs.iter().map(|&r| r.into()).collect::<Vec<C>>();
    println!("{:?} {:?} {:?}", o, k, cs);
}
`)).toEqual({ diagnostics: [], stdout: 'Some(C(10.0)) Some(K(273.15)) [C(10.0), C(20.0)]\n', exitCode: 0 });
  });

  it('E0277 where no impl converts', async () => {
    expect(await codes(`struct P;
fn label(s: impl Into<String>) -> String { s.into() }
fn main() {
    println!("{}", label(P));
    let s = String::from(P);
    let t = String::from(5);
    println!("{}{}", s, t);
}
`)).toEqual([
      'E0277 4:26 the trait bound `String: From<P>` is not satisfied',
      'E0277 5:13 the trait bound `String: From<P>` is not satisfied',
      'E0277 6:13 the trait bound `String: From<{integer}>` is not satisfied',
    ]);
    expect(await codes(`#[derive(Debug, Clone, Copy)]
struct G(f64);
#[derive(Debug)]
struct C(f64);
impl From<G> for f64 { fn from(g: G) -> f64 { g.0 } }
fn main() {
    let v = [G(1.0)];
    let c: Vec<C> = v.iter().map(|&r| r.into()).collect();
    println!("{:?}", c);
}
`)).toEqual(['E0277 8:41 the trait bound `C: From<G>` is not satisfied']);
  });
});

describe('a destructor called by its path', () => {
  it('is E0040 in each form', async () => {
    expect(await codes(`struct B(u8);
impl Drop for B { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let mut b = B(1);
    B::drop(&mut b);
    <B as Drop>::drop(&mut b);
    Drop::drop(&mut b);
    std::ops::Drop::drop(&mut b);
    b.drop();
}
`)).toEqual(['5:5', '6:5', '7:5', '8:5', '9:7'].map((at) => `E0040 ${at} explicit use of destructor method`));
  });
});

describe('mem::forget', () => {
  const FORGET = `use std::mem;
struct H { name: String }
impl Drop for H { fn drop(&mut self) { println!("drop {}", self.name); } }
fn main() {
    let a = H { name: String::from("a") };
    let b = H { name: String::from("b") };
    mem::forget(b);
    let v = vec![1, 2, 3];
    std::mem::forget(v);
    drop(a);
    println!("end");
}
`;

  it('runs no destructor', async () => {
    expect(await run(FORGET)).toEqual({ diagnostics: [], stdout: 'drop a\nend\n', exitCode: 0 });
  });

  it('leaves what the value owned allocated: never freed', async () => {
    const trace = (await getEngine()).run(FORGET).trace!;
    const seq = eventsOf(trace);
    const events: MemoryEvent[] = [];
    for (let i = 0; i < seq.length; i++) events.push(seq.at(i)!);
    const allocs = events.filter((e): e is Extract<MemoryEvent, { kind: 'heap_alloc' }> => e.kind === 'heap_alloc');
    const freed = new Set(events.filter((e): e is Extract<MemoryEvent, { kind: 'heap_free' }> => e.kind === 'heap_free').map((e) => e.block));
    // "a"'s buffer is freed; "b"'s and the Vec's are not.
    expect(allocs.map((e) => [e.ty, freed.has(e.block)])).toEqual([['str', true], ['str', false], ['[i32]', false]]);
  });
});

describe('trait bounds rustc checks on std methods', () => {
  it('Iterator::min, max, min_by_key and max_by_key need Ord', async () => {
    expect(await codes(`#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
struct S(u8);
fn main() {
    let a = vec![1.5, 0.5].iter().copied().min();
    let b = vec![1.5f64, 0.5].into_iter().max();
    let c = [S(1), S(2)].iter().max();
    let d = vec![S(1)].into_iter().min_by_key(|s| s.0);
    let e = vec![1.5, 2.0].iter().max_by_key(|x| **x);
    let f = [1.0f32].iter().min();
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", a, b, c, d, e, f);
}
`)).toEqual([
      'E0277 4:44 the trait bound `{float}: Ord` is not satisfied',
      'E0277 5:43 the trait bound `f64: Ord` is not satisfied',
      'E0277 6:33 the trait bound `S: Ord` is not satisfied',
      'E0277 8:35 the trait bound `{float}: Ord` is not satisfied',
      'E0277 9:29 the trait bound `f32: Ord` is not satisfied',
    ]);
  });

  it('to_string without Display and cmp or max without Ord are E0599', async () => {
    expect(await codes(`#[derive(Debug, PartialEq, PartialOrd)]
struct G(u8);
#[derive(Debug)]
enum E { A }
fn main() {
    let g = G(1);
    let h = G(2);
    let _ = g.to_string();
    let _ = (&g).to_string();
    let _ = E::A.to_string();
    let _ = g.cmp(&h);
    let _ = (&g).cmp(&&h);
    let _ = E::A.cmp(&E::A);
    let _ = G(3).max(G(4));
    let _ = 1.5f64.cmp(&2.0);
}
`)).toEqual([
      'E0599 8:15 `G` doesn\'t implement `std::fmt::Display`',
      'E0599 9:18 the method `to_string` exists for reference `&G`, but its trait bounds were not satisfied',
      'E0599 10:18 `E` doesn\'t implement `std::fmt::Display`',
      'E0599 11:15 `G` is not an iterator',
      'E0599 12:18 the method `cmp` exists for reference `&G`, but its trait bounds were not satisfied',
      'E0599 13:18 `E` is not an iterator',
      'E0599 14:18 the method `max` exists for struct `G`, but its trait bounds were not satisfied',
      'E0599 15:20 `f64` is not an iterator',
    ]);
  });

  it('an operator whose several impls all take other types is E0277 (one impl: E0308)', async () => {
    expect(await codes(`use std::ops::{Add, Mul, MulAssign, BitAnd, Sub};
#[derive(Debug, Clone, Copy)]
struct V(f64);
impl Mul<f64> for V { type Output = V; fn mul(self, k: f64) -> V { V(self.0 * k) } }
impl Add for V { type Output = V; fn add(self, o: V) -> V { V(self.0 + o.0) } }
impl Add<f64> for V { type Output = V; fn add(self, o: f64) -> V { V(self.0 + o) } }
impl MulAssign<f64> for V { fn mul_assign(&mut self, k: f64) { self.0 *= k; } }
impl MulAssign<V> for V { fn mul_assign(&mut self, k: V) { self.0 *= k.0; } }
impl BitAnd<u8> for V { type Output = V; fn bitand(self, _k: u8) -> V { self } }
impl BitAnd<V> for V { type Output = V; fn bitand(self, _k: V) -> V { self } }
impl Sub<u8> for V { type Output = V; fn sub(self, _k: u8) -> V { self } }
impl Sub<V> for V { type Output = V; fn sub(self, _k: V) -> V { self } }
fn main() {
    let mut v = V(1.0);
    let a = v * 3i32;
    let b = v + 2i32;
    let c = v + "x";
    v *= 3i32;
    let d = v & 3i32;
    let e = v - 3;
    println!("{:?} {:?} {:?} {:?} {:?}", a, b, c, d, e);
}
`)).toEqual([
      'E0308 15:17 mismatched types',
      'E0277 16:15 cannot add `i32` to `V`',
      'E0277 17:15 cannot add `&str` to `V`',
      'E0277 18:7 cannot multiply-assign `V` by `i32`',
      'E0277 19:15 no implementation for `V & i32`',
    ]);
  });
});
