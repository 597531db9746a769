// Your own iterators beyond `next` (an own `size_hint`, `DoubleEndedIterator`, `ExactSizeIterator`)
// and your own `Hash` (hash maps and sets key by it; `DefaultHasher` is std's SipHash-1-3). Outputs,
// hash values and error codes are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';

async function runsAs(source: string, stdout: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(0);
  return r;
}

/** The errors, in the order of their places (rustc's own order differs for some). */
async function errors(source: string) {
  const r = (await getEngine()).check(source);
  return r.diagnostics.map((d) => [d.code, d.span.line, d.message]);
}

const REPEAT = `struct Repeat { word: &'static str, left: usize, hint: usize }
impl Iterator for Repeat {
    type Item = &'static str;
    fn next(&mut self) -> Option<Self::Item> {
        if self.left == 0 { return None; }
        self.left -= 1;
        Some(self.word)
    }
    fn size_hint(&self) -> (usize, Option<usize>) { (self.hint, None) }
}
`;

describe('your own size_hint', () => {
  it('is a member of Iterator (no E0407), called by you and by collect for its capacity', async () => {
    const r = await runsAs(`${REPEAT}fn main() {
    let r = Repeat { word: "a", left: 3, hint: 10 };
    println!("{:?}", r.size_hint());
    let v: Vec<&str> = r.collect();
    println!("{:?} {}", v, v.capacity());
    let w: Vec<&str> = Repeat { word: "b", left: 9, hint: 1 }.collect();
    println!("{} {}", w.len(), w.capacity());
    let z: Vec<(usize, &str)> = Repeat { word: "c", left: 6, hint: 5 }.enumerate().collect();
    println!("{} {}", z.len(), z.capacity());
}
`, '(10, None)\n["a", "a", "a"] 11\n9 16\n6 6\n');
    const seq = eventsOf(r.trace!);
    let calls = 0;
    for (let i = 0; i < seq.length; i++) {
      const e = seq.at(i)!;
      if (e.kind === 'frame_push' && e.fn.includes('size_hint')) calls++;
    }
    // Once asked by the program; then by each collect after its first item, and when it grows.
    expect(calls).toBeGreaterThan(3);
  });

  it("is std's (0, None) where you wrote none", async () => {
    await runsAs(`struct P { n: u32 }
impl Iterator for P {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.n == 0 { None } else { self.n -= 1; Some(self.n) } }
}
fn main() {
    println!("{:?}", P { n: 3 }.size_hint());
    let v: Vec<u32> = P { n: 9 }.collect();
    println!("{:?} {}", v, v.capacity());
}
`, '(0, None)\n[8, 7, 6, 5, 4, 3, 2, 1, 0] 16\n');
  });
});

const SPAN = `struct Span { lo: i32, hi: i32 }
impl Iterator for Span {
    type Item = i32;
    fn next(&mut self) -> Option<Self::Item> { if self.lo < self.hi { self.lo += 1; Some(self.lo - 1) } else { None } }
    fn size_hint(&self) -> (usize, Option<usize>) { let n = (self.hi - self.lo).max(0) as usize; (n, Some(n)) }
}
impl DoubleEndedIterator for Span {
    fn next_back(&mut self) -> Option<Self::Item> { if self.lo < self.hi { self.hi -= 1; Some(self.hi) } else { None } }
}
impl ExactSizeIterator for Span {}
`;

describe('your own DoubleEndedIterator and ExactSizeIterator', () => {
  it('walks from the back (rev, next_back, rfind, nth_back, rfold, rposition) and has a len', async () => {
    await runsAs(`${SPAN}fn main() {
    for x in (Span { lo: 0, hi: 4 }).rev() { print!("{} ", x); }
    println!();
    let mut s = Span { lo: 0, hi: 10 };
    println!("{:?} {:?} {}", s.next(), s.next_back(), s.len());
    println!("{:?} {}", s.rfind(|x| x % 3 == 0), s.len());
    println!("{:?} {}", s.nth_back(2), s.len());
    println!("{}", Span { lo: 1, hi: 5 }.rfold(String::new(), |acc, x| format!("{}{}", acc, x)));
    println!("{:?}", Span { lo: 0, hi: 8 }.rposition(|x| x < 3));
    let mut t = Span { lo: 0, hi: 5 };
    let back: Vec<i32> = t.by_ref().rev().take(2).collect();
    println!("{:?} {:?}", back, t.next());
    let z: Vec<(usize, i32)> = Span { lo: 5, hi: 8 }.enumerate().rev().collect();
    println!("{:?}", z);
}
`, '3 2 1 0 \nSome(0) Some(9) 8\nSome(6) 5\nSome(3) 2\n4321\nSome(2)\n[4, 3] Some(0)\n[(2, 7), (1, 6), (0, 5)]\n');
  });

  it("panics as std's len does where size_hint's bounds differ", async () => {
    const r = (await getEngine()).run(`struct P { n: u32 }
impl Iterator for P {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { None }
}
impl ExactSizeIterator for P {}
fn main() { println!("{}", P { n: 3 }.len()); }
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.exitCode).toBe(101);
    expect(r.trace?.stderr).toContain("panicked at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/iter/traits/exact_size.rs:122:9:\nassertion `left == right` failed\n  left: None\n right: Some(0)\n");
  });

  const POWERS = `struct Powers { cur: u32 }
impl Iterator for Powers {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.cur > 100 { None } else { self.cur *= 2; Some(self.cur / 2) } }
}
`;

  it('rejects what needs the traits you did not implement, with E0277 or E0599 as rustc', async () => {
    expect(await errors(`${POWERS}fn main() {
    let v: Vec<u32> = Powers { cur: 1 }.rev().collect();
    for x in (Powers { cur: 1 }).rev() { println!("{}", x); }
    let mut p = Powers { cur: 1 };
    println!("{:?} {:?} {}", p.next_back(), p.rfind(|x| *x > 1), p.len());
    println!("{:?} {:?}", v, p.rposition(|x| x > 1));
}
`)).toEqual([
      ['E0277', 7, 'the trait bound `Powers: DoubleEndedIterator` is not satisfied'],
      ['E0599', 7, 'the method `collect` exists for struct `Rev<Powers>`, but its trait bounds were not satisfied'],
      ['E0277', 8, 'the trait bound `Powers: DoubleEndedIterator` is not satisfied'],
      ['E0277', 8, 'the trait bound `Powers: DoubleEndedIterator` is not satisfied'],
      ['E0599', 10, 'no method named `next_back` found for struct `Powers` in the current scope'],
      ['E0599', 10, 'no method named `rfind` found for struct `Powers` in the current scope'],
      ['E0599', 10, 'no method named `len` found for struct `Powers` in the current scope'],
      ['E0277', 11, 'the trait bound `Powers: ExactSizeIterator` is not satisfied'],
      ['E0277', 11, 'the trait bound `Powers: DoubleEndedIterator` is not satisfied'],
    ]);
  });

  it('rejects DoubleEndedIterator for what is no iterator (E0277)', async () => {
    expect(await errors(`struct Q;
impl DoubleEndedIterator for Q {
    fn next_back(&mut self) -> Option<u32> { None }
}
fn main() {}
`)).toEqual([
      ['E0277', 2, '`Q` is not an iterator'],
      ['E0277', 3, '`Q` is not an iterator'],
    ]);
  });

  it("searches an iterator through &mut (find, position, any, try_fold), which stays usable", async () => {
    await runsAs(`${POWERS}fn main() {
    let v = vec![String::from("a"), String::from("bb"), String::from("ccc")];
    let mut it = v.iter();
    println!("{:?} {:?}", it.find(|x| x.len() == 2), it.next());
    let mut r = 0..10;
    println!("{:?} {:?}", r.position(|x| x == 3), r.next());
    let mut p = Powers { cur: 1 };
    println!("{} {:?}", p.any(|x| x == 4), p.next());
    let mut c = [1, 2, 3].iter();
    let s: Option<i32> = c.try_fold(0i32, |a, b| a.checked_add(*b));
    println!("{:?} {:?}", s, c.next());
}
`, 'Some("bb") Some("ccc")\nSome(3) Some(4)\ntrue Some(8)\nSome(6) None\n');
  });
});

describe("std's nth under skip and step_by, and walking std's iterators from the back", () => {
  it('calls your own nth where std does (skip, step_by), and drops the items passed over', async () => {
    await runsAs(`struct C { n: u32 }
impl Iterator for C {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.n == 0 { None } else { self.n -= 1; Some(self.n) } }
    fn nth(&mut self, n: usize) -> Option<u32> { println!("nth {}", n); for _ in 0..n { self.next(); } self.next() }
}
fn main() {
    let v: Vec<u32> = C { n: 9 }.skip(2).collect();
    println!("{:?}", v);
    let w: Vec<u32> = C { n: 9 }.step_by(3).collect();
    println!("{:?}", w);
    let s: Vec<u32> = (0..20u32).skip(3).step_by(4).collect();
    println!("{:?}", s);
}
`, 'nth 2\n[6, 5, 4, 3, 2, 1, 0]\nnth 0\nnth 2\nnth 2\nnth 2\n[8, 5, 2]\n[3, 7, 11, 15, 19]\n');
    const r = await runsAs(`fn main() {
    let v = vec![String::from("a"), String::from("b"), String::from("c"), String::from("d")];
    let w: Vec<String> = v.into_iter().skip(1).step_by(2).collect();
    println!("{:?}", w);
}
`, '["b", "d"]\n');
    const seq = eventsOf(r.trace!);
    let allocs = 0;
    let frees = 0;
    for (let i = 0; i < seq.length; i++) {
      const e = seq.at(i)!;
      if (e.kind === 'heap_alloc') allocs++;
      if (e.kind === 'heap_free') frees++;
    }
    // "a" and "c" are dropped as skip and step_by pass over them: nothing leaks.
    expect([allocs, frees]).toEqual([6, 6]);
  });

  it('has rfind, nth_back, rfold and next_back on std iterators and ranges held in places', async () => {
    await runsAs(`fn main() {
    let v = vec![1, 2, 3, 4, 5, 6];
    println!("{:?}", v.iter().rfind(|x| **x % 2 == 1));
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", it.nth_back(1), it.next_back(), it.next());
    println!("{:?}", "hello world".chars().rfind(|c| c.is_alphabetic() && *c < 'm'));
    println!("{}", v.iter().rfold(0, |acc, x| acc * 10 + x));
    println!("{:?}", (1..10).rfind(|x| x % 4 == 0));
    let mut r = 0..5;
    println!("{:?}", r.rfind(|x| *x < 3));
    let mut w = vec![String::from("a"), String::from("b")].into_iter();
    println!("{:?} {:?}", w.rfind(|s| s == "a"), w.next());
    let mut rg = 1..=3;
    println!("{:?} {:?} {:?} {:?}", rg.next_back(), rg.next_back(), rg.next(), rg.next_back());
}
`, 'Some(5)\nSome(5) Some(4) Some(1)\nSome(\'d\')\n654321\nSome(8)\nSome(2)\nSome("a") None\nSome(3) Some(2) Some(1) None\n');
  });
});

describe('your own Hash', () => {
  it('keys a HashSet by what hash writes, and == among equal hashes (the Book of records by id)', async () => {
    await runsAs(`use std::collections::HashSet;
use std::hash::{Hash, Hasher};
#[derive(Debug)]
struct Student { id: u32, name: String }
impl PartialEq for Student { fn eq(&self, other: &Self) -> bool { self.id == other.id } }
impl Eq for Student {}
impl Hash for Student {
    fn hash<H: Hasher>(&self, state: &mut H) { self.id.hash(state); }
}
fn main() {
    let mut roster = HashSet::new();
    for (id, name) in [(7, "Ana"), (3, "Bo"), (7, "Anna")] {
        println!("{}", roster.insert(Student { id, name: name.to_string() }));
    }
    println!("{} {}", roster.len(), roster.contains(&Student { id: 3, name: String::new() }));
}
`, 'true\ntrue\nfalse\n2 true\n');
  });

  it('keeps keys that hash alike apart when their == says so (a hash of part of what == compares)', async () => {
    await runsAs(`use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};
#[derive(Debug, Clone)]
struct Rec { id: u32, name: String }
impl PartialEq for Rec { fn eq(&self, o: &Self) -> bool { self.id == o.id && self.name == o.name } }
impl Eq for Rec {}
impl Hash for Rec { fn hash<H: Hasher>(&self, state: &mut H) { self.id.hash(state); } }
#[derive(Hash, PartialEq, Eq)]
struct Wrap { r: Rec, tag: u8 }
fn main() {
    let mut set = HashSet::new();
    println!("{} {} {}", set.insert(Rec { id: 1, name: "a".into() }), set.insert(Rec { id: 1, name: "b".into() }), set.insert(Rec { id: 1, name: "a".into() }));
    println!("{} {}", set.len(), set.contains(&Rec { id: 1, name: "c".into() }));
    let mut ws = HashSet::new();
    ws.insert(Wrap { r: Rec { id: 2, name: "z".into() }, tag: 1 });
    println!("{} {}", ws.contains(&Wrap { r: Rec { id: 2, name: "z".into() }, tag: 1 }), ws.contains(&Wrap { r: Rec { id: 2, name: "y".into() }, tag: 1 }));
    let mut m: HashMap<Rec, u32> = HashMap::new();
    *m.entry(Rec { id: 5, name: "x".into() }).or_insert(0) += 1;
    *m.entry(Rec { id: 5, name: "x".into() }).or_insert(0) += 1;
    *m.entry(Rec { id: 5, name: "y".into() }).or_insert(0) += 1;
    println!("{} {:?}", m.len(), m.get(&Rec { id: 5, name: "x".into() }));
}
`, 'true true false\n2 false\ntrue false\n2 Some(2)\n');
  });

  it("gives DefaultHasher's finish() the numbers rustc's binary prints (SipHash-1-3, keys 0)", async () => {
    await runsAs(`use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
#[derive(Hash)] enum Two { A, B(u8) }
#[derive(Hash)] struct S { a: u32, b: String, c: (bool, char) }
struct Id(u64);
impl Hash for Id {
    fn hash<H: Hasher>(&self, state: &mut H) { state.write_u64(self.0); state.write(&[1, 2]); }
}
fn h<T: Hash + ?Sized>(t: &T) -> u64 { let mut s = DefaultHasher::new(); t.hash(&mut s); s.finish() }
fn main() {
    println!("{} {}", std::mem::size_of::<DefaultHasher>(), DefaultHasher::new().finish());
    println!("{} {} {}", h(&5u32), h(&-5i64), h(&(u128::MAX - 3)));
    println!("{} {}", h("hello"), h(&String::from("hello world, this is long")));
    println!("{} {} {}", h(&true), h(&'é'), h(&(1u8, 2u16, "x")));
    println!("{} {} {}", h(&vec![1u32, 2, 3]), h(&[1u8, 2, 3]), h(&vec!["a", "bc"]));
    println!("{} {}", h(&Some(3u32)), h(&None::<u32>));
    println!("{} {}", h(&Two::A), h(&Two::B(4)));
    println!("{}", h(&S { a: 1, b: "zz".into(), c: (false, 'q') }));
    println!("{}", h(&std::cmp::Ordering::Less));
    let mut w = DefaultHasher::new();
    w.write_u32(5);
    let a = w.finish();
    w.write(&[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    w.write_u8(1);
    w.write_usize(3);
    w.write_i16(-1);
    println!("{} {} {}", a, w.finish(), h(&Id(9)));
}
`, [
      '72 15130871412783076140',
      '14828406784900857967 5523099152528966211 18003450467957554011',
      '16156531084128653017 13571961601724858674',
      '4952851536318644461 18427643747495133481 2907471002836975674',
      '13585085576907263210 8086395815454877121 15866285593205758745',
      '8685831180715912077 13646096770106105413',
      '13646096770106105413 6884762938395473402',
      '15422240009281211628',
      '3476900567878811119',
      '14828406784900857967 12783010936103374412 10052528462914318159',
    ].join('\n') + '\n');
  });

  it("prints a DefaultHasher as std's Debug does", async () => {
    await runsAs(`use std::collections::hash_map::DefaultHasher;
use std::hash::Hasher;
fn main() {
    let mut h = DefaultHasher::new();
    h.write_u16(300);
    println!("{:?}", h);
}
`, 'DefaultHasher(SipHasher13 { hasher: Hasher { k0: 0, k1: 0, length: 2, state: State { v0: 8317987319222330741, v2: 7816392313619706465, v1: 7237128888997146477, v3: 8387220255154660723 }, tail: 300, ntail: 2, _marker: PhantomData<core::hash::sip::Sip13Rounds> } })\n');
  });

  it('needs std::hash::Hasher imported for the bound (E0405), and Hash and Hasher in scope for their methods (E0599)', async () => {
    expect(await errors(`use std::hash::Hash;
struct T(u32);
impl Hash for T {
    fn hash<H: Hasher>(&self, state: &mut H) { self.0.hash(state); }
}
fn main() {}
`)).toEqual([['E0405', 4, 'cannot find trait `Hasher` in this scope']]);
    expect(await errors(`use std::collections::hash_map::DefaultHasher;
#[derive(Hash)] struct P(u8);
fn main() {
    let mut h = DefaultHasher::new();
    5u32.hash(&mut h);
    P(1).hash(&mut h);
    println!("{}", h.finish());
}
`)).toEqual([
      ['E0599', 5, 'no method named `hash` found for type `u32` in the current scope'],
      ['E0599', 6, 'no method named `hash` found for struct `P` in the current scope'],
      ['E0599', 7, 'no method named `finish` found for struct `DefaultHasher` in the current scope'],
    ]);
  });

  it('reports a derived Eq on two f64 fields once, a derived Hash once per field (E0277)', async () => {
    expect(await errors(`#[derive(Hash, PartialEq, Eq)]
struct Location { lat: f64, lon: f64 }
fn main() {}
`)).toEqual([
      ['E0277', 2, 'the trait bound `f64: Hash` is not satisfied'],
      ['E0277', 2, 'the trait bound `f64: Eq` is not satisfied'],
      ['E0277', 2, 'the trait bound `f64: Hash` is not satisfied'],
    ]);
  });
});
