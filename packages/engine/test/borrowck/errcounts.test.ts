// The errors rustc 1.95 gives, one diagnostic each, where memviz used to give more or fewer:
// grouped move errors (E0507/E0508/E0509), bad slice indexes (E0277), and the lifetimes the hidden
// type of `-> impl Trait` may hold (E0700, E0621, 'lifetime may not live long enough'). Each list is
// rustc's (`--edition 2021 --error-format=json`): code, line:column of the primary span, message.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

async function errors(source: string): Promise<string[]> {
  const engine = await getEngine();
  const found = engine.check(source).diagnostics.filter((d) => d.severity === 'error');
  // rustc prints two errors of one statement in the order it found them; compare by position.
  found.sort((a, b) => a.span.line - b.span.line || a.span.col - b.span.col);
  return found.map((d) => `${d.code ?? '-'} ${d.span.line}:${d.span.col} ${d.message}`);
}

describe('E0507, E0508 and E0509: one error per scrutinee, naming every binding that moves', () => {
  it('a struct pattern on *r moving two fields', async () => {
    const source = `struct Foo { a: String, b: String, n: i32 }
fn main() {
    let f = Foo { a: String::new(), b: String::new(), n: 1 };
    let r = &f;
    let Foo { a, b, n } = *r;
    println!("{} {} {}", a, b, n);
}
`;
    expect(await errors(source)).toEqual([
      'E0507 5:27 cannot move out of `r.a` which is behind a shared reference'
    ]);
    // rustc's labels: the scrutinee, each binding, and one note for all of them.
    const d = (await getEngine()).check(source).diagnostics[0];
    expect(d.labels.map((l) => `${l.span.line}:${l.span.col} ${l.message}`)).toEqual(['5:27 ', '5:15 data moved here', '5:18 ...and here']);
    expect(d.notes).toEqual(["note: move occurs because these variables have types that don't implement the `Copy` trait"]);
  });

  it("a tuple pattern on a Vec's element", async () => {
    const source = `fn main() {
    let v = vec![Some(String::from("a")), None];
    match &v[0] {
        Some(s) => println!("{}", s),
        None => {}
    }
    let w = vec![(String::from("a"), String::from("b"))];
    let (x, y) = w[0];
    println!("{} {}", x, y);
}
`;
    expect(await errors(source)).toEqual([
      'E0507 8:18 cannot move out of index of `Vec<(String, String)>`'
    ]);
  });

  it('a struct pattern on a value whose type implements Drop', async () => {
    const source = `struct S { x: String, y: String }
impl Drop for S { fn drop(&mut self) {} }
fn main() {
    let s = S { x: String::new(), y: String::new() };
    let S { x, y } = s;
    println!("{} {}", x, y);
}
`;
    expect(await errors(source)).toEqual([
      'E0509 5:22 cannot move out of type `S`, which implements the `Drop` trait'
    ]);
  });

  it('bindings of several arms of one match', async () => {
    const source = `enum E { Two(String, String), One(String) }
fn main() {
    let e = E::Two(String::new(), String::new());
    let r = &e;
    match *r {
        E::Two(a, b) => println!("{} {}", a, b),
        E::One(c) => println!("{}", c),
    }
}
`;
    expect(await errors(source)).toEqual([
      'E0507 5:11 cannot move out of `r` as enum variant `Two` which is behind a shared reference'
    ]);
  });

  it('one binding each: let, match on a Drop value, match on a reference', async () => {
    const source = `struct Foo { a: String, b: String }
struct S { x: String, y: i32 }
impl Drop for S { fn drop(&mut self) {} }
fn main() {
    let f = Foo { a: String::new(), b: String::new() };
    let r = &f;
    let Foo { a: mine, .. } = *r;
    let s = S { x: String::new(), y: 1 };
    match s {
        S { x, y } => println!("{} {}", x, y),
    }
    match r {
        &Foo { ref a, b } => println!("{} {}", a, b),
    }
    println!("{}", mine);
}
`;
    expect(await errors(source)).toEqual([
      'E0507 7:31 cannot move out of `r.a` which is behind a shared reference',
      'E0509 9:11 cannot move out of type `S`, which implements the `Drop` trait',
      'E0507 12:11 cannot move out of `r.b` which is behind a shared reference'
    ]);
    // One binding: the note is a label on it, naming the binding.
    const d = (await getEngine()).check(source).diagnostics[0];
    expect(d.labels.map((l) => l.message)).toEqual(['', 'data moved here', 'move occurs because `mine` has type `String`, which does not implement the `Copy` trait']);
  });

  it('for patterns, a tuple of Drop values, if let, guards, arrays and slices', async () => {
    const source = `struct D { x: String }
impl Drop for D { fn drop(&mut self) {} }
struct P { a: String, b: String }
fn main() {
    let pairs = vec![(String::from("a"), String::from("b"))];
    for &(ref k, v) in &pairs {
        println!("{} {}", k, v);
    }
    for &(k, v) in &pairs {
        println!("{} {}", k, v);
    }
    let dd = (D { x: String::new() }, D { x: String::new() });
    match dd {
        (D { x }, D { x: y }) => println!("{} {}", x, y),
    }
    let o = Some(P { a: String::new(), b: String::new() });
    let r = &o;
    if let Some(P { a, b }) = *r {
        println!("{} {}", a, b);
    }
    match *r {
        Some(P { a, .. }) if a.len() > 0 => println!("{}", a),
        Some(P { b, .. }) => println!("{}", b),
        None => {}
    }
    let arr = [String::new(), String::new()];
    let ra = &arr;
    let [p, q] = *ra;
    println!("{} {}", p, q);
    let s: &[String] = &arr;
    if let [first, second] = *s {
        println!("{} {}", first, second);
    }
}
`;
    expect(await errors(source)).toEqual([
      'E0507 6:24 cannot move out of a shared reference',
      'E0507 9:20 cannot move out of a shared reference',
      'E0509 13:11 cannot move out of type `D`, which implements the `Drop` trait',
      'E0509 13:11 cannot move out of type `D`, which implements the `Drop` trait',
      'E0507 18:31 cannot move out of `r.a` as enum variant `Some` which is behind a shared reference',
      'E0507 21:11 cannot move out of `r.a` as enum variant `Some` which is behind a shared reference',
      'E0508 28:18 cannot move out of type `[String; 2]`, a non-copy array',
      'E0508 31:30 cannot move out of type `[String]`, a non-copy slice'
    ]);
  });

  it('the moved place as rustc names it (tuple-struct and variant fields left out)', async () => {
    const source = `struct P { a: String, b: String }
struct W(P, String);
fn main() {
    let t = (String::new(), String::new());
    let rt = &t;
    let (x, y) = *rt;
    let w = W(P { a: String::new(), b: String::new() }, String::new());
    let rw = &w;
    let W(P { a, .. }, s) = *rw;
    let o = Some((String::new(), 1));
    let ro = &o;
    if let Some((n, _)) = *ro { println!("{}", n); }
    println!("{} {} {} {}", x, y, a, s);
}
`;
    expect(await errors(source)).toEqual([
      'E0507 6:18 cannot move out of `rt.0` which is behind a shared reference',
      'E0507 9:29 cannot move out of `rw.a` which is behind a shared reference',
      'E0507 12:27 cannot move out of `ro.0` as enum variant `Some` which is behind a shared reference'
    ]);
  });

  it('moves that are not pattern bindings stay one error each', async () => {
    const source = `struct P { a: String }
struct W(P, String);
enum E { V(String) }
fn main() {
    let w = W(P { a: String::new() }, String::new());
    let rw = &w;
    let x = rw.0.a;
    let y = rw.1;
    let e = E::V(String::new());
    let re = &e;
    let z = match re { E::V(q) => *q };
    println!("{} {} {}", x, y, z);
}
`;
    expect(await errors(source)).toEqual([
      'E0507 7:13 cannot move out of `rw.a` which is behind a shared reference',
      'E0507 8:13 cannot move out of `rw` which is behind a shared reference',
      'E0507 11:35 cannot move out of `*q` which is behind a shared reference'
    ]);
  });
});

describe('E0277: a slice indexed by a non-usize integer', () => {
  it('each bad index is one error', async () => {
    const source = `fn main() {
    let v = vec![1, 2, 3];
    let i: i32 = 1;
    let a = v[i] + v[i];
    let b = v[i];
    println!("{} {}", a, b);
}
`;
    expect(await errors(source)).toEqual([
      'E0277 4:15 the type `[{integer}]` cannot be indexed by `i32`',
      'E0277 4:22 the type `[{integer}]` cannot be indexed by `i32`',
      'E0277 5:15 the type `[{integer}]` cannot be indexed by `i32`'
    ]);
  });

  it('g[r][c]: after a bad index the element type is unknown, so the second index is not reported', async () => {
    const source = `fn main() {
    let g = [[0u8; 3]; 3];
    let r: i32 = 1;
    let c: i64 = 2;
    println!("{}", g[r][c]);
    let s = &g[..];
    println!("{}", s[r][1]);
    let w = vec![vec![1]];
    println!("{}", w[r][c]);
    println!("{}", w[0][c]);
}
`;
    expect(await errors(source)).toEqual([
      'E0277 5:22 the type `[[u8; 3]]` cannot be indexed by `i32`',
      'E0277 7:22 the type `[[u8; 3]]` cannot be indexed by `i32`',
      'E0277 9:22 the type `[Vec<{integer}>]` cannot be indexed by `i32`',
      'E0277 10:25 the type `[{integer}]` cannot be indexed by `i64`'
    ]);
  });

  it('in a loop and in one println', async () => {
    const source = `fn main() {
    let v = vec![1, 2, 3];
    let mut total = 0;
    for i in 0..3i32 {
        total += v[i];
        total += v[i] * 2;
    }
    let x = &v;
    println!("{}", x[total]);
    let arr = [1, 2, 3];
    let k: u32 = 1;
    println!("{} {}", arr[k], arr[k]);
}
`;
    expect(await errors(source)).toEqual([
      'E0277 5:20 the type `[{integer}]` cannot be indexed by `i32`',
      'E0277 6:20 the type `[{integer}]` cannot be indexed by `i32`',
      'E0277 12:27 the type `[{integer}]` cannot be indexed by `u32`',
      'E0277 12:35 the type `[{integer}]` cannot be indexed by `u32`'
    ]);
  });

  it("a VecDeque's one Index<usize> impl makes a bad index a mismatch (E0308)", async () => {
    const source = `use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<Vec<i32>> = VecDeque::new();
    d.push_back(vec![1]);
    let i: i32 = 0;
    let j: i64 = 0;
    println!("{}", d[i][j]);
    let x: u8 = d[i][0];
    let y: u8 = vec![1i32][i];
    println!("{} {}", x, y);
}
`;
    expect(await errors(source)).toEqual([
      'E0308 7:22 mismatched types',
      'E0277 7:25 the type `[i32]` cannot be indexed by `i64`',
      'E0308 8:17 mismatched types',
      'E0308 8:19 mismatched types',
      'E0277 9:28 the type `[i32]` cannot be indexed by `i32`'
    ]);
  });
});

describe('-> impl Trait (edition 2021): lifetimes the hidden type holds', () => {
  it("+ 'a, and a second argument of elided lifetime zipped in: E0621", async () => {
    const source = `fn both<'a>(xs: &'a [i32], ys: &[i32]) -> impl Iterator<Item = i32> + 'a {
    xs.iter().zip(ys.iter()).map(|(a, b)| a + b)
}
fn main() {
    let xs = [1, 2];
    let ys = [3, 4];
    for s in both(&xs, &ys) { println!("{}", s); }
}
`;
    expect(await errors(source)).toEqual([
      'E0621 2:5 explicit lifetime required in the type of `ys`'
    ]);
  });

  it("+ '_ on a method, and an argument of another named lifetime", async () => {
    const source = `struct Nums { v: Vec<i32> }
impl Nums {
    fn with<'b>(&self, other: &'b [i32]) -> impl Iterator<Item = i32> + '_ {
        self.v.iter().zip(other.iter()).map(|(a, b)| a * b)
    }
}
fn main() {
    let n = Nums { v: vec![1, 2] };
    let o = [3, 4];
    for s in n.with(&o) { println!("{}", s); }
}
`;
    expect(await errors(source)).toEqual([
      '- 4:9 lifetime may not live long enough'
    ]);
  });

  it("+ 'a + 'b: each lifetime must outlive the other", async () => {
    const source = `fn both<'a, 'b>(xs: &'a [i32], ys: &'b [i32]) -> impl Iterator<Item = i32> + 'a + 'b {
    xs.iter().zip(ys.iter()).map(|(a, b)| a + b)
}
fn same<'a>(xs: &'a [i32], ys: &'a [i32]) -> impl Iterator<Item = i32> + 'a {
    xs.iter().zip(ys.iter()).map(|(a, b)| a + b)
}
fn scaled<'a>(xs: &'a [i32], k: &i32) -> impl Iterator<Item = i32> + 'a {
    let k = *k;
    xs.iter().map(move |x| x * k)
}
fn main() {
    let xs = [1, 2];
    let ys = [3, 4];
    for s in both(&xs, &ys) { println!("{}", s); }
    for s in same(&xs, &ys) { println!("{}", s); }
    for s in scaled(&xs, &3) { println!("{}", s); }
}
`;
    expect(await errors(source)).toEqual([
      '- 2:5 lifetime may not live long enough',
      '- 2:5 lifetime may not live long enough'
    ]);
  });

  it('a move closure of filter capturing the second argument', async () => {
    const source = `fn pick<'a>(xs: &'a [i32], ys: &[i32]) -> impl Iterator<Item = &'a i32> + 'a {
    xs.iter().filter(move |x| ys.contains(x))
}
fn main() {
    let xs = [1, 2];
    let ys = [2];
    for s in pick(&xs, &ys) { println!("{}", s); }
}
`;
    expect(await errors(source)).toEqual([
      'E0621 2:5 explicit lifetime required in the type of `ys`'
    ]);
  });

  it("'_ with two elided input lifetimes is E0106", async () => {
    const source = `fn pick(xs: &[i32], ys: &[i32]) -> impl Iterator<Item = i32> + '_ {
    xs.iter().zip(ys.iter()).map(|(a, b)| a + b)
}
fn main() {}
`;
    expect(await errors(source)).toEqual([
      'E0106 1:64 missing lifetime specifier'
    ]);
  });

  it('no lifetime in the bounds: E0700', async () => {
    const source = `struct Nums { v: Vec<i32> }
impl Nums {
    fn with<'b>(&'b self, other: &'b [i32]) -> impl Iterator<Item = i32> + 'b {
        self.v.iter().zip(other.iter()).map(|(a, b)| a * b)
    }
    fn twice(&self, k: &i32) -> impl Iterator<Item = i32> + '_ {
        let k = *k;
        self.v.iter().map(move |x| x * k)
    }
    fn plain(&self, other: &[i32]) -> impl Iterator<Item = i32> {
        self.v.iter().zip(other.iter()).map(|(a, b)| a * b)
    }
}
fn main() {
    let n = Nums { v: vec![1, 2] };
    let o = [3, 4];
    for s in n.with(&o) { println!("{}", s); }
    for s in n.twice(&2) { println!("{}", s); }
}
`;
    expect(await errors(source)).toEqual([
      'E0700 11:9 hidden type for `impl Iterator<Item = i32>` captures lifetime that does not appear in bounds'
    ]);
  });

  it('a named lifetime not in the bounds: E0700', async () => {
    const source = `fn f<'a>(x: &'a [i32]) -> impl Iterator<Item = i32> {
    x.iter().map(|v| v + 1)
}
fn main() { for v in f(&[1]) { println!("{}", v); } }
`;
    expect(await errors(source)).toEqual([
      'E0700 2:5 hidden type for `impl Iterator<Item = i32>` captures lifetime that does not appear in bounds'
    ]);
  });

  it("+ 'static", async () => {
    const source = `fn f(x: &[i32]) -> impl Iterator<Item = i32> + 'static {
    x.iter().map(|v| v + 1)
}
fn main() { for v in f(&[1]) { println!("{}", v); } }
`;
    expect(await errors(source)).toEqual([
      '- 2:5 lifetime may not live long enough'
    ]);
  });

  it("a lifetime named only in Item: the other argument's is E0700", async () => {
    const source = `fn f(x: &[i32]) -> impl Iterator<Item = &i32> {
    x.iter()
}
fn g<'a>(x: &'a [i32], y: &[i32]) -> impl Iterator<Item = &'a i32> {
    x.iter().filter(move |v| y.contains(v))
}
fn main() { for v in f(&[1]) { println!("{}", v); } for v in g(&[1], &[1]) { println!("{}", v); } }
`;
    expect(await errors(source)).toEqual([
      "E0700 5:5 hidden type for `impl Iterator<Item = &'a i32>` captures lifetime that does not appear in bounds"
    ]);
  });

  it('a chain over several lines is reported at its first line', async () => {
    const source = `struct Dictionary { words: Vec<String> }
impl Dictionary {
    fn starting_with<'p>(&self, prefix: &'p str) -> impl Iterator<Item = &String> + '_ {
        self.words
            .iter()
            .filter(move |w| w.starts_with(prefix))
    }
}
fn main() {
    let d = Dictionary { words: vec!["ab".into()] };
    for w in d.starting_with("a") { println!("{}", w); }
}
`;
    expect(await errors(source)).toEqual([
      '- 4:9 lifetime may not live long enough'
    ]);
  });

  it('a non-move closure borrowing the argument: also E0373', async () => {
    const source = `struct Dictionary { words: Vec<String> }
impl Dictionary {
    fn starting_with(&self, prefix: &str) -> impl Iterator<Item = &String> + '_ {
        self.words.iter().filter(|w| w.starts_with(prefix))
    }
}
fn both<'a>(xs: &'a [i32], ys: &[i32]) -> impl Iterator<Item = i32> + 'a {
    xs.iter().map(|x| x + ys[0])
}
fn main() {
    let d = Dictionary { words: vec!["ab".into()] };
    for w in d.starting_with("a") { println!("{}", w); }
    for w in both(&[1], &[2]) { println!("{}", w); }
}
`;
    expect(await errors(source)).toEqual([
      '- 4:9 lifetime may not live long enough',
      'E0373 4:34 closure may outlive the current function, but it borrows `prefix`, which is owned by the current function',
      'E0621 8:5 explicit lifetime required in the type of `ys`'
    ]);
  });

  it('one error per argument that may not flow there', async () => {
    const source = `fn f<'a>(x: &'a [i32], y: &[i32], z: &[i32]) -> impl Iterator<Item = i32> + 'a {
    x.iter().chain(y.iter()).chain(z.iter()).copied()
}
fn g(x: &[i32], y: &[i32]) -> impl Iterator<Item = i32> {
    x.iter().chain(y.iter()).copied()
}
fn main() {}
`;
    expect(await errors(source)).toEqual([
      'E0621 2:5 explicit lifetime required in the type of `y`',
      'E0621 2:5 explicit lifetime required in the type of `z`',
      'E0700 5:5 hidden type for `impl Iterator<Item = i32>` captures lifetime that does not appear in bounds'
    ]);
  });

  it("the hidden type's lifetimes are not &self's", async () => {
    const source = `struct S { v: Vec<i32> }
impl S {
    fn f<'a>(&self, x: &'a [i32]) -> impl Iterator<Item = &'a i32> + 'a {
        x.iter()
    }
    fn g<'a>(&self, x: &'a [i32]) -> impl Iterator<Item = &'a i32> {
        x.iter()
    }
}
fn main() {
    let s = S { v: vec![] };
    let x = [1];
    for v in s.f(&x) { println!("{} {}", v, s.v.len()); }
    for v in s.g(&x) { println!("{}", v); }
}
`;
    expect(await errors(source)).toEqual([]);
  });

  it("accepted: Item lifetimes, 'static data, declared bounds, Copy captures, owned results", async () => {
    const source = `struct Nums { v: Vec<i32> }
impl Nums {
    fn above<'a>(&'a self, t: i32) -> impl Iterator<Item = &'a i32> + 'a {
        self.v.iter().filter(move |x| **x > t)
    }
    fn all(&self) -> impl Iterator<Item = &i32> {
        self.v.iter()
    }
    fn doubled(&self) -> impl Iterator<Item = i32> + '_ {
        self.v.iter().map(|x| x * 2)
    }
}
fn with_static<'a>(x: &'a [i32]) -> impl Iterator<Item = i32> + 'a {
    let s: &'static [i32] = &[9];
    x.iter().chain(s.iter()).copied()
}
fn outlived<'a, 'b: 'a>(x: &'a [i32], y: &'b [i32]) -> impl Iterator<Item = i32> + 'a {
    x.iter().zip(y.iter()).map(|(a, b)| a + b)
}
fn adder<'a>(x: &'a i32) -> impl Fn(i32) -> i32 + 'a {
    move |y| x + y
}
fn owned(v: &[i32]) -> impl Iterator<Item = i32> {
    v.to_vec().into_iter().filter(|x| x % 2 == 0)
}
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(' ')
}
fn cloned_all<T: Clone>(v: &[T]) -> impl Iterator<Item = T> + '_ {
    v.iter().cloned()
}
fn upper<'a>(v: &'a [&str]) -> impl Iterator<Item = String> + 'a {
    v.iter().map(|s| s.to_uppercase())
}
fn scaled<'a>(x: &'a [i32], k: &i32) -> impl Iterator<Item = i32> + 'a {
    let k = *k;
    x.iter().map(move |v| v * k)
}
fn counted(x: &[i32], y: &[i32]) -> impl Iterator<Item = usize> {
    let n = x.len() + y.len();
    (0..n).map(|i| i * 2)
}
fn main() {
    let n = Nums { v: vec![1, 2, 3] };
    for x in n.above(1) { println!("{}", x); }
    for x in n.all() { println!("{}", x); }
    for x in n.doubled() { println!("{}", x); }
    for x in with_static(&[1]) { println!("{}", x); }
    for x in outlived(&[1], &[2]) { println!("{}", x); }
    println!("{}", adder(&3)(4));
    for x in owned(&[1, 2]) { println!("{}", x); }
    for w in words("a b") { println!("{}", w); }
    for w in cloned_all(&[String::from("s")]) { println!("{}", w); }
    for w in upper(&["x", "y"]) { println!("{}", w); }
    for w in scaled(&[1, 2], &3) { println!("{}", w); }
    for w in counted(&[1], &[2]) { println!("{}", w); }
}
`;
    expect(await errors(source)).toEqual([]);
    expect((await getEngine()).run(source).trace?.stdout).toBe('2\n3\n1\n2\n3\n2\n4\n6\n1\n9\n3\n7\n2\na\nb\ns\nX\nY\n3\n6\n0\n2\n');
  });

  it("accepted: + '_ and + 'a where every flow outlives the bound", async () => {
    const source = `fn evens(xs: &[i32]) -> impl Iterator<Item = i32> + '_ {
    xs.iter().filter(|x| *x % 2 == 0).copied()
}
fn pairs<'a>(xs: &'a [i32], ys: &'a [i32]) -> impl Iterator<Item = (i32, i32)> + 'a {
    xs.iter().copied().zip(ys.iter().copied())
}
struct Nums { v: Vec<i32> }
impl Nums {
    fn scaled(&self, k: &i32) -> impl Iterator<Item = i32> + '_ {
        let k = *k;
        self.v.iter().map(move |x| x * k)
    }
    fn above<'b>(&'b self, t: &'b i32) -> impl Iterator<Item = &'b i32> + 'b {
        self.v.iter().filter(move |x| *x > t)
    }
    fn longer(&self, other: &[i32]) -> impl Iterator<Item = i32> + '_ {
        let n = other.len();
        self.v.iter().map(move |x| x + n as i32)
    }
    fn st(&self, other: &[i32]) -> impl Iterator<Item = i32> + 'static {
        let o: Vec<i32> = other.to_vec();
        o.into_iter()
    }
}
fn main() {
    let n = Nums { v: vec![1, 2] };
    for x in n.scaled(&2) { println!("{}", x); }
    for x in n.above(&1) { println!("{}", x); }
    for x in n.longer(&[1]) { println!("{}", x); }
    for x in n.st(&[3]) { println!("{}", x); }
    for x in evens(&[1, 2]) { println!("{}", x); }
    for (a, b) in pairs(&[1], &[2]) { println!("{} {}", a, b); }
}
`;
    expect(await errors(source)).toEqual([]);
  });
});
