// Destructuring assignment beyond tuples (rustc reads `[x, y] = v` as `{ let [lhs0, lhs1] = v; x = lhs0; y = lhs1; }`),
// the fmt builders' `entries`, `debug_set`, `debug_map` and `finish_non_exhaustive`, and the escapes of
// char and str. Outputs, codes and first lines are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

const run = async (source: string) => (await getEngine()).run(source);
const errors = async (source: string) =>
  (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`);

const D1 = `#[derive(Debug)]
struct Point { x: i32, y: i32 }
struct Pair(String, String);
struct Wrap<T> { inner: T, tag: u8 }
fn swap_ends(v: &mut [i32; 4]) {
    [v[0], .., v[3]] = [v[3], 0, 0, v[0]];
}
fn main() {
    let (mut x, mut y);
    [x, y] = [1, 2];
    (x, [y, _]) = (y, [x + 10, 99]);
    println!("{} {}", x, y);
    let p = Point { x: 3, y: 4 };
    let (px, py);
    Point { x: px, y: py } = p;
    let mut q = Point { x: 0, y: 0 };
    Point { x: q.y, .. } = p;
    println!("{} {} {:?} {:?}", px, py, q, p);
    let pair = Pair(String::from("left"), String::from("right"));
    let (mut a, mut b) = (String::new(), String::from("old"));
    Pair(a, _) = pair;
    println!("{} {} {}", a, b, pair.1);
    Pair(b, a) = Pair(a, b);
    println!("{} {}", a, b);
    let w = Wrap { inner: vec![1, 2, 3], tag: 7 };
    let (mut v, mut t) = (Vec::new(), 0);
    Wrap { inner: v, tag: t } = w;
    println!("{:?} {}", v, t);
    let mut arr = [1, 2, 3, 4];
    swap_ends(&mut arr);
    println!("{:?}", arr);
    let r = &mut x;
    (*r, _) = (100, 200);
    _ = y;
    let mut grid = [[0u8; 2]; 2];
    [grid[0][1], grid[1][0]] = [5, 6];
    println!("{} {:?}", x, grid);
    let mut s = (0, 0);
    (s.1, s.0) = (s.0 + 1, s.1 + 2);
    let (mut head, mut tail) = (0, 0);
    [head, .., tail] = [9, 8, 7, 6];
    (.., t) = (1, 2, 3u8);
    println!("{:?} {} {} {}", s, head, tail, t);
    v.push(4);
    let _ = (v, x);
}
`;

const D1_OUT = `2 11
3 4 Point { x: 0, y: 3 } Point { x: 3, y: 4 }
left old right
old left
[1, 2, 3] 7
[4, 2, 3, 1]
100 [[0, 5], [6, 0]]
(2, 1) 9 6 3
`;

const DROPS = `struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
struct Pair(D, D);
fn main() {
    let mut a = D("a0");
    let mut b = D("b0");
    (a, _) = (D("a1"), D("t1"));
    println!("after1");
    let p = Pair(D("p0"), D("p1"));
    Pair(b, _) = p;
    println!("after2");
    let q = Pair(D("q0"), D("q1"));
    Pair(_, a) = q;
    println!("after3 {} {}", a.0, b.0);
    let arr = [D("x"), D("y"), D("z")];
    [a, .., b] = arr;
    println!("after4 {} {}", a.0, b.0);
}
`;

const FMT = `use std::fmt;
use std::collections::BTreeMap;
struct Bag(Vec<i32>);
impl fmt::Debug for Bag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { f.debug_list().entries(self.0.iter()).finish() }
}
struct Tags(Vec<&'static str>);
impl fmt::Debug for Tags {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.0.iter()).entry(&"extra").finish()
    }
}
struct Scores { names: Vec<String>, points: Vec<u32> }
impl fmt::Debug for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.names.iter().zip(self.points.iter())).entry(&"total", &self.points.iter().sum::<u32>()).finish()
    }
}
struct Index(BTreeMap<u8, char>);
impl fmt::Debug for Index {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.0.iter().map(|(k, v)| (k, v))).finish()
    }
}
struct Conn { host: String, port: u16, secret: u64 }
impl fmt::Debug for Conn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Conn").field("host", &self.host).field("port", &self.port).finish_non_exhaustive()
    }
}
struct Hidden;
impl fmt::Debug for Hidden {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_struct("Hidden").finish_non_exhaustive() }
}
struct Nested { bag: Bag, inner: Vec<Bag> }
impl fmt::Debug for Nested {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Nested").field("bag", &self.bag).field("inner", &self.inner).finish()
    }
}
struct Empty;
impl fmt::Debug for Empty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(Vec::<i32>::new()).finish()?; f.debug_set().finish()?; f.debug_map().finish() }
}
fn main() {
    let b = Bag(vec![1, 2]);
    println!("{:?}", b);
    println!("{:#?}", b);
    let t = Tags(vec!["a", "b"]);
    println!("{:?}", t);
    println!("{:#?}", t);
    let s = Scores { names: vec![String::from("ann"), String::from("bo")], points: vec![3, 4] };
    println!("{:?}", s);
    println!("{:#?}", s);
    let mut m = BTreeMap::new();
    m.insert(2u8, 'x');
    m.insert(1, 'y');
    println!("{:?}", Index(m));
    let c = Conn { host: String::from("db"), port: 5432, secret: 7 };
    println!("{:?}", c);
    println!("{:#?}", c);
    println!("{:?} {:#?}", Hidden, Hidden);
    let n = Nested { bag: Bag(vec![5]), inner: vec![Bag(vec![]), Bag(vec![6, 7])] };
    println!("{:?}", n);
    println!("{:#?}", n);
    println!("{:?} {:#?}", Empty, Empty);
    let _ = c.secret;
    let v: Vec<String> = (1..3).map(|i| i.to_string()).collect();
    struct Own(Vec<String>);
    impl fmt::Debug for Own {
        fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result { f.debug_list().entries(self.0.iter().map(|s| s.to_uppercase() + "!")).finish() }
    }
    println!("{:?}", Own(v));
    println!("{:>8?}|", Bag(vec![1]));
}
`;

const FMT_OUT = `[1, 2]
[
    1,
    2,
]
{"a", "b", "extra"}
{
    "a",
    "b",
    "extra",
}
{"ann": 3, "bo": 4, "total": 7}
{
    "ann": 3,
    "bo": 4,
    "total": 7,
}
{1: 'y', 2: 'x'}
Conn { host: "db", port: 5432, .. }
Conn {
    host: "db",
    port: 5432,
    ..
}
Hidden { .. } Hidden { .. }
Nested { bag: [5], inner: [[], [6, 7]] }
Nested {
    bag: [
        5,
    ],
    inner: [
        [],
        [
            6,
            7,
        ],
    ],
}
[]{}{} []{}{}
["1!", "2!"]
[       1]|
`;

const FNE = `use std::fmt;
struct A(bool);
impl fmt::Debug for A {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0 {
            f.debug_tuple("T").field(&1).finish_non_exhaustive()?;
            f.debug_list().entry(&1).finish_non_exhaustive()?;
            f.debug_set().entry(&1).finish_non_exhaustive()?;
            f.debug_map().entry(&"a", &1).key(&"b").value(&2).finish_non_exhaustive()
        } else {
            f.debug_tuple("T").finish_non_exhaustive()?;
            f.debug_list().finish_non_exhaustive()?;
            f.debug_set().finish_non_exhaustive()?;
            f.debug_map().finish_non_exhaustive()
        }
    }
}
fn main() {
    println!("{:?} {:?}", A(true), A(false));
    println!("{:#?} {:#?}", A(true), A(false));
}
`;

const FNE_OUT = `T(1, ..)[1, ..]{1, ..}{"a": 1, "b": 2, ..} T(..)[..]{..}{..}
T(
    1,
    ..
)[
    1,
    ..
]{
    1,
    ..
}{
    "a": 1,
    "b": 2,
    ..
} T(..)[..]{..}{..}
`;

const ESC = `fn main() {
    for c in "a\\tb\\n'\\"\\\\é\\u{7f}\\0".chars() { print!("{}", c.escape_default()); }
    println!();
    for c in "a\\tb\\n'\\"\\\\é\\u{7f}\\0\\u{301}".chars() { print!("{}|", c.escape_debug()); }
    println!();
    println!("{}", 'é'.escape_unicode());
    println!("{}", 'A'.escape_unicode());
    let s: String = '\\n'.escape_default().collect();
    println!("{} {}", s, s.len());
    let u = 'ß'.escape_unicode().to_string();
    println!("{}", u);
    println!("{}", "tab\\there \\"q\\" 'x' ü".escape_default());
    println!("{}", "tab\\there \\"q\\" 'x' ü\\u{301}".escape_debug());
    println!("{}", "\\u{301}a".escape_debug());
    println!("{}", "hi\\n".escape_unicode());
    let e: String = "a\\nb".escape_default().collect();
    println!("{}", e);
    println!("{}", 'x'.escape_default().count());
    let good = String::from_utf8(vec![104, 105]);
    println!("{} {}", good.is_err(), good.unwrap());
    let bad = String::from_utf8(vec![104, 105, 0xff, 0x41]);
    println!("{}", bad.is_err());
    let err = bad.unwrap_err();
    println!("{}", err);
    println!("{:?}", err);
    println!("{:?}", err.utf8_error());
    println!("{}", err.utf8_error());
    println!("{:?}", String::from_utf8(vec![0xe2, 0x82]));
    match std::str::from_utf8(&[240, 159, 146, 150]) {
        Ok(s) => println!("ok {}", s),
        Err(e) => println!("err {}", e),
    }
    let raw = [0x61, 0xc3];
    println!("{:?}", std::str::from_utf8(&raw));
    if let Err(e) = std::str::from_utf8(&raw) { println!("{}", e); }
    println!("{:?}", 'a'.escape_default());
}
`;

const ESC_OUT = `a\\tb\\n\\'\\"\\\\\\u{e9}\\u{7f}\\u{0}
a|\\t|b|\\n|\\'|\\"|\\\\|é|\\u{7f}|\\0|\\u{301}|
\\u{e9}
\\u{41}
\\n 2
\\u{df}
tab\\there \\"q\\" \\'x\\' \\u{fc}
tab\\there \\"q\\" \\'x\\' ǘ
\\u{301}a
\\u{68}\\u{69}\\u{a}
a\\nb
1
false hi
true
invalid utf-8 sequence of 1 bytes from index 2
FromUtf8Error { bytes: [104, 105, 255, 65], error: Utf8Error { valid_up_to: 2, error_len: Some(1) } }
Utf8Error { valid_up_to: 2, error_len: Some(1) }
invalid utf-8 sequence of 1 bytes from index 2
Err(FromUtf8Error { bytes: [226, 130], error: Utf8Error { valid_up_to: 0, error_len: None } })
ok 💖
Err(Utf8Error { valid_up_to: 1, error_len: None })
incomplete utf-8 byte sequence from index 1
EscapeDefault(EscapeIterInner('a'))
`;

describe('destructuring assignment', () => {
  it('arrays, nested tuples, structs, tuple structs, `..` and `_`, as rustc runs them', async () => {
    const r = await run(D1);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.trace?.stdout).toBe(D1_OUT);
  });

  it('the consts example: `[x, y] = [y, x + a + b]`', async () => {
    const r = await run(`const N: usize = 3;
fn main() {
    let buf = [1u32; 2 * N];
    let [a, b, ..] = buf;
    let (mut x, mut y) = (1, 2);
    (x, y) = (y, x);
    [x, y] = [y, x + a + b];
    println!("{} {}", x, y);
}
`);
    expect(r.trace?.stdout).toBe('1 4\n');
  });

  it('takes every part out first: what `_` leaves is dropped before the old values, a place keeps what is not taken', async () => {
    const r = await run(DROPS);
    expect(r.trace?.stdout).toBe("drop t1\ndrop a0\nafter1\ndrop b0\nafter2\ndrop a1\nafter3 q1 p0\ndrop q1\ndrop p0\nafter4 x z\ndrop y\ndrop q0\ndrop p1\ndrop z\ndrop x\n");
  });

  it('assigns through a closure that captures the places mutably', async () => {
    const r = await run(`fn main() {
    let (mut a, mut b) = (1, 2);
    let mut f = || { (a, b) = (b, a + b); };
    f(); f();
    println!("{} {}", a, b);
}
`);
    expect(r.trace?.stdout).toBe('3 5\n');
  });

  it('borrow-checks each assigned place as rustc does', async () => {
    expect(await errors(`fn main() {
    let a = 1;
    let mut b = 2;
    [a, b] = [b, a];
    println!("{} {}", a, b);
}
`)).toEqual(['E0384 4:6 cannot assign twice to immutable variable `a`']);
    expect(await errors(`fn main() {
    let mut a = 1;
    let mut b = 2;
    let r = &a;
    [a, b] = [b, 5];
    println!("{} {} {}", a, b, r);
}
`)).toEqual(['E0506 5:6 cannot assign to `a` because it is borrowed']);
    expect(await errors(`struct P { x: i32, y: i32 }
fn main() {
    let mut p = P { x: 1, y: 2 };
    let r = &p.x;
    P { x: p.y, y: p.x } = P { x: 5, y: 6 };
    println!("{}", r);
}
`)).toEqual(['E0506 5:20 cannot assign to `p.x` because it is borrowed']);
    expect(await errors(`struct Pair(String, String);
fn main() {
    let pair = Pair(String::from("l"), String::from("r"));
    let a;
    Pair(a, _) = pair;
    let p2 = pair;
    println!("{} {}", a, p2.1);
}
`)).toEqual(['E0382 6:14 use of partially moved value: `pair`']);
  });

  it('reports rustc\'s errors for targets that do not fit', async () => {
    expect(await errors(`struct Point { x: i32, y: i32 }
fn main() {
    let (mut a, mut b) = (0, 0);
    let p = Point { x: 1, y: 2 };
    Point { x: a } = p;
    [a, b] = [1, 2, 3];
    (a, b) = (1, 2, 3);
    println!("{} {}", a, b);
}
`)).toEqual([
      'E0027 5:5 pattern does not mention field `y`',
      'E0527 6:5 pattern requires 2 elements but array has 3',
      'E0308 7:5 mismatched types',
    ]);
    expect(await errors(`fn f(a: i32) -> i32 { a }
fn main() {
    let a = 1;
    f(a) = 3;
}
`)).toEqual(['E0070 4:10 invalid left-hand side of assignment']);
    expect(await errors(`struct Point { x: i32, y: i32 }
fn main() {
    let p = Point { x: 1, .. };
    println!("{}", p.x);
}
`)).toEqual(['E0797 3:29 base expression required after `..`']);
    expect(await errors(`fn main() {
    let y = _;
    println!("{}", y);
}
`)).toEqual(['null 2:13 in expressions, `_` can only be used on the left-hand side of an assignment']);
  });
});

describe('fmt builders', () => {
  it('entries of lists, sets and maps, map entries, finish_non_exhaustive, plain and pretty', async () => {
    const r = await run(FMT);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.trace?.stdout).toBe(FMT_OUT);
  });

  it('finish_non_exhaustive of every builder, with and without entries', async () => {
    const r = await run(FNE);
    expect(r.trace?.stdout).toBe(FNE_OUT);
  });

  it('drops the owned items `entries` writes', async () => {
    const r = await run(FMT);
    const kinds = r.trace!.events.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'heap_alloc').length).toBe(kinds.filter((k) => k === 'heap_free').length);
  });
});

describe('escapes and UTF-8', () => {
  it('char and str escape_default, escape_debug, escape_unicode; String::from_utf8 and str::from_utf8', async () => {
    const r = await run(ESC);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.trace?.stdout).toBe(ESC_OUT);
  });
});

describe("Debug escapes what core's is_printable refuses, and every combining mark", () => {
  it('space separators other than a space, format characters, private use, and marks anywhere in a str or char', async () => {
    const r = await run(`fn main() {
    let s = "a\\u{a0}b\\u{2003}c\\u{200b}d\\u{2028}e\\u{e000}f\\u{feff}g é ü 日本 \\u{301}x 🦀 \\u{7f}\\u{85} e\\u{301}";
    println!("{:?}", s);
    for c in ['\\u{a0}', '\\u{200d}', '\\u{3000}', 'é', '\\u{10ffff}', '\\u{e0001}', '\\u{301}'] { print!("{:?} ", c); }
    println!();
    println!("{}", "\\u{301}ab\\u{301}".escape_debug());
    println!("{:?}", vec!["x\\u{a0}"]);
}
`);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.trace?.stdout).toBe(`"a\\u{a0}b\\u{2003}c\\u{200b}d\\u{2028}e\\u{e000}f\\u{feff}g é ü 日本 \\u{301}x 🦀 \\u{7f}\\u{85} e\\u{301}"
'\\u{a0}' '\\u{200d}' '\\u{3000}' 'é' '\\u{10ffff}' '\\u{e0001}' '\\u{301}' 
\\u{301}ab́
["x\\u{a0}"]
`);
  });

  it('split_ascii_whitespace splits at ASCII whitespace only', async () => {
    const r = await run(`fn main() {
    let t = " a\\u{a0}b\\tc  d\\n";
    let w: Vec<&str> = t.split_ascii_whitespace().collect();
    let u: Vec<&str> = t.split_whitespace().collect();
    println!("{:?} {:?} {}", w, u, w.capacity());
}
`);
    expect(r.trace?.stdout).toBe('["a\\u{a0}b", "c", "d"] ["a", "b", "c", "d"] 4\n');
  });
});
