// Trait bounds memviz judges on std's types as rustc does (typeck/check.ts, lacksStdTrait): Copy, Clone,
// the comparison traits and Hash on numbers, strings, collections, tuples, arrays and references; the
// bounds of a program's structs and impls; vec![v; n]'s Clone; E0282 for a generic struct's new();
// E0599 for a method of an unbounded T. And the closure whose captured borrow never reaches its result
// (borrowck/regions.ts). Codes, lines, columns and messages are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { errorsOf as errors, runsAs } from '../support/run.js';

describe('E0277: a std trait bound a std type does not meet', () => {
  it("the Book's largest() on Strings: String is not Copy", async () => {
    expect((await errors(`fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}
fn main() {
    let names = vec![String::from("Ada"), String::from("Grace")];
    println!("{}", largest(&names));
}
`))).toEqual([
      'E0277 12:28 the trait bound `String: Copy` is not satisfied',
    ]);
  });

  it('floats are neither Ord, Hash nor Eq; a Vec is not Copy, nor a tuple holding a String', async () => {
    expect((await errors(`use std::hash::Hash;
fn need_ord<T: Ord>(x: T) -> T { x }
fn key<K: Hash + Eq>(k: K) -> K { k }
fn dup<T: Copy>(x: &T) -> T { *x }
fn main() {
    need_ord(1.5f64);
    key(2.5f64);
    let v = vec![1];
    dup(&v);
    let pair = (1, String::new());
    dup(&pair);
}
`))).toEqual([
      'E0277 6:14 the trait bound `f64: Ord` is not satisfied',
      'E0277 7:9 the trait bound `f64: Hash` is not satisfied',
      'E0277 7:9 the trait bound `f64: Eq` is not satisfied',
      'E0277 9:9 the trait bound `Vec<{integer}>: Copy` is not satisfied',
      'E0277 11:9 the trait bound `String: Copy` is not satisfied in `({integer}, String)`',
    ]);
  });

  it('a shared reference is Copy and Clone, an Option is Copy only if what it holds is, a &mut never', async () => {
    expect((await errors(`#[derive(Clone)]
struct Token;
fn need_clone<T: Clone>(x: T) -> T { x }
fn need_copy<T: Copy>(x: T) -> T { x }
fn main() {
    need_clone(&Token);
    need_copy(&Token);
    let t = Some(Token);
    need_copy(t);
    let r = &mut 5;
    need_copy(r);
}
`))).toEqual([
      'E0277 9:15 the trait bound `Option<Token>: Copy` is not satisfied',
      'E0277 11:15 the trait bound `&mut {integer}: Copy` is not satisfied',
    ]);
  });
});

describe("the bounds of a program's structs and impls", () => {
  it('E0599: a method of `impl<K: Hash + Eq>` called on a Cache<f64, f64>', async () => {
    expect((await errors(`use std::collections::HashMap;
use std::hash::Hash;
struct Cache<K, V> {
    map: HashMap<K, V>,
}
impl<K: Hash + Eq, V: Copy> Cache<K, V> {
    fn store(&mut self, key: K, value: V) {
        self.map.insert(key, value);
    }
}
fn main() {
    let mut roots: Cache<f64, f64> = Cache { map: HashMap::new() };
    roots.store(2.0, 1.41);
}
`))).toEqual([
      'E0599 13:11 the method `store` exists for struct `Cache<f64, f64>`, but its trait bounds were not satisfied',
    ]);
  });

  it('E0277 at the type and at the field of `struct Tree<T: Ord>` with f64, then E0599 for its method', async () => {
    expect((await errors(`struct Tree<T: Ord> {
    items: Vec<T>,
}
impl<T: Ord> Tree<T> {
    fn insert(&mut self, value: T) {
        self.items.push(value);
    }
}
fn main() {
    let mut heights: Tree<f64> = Tree { items: Vec::new() };
    heights.insert(1.72);
}
`))).toEqual([
      'E0277 10:22 the trait bound `f64: Ord` is not satisfied',
      'E0277 10:48 the trait bound `f64: Ord` is not satisfied',
      'E0599 11:13 the method `insert` exists for struct `Tree<f64>`, but its trait bounds were not satisfied',
    ]);
  });

  it("E0277 for an associated function's impl and struct, and a tuple struct's constructor", async () => {
    expect((await errors(`struct Tree<T: Ord> { v: Vec<T> }
impl<T: Ord> Tree<T> {
    fn new() -> Self { Tree { v: Vec::new() } }
}
struct Key<T: Ord>(T);
fn main() {
    let t: Tree<f64> = Tree::new();
    let k = Key(1.5);
    let nested: Vec<Tree<f64>> = vec![];
}
`)).sort()).toEqual([
      'E0277 7:12 the trait bound `f64: Ord` is not satisfied',
      'E0277 7:24 the trait bound `f64: Ord` is not satisfied',
      'E0277 7:24 the trait bound `f64: Ord` is not satisfied',
      'E0277 8:13 the trait bound `{float}: Ord` is not satisfied',
      'E0277 8:17 the trait bound `{float}: Ord` is not satisfied',
      'E0277 9:17 the trait bound `f64: Ord` is not satisfied',
    ]);
  });
});

describe('generic code that asks more of T than its bounds give', () => {
  it('E0277: vec![value; n] clones the value, for a T without Clone and a type without it', async () => {
    expect((await errors(`#[derive(Debug)]
struct Grid<T> {
    cells: Vec<T>,
}
impl<T> Grid<T> {
    fn filled(n: usize, value: T) -> Self {
        Grid { cells: vec![value; n] }
    }
}
struct Token;
fn main() {
    let g = Grid::filled(3, '.');
    println!("{:?}", g);
    let t = vec![Token; 2];
}
`))).toEqual([
      'E0277 7:28 the trait bound `T: Clone` is not satisfied',
      'E0277 14:18 the trait bound `Token: Clone` is not satisfied',
    ]);
  });

  it('E0599: len() of a &T whose T has no bounds', async () => {
    expect((await errors(`fn longest_len<T>(items: &[T]) -> usize {
    let mut best = 0;
    for item in items {
        if item.len() > best {
            best = item.len();
        }
    }
    best
}
fn main() {
    println!("{}", longest_len(&["hi", "hello"]));
}
`))).toEqual([
      'E0599 4:17 no method named `len` found for reference `&T` in the current scope',
      'E0599 5:25 no method named `len` found for reference `&T` in the current scope',
    ]);
  });

  it("E0282: a generic struct's new() that nothing gives a type", async () => {
    expect((await errors(`struct Stack<T> {
    items: Vec<T>,
}
impl<T> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
}
fn main() {
    let history = Stack::new();
    println!("{}", history.is_empty());
}
`))).toEqual([
      'E0282 13:9 type annotations needed for `Stack<_>`',
    ]);
  });
});

describe('bounds std types do meet are not errors', () => {
  it('Copy, Clone, Ord, Hash and Eq of strings, collections, tuples, references, derives and impls; bounded structs', async () => {
    await runsAs(`use std::collections::{BTreeSet, HashMap, HashSet};
use std::hash::Hash;
use std::rc::Rc;
use std::cmp::Reverse;
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
struct Id(u32);
#[derive(Debug)]
struct Manual(i32);
impl Clone for Manual { fn clone(&self) -> Self { Manual(self.0) } }
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Pair<T> { a: T, b: T }
trait Key: Ord + Clone {}
impl Key for i32 {}
fn dup<T: Copy>(x: &T) -> T { *x }
fn twice<T: Clone>(x: &T) -> (T, T) { (x.clone(), x.clone()) }
fn top<T: Ord + Clone>(v: &[T]) -> T { v.iter().max().unwrap().clone() }
fn less<T: PartialOrd>(a: T, b: T) -> bool { a < b }
fn same<T: Eq>(a: T, b: T) -> bool { a == b }
fn count<K: Hash + Eq>(v: Vec<K>) -> usize { let s: HashSet<K> = v.into_iter().collect(); s.len() }
fn key_top<K: Key>(v: &[K]) -> K { top(v) }
fn ord_to_partial<T: Ord>(a: T, b: T) -> bool { less(a, b) }
fn fill<T: Clone>(v: T, n: usize) -> Vec<T> { vec![v; n] }
fn opts<T: Clone>(n: usize) -> Vec<Option<T>> { vec![None; n] }
struct Tree<T: Ord> { v: Vec<T> }
impl<T: Ord> Tree<T> {
    fn new() -> Self { Tree { v: Vec::new() } }
    fn insert(&mut self, x: T) { self.v.push(x); self.v.sort(); }
}
struct Sorted<T> where T: Ord { v: Vec<T> }
impl<T> Sorted<T> where T: Ord { fn first(&self) -> Option<&T> { self.v.first() } }
struct W<K>(K);
impl<K: Hash + Eq + std::fmt::Debug> W<K> { fn go(&self) { println!("{:?}", self.0); } }
fn main() {
    let s = "hi";
    println!("{}", dup(&s));
    let r: &String = &String::from("x");
    println!("{}", dup(&r));
    println!("{:?}", dup(&(1, 'c', true)));
    println!("{:?}", dup(&[1u8; 3]));
    println!("{:?}", dup(&Some("a")));
    println!("{:?}", dup(&Id(3)));
    println!("{:?}", dup(&()));
    let f: fn(i32) -> i32 = |x| x + 1;
    println!("{}", dup(&f)(1));
    println!("{:?}", twice(&String::from("a")));
    println!("{:?}", twice(&vec![1, 2]));
    println!("{:?}", twice(&Rc::new(5)));
    println!("{:?}", twice(&Manual(2)));
    println!("{:?}", twice(&&Manual(2)));
    println!("{:?}", twice(&Some(Box::new(1))));
    println!("{:?}", twice(&Pair { a: 1, b: 2 }));
    println!("{:?}", top(&[String::from("a"), String::from("b")]));
    println!("{:?}", top(&["x", "y"]));
    println!("{:?}", top(&[(1, String::from("a")), (0, String::from("b"))]));
    println!("{:?}", top(&[Some(1), None]));
    println!("{:?}", top(&['a', 'z']));
    println!("{:?}", top(&[Reverse(1), Reverse(2)]));
    println!("{:?}", top(&[vec![1], vec![2, 3]]));
    println!("{:?}", top(&[Id(1), Id(9)]));
    println!("{}", less(1.5, 2.5));
    println!("{}", less("a", "b"));
    println!("{}", same(String::new(), String::new()));
    println!("{}", same(&1, &1));
    println!("{}", same(Pair { a: 'a', b: 'b' }, Pair { a: 'a', b: 'b' }));
    println!("{}", count(vec!["a", "b", "a"]));
    println!("{}", count(vec![(1, 2), (1, 2)]));
    println!("{}", count(vec![String::from("q")]));
    println!("{}", count(vec![vec![1u8], vec![1u8]]));
    println!("{}", count(vec![BTreeSet::from([1])]));
    println!("{}", count(vec![Id(1)]));
    println!("{}", count(vec![Some('c')]));
    println!("{}", key_top(&[3, 1]));
    println!("{}", ord_to_partial(1, 2));
    println!("{:?}", fill(String::from("."), 2));
    println!("{:?}", fill(Manual(1), 2));
    println!("{:?}", opts::<String>(2));
    let grid = vec![vec![0; 3]; 2];
    let e: Vec<Vec<String>> = vec![Vec::new(); 2];
    let rc = vec![Rc::new(1); 2];
    let t2 = vec![(0, 'a'); 2];
    let arr = vec![[0u8; 2]; 2];
    let hm: Vec<HashMap<String, i32>> = vec![HashMap::new(); 2];
    println!("{:?} {:?} {:?} {:?} {:?} {:?}", grid, e, rc, t2, arr, hm);
    let mut t = Tree::new();
    t.insert(3);
    t.insert(1);
    let u: Tree<String> = Tree { v: vec![String::from("z")] };
    println!("{:?} {}", t.v, u.v.len());
    let s = Sorted { v: vec![2, 1] };
    println!("{:?}", s.first());
    W(String::from("k")).go();
    W((1, "a")).go();
    W(&5).go();
}
`, 'hi\nx\n(1, \'c\', true)\n[1, 1, 1]\nSome("a")\nId(3)\n()\n2\n("a", "a")\n([1, 2], [1, 2])\n(5, 5)\n(Manual(2), Manual(2))\n(Manual(2), Manual(2))\n(Some(1), Some(1))\n(Pair { a: 1, b: 2 }, Pair { a: 1, b: 2 })\n"b"\n"y"\n(1, "a")\nSome(1)\n\'z\'\nReverse(1)\n[2, 3]\nId(9)\ntrue\ntrue\ntrue\ntrue\ntrue\n2\n1\n1\n1\n1\n1\n1\n3\ntrue\n[".", "."]\n[Manual(1), Manual(1)]\n[None, None]\n[[0, 0, 0], [0, 0, 0]] [[], []] [1, 1] [(0, \'a\'), (0, \'a\')] [[0, 0], [0, 0]] [{}, {}]\n[1, 3] 1\nSome(2)\n"k"\n(1, "a")\n5\n');
  });

  it('methods every T or &T has: clone of a &T, a blanket impl of the program', async () => {
    await runsAs(`trait Describe { fn describe(&self) -> String; }
impl<T> Describe for T { fn describe(&self) -> String { String::from("thing") } }
fn a<T>(x: &T) -> &T { x.clone() }
fn c<T>(x: &T) -> String { x.describe() }
fn d<T>(x: &T) -> &T { let y = x; y }
fn main() {
    println!("{}", a(&1));
    println!("{}", c(&3));
    println!("{}", d(&4));
}
`, '1\nthing\n4\n');
  });
});

describe('a closure that borrows a local, consumed inside the function that returns references into a parameter', () => {
  it('find_map, filter_map and map whose results hold only what the parameter points at (was a false E0373)', async () => {
    await runsAs(`fn pick(v: &Vec<i32>) -> Option<&i32> {
    let n = 0;
    (0..v.len()).find_map(|i| v.get(i + n))
}
fn main() { println!("{:?}", pick(&vec![1, 2])); }
`, 'Some(1)\n');
    await runsAs(`fn pick(v: &Vec<i32>) -> Vec<&i32> {
    let n = 0;
    (0..v.len()).filter_map(|i| v.get(i + n)).collect()
}
fn main() { println!("{:?}", pick(&vec![1, 2])); }
`, '[1, 2]\n');
    await runsAs(`fn pick(v: &Vec<i32>) -> Vec<&i32> {
    let n = 0;
    (0..v.len()).map(|i| &v[i + n]).collect()
}
fn main() { println!("{:?}", pick(&vec![1, 2])); }
`, '[1, 2]\n');
    await runsAs(`fn pick(v: &Vec<Option<i32>>) -> Vec<&i32> {
    let n = v.len();
    (0..n).filter_map(|i| v[i % n].as_ref()).collect()
}
fn main() { println!("{:?}", pick(&vec![Some(1), None])); }
`, '[1]\n');
  });

  it('E0373 still, where the captured borrow is what the closure returns', async () => {
    expect((await errors(`fn bad(v: &Vec<i32>) -> Vec<&i32> {
    let n = 5;
    (0..v.len()).map(|_| &n).collect()
}
fn worse(v: &Vec<i32>) -> Option<&i32> {
    let w = vec![1, 2];
    (0..v.len()).find_map(|i| w.get(i))
}
fn main() { println!("{:?} {:?}", bad(&vec![1]), worse(&vec![1])); }
`))).toEqual([
      'E0373 3:22 closure may outlive the current function, but it borrows `n`, which is owned by the current function',
      'E0373 7:27 closure may outlive the current function, but it borrows `w`, which is owned by the current function',
    ]);
  });
});
