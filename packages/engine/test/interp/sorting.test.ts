// Sorting and searching as teachers write it: is_sorted and its forms, sort_by_cached_key, the `Ord`
// bound of BinaryHeap and the B-trees, and a sort key borrowed from its element. Outputs, codes,
// lines and columns are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

async function run(src: string): Promise<{ errors: string[]; stdout: string | undefined }> {
  const r = (await getEngine()).run(src);
  return { errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`), stdout: r.trace?.stdout };
}

async function errors(src: string): Promise<string[]> {
  return (await getEngine()).check(src).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`);
}

describe('is_sorted, is_sorted_by, is_sorted_by_key (slices, arrays, Vecs, iterators)', () => {
  it('answers as std does, NaN out of order, the closure of is_sorted_by returning bool', async () => {
    const r = await run(`fn main() {
    let a = [1, 2, 2, 5, 9];
    println!("{}", a.is_sorted());
    println!("{}", [3, 1, 2].is_sorted());
    let names = ["bob", "al", "christine"];
    println!("{}", names.is_sorted_by_key(|s| s.len()));
    println!("{}", [9, 7, 7, 1].is_sorted_by(|x, y| x >= y));
    println!("{}", (1..10).map(|x| x * x).is_sorted());
    let v = vec![1.0, f64::NAN, 2.0];
    println!("{}", v.is_sorted());
    let w: Vec<f64> = vec![1.0, 2.0];
    println!("{}", w.iter().is_sorted_by_key(|x| -*x));
    println!("{}", w.iter().is_sorted_by(|a, b| a >= b));
    let e: Vec<i32> = Vec::new();
    println!("{}", e.is_sorted());
    println!("{}", w[..1].is_sorted());
    let owned = vec!["b".to_string(), "a".to_string()];
    println!("{}", owned.is_sorted_by_key(|s| s.to_uppercase()));
    println!("{}", owned.into_iter().is_sorted());
    println!("{}", "abc".chars().is_sorted());
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('true\nfalse\nfalse\ntrue\ntrue\nfalse\nfalse\nfalse\ntrue\ntrue\nfalse\nfalse\ntrue\n');
  });

  it('needs PartialOrd: E0277 "can\'t compare" on a struct without it, at the method', async () => {
    expect(await errors(`#[derive(Debug)]
struct P { x: i32 }
fn main() {
    let v = vec![P { x: 1 }, P { x: 2 }];
    println!("{}", v.is_sorted());
    let a = [P { x: 1 }];
    println!("{}", a.is_sorted());
    println!("{}", v.iter().is_sorted());
    println!("{}", v.is_sorted_by_key(|p| p.x));
    println!("{}", v.is_sorted_by(|a, b| a.x <= b.x));
}
`)).toEqual([
      "E0277 5:22 can't compare `P` with `P`",
      "E0277 7:22 can't compare `P` with `P`",
      "E0277 8:29 can't compare `P` with `P`",
    ]);
  });

  it('a derived PartialOrd is enough, and an Option<Ordering> from is_sorted_by is E0308', async () => {
    expect(await errors(`#[derive(Debug, PartialEq, PartialOrd)]
struct P { x: f64 }
fn main() {
    let v = vec![P { x: 1.0 }, P { x: 2.0 }];
    println!("{}", v.is_sorted());
    println!("{}", v.iter().is_sorted_by_key(|p| p.x));
    let w = [3, 1];
    println!("{}", w.is_sorted_by(|a, b| a.partial_cmp(b)));
}
`)).toEqual(['E0308 8:42 mismatched types']);
  });
});

describe('sort_by_cached_key', () => {
  it('sorts stably by the key, and frees the keys it made', async () => {
    const src = `fn main() {
    let mut names = vec!["bob", "Alice", "carol", "Dave", "alice"];
    names.sort();
    println!("byte order:       {:?}", names);
    names.sort_by_key(|s| s.to_lowercase());
    println!("case-insensitive: {:?}", names);
    names.sort_by_cached_key(|s| s.len());
    println!("by length:        {:?}", names);
    names.sort_by_cached_key(|s| s.to_uppercase());
    println!("{:?}", names);
}
`;
    const r = await run(src);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('byte order:       ["Alice", "Dave", "alice", "bob", "carol"]\ncase-insensitive: ["Alice", "alice", "bob", "carol", "Dave"]\nby length:        ["bob", "Dave", "Alice", "alice", "carol"]\n["Alice", "alice", "bob", "carol", "Dave"]\n');
    const trace = (await getEngine()).run(src).trace!;
    const kinds = trace.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'heap_alloc').length).toBe(kinds.filter((k) => k === 'heap_free').length);
  });
});

describe('the Ord bound of BinaryHeap, BTreeSet and BTreeMap', () => {
  it('floats in a heap: E0277 at the first push, then E0599 once the type is known', async () => {
    expect(await errors(`use std::collections::BinaryHeap;
fn main() {
    let mut best_times = BinaryHeap::new();
    best_times.push(9.58);
    best_times.push(9.69);
    println!("{:?}", best_times.pop());
}
`)).toEqual([
      'E0277 4:16 the trait bound `{float}: Ord` is not satisfied',
      'E0599 5:16 the method `push` exists for struct `BinaryHeap<{float}>`, but its trait bounds were not satisfied',
      'E0599 6:33 the method `pop` exists for struct `BinaryHeap<{float}>`, but its trait bounds were not satisfied',
    ]);
  });

  it('a heap written BinaryHeap<f64>, a tuple with a float, Reverse of a float, BinaryHeap::from', async () => {
    expect(await errors(`use std::collections::BinaryHeap;
use std::cmp::Reverse;
fn main() {
    let mut h: BinaryHeap<f64> = BinaryHeap::new();
    h.push(1.5);
    let mut r = BinaryHeap::new();
    r.push(Reverse(1.5));
    let mut g: BinaryHeap<(i32, f64)> = BinaryHeap::new();
    g.push((1, 2.0));
    println!("{:?} {}", r.into_sorted_vec(), h.len());
    let mut f = BinaryHeap::from(vec![1.5, 2.5]);
    println!("{:?} {:?}", f.pop(), g.peek());
}
`)).toEqual([
      'E0599 5:7 the method `push` exists for struct `BinaryHeap<f64>`, but its trait bounds were not satisfied',
      'E0277 7:7 the trait bound `{float}: Ord` is not satisfied',
      'E0599 9:7 the method `push` exists for struct `BinaryHeap<(i32, f64)>`, but its trait bounds were not satisfied',
      'E0599 10:27 the method `into_sorted_vec` exists for struct `BinaryHeap<Reverse<{float}>>`, but its trait bounds were not satisfied',
      'E0277 11:17 the trait bound `{float}: Ord` is not satisfied',
      'E0599 12:29 the method `pop` exists for struct `BinaryHeap<{float}>`, but its trait bounds were not satisfied',
    ]);
  });

  it('B-trees: E0277 at each keyed call, and again at the argument of a lookup', async () => {
    expect(await errors(`use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let mut s = BTreeSet::new();
    s.insert(1.5);
    println!("{}", s.contains(&1.5));
    let mut m: BTreeMap<f64, &str> = BTreeMap::new();
    m.insert(1.5, "a");
    println!("{:?}", m.get(&1.5));
    let t = BTreeSet::from([1.5, 2.5]);
    println!("{}", t.len());
}
`)).toEqual([
      'E0277 4:7 the trait bound `{float}: Ord` is not satisfied',
      'E0277 5:22 the trait bound `{float}: Ord` is not satisfied',
      'E0277 5:31 the trait bound `{float}: Ord` is not satisfied',
      'E0277 7:7 the trait bound `f64: Ord` is not satisfied',
      'E0277 8:24 the trait bound `f64: Ord` is not satisfied',
      'E0277 8:28 the trait bound `f64: Ord` is not satisfied',
      'E0277 9:13 the trait bound `{float}: Ord` is not satisfied',
    ]);
  });

  it('a struct of the program without Ord in a B-tree: the lookup argument too', async () => {
    expect(await errors(`use std::collections::BTreeSet;
#[derive(Debug, PartialEq, Eq)]
struct P { x: i32 }
fn main() {
    let mut s = BTreeSet::new();
    s.insert(P { x: 1 });
    println!("{}", s.contains(&P { x: 1 }));
}
`)).toEqual([
      'E0277 6:7 the trait bound `P: Ord` is not satisfied',
      'E0277 7:22 the trait bound `P: Ord` is not satisfied',
      'E0277 7:31 the trait bound `P: Ord` is not satisfied',
    ]);
  });

  it('ordered keys are accepted: Reverse, tuples, Strings, &str, derived Ord, a generic T: Ord', async () => {
    const r = await run(`use std::collections::{BinaryHeap, BTreeMap, BTreeSet};
use std::cmp::Reverse;
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Task { pri: u32, name: String }
fn top<T: Ord + Clone>(h: &BinaryHeap<T>) -> Option<T> { h.peek().cloned() }
fn main() {
    let mut a = BinaryHeap::new();
    a.push(Reverse(3)); a.push(Reverse(1));
    println!("{:?}", a.pop());
    let mut b = BinaryHeap::new();
    b.push((2, "x".to_string())); b.push((5, "y".to_string()));
    println!("{:?}", top(&b));
    let mut c = BinaryHeap::new();
    c.push(Task { pri: 1, name: "a".into() });
    println!("{:?}", c.pop());
    let mut s = BTreeSet::new();
    s.insert("hi"); s.insert("a");
    println!("{:?} {}", s, s.contains("hi"));
    let mut m: BTreeMap<String, f64> = BTreeMap::new();
    m.insert("k".to_string(), 1.5);
    println!("{:?} {:?}", m.get("k"), m.get(&"k".to_string()));
    let h2 = BinaryHeap::from(vec![3, 1, 2]);
    println!("{:?}", h2.into_sorted_vec());
    let mut f = BinaryHeap::new();
    f.push(Reverse(1u8));
    let t = BTreeMap::from([((1, 2), vec![1.5])]);
    println!("{:?} {:?}", f, t);
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('Some(Reverse(1))\nSome((5, "y"))\nSome(Task { pri: 1, name: "a" })\n{"a", "hi"} true\nSome(1.5) Some(1.5)\n[1, 2, 3]\n[Reverse(1)] {(1, 2): [1.5]}\n');
  });
});

describe('a sort key borrowed from its element', () => {
  it('`|c| &c.name` and `|s| s`: lifetime may not live long enough, at the closure body', async () => {
    expect(await errors(`struct Country { name: String, capital: String }
fn main() {
    let mut list = vec![Country { name: "Peru".to_string(), capital: "Lima".to_string() }];
    list.sort_by_key(|c| &c.name);
    for c in &list { println!("{} - {}", c.name, c.capital); }
}
`)).toEqual(['null 4:26 lifetime may not live long enough']);
    expect(await errors(`fn main() {
    let mut v = vec!["b".to_string(), "a".to_string()];
    v.sort_by_key(|s| s);
}
`)).toEqual(['null 3:23 lifetime may not live long enough']);
  });

  it('owned keys, copies, and references from a Vec of references are accepted', async () => {
    const r = await run(`#[derive(Debug)]
struct P { name: String, age: u32, pos: (i32, i32) }
fn main() {
    let mut v = vec![P { name: "b".into(), age: 3, pos: (1, 2) }, P { name: "a".into(), age: 1, pos: (0, 0) }];
    v.sort_by_key(|p| p.name.clone());
    v.sort_by_key(|p| p.age);
    v.sort_by_key(|p| p.pos);
    let mut r: Vec<&P> = v.iter().collect();
    r.sort_by_key(|p| &p.name);
    let mut s = vec!["b", "a"];
    s.sort_by_key(|x| *x);
    s.sort_by_key(|x| x.len());
    println!("{:?} {:?}", r, s);
}
`);
    expect(r.errors).toEqual([]);
    expect(r.stdout).toBe('[P { name: "a", age: 1, pos: (0, 0) }, P { name: "b", age: 3, pos: (1, 2) }] ["a", "b"]\n');
  });
});
