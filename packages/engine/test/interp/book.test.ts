// Programs from The Rust Programming Language that teachers reach for first,
// beyond the corpus. Expected output and errors are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';

/** Runs `source` and expects what rustc's binary does: no diagnostic, and `stdout`. */
async function runsAs(source: string, stdout: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  return r;
}

const FIRST_WORD = `fn first_word(s: &String) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}
`;

describe('The Rust Book, chapter 4: first_word', () => {
  it('runs: byte literals compare with the bytes of a string', async () => {
    const r = await runsAs(`${FIRST_WORD}fn main() {
    let s = String::from("hello world");
    let word = first_word(&s);
    println!("the first word is: {}", word);
    println!("{} {} {}", b'\\n', b'\\xff', b'A' + 1);
}
`, 'the first word is: hello\n10 255 66\n');
    expect(r.trace?.exitCode).toBe(0);
  });

  it('rejects clearing the string while the word borrows it: E0502 at the clear', async () => {
    const r = (await getEngine()).check(`${FIRST_WORD}fn main() {
    let mut s = String::from("hello world");
    let word = first_word(&s);
    s.clear();
    println!("the first word is: {}", word);
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.message])).toEqual([[
      'E0502',
      13,
      'cannot borrow `s` as mutable because it is also borrowed as immutable',
    ]]);
  });
});

describe('The Rust Book, chapter 13: your own Iterator', () => {
  const COUNTER = `struct Counter { n: u32 }
impl Iterator for Counter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.n < 3 { self.n += 1; Some(self.n) } else { None } }
}
`;

  it('runs its next', async () => {
    await runsAs(`${COUNTER}fn main() {
    let mut c = Counter { n: 0 };
    println!("{:?} {:?}", c.next(), c.next());
}
`, 'Some(1) Some(2)\n');
  });

  it("has std's provided methods: the Book's zip, skip, map, filter and sum", async () => {
    await runsAs(`${COUNTER}fn main() {
    let s: u32 = Counter { n: 0 }.zip(Counter { n: 0 }.skip(1)).map(|(a, b)| a * b).filter(|x| x % 3 == 0).sum();
    let v: Vec<(usize, u32)> = Counter { n: 0 }.enumerate().collect();
    let w: Vec<(u32, i32)> = Counter { n: 0 }.zip(10..).collect();
    println!("{s} {:?} {:?}", v, w);
}
`, '6 [(0, 1), (1, 2), (2, 3)] [(1, 10), (2, 11), (3, 12)]\n'); // (1, 2) and (2, 3) multiply to 2 and 6; only 6 is a multiple of 3
  });

  it('rejects rev where std needs more than Iterator (DoubleEndedIterator) as rustc does: E0277 at rev, E0599 at collect', async () => {
    const r = (await getEngine()).check(`${COUNTER}fn main() {
    let v: Vec<u32> = Counter { n: 0 }.rev().collect();
    println!("{:?}", v);
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.span.col, d.message])).toEqual([
      ['E0277', 7, 40, 'the trait bound `Counter: DoubleEndedIterator` is not satisfied'],
      ['E0599', 7, 46, 'the method `collect` exists for struct `Rev<Counter>`, but its trait bounds were not satisfied'],
    ]);
  });
});

describe('"text".into() as a String', () => {
  it('runs where the context asks for a String or does not say', async () => {
    await runsAs(`fn greet(name: String) -> String { format!("hi {name}") }
fn main() {
    let s: String = "abc".into();
    let g = greet("bob".into());
    let v: Vec<String> = vec!["a".into(), "b".into()];
    let x = "free".into();
    let y: String = x;
    println!("{s} {g} {:?} {y}", v);
}
`, 'abc hi bob ["a", "b"] free\n');
  });

  it('is "not supported yet" where the context asks for another type, never a false E0308', async () => {
    const r = (await getEngine()).check(`fn main() {
    let n: u8 = 1;
    let b: Vec<u8> = "x".into();
    println!("{n} {b:?}");
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.message])).toEqual([[null, 3, 'not supported yet: `into` from `&str` to anything but `String`']]);
    // A Box<str> is supported: its own heap block of the text's length.
    const boxed = (await getEngine()).run('fn main() {\n    let b: Box<str> = "xyz".into();\n    println!("{} {}", b, b.len());\n}\n');
    expect(boxed.diagnostics).toEqual([]);
    expect(boxed.trace?.stdout).toBe('xyz 3\n');
  });
});

describe('The Rust Book, chapter 13: a for loop over your own Iterator', () => {
  it('calls its next on each turn, and the loop moves the iterator', async () => {
    const engine = await getEngine();
    const src = `struct Evens<'a> { v: &'a [i32], i: usize }
impl<'a> Iterator for Evens<'a> {
    type Item = &'a i32;
    fn next(&mut self) -> Option<&'a i32> {
        while self.i < self.v.len() {
            let x = &self.v[self.i];
            self.i += 1;
            if *x % 2 == 0 { return Some(x); }
        }
        None
    }
}
fn main() {
    let data = vec![1, 2, 3, 4, 6];
    let evens = Evens { v: &data, i: 0 };
    for x in evens { if *x == 6 { break; } println!("{x}"); }
}
`;
    const r = engine.run(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('2\n4\n');
    // Each turn of the loop is a call of next: a frame pushed for it, as many times as it answered.
    const calls = r.trace!.events.filter((e) => e.kind === 'frame_push' && e.fn.endsWith('next'));
    expect(calls).toHaveLength(3);
    const after = engine.check(src.replace('break; } println!("{x}"); }', 'break; } println!("{x}"); }\n    println!("{}", evens.i);'));
    expect(after.diagnostics.map((d) => [d.code, d.message])).toEqual([['E0382', 'borrow of moved value: `evens`']]);
  });
});

describe('ranges without an end (a..)', () => {
  it('count up in a for loop and in adapters until something else stops them', async () => {
    const r = await runsAs(`fn main() {
    for i in 5.. { if i > 7 { break; } print!("{i} "); }
    let v: Vec<(i32, char)> = (1..).zip("ab".chars()).collect();
    let w: Vec<u64> = (10u64..).take(2).collect();
    println!("{:?} {:?}", v, w);
}
`, "5 6 7 [(1, 'a'), (2, 'b')] [10, 11]\n");
    expect(r.trace?.exitCode).toBe(0);
  });
});

describe('The Rust Book, chapter 13: shoes_in_size, and std methods teachers use', () => {
  it('runs into_iter, extend, sort_by_key, swap_remove, chain, step_by, first_mut, trim_start, powf, unwrap_or_else, and_then as rustc does', async () => {
    await runsAs("#[derive(Debug)]\nstruct Shoe { size: u32, style: String }\nfn shoes_in_size(shoes: Vec<Shoe>, shoe_size: u32) -> Vec<Shoe> {\n    shoes.into_iter().filter(|s| s.size == shoe_size).collect()\n}\nfn main() {\n    let shoes = vec![Shoe { size: 10, style: String::from(\"sneaker\") }, Shoe { size: 13, style: String::from(\"sandal\") }, Shoe { size: 10, style: String::from(\"boot\") }];\n    let in_my_size = shoes_in_size(shoes, 10);\n    println!(\"{:?}\", in_my_size);\n    let mut v = vec![5, 1, 4];\n    v.extend(vec![9, 2]);\n    v.extend(0..2);\n    v.sort_by_key(|x| 10 - *x);\n    let r = v.swap_remove(0);\n    let chained: Vec<i32> = v.iter().copied().chain(100..102).step_by(2).collect();\n    println!(\"{r} {:?} {:?}\", v, chained);\n    if let Some(f) = v.first_mut() { *f += 1000; }\n    println!(\"[{}] [{}] {} {} {}\", \"  hi \".trim_start(), \"  hi \".trim_end(), 'a'.is_alphanumeric(), '7'.is_ascii_digit(), 2.0f64.powf(0.5));\n    let parsed: Result<i32, String> = Err(\"x\".to_string());\n    println!(\"{} {} {:?}\", parsed.clone().unwrap_or_else(|e| e.len() as i32), parsed.clone().unwrap_or_default(), \"5\".parse::<i32>().and_then(|n| Ok::<i32, std::num::ParseIntError>(n * 2)));\n    let it: Vec<i32> = v.into_iter().rev().collect();\n    println!(\"{:?}\", it);\n}\n", "[Shoe { size: 10, style: \"sneaker\" }, Shoe { size: 10, style: \"boot\" }]\n9 [0, 5, 4, 2, 1, 1] [0, 4, 1, 100]\n[hi ] [  hi] true true 1.4142135623730951\n1 0 Ok(10)\n[1, 1, 2, 4, 5, 1000]\n");
  });

  it('says "not supported yet" for into_iter through a reference, never a false E0507', async () => {
    const r = (await getEngine()).check('fn main() {\n    let v = vec![1];\n    let r = &v;\n    let w: Vec<&i32> = r.into_iter().collect();\n    println!("{:?}", w);\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.span.line])).toEqual([[null, 4]]);
    expect(r.diagnostics[0]?.message).toMatch(/^not supported yet: `into_iter` through a reference/);
  });
});

describe('#[derive(Default)]', () => {
  it('makes Type::default() from every field default, also in struct update syntax', async () => {
    await runsAs(`#[derive(Default, Debug)]
struct Buffer { len: i32, name: String, items: Vec<u8>, opt: Option<bool>, pair: (u8, f64) }
#[derive(Debug, Default)]
struct Config { verbose: bool, level: u32, buf: Buffer }
fn main() {
    let b = Buffer::default();
    let e = Config { verbose: true, ..Config::default() };
    println!("{} {:?} {:?}", b.len, b, e);
}
`, '0 Buffer { len: 0, name: "", items: [], opt: None, pair: (0, 0.0) } Config { verbose: true, level: 0, buf: Buffer { len: 0, name: "", items: [], opt: None, pair: (0, 0.0) } }\n');
  });

  it("uses a field type's own impl Default, and derives it for a generic struct (with `T: Default`)", async () => {
    await runsAs('struct B { n: i32 }\nimpl Default for B { fn default() -> Self { B { n: 7 } } }\n#[derive(Default)]\nstruct A { b: B, x: u8 }\nfn main() {\n    let a = A::default();\n    println!("{} {}", a.b.n, a.x);\n}\n', '7 0\n');
    await runsAs('#[derive(Default)]\nstruct G<T> { t: T }\nfn main() {\n    let g: G<i32> = G::default();\n    println!("{}", g.t);\n}\n', '0\n');
  });

  it('still reports E0599 for a struct that does not derive it', async () => {
    const r = (await getEngine()).check('struct S { x: i32 }\nfn main() {\n    let s = S::default();\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.span.line])).toEqual([['E0599', 3]]);
  });
});

describe('calling a Box<dyn FnOnce>', () => {
  it('calls the boxed closure (its type is the one the box points at), moving what it captured', async () => {
    const r = await runsAs(`fn main() {
    let g: Box<dyn Fn() -> i32> = Box::new(|| 2);
    let s = String::from("x");
    let h: Box<dyn FnOnce() -> String> = Box::new(move || s);
    println!("{} {}", g(), h());
}
`, '2 x\n');
    expect(r.trace?.exitCode).toBe(0);
  });
});

describe('closures written in a generic function', () => {
  it("see the function's type arguments (a `&T` parameter prints the value, not `<T>`)", async () => {
    await runsAs(`fn show<T: std::fmt::Display>(x: T) {
    let f = |y: &T| println!("{}", y);
    f(&x);
}
fn wrap<T: std::fmt::Debug>(items: &[T]) -> Vec<String> {
    items.iter().map(|i| format!("<{:?}>", i)).collect()
}
fn main() {
    show(7);
    show("seven");
    println!("{:?} {:?}", wrap(&[1, 2]), wrap(&["a"]));
}
`, '7\nseven\n["<1>", "<2>"] ["<\\"a\\">"]\n');
  });
});

describe('items declared inside a function body', () => {
  it('run like the same items at the top level (a const, a helper fn, a struct and its impl, a static)', async () => {
    await runsAs(`fn main() {
    const MAX: u32 = 100_000;
    println!("{}", MAX);
    fn helper(x: i32) -> i32 { x * 2 }
    #[derive(Debug)]
    struct P { x: i32 }
    impl P { fn get(&self) -> i32 { self.x } }
    let p = P { x: helper(21) };
    println!("{:?} {}", p, p.get());
    static GREETING: &str = "hi";
    println!("{GREETING}");
}
`, '100000\nP { x: 42 } 42\nhi\n');
  });

  it('two of one name are each seen by their own body (see test/typeck/nested.test.ts)', async () => {
    const r = await runsAs(`fn main() {
    fn helper() -> i32 { 1 }
    println!("{}", helper() + other());
}
fn other() -> i32 {
    fn helper() -> i32 { 2 }
    helper()
}
`, '3\n');
    expect(r.trace!.events.filter((e) => e.kind === 'frame_push').map((e) => (e as { fn: string }).fn)).toEqual(['main', 'helper', 'other', 'helper']);
  });
});

describe('your own impl Display and impl Debug (The Rust Book, chapters 10 and 19)', () => {
  it('formats with them: {}, {:?}, to_string, format!, write! and writeln! with ?', async () => {
    const r = await runsAs("use std::fmt;\n#[derive(Clone)]\nenum Shape { Circle(f64), Rect { w: u32, h: u32 } }\nimpl fmt::Display for Shape {\n    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {\n        match self {\n            Shape::Circle(r) => write!(f, \"circle r={:.1}\", r),\n            Shape::Rect { w, h } => {\n                write!(f, \"rect \")?;\n                write!(f, \"{}x{}\", w, h)\n            }\n        }\n    }\n}\nstruct Wrapper(Vec<String>);\nimpl fmt::Display for Wrapper {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        writeln!(f, \"[\")?;\n        for s in &self.0 { writeln!(f, \"  {}\", s)?; }\n        write!(f, \"]\")\n    }\n}\nstruct Secret { name: String }\nimpl fmt::Debug for Secret {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n        write!(f, \"Secret({} chars)\", self.name.len())\n    }\n}\nfn show<T: fmt::Display>(x: &T) -> String { format!(\"<{}>\", x) }\nfn main() {\n    let shapes = vec![Shape::Circle(1.25), Shape::Rect { w: 2, h: 3 }];\n    for s in &shapes { println!(\"{s}\"); }\n    let names: Vec<String> = shapes.iter().map(|s| s.to_string()).collect();\n    println!(\"{:?} {}\", names, show(&shapes[0]));\n    let w = Wrapper(vec![String::from(\"a\"), String::from(\"b\")]);\n    println!(\"{w}\");\n    let sec = Secret { name: String::from(\"hunter2\") };\n    println!(\"{:?} {:?}\", sec, vec![Secret { name: String::new() }]);\n}\n", "circle r=1.2\nrect 2x3\n[\"circle r=1.2\", \"rect 2x3\"] <circle r=1.2>\n[\n  a\n  b\n]\nSecret(7 chars) [Secret(0 chars)]\n");
    // Each use of {} is a call of the impl's fmt: a frame the diagram shows.
    expect(r.trace!.events.filter((e) => e.kind === 'frame_push' && e.fn === '<Shape as Display>::fmt').length).toBe(5);
  });

  it('says "not supported yet" for write! to anything but the Formatter or a String', async () => {
    const r = (await getEngine()).check('use std::io::Write;\nfn main() {\n    let mut s: Vec<u8> = Vec::new();\n    write!(s, "x").unwrap();\n    println!("{:?}", s);\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.span.line])).toContainEqual([null, 4]);
    expect(r.diagnostics.find((d) => d.span.line === 4)?.message).toMatch(/^not supported yet: `write!` to anything but the `Formatter`/);
  });
});

describe('The Rust Book, chapter 2: Ordering, cmp, and integer bounds', () => {
  it('matches on cmp, compares strings and chars, and reads i32::MAX and friends', async () => {
    await runsAs(`use std::cmp::Ordering;
fn main() {
    let secret = 42;
    for guess in [10, 42, 99] {
        match guess.cmp(&secret) {
            Ordering::Less => println!("Too small!"),
            Ordering::Greater => println!("Too big!"),
            Ordering::Equal => println!("You win!"),
        }
    }
    let s = String::from("apple");
    println!("{:?} {:?} {:?} {}", s.cmp(&String::from("banana")), "b".cmp("a"), 'x'.cmp(&'x'), 3.cmp(&1) == Ordering::Greater);
    println!("{} {} {} {} {}", i32::MAX, u8::MAX, i64::MIN, usize::MAX, i8::MIN);
}
`, 'Too small!\nYou win!\nToo big!\nLess Greater Equal true\n2147483647 255 -9223372036854775808 18446744073709551615 -128\n');
  });

  it('casts a fieldless enum to its discriminant, and still refuses an enum with fields (E0605)', async () => {
    const engine = await getEngine();
    const r = engine.run('#[derive(Clone, Copy)]\nenum Color { Red = 1, Green = 20, Blue }\nfn main() {\n    let c = Color::Blue;\n    println!("{} {} {}", Color::Red as i32, c as u8, std::cmp::Ordering::Less as i8);\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('1 21 -1\n');
    const bad = engine.check('enum Shape { Dot(u8) }\nfn main() {\n    let s = Shape::Dot(1);\n    let n = s as i32;\n}\n');
    expect(bad.diagnostics.map((d) => [d.code, d.span.line])).toEqual([['E0605', 4]]);
  });

  it('says "not supported yet" for a std name it does not know, never a false E0425', async () => {
    const r = (await getEngine()).check('fn main() {\n    let mut v = vec![3, 1, 2];\n    v.sort_by_key(|x| std::num::Wrapping(*x));\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.message])).toEqual([[null, 'not supported yet: `std::num::Wrapping`']]);
  });
});

describe('more iterator and sorting methods teachers use', () => {
  it('take_while, skip_while after copied, nth, max_by_key and min_by_key as rustc', async () => {
    await runsAs("#[derive(Debug)]\nstruct P { name: String, age: u32 }\nfn main() {\n    let v = vec![1, 3, 5, 6, 7, 9];\n    let odd_prefix: Vec<&i32> = v.iter().take_while(|x| **x % 2 == 1).collect();\n    let after: Vec<i32> = v.iter().copied().skip_while(|x| *x < 6).collect();\n    let third = \"hello\".chars().nth(2);\n    let mut it = v.iter();\n    let a = it.nth(1);\n    let b = it.next();\n    let people = vec![P { name: \"Ann\".to_string(), age: 30 }, P { name: \"Bob\".to_string(), age: 25 }, P { name: \"Cy\".to_string(), age: 30 }];\n    let oldest = people.iter().max_by_key(|p| p.age);\n    let youngest = people.iter().min_by_key(|p| p.age);\n    println!(\"{:?} {:?} {:?} {:?} {:?}\", odd_prefix, after, third, a, b);\n    println!(\"{:?} {:?} {:?}\", oldest.map(|p| &p.name), youngest, \"ab\".chars().nth(5));\n}\n", "[1, 3, 5] [6, 7, 9] Some('l') Some(3) Some(5)\nSome(\"Cy\") Some(P { name: \"Bob\", age: 25 }) None\n");
  });

  it('sort_by with cmp, and a Box<dyn Fn> from either arm of an if', async () => {
    const engine = await getEngine();
    const r = engine.run("#[derive(Debug)]\nstruct R { w: u32, h: u32 }\nfn main() {\n    let mut v = vec![R { w: 3, h: 1 }, R { w: 1, h: 5 }, R { w: 2, h: 2 }];\n    v.sort_by(|a, b| b.w.cmp(&a.w));\n    println!(\"{:?}\", v);\n    v.sort_by(|a, b| (a.w * a.h).cmp(&(b.w * b.h)));\n    println!(\"{:?}\", v);\n}\n");
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('[R { w: 3, h: 1 }, R { w: 2, h: 2 }, R { w: 1, h: 5 }]\n[R { w: 3, h: 1 }, R { w: 2, h: 2 }, R { w: 1, h: 5 }]\n');
    const f = engine.run('fn make(double: bool) -> Box<dyn Fn(i32) -> i32> {\n    if double { Box::new(|x| x * 2) } else { Box::new(|x| x + 1) }\n}\nfn main() {\n    println!("{} {}", make(true)(7), make(false)(7));\n}\n');
    expect(f.diagnostics).toEqual([]);
    expect(f.trace?.stdout).toBe('14 8\n');
  });
});

describe('types that flow from a collect target and through copied()', () => {
  it('collect::<Vec<_>>() takes the items, and a closure upstream of collect returns the element type', async () => {
    await runsAs("fn main() {\n    let s = vec![1].iter().map(|i| format!(\"<{}>\", i)).collect::<Vec<_>>().join(\"\");\n    let g = vec![vec![1u32, 2], vec![3]];\n    let sums: Vec<u32> = g.iter().map(|row| row.iter().sum()).collect();\n    let v: Vec<u32> = (0..2).map(|_| \"3\".parse().unwrap()).collect();\n    let r: String = \"abc\".chars().collect::<Vec<_>>().into_iter().rev().collect::<String>();\n    let w: Vec<_> = (1..4).map(|x| x * 2).collect();\n    println!(\"{s} {:?} {:?} {r} {:?}\", sums, v, w);\n}\n", '<1> [3, 3] [3, 3] cba [2, 4, 6]\n');
  });

  it('Option<&T>::copied() and cloned() give an Option<T> (was a false E0308)', async () => {
    await runsAs("fn main() {\n    let x = 5;\n    let b = Some(&x).copied().unwrap_or(0);\n    let s = String::from(\"a\");\n    let c: String = Some(&s).cloned().unwrap_or_default();\n    let v = vec![1, 2];\n    let m = v.iter().max().copied();\n    println!(\"{} {} {:?}\", b + 1, c, m);\n}\n", '6 a Some(2)\n');
  });
});

describe('a String compared with a &str', () => {
  it('compares the text, either way round and through references (was always false)', async () => {
    await runsAs(`struct I { name: String }
fn main() {
    let s = String::from("book");
    let i = I { name: String::from("book") };
    let r = &i;
    let t: &str = "book";
    println!("{} {} {} {} {} {}", s == "book", "book" == s, i.name == "book", r.name == "book", t == s, s != "pen");
    let v = vec![I { name: String::from("a") }, I { name: String::from("book") }];
    println!("{:?}", v.iter().position(|i| i.name == "book"));
}
`, 'true true true true true true\nSome(1)\n');
  });
});

describe('collect into Result<Vec<_>, _> and Option<Vec<_>>', () => {
  it('stops at the first Err or None, frees what it had collected, and types parse() from the target', async () => {
    const r = await runsAs("fn main() {\n    let r: Result<Vec<i32>, String> = vec![Ok(1), Ok(2)].into_iter().collect();\n    let e: Result<Vec<i32>, String> = vec![Ok(1), Err(\"bad\".to_string()), Ok(3)].into_iter().collect();\n    let o: Option<Vec<u32>> = vec![\"1\", \"2\"].iter().map(|s| s.parse().ok()).collect();\n    let n: Option<Vec<u32>> = vec![\"1\", \"x\"].iter().map(|s| s.parse().ok()).collect();\n    let p: Result<Vec<i32>, std::num::ParseIntError> = \"1 2 3\".split_whitespace().map(|s| s.parse::<i32>()).collect();\n    println!(\"{:?} {:?} {:?} {:?} {:?}\", r, e, o, n, p);\n}\n", 'Ok([1, 2]) Err("bad") Some([1, 2]) None Ok([1, 2, 3])\n');
    const events = r.trace!.events;
    expect(events.filter((e) => e.kind === 'heap_alloc').length).toBe(events.filter((e) => e.kind === 'heap_free').length);
  });
});

describe('more of std that teaching programs use', () => {
  it('Option and Result combinators, integer helpers, windows and chunks, insert_str and str::split_at, as rustc prints them', async () => {
    const r = await runsAs("fn main() {\n    let a = Some(4);\n    println!(\"{:?} {:?}\", a.filter(|x| *x > 3), a.filter(|x| *x > 5));\n    let name: Option<String> = Some(String::from(\"Ferris\"));\n    let len = name.clone().map_or(0, |s| s.len());\n    let none: Option<String> = None;\n    println!(\"{} {}\", len, none.clone().map_or(0, |s| s.len()));\n    println!(\"{}\", none.clone().map_or_else(|| String::from(\"nobody\"), |s| s.to_uppercase()));\n    println!(\"{} {}\", Some(3).is_some_and(|x| x > 2), None::<i32>.is_none_or(|x| x > 2));\n    println!(\"{:?} {:?}\", None.or(Some(9)), Some(1).or(Some(9)));\n    println!(\"{:?}\", None::<i32>.or_else(|| Some(7)));\n    let r: Result<i32, String> = Err(String::from(\"bad\"));\n    println!(\"{:?}\", r.clone().or_else(|e| if e.len() > 2 { Ok::<i32, String>(0) } else { Err(e) }));\n    println!(\"{} {}\", r.clone().map_or(-1, |v| v * 2), r.is_err_and(|e| e == \"bad\"));\n    let x: Option<u8> = None;\n    println!(\"{:?}\", x.ok_or_else(|| format!(\"missing {}\", 1)));\n    println!(\"{:?} {:?}\", 250u8.overflowing_add(10), 5i32.overflowing_sub(3));\n    println!(\"{} {:?} {:?}\", 100u8.saturating_mul(3), 7i32.checked_rem(0), 2i32.checked_pow(31));\n    println!(\"{} {} {}\", (-7i32).rem_euclid(3), (-5i32).signum(), 0b1011u8.count_ones());\n    println!(\"{} {} {}\", 3i32.wrapping_pow(21), (-2i64).is_negative(), 4i8.is_positive());\n    let v = vec![1, 2, 3, 4, 5];\n    for w in v.windows(2) { print!(\"{:?} \", w); }\n    println!();\n    for ch in v.chunks(2) { print!(\"{:?} \", ch); }\n    println!();\n    let sums: Vec<i32> = v.windows(3).map(|w| w.iter().sum()).collect();\n    println!(\"{:?}\", sums);\n    let mut s = String::from(\"world\");\n    s.insert_str(0, \"hello \");\n    let (a1, b1) = s.split_at(5);\n    println!(\"[{}] [{}] {}\", a1, b1, s.len());\n}\n", "Some(4) None\n6 0\nnobody\ntrue true\nSome(9) Some(1)\nSome(7)\nOk(0)\n-1 true\nErr(\"missing 1\")\n(4, true) (2, false)\n255 None None\n2 -1 3\n1870418611 true true\n[1, 2] [2, 3] [3, 4] [4, 5] \n[1, 2] [3, 4] [5] \n[6, 9, 12]\n[hello] [ world] 11\n");
    const events = r.trace!.events;
    expect(events.filter((e) => e.kind === 'heap_alloc').length).toBe(events.filter((e) => e.kind === 'heap_free').length);
  });

  it('Ordering::then/then_with/reverse, float partial_cmp, Weak::new, Vec::drain(range), Option::as_deref and Iterator::eq', async () => {
    const r = await runsAs("use std::cmp::Ordering;\nuse std::rc::{Rc, Weak};\n#[derive(Debug)]\nstruct P { name: String, age: u32 }\nfn main() {\n    let mut ps = vec![P { name: \"b\".to_string(), age: 3 }, P { name: \"a\".to_string(), age: 3 }, P { name: \"c\".to_string(), age: 1 }];\n    ps.sort_by(|a, b| a.age.cmp(&b.age).then(a.name.cmp(&b.name)));\n    println!(\"{:?}\", ps);\n    ps.sort_by(|a, b| b.age.cmp(&a.age).then_with(|| a.name.cmp(&b.name)));\n    println!(\"{:?}\", ps);\n    let mut fs = vec![2.5, 1.0, 3.25];\n    fs.sort_by(|a, b| a.partial_cmp(b).unwrap());\n    println!(\"{:?}\", fs);\n    println!(\"{:?}\", 1.cmp(&2).reverse());\n    let w: Weak<i32> = Weak::new();\n    println!(\"{:?}\", w.upgrade());\n    let mut v = vec![1, 2, 3, 4, 5];\n    let d: Vec<i32> = v.drain(1..3).collect();\n    println!(\"{:?} {:?}\", d, v);\n    let o: Option<String> = Some(\"hi\".to_string());\n    let s: Option<&str> = o.as_deref();\n    println!(\"{:?}\", s);\n    println!(\"{}\", vec![1, 2].iter().eq([1, 2].iter()));\n    let x = 5;\n    const LOW: i32 = 1;\n}\n", "[P { name: \"c\", age: 1 }, P { name: \"a\", age: 3 }, P { name: \"b\", age: 3 }]\n[P { name: \"a\", age: 3 }, P { name: \"b\", age: 3 }, P { name: \"c\", age: 1 }]\n[1.0, 2.5, 3.25]\nGreater\nNone\n[2, 3] [1, 4, 5]\nSome(\"hi\")\ntrue\n");
    const events = r.trace!.events;
    expect(events.filter((e) => e.kind === 'heap_alloc').length).toBe(events.filter((e) => e.kind === 'heap_free').length);
  });

  it('panics as std does on a zero window or chunk size and on a split past the end', async () => {
    const engine = await getEngine();
    const w = engine.run('fn main() {\n    let v = vec![1, 2];\n    for x in v.windows(0) { println!("{:?}", x); }\n}\n');
    expect(w.trace!.stderr).toContain("panicked at main.rs:3:16:\nwindow size must be non-zero");
    const s = engine.run('fn main() {\n    let s = "hello";\n    let (a, b) = s.split_at(10);\n    println!("{}{}", a, b);\n}\n');
    expect(s.trace!.stderr).toContain('end byte index 10 is out of bounds of `hello`');
    expect(s.trace!.exitCode).toBe(101);
  });
});

describe('failing assertions panic as rustc builds them', () => {
  it.each([
    ['fn main() {\n    let x = 1;\n    assert!(x == 2);\n}\n', 'assertion failed: x == 2'],
    ['fn main() {\n    let best = 92;\n    assert_eq!(best, 90);\n}\n', 'assertion `left == right` failed\n  left: 92\n right: 90'],
    ['fn main() {\n    let best = 92;\n    assert_ne!(best, 92, "best is {}", best);\n}\n', 'assertion `left != right` failed: best is 92\n  left: 92\n right: 92'],
    ['fn main() {\n    let v = vec![1, 2];\n    assert_eq!(v, vec![1, 3], "vectors differ");\n}\n', 'assertion `left == right` failed: vectors differ\n  left: [1, 2]\n right: [1, 3]'],
  ])('%s', async (src, message) => {
    const r = (await getEngine()).run(src);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace!.exitCode).toBe(101);
    expect(r.trace!.stderr).toBe(`\nthread 'main' panicked at main.rs:3:5:\n${message}\nnote: run with \`RUST_BACKTRACE=1\` environment variable to display a backtrace\n`);
  });
});

describe('std paths name std, not the program', () => {
  it('std::cmp::max is std\'s even beside a local `max`; min and max of Strings move the winner', async () => {
    await runsAs("use std::cmp::max;\nfn main() {\n    let max_v = 5;\n    let maxx = 1;\n    let max = 5;\n    println!(\"{}\", std::cmp::max(3, 9) + max);\n    println!(\"{} {}\", std::cmp::min(String::from(\"b\"), String::from(\"a\")), std::cmp::max(2.5f64 as i32, 1));\n}\n", '14\na 2\n');
    await runsAs('use std::cmp::max;\nfn main() {\n    println!("{}", max(3, 9));\n}\n', '9\n');
  });
});

describe('a for loop keeps the temporaries of its head until it ends, as rustc does', () => {
  it('iterates a borrowed temporary, a temporary\'s iter() and a RefCell guard', async () => {
    await runsAs('fn make() -> Vec<i32> {\n    vec![1, 2, 3]\n}\nfn main() {\n    for x in &make() {\n        print!("{} ", x);\n    }\n    for x in make().iter() {\n        print!("{} ", x);\n    }\n    println!();\n}\n', '1 2 3 1 2 3 \n');
    const r = (await getEngine()).run('use std::cell::RefCell;\nfn main() {\n    let log = RefCell::new(vec![1, 2]);\n    for x in log.borrow().iter() {\n        if *x == 2 { log.borrow_mut().push(3); }\n    }\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.trace!.stderr).toContain('panicked at main.rs:5:26:\nRefCell already borrowed');
  });
});

describe('borrows of constants are promoted to statics, as rustc promotes them', () => {
  it('a function returns &5; a variable bound to &[1, 2, 3] points into static memory', async () => {
    const r = await runsAs("fn five() -> &'static i32 { &5 }\nfn main() {\n    let a = &[1, 2, 3];\n    println!(\"{} {:?}\", five(), a);\n}\n", '5 [1, 2, 3]\n');
    const statics = r.trace!.events.filter((e) => e.kind === 'static_alloc' && e.name === 'promoted constant');
    expect(statics.map((e) => (e as { ty: string }).ty)).toEqual(['[i32; 3]', 'i32']);
    const a = r.trace!.events.find((e) => e.kind === 'local_init' && e.name === 'a') as { value: { addr: number } };
    expect(a.value.addr).toBe((statics[0] as { addr: number }).addr);
  });
});

describe('sequences of different types compare element by element, as std does', () => {
  it('a Vec with an array, a slice with an array reference, in == and assert_eq!', async () => {
    await runsAs('fn main() {\n    let v = vec![1, 2];\n    println!("{}", v == [1, 2]);\n    let s: &[i32] = &v;\n    println!("{}", s == [1, 2]);\n    println!("{}", s == &[1, 2]);\n    println!("{}", v != &[1, 3]);\n    assert_eq!(s, &[1, 2]);\n    assert_eq!(v, [1, 2]);\n}\n', 'true\ntrue\ntrue\ntrue\n');
    const r = (await getEngine()).run('fn main() {\n    let v = vec![1, 2];\n    assert_eq!(v, [1, 3]);\n}\n');
    expect(r.trace!.stderr).toContain('assertion `left == right` failed\n  left: [1, 2]\n right: [1, 3]');
  });
});

describe('iterator, string and number helpers teachers reach for', () => {
  it('filter_map, max_by/min_by, rfind, strip_prefix/suffix, len_utf8, abs_diff, div_euclid, checked_neg, leading/trailing_zeros, is_nan', async () => {
    const r = await runsAs("fn main() {\n    let words = vec![\"3\", \"x\", \"14\", \"1\"];\n    let nums: Vec<i32> = words.iter().filter_map(|w| w.parse().ok()).collect();\n    println!(\"{:?}\", nums);\n    let names = vec![String::from(\"bob\"), String::from(\"alexandra\"), String::from(\"eve\")];\n    let longest = names.iter().max_by(|a, b| a.len().cmp(&b.len()));\n    let shortest = names.iter().min_by(|a, b| a.len().cmp(&b.len()));\n    println!(\"{:?} {:?}\", longest, shortest);\n    let fs = vec![2.5, 9.0, 1.5];\n    println!(\"{:?}\", fs.iter().cloned().max_by(|a: &f64, b: &f64| a.partial_cmp(b).unwrap()));\n    let s = \"hello world, hello\";\n    println!(\"{:?} {:?} {:?} {:?}\", s.rfind(\"hello\"), s.strip_prefix(\"hello \"), s.strip_suffix(\"xyz\"), \"ab\".strip_suffix('b'));\n    println!(\"{} {} {}\", '\u00e9'.len_utf8(), 3u32.abs_diff(10), (-7i32).div_euclid(2));\n    println!(\"{:?} {} {} {}\", i32::MIN.checked_neg(), 5i32.wrapping_neg(), 1u8.leading_zeros(), 8u32.trailing_zeros());\n    println!(\"{}\", (0.0f64 / 0.0).is_nan());\n}\n", "[3, 14, 1]\nSome(\"alexandra\") Some(\"bob\")\nSome(9.0)\nSome(13) Some(\"world, hello\") None Some(\"a\")\n2 7 -4\nNone -5 7 3\ntrue\n");
    const events = r.trace!.events;
    expect(events.filter((e) => e.kind === 'heap_alloc').length).toBe(events.filter((e) => e.kind === 'heap_free').length);
  });
});

describe('arrays sort like slices; float constants', () => {
  it('sort, reverse, sort_by and sort_by_key on arrays and slices', async () => {
    await runsAs("fn main() {\n    let mut a = [3, 1, 2];\n    a.sort();\n    println!(\"{:?}\", a);\n    a.reverse();\n    let s = &mut a[..];\n    s.sort_by(|x, y| y.cmp(x));\n    println!(\"{:?}\", a);\n    let mut w = [\"bb\", \"a\", \"ccc\"];\n    w.sort_by_key(|x| x.len());\n    println!(\"{:?}\", w);\n    let mut v = vec![5, 4];\n    v.sort();\n    println!(\"{:?}\", v);\n}\n", '[1, 2, 3]\n[3, 2, 1]\n["a", "bb", "ccc"]\n[4, 5]\n');
  });

  it('f64::MAX, f32::EPSILON, f64::NAN, f64::INFINITY and std::f64::consts::PI, imported or not', async () => {
    await runsAs("use std::f64::consts::PI;\nfn main() {\n    let r = 2.0;\n    println!(\"{:.4} {:.4}\", std::f64::consts::PI * r * r, PI);\n    println!(\"{} {} {}\", f64::MAX, f32::EPSILON, f64::NAN.is_nan());\n    let m = [1.5f64, 0.5].iter().cloned().fold(f64::INFINITY, |a, b| a.min(b));\n    println!(\"{} {}\", m, f64::MIN < 0.0);\n}\n", "12.5664 3.1416\n179769313486231570000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000 0.00000011920929 true\n0.5 true\n");
  });

});

describe('std functions and constructors used as values (the Book, chapter 20: `map(Status::Value)`)', () => {
  const SOURCE = "#[derive(Debug)]\nstruct Meters(f64);\n#[derive(Debug)]\nenum Status { Value(u32), Stop }\nfn main() {\n    let words = vec![\"a\", \"bc\"];\n    let owned: Vec<String> = words.iter().map(|s| s.to_string()).collect();\n    let owned2: Vec<String> = words.into_iter().map(String::from).collect();\n    println!(\"{:?} {:?}\", owned, owned2);\n    let ns = vec![-3i32, 4, -5];\n    let abs: Vec<i32> = ns.iter().copied().map(i32::abs).collect();\n    println!(\"{:?}\", abs);\n    let ms: Vec<Meters> = vec![1.5, 2.0].into_iter().map(Meters).collect();\n    println!(\"{:?}\", ms);\n    let st: Vec<Status> = (0u32..3).map(Status::Value).collect();\n    println!(\"{:?} {:?}\", st, Status::Stop);\n    let opts: Vec<Option<i32>> = ns.iter().copied().map(Some).collect();\n    println!(\"{:?}\", opts);\n    let lens: Vec<usize> = owned.iter().map(String::len).collect();\n    println!(\"{:?}\", lens);\n    let rs: Vec<Result<i32, String>> = vec![1, 2].into_iter().map(Ok).collect();\n    println!(\"{:?}\", rs);\n    owned2.into_iter().for_each(drop);\n    let m = [3, 9, 2].iter().copied().fold(0, i32::max);\n    println!(\"{}\", m);\n}\n";

  it('run as rustc runs them: `String::from`, `i32::abs`, `i32::max`, `String::len`, `drop`, tuple structs and variants, `Some`, `Ok`', async () => {
    const r = await runsAs(SOURCE, "[\"a\", \"bc\"] [\"a\", \"bc\"]\n[3, 4, 5]\n[Meters(1.5), Meters(2.0)]\n[Value(0), Value(1), Value(2)] Stop\n[Some(-3), Some(4), Some(-5)]\n[1, 2]\n[Ok(1), Ok(2)]\n9\n");
    // Each is a call of its own, named after the path, not an anonymous closure.
    const frames = new Set(r.trace!.events.flatMap((e) => (e.kind === 'frame_push' ? [e.fn] : [])));
    for (const f of ['String::from', 'i32::abs', 'Meters', 'Status::Value', 'Some', 'String::len', 'Ok', 'drop', 'i32::max']) expect(frames).toContain(f);
    expect([...frames].filter((f) => f.includes('closure'))).toEqual(['main::{closure#0}']);
  });

  it('a signature that does not fit is E0631 at the path, as rustc reports it', async () => {
    const r = (await getEngine()).check('fn main() {\n    let f: Vec<char> = "ab".chars().filter(char::is_alphanumeric).collect();\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.span.col, d.message])[0]).toEqual(['E0631', 2, 44, 'type mismatch in function arguments']);
  });

  it('`String::from` takes a `String` (keeping its heap block) and a `char`, as std does', async () => {
    const r = await runsAs('fn main() {\n    let s = String::from("a");\n    let t = String::from(s);\n    let c = String::from(\'x\');\n    println!("{} {}", t, c);\n}\n', 'a x\n');
    expect(r.trace!.events.filter((e) => e.kind === 'heap_alloc')).toHaveLength(2);
  });

  it('a use after move through such a value is still E0382', async () => {
    const r = (await getEngine()).check('fn main() {\n    let v = vec![String::from("a")];\n    let w: Vec<String> = v.into_iter().map(String::from).collect();\n    println!("{:?} {:?}", v, w);\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.span.col])).toEqual([['E0382', 4, 27]]);
  });
});

describe('`rest @ ..` in slice patterns', () => {
  it('binds the middle of a slice, shared or mutable, as rustc runs it', async () => {
    await runsAs("fn sum(v: &[i32]) -> i32 {\n    match v {\n        [] => 0,\n        [first, rest @ ..] => first + sum(rest),\n    }\n}\nfn ends(v: &[String]) -> String {\n    match v {\n        [a, mid @ .., z] => format!(\"{} {:?} {} {}\", a, mid, z, mid.len()),\n        [one] => one.clone(),\n        [] => String::new(),\n    }\n}\nfn bump(v: &mut [i32]) {\n    if let [first, rest @ ..] = v {\n        *first += 10;\n        for x in rest.iter_mut() { *x += 1; }\n        rest[0] += 100;\n    }\n    if let [.., last] = v { *last = 0; }\n}\nfn main() {\n    let v = vec![1, 2, 3, 4];\n    println!(\"{}\", sum(&v));\n    let s = vec![String::from(\"a\"), String::from(\"b\"), String::from(\"c\")];\n    println!(\"{}\", ends(&s));\n    println!(\"{}\", ends(&s[..1]));\n    let mut w = [1, 2, 3];\n    bump(&mut w);\n    println!(\"{:?}\", w);\n    if let [head, tail @ ..] = s.as_slice() { println!(\"{} {:?}\", head, tail); }\n}\n", "10\na [\"b\"] c 1\na\n[11, 103, 0]\na [\"b\", \"c\"]\n");
  });

  it('the subslice and the elements beside it are disjoint, but the subslice still borrows the slice', async () => {
    const engine = await getEngine();
    const codes = (src: string) => engine.check(src).diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col}`);
    expect(codes("fn main() {\n    let v = vec![String::from(\"a\"), String::from(\"b\")];\n    let s = &v[..];\n    if let [_a, rest @ ..] = s {\n        drop(v);\n        println!(\"{:?}\", rest);\n    }\n}\n")).toEqual(['E0505 5:14']);
    // One error, as rustc: the bounds check of `v[0]` reads only the length, which the borrow of `rest` does not cover.
    expect(codes("fn f(v: &mut [i32]) {\n    if let [rest @ .., last] = v {\n        *last = rest[0];\n        rest[0] = 5;\n        let w = &mut v[0];\n        *w += 1;\n        println!(\"{:?}\", rest);\n    }\n}\nfn main() { let mut a = [1, 2, 3]; f(&mut a); println!(\"{:?}\", a); }\n")).toEqual(['E0499 5:17']);
  });
});

describe('assignments evaluate their right side first, as rustc builds them', () => {
  it('bubble sort on a Vec swaps with `v[j] = v[j + 1]` (was a false E0502)', async () => {
    await runsAs("fn bubble_sort(v: &mut Vec<i32>) {\n    let n = v.len();\n    for i in 0..n {\n        let mut swapped = false;\n        for j in 0..n - 1 - i {\n            if v[j] > v[j + 1] {\n                let tmp = v[j];\n                v[j] = v[j + 1];\n                v[j + 1] = tmp;\n                swapped = true;\n            }\n        }\n        if !swapped {\n            break;\n        }\n    }\n}\nfn main() {\n    let mut v = vec![5, 1, 4, 2, 8, -3, 0];\n    println!(\"before: {:?}\", v);\n    bubble_sort(&mut v);\n    println!(\"after:  {:?}\", v);\n}\n", 'before: [5, 1, 4, 2, 8, -3, 0]\nafter:  [-3, 0, 1, 2, 4, 5, 8]\n');
    await runsAs('fn main() {\n    let mut v = vec![1, 2];\n    v[0] = *v.last().unwrap();\n    println!("{:?}", v);\n}\n', '[2, 2]\n');
  });

  it('still rejects an assignment through an index while a borrow of the Vec is live', async () => {
    const d = (await getEngine()).check('fn main() {\n    let mut v = vec![1, 2];\n    let r = &v[0];\n    v[1] = 5;\n    println!("{}", r);\n}\n').diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col}`)).toEqual(['E0502 4:5']);
  });
});

describe('casts and impls for a concrete type, as rustc types them (the Book, chapters 10 and 17)', () => {
  it('`n as i64` leaves `n` an integer of its own type; `&s as &dyn T` and `Box::new(s) as Box<dyn T>` coerce', async () => {
    await runsAs("fn main() {\n    let n = 3;\n    let p = n as i64;\n    let m: i32 = n;\n    let big = 3_000_000_000u64;\n    let t = big as i32;\n    let x = 2.7;\n    let y = x as i32;\n    let z: f32 = x;\n    let q = (n as u8) as char;\n    let w = -1 as i8;\n    println!(\"{} {} {} {} {} {:?} {}\", p, m, t, y, z, q, w);\n}\n", '3 3 -1294967296 2 2.7 \'\\u{3}\' -1\n');
    await runsAs("trait T { fn f(&self) -> i32; }\nstruct S;\nimpl T for S { fn f(&self) -> i32 { 1 } }\nstruct U(i32);\nimpl T for U { fn f(&self) -> i32 { self.0 } }\nfn main() {\n    let d = &S as &dyn T;\n    let b = Box::new(U(7)) as Box<dyn T>;\n    let v = vec![Box::new(S) as Box<dyn T>, Box::new(U(2))];\n    println!(\"{} {} {}\", d.f(), b.f(), v.iter().map(|x| x.f()).sum::<i32>());\n}\n", '1 7 3\n');
  });

  it('a method of `impl P<f64>` is found on `P(3.0)`', async () => {
    await runsAs("struct P<T>(T);\nimpl P<f64> {\n    fn get(&self) -> f64 { self.0 }\n}\nfn main() {\n    println!(\"{}\", P(3.0).get());\n}\n", '3\n');
  });

  it('a reference coerced to `&dyn T` needs `T` implemented (E0277), in a `let` or an `as`', async () => {
    const d = (await getEngine()).check("trait T { fn f(&self) -> i32; }\nstruct S;\nfn main() {\n    let d: &dyn T = &S;\n    let b: Box<dyn T> = Box::new(S);\n}\n").diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual(['E0277 4:21 the trait bound `S: T` is not satisfied', 'E0277 5:25 the trait bound `S: T` is not satisfied']);
  });
});

describe('formatting needs the trait: a missing #[derive(Debug)] or Display impl is E0277, as rustc reports it', () => {
  it('names the innermost type that lacks it, at the argument', async () => {
    const d = (await getEngine()).check("struct C(i32);\nstruct P { x: i32 }\nfn main() {\n    let c = C(1);\n    println!(\"{:?}\", c);\n    let p = P { x: 1 };\n    println!(\"{}\", p);\n    let v = vec![1];\n    println!(\"{}\", v);\n    let o = Some(C(2));\n    println!(\"{:?}\", o);\n    let s = format!(\"{x}\", x = p.x);\n    println!(\"{:?} {}\", (1, \"a\"), &&5);\n    println!(\"{}\", ());\n}\n").diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual([
      'E0277 5:22 `C` doesn\'t implement `Debug`',
      'E0277 7:20 `P` doesn\'t implement `std::fmt::Display`',
      'E0277 9:20 `Vec<{integer}>` doesn\'t implement `std::fmt::Display`',
      'E0277 11:22 `C` doesn\'t implement `Debug`',
      'E0277 14:20 `()` doesn\'t implement `std::fmt::Display`',
    ]);
    expect(d[0].labels[0].message).toBe('`C` cannot be formatted using `{:?}` because it doesn\'t implement `Debug`');
  });

  it('accepts derived, implemented and std formatting, and what it cannot judge (generic parameters, std errors)', async () => {
    await runsAs('use std::fmt;\n#[derive(Debug)]\nstruct W<T> { v: T }\nstruct P;\nimpl fmt::Display for P {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "P") }\n}\nfn show<T: fmt::Debug>(x: T) { println!("{:?}", x); }\nfn main() {\n    let e = "x".parse::<i32>().unwrap_err();\n    println!("{:?} {} {} {:?} {:?}", W { v: Some(1) }, P, e, (1, \'c\', "s"), [Box::new(2)]);\n    show(W { v: vec![()] });\n}\n',
      'W { v: Some(1) } P invalid digit found in string (1, \'c\', "s") [2]\nW { v: [()] }\n');
  });
});

describe('operator overloading (the Book, chapter 20; Rust by Example)', () => {
  const src = `use std::ops::{Add, AddAssign, Mul, Neg, Sub};
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point { x: i32, y: i32 }
impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point { Point { x: self.x + other.x, y: self.y + other.y } }
}
impl Sub for Point {
    type Output = Self;
    fn sub(self, o: Self) -> Self::Output { Point { x: self.x - o.x, y: self.y - o.y } }
}
impl Mul<i32> for Point {
    type Output = Point;
    fn mul(self, k: i32) -> Point { Point { x: self.x * k, y: self.y * k } }
}
impl Neg for Point {
    type Output = Point;
    fn neg(self) -> Point { Point { x: -self.x, y: -self.y } }
}
impl AddAssign for Point {
    fn add_assign(&mut self, o: Point) { self.x += o.x; self.y += o.y; }
}
#[derive(Debug)]
struct Money(String, i64);
impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money { Money(self.0, self.1 + o.1) }
}
#[derive(Debug, Clone, Copy)]
struct V<T> { a: T }
impl<T: Add<Output = T>> Add for V<T> {
    type Output = V<T>;
    fn add(self, o: V<T>) -> V<T> { V { a: self.a + o.a } }
}
fn main() {
    let p = Point { x: 1, y: 2 };
    let q = Point { x: 3, y: 4 };
    let mut r = p + q;
    println!("{:?} {:?} {:?} {:?}", r, p - q, p * 3, -p);
    r += Point { x: 10, y: 10 };
    println!("{:?} {}", r, r == Point { x: 14, y: 16 });
    let a = Money(String::from("usd"), 5);
    let b = Money(String::from("usd"), 7);
    let c = a + b;
    println!("{:?}", c);
    println!("{:?}", V { a: 1.5 } + V { a: 2.0 });
}
`;

  it('a + b, a - b, a * k, -a and a += b call the impls, with the values rustc prints', async () => {
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    const r = engine.run(src);
    expect(r.trace?.stdout).toBe('Point { x: 4, y: 6 } Point { x: -2, y: -2 } Point { x: 3, y: 6 } Point { x: -1, y: -2 }\nPoint { x: 14, y: 16 } true\nMoney("usd", 12)\nV { a: 3.5 }\n');
    // Each operator is a call: a frame of the impl's method is pushed.
    const frames = eventsOf(r.trace!);
    const names: string[] = [];
    for (let i = 0; i < frames.length; i++) { const e = frames.at(i)!; if (e.kind === 'frame_push') names.push(e.fn); }
    expect(names).toEqual(expect.arrayContaining(['<Point as Add>::add', '<Point as Neg>::neg', '<Point as AddAssign>::add_assign', '<Money as Add>::add']));
  });

  it('an operator takes a non-Copy operand by value: using it after is E0382', async () => {
    const d = (await getEngine()).check(src.replace('println!("{:?}", c);', 'println!("{:?} {:?}", c, a);')).diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual(['E0382 45:30 borrow of moved value: `a`']);
  });
});

describe('`?` converting errors through the program\'s `impl From` (the Book, chapter 9)', () => {
  it('`?` calls the impl on the way out; `MyError::from(x)` picks the impl by the argument', async () => {
    const src = `use std::num::ParseIntError;
#[derive(Debug)]
enum E { Parse(ParseIntError), Msg(String) }
impl From<ParseIntError> for E { fn from(e: ParseIntError) -> Self { E::Parse(e) } }
impl From<String> for E { fn from(s: String) -> Self { E::Msg(s) } }
fn check(s: &str) -> Result<i32, E> {
    let n: i32 = s.parse()?;
    if n > 10 { return Err(E::from(format!("{} too big", n))); }
    Ok(n)
}
fn main() {
    println!("{:?} {:?} {:?}", check("5"), check("50"), check("z"));
    let e = E::from(String::from("x"));
    println!("{:?}", e);
}
`;
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('Ok(5) Err(Msg("50 too big")) Err(Parse(ParseIntError { kind: InvalidDigit }))\nMsg("x")\n');
    // Without the impl it is rustc's E0277 at the `?`.
    const d = engine.check(src.replace('impl From<ParseIntError> for E { fn from(e: ParseIntError) -> Self { E::Parse(e) } }\n', '')).diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col}`)).toEqual(['E0277 6:27']);
  });
});

describe('orderings a program implements (PartialOrd, Ord) for its own types', () => {
  const src = "use std::cmp::Ordering;\n#[derive(Debug, PartialEq, Eq)]\nstruct Task { pri: u32, name: String }\nimpl PartialOrd for Task {\n    fn partial_cmp(&self, other: &Self) -> Option<Ordering> { Some(self.cmp(other)) }\n}\nimpl Ord for Task {\n    fn cmp(&self, other: &Self) -> Ordering { other.pri.cmp(&self.pri).then_with(|| self.name.cmp(&other.name)) }\n}\n#[derive(Debug, PartialEq)]\nstruct Version(u32, u32);\nimpl PartialOrd for Version {\n    fn partial_cmp(&self, o: &Version) -> Option<Ordering> {\n        match self.0.cmp(&o.0) { Ordering::Equal => Some(self.1.cmp(&o.1)), ord => Some(ord) }\n    }\n}\nfn main() {\n    let mut v = vec![\n        Task { pri: 1, name: String::from(\"write\") },\n        Task { pri: 3, name: String::from(\"fix\") },\n        Task { pri: 3, name: String::from(\"deploy\") },\n    ];\n    v.sort();\n    for t in &v { println!(\"{} {}\", t.pri, t.name); }\n    println!(\"{}\", v[0] < v[1]);\n    let m = v.iter().max().unwrap();\n    println!(\"max {:?}\", m.name);\n    println!(\"{} {}\", Version(1, 2) < Version(1, 10), Version(2, 0) > Version(1, 9));\n    println!(\"{:?}\", Version(1, 2).partial_cmp(&Version(1, 2)));\n    println!(\"{:?}\", v[1].cmp(&v[2]));\n}\n";
  it('sort, max, <, partial_cmp and cmp call them, with the results rustc prints', async () => {
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('3 deploy\n3 fix\n1 write\ntrue\nmax "write"\ntrue true\nSome(Equal)\nLess\n');
  });

  it('sorting a type without Ord (only PartialOrd, or nothing) is E0277 at `sort`', async () => {
    const d = (await getEngine()).check('#[derive(Debug, PartialEq, PartialOrd)]\nstruct V(u32);\n#[derive(Debug)]\nstruct W;\nfn main() {\n    let mut v = vec![V(2), V(1)];\n    v.sort();\n    let mut w = vec![W];\n    w.sort();\n}\n').diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual(['E0277 7:7 the trait bound `V: Ord` is not satisfied', 'E0277 9:7 the trait bound `W: Ord` is not satisfied']);
  });
});

describe('`into_iter` on an array (edition 2021: its values)', () => {
  it('iterates the values, moves a non-Copy array, leaves a Copy one usable', async () => {
    const engine = await getEngine();
    const src = 'fn main() {\n    let a = [1, 2, 3];\n    let v: Vec<i32> = a.into_iter().map(|x| x * 2).collect();\n    let s = [String::from("x"), String::from("y")];\n    for t in s.into_iter().rev() { print!("{} ", t); }\n    println!("{:?} {}", v, [4, 5].into_iter().any(|x| x == 5));\n    println!("{:?}", a);\n}\n';
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('y x [2, 4, 6] true\n[1, 2, 3]\n');
    const moved = engine.check('fn main() {\n    let s = [String::from("x"), String::from("y")];\n    for t in s.into_iter() { print!("{} ", t); }\n    println!("{:?}", s);\n}\n').diagnostics;
    expect(moved.map((d) => `${d.code} ${d.span.line}:${d.span.col}`)).toEqual(['E0382 4:22']);
  });
});

describe('a trait method called by the trait\'s name (`Animal::name(&d)`, `Pilot::fly(&h)`)', () => {
  it('calls the impl for the first argument\'s type, default methods included', async () => {
    const engine = await getEngine();
    const src = "trait Animal {\n    fn name(&self) -> String;\n    fn speak(&self) -> String { format!(\"{} speaks\", self.name()) }\n    fn rename(&mut self, n: &str);\n}\ntrait Pilot { fn fly(&self) -> String; }\ntrait Wizard { fn fly(&self) -> String; }\nstruct Dog { n: String }\nimpl Animal for Dog {\n    fn name(&self) -> String { self.n.clone() }\n    fn rename(&mut self, n: &str) { self.n = n.to_string(); }\n}\nstruct Human;\nimpl Pilot for Human { fn fly(&self) -> String { String::from(\"captain speaking\") } }\nimpl Wizard for Human { fn fly(&self) -> String { String::from(\"up!\") } }\nfn main() {\n    let mut d = Dog { n: String::from(\"rex\") };\n    println!(\"{} / {}\", Animal::name(&d), Animal::speak(&d));\n    Animal::rename(&mut d, \"max\");\n    println!(\"{}\", d.name());\n    let h = Human;\n    println!(\"{} {}\", Pilot::fly(&h), Wizard::fly(&h));\n}\n";
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('rex / rex speaks\nmax\ncaptain speaking up!\n');
  });

  it('`h.fly()` with two of the program\'s traits giving `fly` is E0034', async () => {
    const src = "trait Animal {\n    fn name(&self) -> String;\n    fn speak(&self) -> String { format!(\"{} speaks\", self.name()) }\n    fn rename(&mut self, n: &str);\n}\ntrait Pilot { fn fly(&self) -> String; }\ntrait Wizard { fn fly(&self) -> String; }\nstruct Dog { n: String }\nimpl Animal for Dog {\n    fn name(&self) -> String { self.n.clone() }\n    fn rename(&mut self, n: &str) { self.n = n.to_string(); }\n}\nstruct Human;\nimpl Pilot for Human { fn fly(&self) -> String { String::from(\"captain speaking\") } }\nimpl Wizard for Human { fn fly(&self) -> String { String::from(\"up!\") } }\nfn main() {\n    let mut d = Dog { n: String::from(\"rex\") };\n    println!(\"{} / {}\", Animal::name(&d), Animal::speak(&d));\n    Animal::rename(&mut d, \"max\");\n    println!(\"{}\", d.name());\n    let h = Human;\n    println!(\"{} {}\", Pilot::fly(&h), h.fly());\n}\n";
    const d = (await getEngine()).check(src).diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual(['E0034 22:41 multiple applicable items in scope']);
  });
});

describe('parse errors of floats and chars as std prints them', () => {
  it('empty and invalid inputs: Debug and Display', async () => {
    const src = 'fn main() {\n    let a = "abc".parse::<f64>();\n    let b: Result<f32, _> = "".parse();\n    println!("{:?} {:?} {:?} {:?}", a, b, "".parse::<char>(), "ab".parse::<char>());\n    match "".parse::<f64>() { Ok(v) => println!("{}", v), Err(e) => println!("error: {}", e) }\n    match "".parse::<char>() { Ok(v) => println!("{}", v), Err(e) => println!("error: {}", e) }\n}\n';
    expect((await getEngine()).run(src).trace?.stdout).toBe('Err(ParseFloatError { kind: Invalid }) Err(ParseFloatError { kind: Empty }) Err(ParseCharError { kind: EmptyString }) Err(ParseCharError { kind: TooManyChars })\nerror: cannot parse float from empty string\nerror: cannot parse char from empty string\n');
  });
});

describe('supertraits (the Book, chapter 20)', () => {
  it('an impl of a trait whose supertrait the type lacks is E0277 at the type; met ones run', async () => {
    const engine = await getEngine();
    const d = engine.check('trait Person {}\ntrait Student: Person {}\n\nstruct Bob;\nimpl Student for Bob {}\n\nfn main() {}\n').diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual(['E0277 5:18 the trait bound `Bob: Person` is not satisfied']);
    const ok = 'use std::fmt;\ntrait OutlinePrint: fmt::Display {\n    fn outline(&self) -> String { format!("*{}*", self) }\n}\ntrait Named: fmt::Debug { fn tag(&self) -> String { format!("{:?}", self) } }\nstruct P(i32);\nimpl fmt::Display for P { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "{}", self.0) } }\nimpl OutlinePrint for P {}\n#[derive(Debug)]\nstruct Q;\nimpl Named for Q {}\nfn main() { println!("{} {}", P(3).outline(), Q.tag()); }\n';
    expect(engine.check(ok).diagnostics).toEqual([]);
    expect(engine.run(ok).trace?.stdout).toBe('*3* Q\n');
  });
});

describe('returning `impl Trait` (the Book, chapters 10 and 13)', () => {
  it('methods and `for` on what such a function returns, wherever the function is in the file', async () => {
    const engine = await getEngine();
    const src = "trait Summary { fn summarize(&self) -> String; }\nstruct Tweet { text: String }\nimpl Summary for Tweet { fn summarize(&self) -> String { format!(\"tweet: {}\", self.text) } }\nfn notify(item: &impl Summary) { println!(\"Breaking! {}\", item.summarize()); }\nfn notify2(item: impl Summary) { println!(\"Owned {}\", item.summarize()); }\nfn make() -> impl Summary { Tweet { text: String::from(\"made\") } }\nfn evens(v: &[i32]) -> impl Iterator<Item = &i32> + '_ { v.iter().filter(|x| *x % 2 == 0) }\nfn main() {\n    let t = Tweet { text: String::from(\"hi\") };\n    notify(&t);\n    notify2(t);\n    println!(\"{}\", make().summarize());\n    let v = vec![1, 2, 3, 4];\n    for x in evens(&v) { print!(\"{} \", x); }\n    println!(\"{}\", evens(&v).count());\n}\n";
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('Breaking! tweet: hi\nOwned tweet: hi\ntweet: made\n2 4 2\n');
    // Defined after main; the iterator borrows `v`, so moving `v` while it lives is E0505.
    const later = "fn main() {\n    let v = vec![1, 2, 3, 4];\n    let it = evens(&v);\n    drop(v);\n    println!(\"{}\", it.count());\n    println!(\"{}\", make_adder(2)(3));\n}\nfn evens(v: &[i32]) -> impl Iterator<Item = &i32> + '_ { v.iter().filter(|x| *x % 2 == 0) }\nfn make_adder(n: i32) -> impl Fn(i32) -> i32 { move |x| x + n }\n";
    expect(engine.check(later).diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col}`)).toEqual(['E0505 4:10']);
    expect(engine.run(later.replace('    drop(v);\n', '')).trace?.stdout).toBe('2\n5\n');
  });
});

describe('dyn compatibility (E0038)', () => {
  it('a trait with a method returning Self, or a function without self, cannot be dyn; `where Self: Sized` lifts it', async () => {
    const engine = await getEngine();
    const d = engine.check('trait Cloner {\n    fn duplicate(&self) -> Self;\n}\n\nfn main() {\n    let _v: Option<Box<dyn Cloner>> = None;\n}\n').diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual(['E0038 6:28 the trait `Cloner` is not dyn compatible']);
    expect(engine.check("trait Shape {\n    fn area(&self) -> f64;\n    fn new(x: f64) -> Self where Self: Sized;\n    fn scaled(&self, k: f64) -> Box<dyn Shape>;\n}\nstruct Sq(f64);\nimpl Shape for Sq {\n    fn area(&self) -> f64 { self.0 * self.0 }\n    fn new(x: f64) -> Self { Sq(x) }\n    fn scaled(&self, k: f64) -> Box<dyn Shape> { Box::new(Sq(self.0 * k)) }\n}\ntrait Maker { fn make() -> i32; }\nfn show(s: &dyn Shape) { println!(\"{}\", s.area()); }\nfn main() {\n    let v: Vec<Box<dyn Shape>> = vec![Box::new(Sq::new(2.0))];\n    for s in &v { show(&**s); println!(\"{}\", s.scaled(2.0).area()); }\n    let m: Option<&dyn Maker> = None;\n    println!(\"{}\", m.is_none());\n}\n").diagnostics.map((x) => `${x.code} ${x.span.line}:${x.span.col}`)).toEqual(['E0038 17:24']);
    const ok = "trait Shape {\n    fn area(&self) -> f64;\n    fn new(x: f64) -> Self where Self: Sized;\n    fn scaled(&self, k: f64) -> Box<dyn Shape>;\n}\nstruct Sq(f64);\nimpl Shape for Sq {\n    fn area(&self) -> f64 { self.0 * self.0 }\n    fn new(x: f64) -> Self { Sq(x) }\n    fn scaled(&self, k: f64) -> Box<dyn Shape> { Box::new(Sq(self.0 * k)) }\n}\nfn show(s: &dyn Shape) { println!(\"{}\", s.area()); }\nfn main() {\n    let v: Vec<Box<dyn Shape>> = vec![Box::new(Sq::new(2.0))];\n    for s in &v { show(&**s); println!(\"{}\", s.scaled(2.0).area()); }\n}\n";
    expect(engine.check(ok).diagnostics).toEqual([]);
    expect(engine.run(ok).trace?.stdout).toBe('4\n16\n');
  });

  it("std's traits no vtable can serve: Clone, Copy, Default, Sized, Eq, Ord (E0038); PartialEq without Rhs (E0393)", async () => {
    const engine = await getEngine();
    const codes = (t: string) => engine.check(`#![allow(unused)]\nfn main() { let v: Vec<Box<dyn ${t}>> = Vec::new(); println!("{}", v.len()); }\n`).diagnostics.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.notes[0] ?? ''}`);
    expect(codes('Clone')).toEqual(['E0038 2:32 note: the trait is not dyn compatible because it requires `Self: Sized`']);
    expect(codes('Default')).toEqual(['E0038 2:32 note: the trait is not dyn compatible because it requires `Self: Sized`']);
    expect(codes('Ord')).toEqual(['E0038 2:32 note: the trait is not dyn compatible because it uses `Self` as a type parameter']);
    expect(codes('PartialEq')).toEqual(['E0393 2:32 note: because the parameter default references `Self`, the parameter must be specified on the trait object type']);
    expect(codes('PartialEq<i32>')).toEqual([]);
    expect(codes('Fn(i32) -> i32')).toEqual([]);
  });
});

describe('two closures are two types', () => {
  it('if/else returning closures that capture is E0308 at the else branch; capture-free ones are not judged', async () => {
    const engine = await getEngine();
    const d = engine.check('fn pick(n: i32, up: bool) -> impl Fn(i32) -> i32 {\n    if up { move |x| x + n } else { move |x| x - n }\n}\nfn main() { println!("{}", pick(1, true)(5)); }\n').diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message} / ${x.labels[0]?.message}`)).toEqual(['E0308 2:37 `if` and `else` have incompatible types / expected closure, found a different closure']);
    const free = engine.check('fn main() { let f = if false { |a: i32| a * 2 } else { |a: i32| a * 3 }; println!("{}", f(2)); }\n').diagnostics;
    expect(free.map((x) => x.code)).toEqual([null]);
    expect(free[0].message).toMatch(/not supported yet/);
  });
});

describe('more std methods teaching code uses', () => {
  it('split_once, rsplit_once, Box::as_ref/as_mut, char::is_ascii_*', async () => {
    const src = "trait Shape { fn area(&self) -> f64; }\nstruct Sq(f64);\nimpl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }\nfn show(s: &dyn Shape) -> f64 { s.area() }\nfn main() {\n    let line = \"name=Ada Lovelace=x\";\n    if let Some((k, v)) = line.split_once('=') { println!(\"[{}] [{}]\", k, v); }\n    println!(\"{:?} {:?}\", line.rsplit_once(\"=\"), \"abc\".split_once(\",\"));\n    let b: Box<dyn Shape> = Box::new(Sq(3.0));\n    println!(\"{}\", show(b.as_ref()));\n    let mut n = Box::new(5);\n    *n.as_mut() += 1;\n    println!(\"{}\", n);\n    let s = \"Hi, you 2!\";\n    let flags: Vec<bool> = s.chars().map(|c| c.is_ascii_punctuation()).collect();\n    println!(\"{:?} {} {}\", flags, 'a'.is_ascii_lowercase(), '\u00e9'.is_ascii());\n    println!(\"{}\", s.chars().filter(|c| c.is_ascii_alphabetic()).count());\n}\n";
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('[name] [Ada Lovelace=x]\nSome(("name=Ada Lovelace", "x")) None\n9\n6\n[false, false, true, false, false, false, false, false, false, true] true false\n5\n');
  });
});

describe('flat_map and flatten', () => {
  it('over chars, Vecs, Options, ranges and nested iterators, as std yields them', async () => {
    const src = "struct Account { history: Vec<i32> }\nfn main() {\n    let words = vec![\"hi\", \"you\"];\n    let chars: Vec<char> = words.iter().flat_map(|w| w.chars()).collect();\n    println!(\"{:?}\", chars);\n    let accts = vec![Account { history: vec![1, 2] }, Account { history: vec![] }, Account { history: vec![3] }];\n    let all: Vec<&i32> = accts.iter().flat_map(|a| a.history.iter()).collect();\n    println!(\"{:?} {}\", all, accts.iter().flat_map(|a| a.history.iter()).sum::<i32>());\n    let nested = vec![vec![1, 2], vec![3]];\n    let flat: Vec<i32> = nested.into_iter().flatten().collect();\n    println!(\"{:?}\", flat);\n    let opts = vec![Some(1), None, Some(3)];\n    println!(\"{:?}\", opts.iter().flatten().collect::<Vec<_>>());\n    let pairs: Vec<(i32, i32)> = (1..3).flat_map(|i| (0..i).map(move |j| (i, j))).collect();\n    println!(\"{:?}\", pairs);\n}\n";
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe("['h', 'i', 'y', 'o', 'u']\n[1, 2, 3] 6\n[1, 2, 3]\n[1, 3]\n[(1, 0), (2, 0), (2, 1)]\n");
  });
});

describe('clamp, Cell::replace/take, Option::xor/zip/get_or_insert*/insert, trim_*_matches', () => {
  it('give what std gives', async () => {
    const src = "use std::cell::Cell;\nfn main() {\n    println!(\"{} {} {} {}\", 15.clamp(0, 10), (-3i32).clamp(0, 10), 2.5f64.clamp(0.0, 1.0), 5u8.clamp(1, 9));\n    let c = Cell::new(5);\n    let old = c.replace(7);\n    let t = c.take();\n    println!(\"{} {} {} {}\", old, t, c.get(), Cell::new(3).into_inner());\n    let a: Option<i32> = Some(1);\n    println!(\"{:?} {:?} {:?}\", a.xor(None), a.xor(Some(2)), a.zip(Some(\"x\")));\n    let mut o: Option<Vec<i32>> = None;\n    o.get_or_insert_with(Vec::new).push(4);\n    o.get_or_insert(vec![9]).push(5);\n    println!(\"{:?}\", o);\n    let mut n = Some(1);\n    *n.insert(8) += 1;\n    println!(\"{:?}\", n);\n    println!(\"[{}] [{}] [{}]\", \"xxhixx\".trim_matches('x'), \"--a-b--\".trim_start_matches(\"-\"), \"1.500\".trim_end_matches('0'));\n}\n";
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('10 0 1 5\n5 7 0 3\nSome(1) None Some((1, "x"))\nSome([4, 5])\nSome(9)\n[hi] [a-b--] [1.5]\n');
  });
});

describe('Default::default()', () => {
  it('the default of the type the context asks for, derived or the program\'s own; E0277 without one', async () => {
    const engine = await getEngine();
    const src = "#[derive(Debug, Default, Clone)]\nstruct Config { verbose: bool, level: u8, name: String }\nfn main() {\n    let c = Config { verbose: true, ..Default::default() };\n    let d: Config = Default::default();\n    let n: i32 = Default::default();\n    println!(\"{:?} {:?} {}\", c, d, n);\n}\n";
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('Config { verbose: true, level: 0, name: "" } Config { verbose: false, level: 0, name: "" } 0\n');
    const own = '#[derive(Debug)]\nstruct P { a: i32 }\nimpl Default for P { fn default() -> Self { P { a: 7 } } }\n#[derive(Debug)]\nstruct Q;\nfn main() {\n    let p: P = Default::default();\n    let q: Q = Default::default();\n    println!("{:?} {:?}", p, q);\n}\n';
    expect(engine.check(own).diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col}`)).toEqual(['E0277 8:16']);
    expect(engine.run(own.replace('    let q: Q = Default::default();\n', '').replace('println!("{:?} {:?}", p, q)', 'println!("{:?}", p)')).trace?.stdout).toBe('P { a: 7 }\n');
  });
});

describe('peekable and peek (a tokenizer, as lecture demos write it)', () => {
  it('peek looks at the next item without taking it; next then hands out the same one', async () => {
    const src = "#[derive(Debug, PartialEq)]\nenum Tok { Num(i64), Plus, Star }\nfn lex(s: &str) -> Vec<Tok> {\n    let mut out = Vec::new();\n    let mut chars = s.chars().peekable();\n    while let Some(&c) = chars.peek() {\n        if c.is_ascii_digit() {\n            let mut n = 0;\n            while let Some(d) = chars.peek() {\n                if let Some(v) = d.to_digit(10) { n = n * 10 + v as i64; chars.next(); } else { break; }\n            }\n            out.push(Tok::Num(n));\n        } else if c == '+' { out.push(Tok::Plus); chars.next(); }\n        else if c == '*' { out.push(Tok::Star); chars.next(); }\n        else { chars.next(); }\n    }\n    out\n}\nfn main() {\n    println!(\"{:?}\", lex(\"12 + 3*45\"));\n    let v = vec![String::from(\"a\"), String::from(\"b\")];\n    let mut it = v.iter().peekable();\n    println!(\"{:?}\", it.peek());\n    println!(\"{:?}\", it.next());\n    println!(\"{:?}\", it.next());\n    println!(\"{:?}\", it.peek());\n}\n";
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('[Num(12), Plus, Num(3), Star, Num(45)]\nSome("a")\nSome("a")\nSome("b")\nNone\n');
    // peek borrows the iterator mutably, and its result keeps the borrow (rustc's E0499).
    const bad = src.replace('    println!("{:?}", it.next());\n    println!("{:?}", it.next());\n', '    println!("{:?} {:?}", it.peek(), it.next());\n');
    expect(engine.check(bad).diagnostics.map((d) => d.code)).toEqual(['E0499']);
  });
});

describe('write! and writeln! into a String (std::fmt::Write)', () => {
  it('appends to the String; without the import it is E0599 as rustc says', async () => {
    const src = "use std::fmt::Write;\nfn render(out: &mut String, n: i32) { writeln!(out, \"n = {}\", n).unwrap(); }\nfn main() {\n    let mut s = String::new();\n    write!(s, \"{}-{}\", 1, 2).unwrap();\n    write!(&mut s, \" [{:>3}]\", 7).unwrap();\n    render(&mut s, 5);\n    println!(\"{} {}\", s, s.len());\n}\n";
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    expect(engine.run(src).trace?.stdout).toBe('1-2 [  7]n = 5\n 15\n');
    const d = engine.check(src.replace('use std::fmt::Write;\n', '')).diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual(['E0599 1:48 cannot write into `String`', 'E0599 4:12 cannot write into `String`', 'E0599 5:12 cannot write into `String`']);
  });
});

describe('string patterns memviz does not model', () => {
  it('a set of chars or a closure as a pattern runs in every pattern-taking method, never E0308; push_str of a slice stays E0308', async () => {
    const engine = await getEngine();
    const r = engine.run('fn main() {\n    let s = String::from(" a, ");\n    let chars_to_trim: &[char] = &[\' \', \',\'];\n    let t: &str = s.trim_matches(chars_to_trim);\n    let n = s.split(|c: char| c == \',\').count();\n    println!("{} {}", t, n);\n}\n');
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('a 2\n');
    const replaced = engine.run('fn main() {\n    let s = "banana".replace(|c: char| c == \'a\', "o");\n    println!("{}", s);\n}\n');
    expect(replaced.diagnostics).toEqual([]);
    expect(replaced.trace?.stdout).toBe('bonono\n');
    const e = engine.check('fn main() {\n    let mut s = String::new();\n    s.push_str(&[\'a\'][..]);\n}\n').diagnostics;
    expect(e.map((x) => `${x.code} ${x.span.line}:${x.span.col}`)).toEqual(['E0308 3:16']);
  });

  it('runs split, find, rfind, trim_matches, contains, starts_with and ends_with with a char predicate or a set of chars', async () => {
    await runsAs(`fn main() {
    let s = "Hello, world! It's 2024.";
    let words: Vec<&str> = s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    println!("{:?}", words);
    println!("{:?} {:?}", s.find(char::is_whitespace), s.rfind(|c: char| c.is_ascii_digit()));
    println!("{:?} {}", "xx--hi--xx".trim_matches(|c| c == 'x' || c == '-'), "123abc".trim_start_matches(char::is_numeric));
    println!("{} {} {}", s.contains(char::is_uppercase), s.starts_with(|c: char| c.is_uppercase()), s.ends_with(&['.', '!'][..]));
    let parts: Vec<&str> = "a,b;c d".split(&[',', ';', ' '][..]).collect();
    let p2: Vec<&str> = "a,b;c".split([',', ';']).collect();
    println!("{:?} {:?} {:?}", parts, p2, "  x  ".trim_matches(char::is_whitespace));
}
`, '["Hello", "world", "It", "s", "2024"]\nSome(6) Some(22)\n"hi" abc\ntrue true true\n["a", "b", "c", "d"] ["a", "b", "c"] "x"\n');
  });
});

describe('std::mem::size_of::<T>() through a module path', () => {
  it('reads the turbofish of the last segment (it was ignored: 8 for every type)', async () => {
    const src = 'use std::mem;\nfn main() {\n    println!("{} {} {}", mem::size_of::<String>(), mem::size_of::<Vec<u8>>(), std::mem::size_of::<Option<Box<i32>>>());\n    println!("{} {}", std::mem::size_of::<u8>(), mem::size_of::<(u8, u32)>());\n}\n';
    expect((await getEngine()).run(src).trace?.stdout).toBe('24 24 8\n1 8\n');
  });
});

describe('Rc::try_unwrap and an empty impl Error', () => {
  it('takes the value out of the last Rc (freeing its block), gives the Rc back otherwise', async () => {
    const src = "use std::fmt;\nuse std::rc::Rc;\n#[derive(Debug)]\nstruct MyErr;\nimpl fmt::Display for MyErr { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, \"my error\") } }\nimpl std::error::Error for MyErr {}\nfn main() {\n    let a = Rc::new(String::from(\"solo\"));\n    let b = Rc::new(vec![1, 2]);\n    let b2 = Rc::clone(&b);\n    println!(\"{:?}\", Rc::try_unwrap(a));\n    let r = Rc::try_unwrap(b);\n    println!(\"{:?} {}\", r, Rc::strong_count(&b2));\n    drop(r);\n    println!(\"{:?}\", Rc::try_unwrap(b2));\n    println!(\"{}\", MyErr);\n}\n";
    const engine = await getEngine();
    expect(engine.check(src).diagnostics).toEqual([]);
    const r = engine.run(src);
    expect(r.trace?.stdout).toBe('Ok("solo")\nErr([1, 2]) 2\nOk([1, 2])\nmy error\n');
    // Every block allocated is freed by the end: the Rc blocks, the String's and the Vec's buffers.
    const events = eventsOf(r.trace!);
    let allocs = 0, frees = 0;
    for (let i = 0; i < events.length; i++) { const e = events.at(i)!; if (e.kind === 'heap_alloc') allocs++; if (e.kind === 'heap_free') frees++; }
    expect(frees).toBe(allocs);
  });
});

describe('std pieces found by a batch of lecture programs', () => {
  it('runs String::remove, splitn, binary_search (as std searches), u8 ASCII tests and the parse errors by name', async () => {
    await runsAs(`use std::num::ParseFloatError;
fn half(s: &str) -> Result<f64, ParseFloatError> {
    let x: f64 = s.parse()?;
    Ok(x / 2.0)
}
fn main() {
    let mut s = String::from("héllo");
    let c = s.remove(1);
    println!("{} {}", c, s);
    let parts: Vec<&str> = "a=b=c".splitn(2, '=').collect();
    let p3: Vec<&str> = "a,b".splitn(5, ",").collect();
    println!("{:?} {:?}", parts, p3);
    let v = vec![1, 3, 5, 7, 9, 9, 9];
    println!("{:?} {:?} {:?} {:?}", v.binary_search(&7), v.binary_search(&4), v.binary_search(&100), v.binary_search(&9));
    let n = "12a".bytes().filter(|b| b.is_ascii_digit()).count();
    println!("{} {} {}", n, b'x'.is_ascii_alphabetic(), b'a'.to_ascii_uppercase() as char);
    println!("{:?} {:?}", half("3"), half("z"));
    let b: Result<bool, std::str::ParseBoolError> = "maybe".parse();
    println!("{:?}", b);
}
`, 'é hllo\n["a", "b=c"] ["a", "b"]\nOk(3) Err(2) Err(7) Ok(6)\n2 true A\nOk(1.5) Err(ParseFloatError { kind: Invalid })\nErr(ParseBoolError)\n');
  });

  it('compares values of types that derive the order with cmp and partial_cmp', async () => {
    await runsAs(`use std::cmp::Ordering;
#[derive(Debug, PartialEq, Eq, PartialOrd, Ord, Clone, Copy)]
enum Level { Low, Mid, High }
#[derive(Debug, PartialEq, PartialOrd)]
struct Score(f64, u32);
fn main() {
    let a = Level::Low;
    println!("{:?} {:?}", a.cmp(&Level::High), Level::Mid.cmp(&Level::Mid));
    println!("{:?} {:?}", Score(1.0, 2).partial_cmp(&Score(1.0, 1)), (1, "b").cmp(&(1, "a")));
    let mut v = vec![Level::High, Level::Low, Level::Mid];
    v.sort_by(|x, y| y.cmp(x));
    println!("{:?} {}", v, a.cmp(&Level::Mid) == Ordering::Less);
}
`, 'Less Equal\nSome(Greater) Greater\n[High, Mid, Low] true\n');
  });

  it('rejects Cell::get of a value that is not Copy: E0599', async () => {
    const r = (await getEngine()).check(`use std::cell::Cell;
fn main() {
    let c = Cell::new(String::from("a"));
    let s = c.get();
    println!("{}", s);
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.message])).toEqual([['E0599', 4, 'the method `get` exists for struct `Cell<String>`, but its trait bounds were not satisfied']]);
  });
});

describe('From and Into (the traits lecture)', () => {
  it("calls the program's From impl for x.into(), and std's lossless number conversions", async () => {
    await runsAs(`#[derive(Debug)]
struct Celsius(f64);
#[derive(Debug)]
struct Fahrenheit(f64);
impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self { Fahrenheit(c.0 * 9.0 / 5.0 + 32.0) }
}
struct Email { user: String }
impl From<&str> for Email { fn from(s: &str) -> Self { Email { user: s.to_string() } } }
fn main() {
    let f: Fahrenheit = Celsius(100.0).into();
    let e: Email = "root".into();
    println!("{:?} {}", f, e.user);
    let x: i32 = 7;
    let y: i64 = x.into();
    println!("{} {} {} {} {}", y, u64::from(3u8), f64::from(x), i32::from(true), char::from(65u8));
}
`, 'Fahrenheit(212.0) root\n7 3 7 1 A\n');
  });

  it('rejects the conversions std does not have: E0277', async () => {
    const r = (await getEngine()).check(`fn main() {
    let x: i64 = 7;
    let y: i32 = x.into();
    let z = u8::from(300u16);
    let w = usize::from(5u32);
    println!("{} {} {}", y, z, w);
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.message])).toEqual([
      ['E0277', 3, 'the trait bound `i32: From<i64>` is not satisfied'],
      ['E0277', 4, 'the trait bound `u8: From<u16>` is not satisfied'],
      ['E0277', 5, 'the trait bound `usize: From<u32>` is not satisfied'],
    ]);
  });
});

describe('Box<dyn Error> (the error-handling lecture)', () => {
  it('boxes a parse error with ?, a program error with Box::new, a message with into(), and prints each through Display and Debug', async () => {
    await runsAs(`use std::error::Error;
use std::fmt;
#[derive(Debug)]
struct NegativeError(i32);
impl fmt::Display for NegativeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "negative: {}", self.0) }
}
impl Error for NegativeError {}
fn parse_pos(s: &str) -> Result<i32, Box<dyn Error>> {
    let n: i32 = s.parse()?;
    if n < 0 { return Err(Box::new(NegativeError(n))); }
    if n == 0 { return Err("zero".into()); }
    if n > 100 { return Err(format!("{} is too big", n).into()); }
    Ok(n)
}
fn main() {
    for s in ["5", "x", "-3", "0", "500"] {
        match parse_pos(s) {
            Ok(n) => println!("ok {}", n),
            Err(e) => println!("error: {}", e),
        }
    }
    if let Err(e) = parse_pos("0") { println!("{:?} {}", e, e.to_string()); }
}
`, 'ok 5\nerror: invalid digit found in string\nerror: negative: -3\nerror: zero\nerror: 500 is too big\n"zero" zero\n');
  });

  it('ends main with Error: and exit code 1 when it returns the Err', async () => {
    const r = (await getEngine()).run(`use std::error::Error;
fn main() -> Result<(), Box<dyn Error>> {
    let n: u32 = "abc".parse()?;
    println!("{}", n);
    Ok(())
}
`);
    expect(r.trace?.stderr).toBe('Error: ParseIntError { kind: InvalidDigit }\n');
    expect(r.trace?.exitCode).toBe(1);
  });
});

describe('Iterator::partition', () => {
  it('splits into two Vecs (of the items, or copies of what they point at), growing each as pushes do', async () => {
    await runsAs(`fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    let (even, odd): (Vec<i32>, Vec<i32>) = v.iter().partition(|x| *x % 2 == 0);
    let (small, big): (Vec<&i32>, Vec<&i32>) = v.iter().partition(|x| **x < 3);
    println!("{:?} {:?} {:?} {:?} {} {}", even, odd, small, big, even.capacity(), odd.capacity());
    let words = vec![String::from("a"), String::from("bb")];
    let (short, long): (Vec<String>, Vec<String>) = words.into_iter().partition(|w| w.len() < 2);
    println!("{:?} {:?}", short, long);
}
`, '[2, 4, 6] [1, 3, 5, 7] [1, 2] [3, 4, 5, 6, 7] 4 4\n["a"] ["bb"]\n');
  });
});

describe('more std found by the lecture batches', () => {
  it('derives Default for an enum from its #[default] variant', async () => {
    await runsAs(`#[derive(Debug, Default, Clone, Copy, PartialEq)]
enum Level { Low, #[default] Medium, High }
#[derive(Debug, Default)]
struct Config { name: String, level: Level, retries: u32 }
fn main() {
    let c = Config::default();
    let l: Level = Default::default();
    println!("{:?} {:?} {} {:?}", c, l, Level::default() == Level::Medium, [Level::Low, Level::High]);
    let d = Config { name: "x".into(), ..Default::default() };
    println!("{:?}", d);
}
`, 'Config { name: "", level: Medium, retries: 0 } Medium true [Low, High]\nConfig { name: "x", level: Medium, retries: 0 }\n');
  });

  it('runs RefCell::try_borrow and try_borrow_mut, and next_back of a double-ended iterator', async () => {
    await runsAs(`use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1]);
    {
        let _g = c.borrow();
        println!("{} {:?}", c.try_borrow_mut().is_err(), c.try_borrow_mut().err());
        println!("{}", c.try_borrow().is_ok());
    }
    if let Ok(mut v) = c.try_borrow_mut() { v.push(2); }
    println!("{:?}", c.borrow());
    let v = vec![1, 2, 3, 4];
    let mut it = v.iter();
    println!("{:?} {:?} {:?}", it.next_back(), it.next(), it.next_back());
    let mut chars = "abc".chars();
    println!("{:?}", chars.next_back());
}
`, 'true Some(BorrowMutError)\ntrue\n[1, 2]\nSome(4) Some(1) Some(3)\nSome(\'c\')\n');
  });
});

describe('char::to_uppercase and Chars::as_str', () => {
  it('capitalizes as the Book and Rust by Example do', async () => {
    await runsAs(`fn capitalize(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        None => String::new(),
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
    }
}
fn rest(s: &str) -> &str { let mut c = s.chars(); c.next(); c.as_str() }
fn main() {
    println!("{} {} {}", capitalize("hello"), capitalize(""), rest("héllo"));
    println!("{} {} {:?}", 'ß'.to_uppercase(), 'A'.to_lowercase().to_string(), 'q'.to_uppercase().next());
    let t: String = "abc".chars().map(|c| c.to_uppercase().next().unwrap()).collect();
    println!("{} {}", t, format!("{}{}", 'x'.to_uppercase(), "yz"));
}
`, 'Hello  éllo\nSS a Some(\'Q\')\nABC Xyz\n');
  });
});

describe('std::cmp::Reverse', () => {
  it('orders the other way round in sort_by_key, max_by_key and comparisons', async () => {
    await runsAs(`use std::cmp::Reverse;
fn main() {
    let mut v = vec![("a", 3), ("b", 9), ("c", 1)];
    v.sort_by_key(|x| Reverse(x.1));
    println!("{:?}", v);
    let mut w = vec![5, 1, 4];
    w.sort_by_key(|&x| Reverse(x));
    println!("{:?} {:?} {}", w, Reverse(3), Reverse(1) > Reverse(2));
    println!("{:?}", [2, 8, 5].iter().max_by_key(|x| Reverse(**x)));
}
`, '[("b", 9), ("a", 3), ("c", 1)]\n[5, 4, 1] Reverse(3) true\nSome(2)\n');
  });
});

describe('closures returned from generic functions', () => {
  it('call what they captured with the type arguments of the body that made them (it was an internal error)', async () => {
    await runsAs(`fn apply(f: impl Fn(i32) -> i32) -> impl Fn(i32) -> i32 {
    move |x| f(x)
}
fn twice<F: Fn(i32) -> i32>(f: F) -> impl Fn(i32) -> i32 { move |x| f(f(x)) }
fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C) -> impl Fn(A) -> C { move |x| g(f(x)) }
fn main() {
    let g = apply(|x| x + 1);
    let t = twice(|x| x * 3);
    let h = compose(|x: i32| x + 1, |y: i32| y * 10);
    println!("{} {} {}", g(2), t(2), h(4));
}
`, '3 18 50\n');
  });
});

describe('associated constants', () => {
  it('are reached through the type or Self, as consts', async () => {
    await runsAs(`struct Circle { r: f64 }
impl Circle {
    const PI: f64 = 3.14159;
    const UNIT: f64 = 1.0;
    fn area(&self) -> f64 { Self::PI * self.r * self.r }
}
struct Account { balance: u64 }
impl Account {
    const MAX: u64 = 1_000;
    const NAMES: [&'static str; 2] = ["a", "b"];
    fn deposit(&mut self, x: u64) -> Result<(), String> {
        if self.balance + x > Account::MAX { return Err(format!("over {}", Self::MAX)); }
        self.balance += x;
        Ok(())
    }
}
fn main() {
    let c = Circle { r: Circle::UNIT * 2.0 };
    println!("{:.3} {}", c.area(), Circle::PI);
    let mut a = Account { balance: 990 };
    println!("{:?} {:?} {} {:?}", a.deposit(5), a.deposit(50), a.balance, Account::NAMES);
}
`, '12.566 3.14159\nOk(()) Err("over 1000") 995 ["a", "b"]\n');
  });

  it('a name the impl does not define is E0599', async () => {
    const r = (await getEngine()).check('struct C;\nimpl C { const A: i32 = 1; }\nfn main() {\n    println!("{}", C::B);\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.span.line])).toEqual([['E0599', 4]]);
  });
});

describe('Vec::append, dedup_by_key, char::from_u32, from_str_radix, replacen, split_terminator, unzip and scan', () => {
  it('run as rustc runs them', async () => {
    await runsAs("fn main() {\n    let mut a = vec![1, 2];\n    let mut b = vec![3, 4, 5];\n    a.append(&mut b);\n    println!(\"{:?} {:?} {} {}\", a, b, a.capacity(), b.capacity());\n    let mut w = vec![\"apple\", \"avocado\", \"banana\", \"blueberry\", \"cherry\"];\n    w.dedup_by_key(|s| s.chars().next());\n    println!(\"{:?}\", w);\n    println!(\"{:?} {:?} {:?}\", char::from_u32(0x41), char::from_u32(0xD800), char::from_digit(7, 10));\n    println!(\"{:?} {:?} {:?} {:?}\", u32::from_str_radix(\"ff\", 16), i64::from_str_radix(\"-101\", 2), u8::from_str_radix(\"300\", 10), i32::from_str_radix(\"xyz\", 10));\n    println!(\"{} {:?}\", \"a-b-c-d\".replacen(\"-\", \"+\", 2), \"a,b,c,\".split_terminator(',').collect::<Vec<_>>());\n    let (names, ages): (Vec<&str>, Vec<u32>) = vec![(\"ann\", 30), (\"bob\", 25)].into_iter().unzip();\n    println!(\"{:?} {:?}\", names, ages);\n    let running: Vec<i32> = [1, 2, 3, 4].iter().scan(0, |acc, &x| { *acc += x; Some(*acc) }).collect();\n    let until: Vec<i32> = [1, 2, 30, 4].iter().scan(0, |acc, &x| { *acc += x; if *acc > 10 { None } else { Some(*acc) } }).collect();\n    println!(\"{:?} {:?}\", running, until);\n}\n", "[1, 2, 3, 4, 5] [] 5 3\n[\"apple\", \"banana\", \"cherry\"]\nSome('A') None Some('7')\nOk(255) Ok(-5) Err(ParseIntError { kind: PosOverflow }) Err(ParseIntError { kind: InvalidDigit })\na+b+c-d [\"a\", \"b\", \"c\"]\n[\"ann\", \"bob\"] [30, 25]\n[1, 3, 6, 10] [1, 3]\n");
  });

  it('an iterator where the program names a collection is E0308 (a missing collect)', async () => {
    const r = (await getEngine()).check('fn main() {\n    let words = vec!["a", "bb"];\n    let lengths: Vec<usize> = words.iter().map(|w| w.len());\n    println!("{:?}", lengths);\n}\n');
    expect(r.diagnostics.map((d) => [d.code, d.span.line])).toEqual([['E0308', 3]]);
  });
});

describe('float math and Iterator::cycle', () => {
  it('run as rustc runs them', async () => {
    await runsAs("fn main() {\n    let x = 2.0f64;\n    println!(\"{:.4} {:.4} {:.4} {:.4} {:.4}\", x.ln(), x.log10(), x.log2(), x.exp(), x.sqrt());\n    println!(\"{:.4} {:.4} {:.4} {} {:.2}\", (1.0f64).sin(), (0.0f64).cos(), (3.7f64).trunc(), (-3.7f64).fract(), 180f64.to_radians());\n    println!(\"{} {} {} {:.3} {:.3}\", (-2.5f64).signum(), 0.0f64.signum(), 3f64.hypot(4.0), 1f64.atan2(1.0), 27f64.cbrt());\n    let s: String = \"ab\".chars().cycle().take(5).collect();\n    let v: Vec<i32> = [1, 2, 3].iter().cycle().skip(2).take(4).cloned().collect();\n    let w: Vec<String> = vec![String::from(\"x\")].into_iter().cycle().take(2).collect();\n    println!(\"{} {:?} {:?}\", s, v, w);\n}\n", "0.6931 0.3010 1.0000 7.3891 1.4142\n0.8415 1.0000 3.0000 -0.7000000000000002 3.14\n-1 1 5 0.785 3.000\nababa [3, 1, 2, 3] [\"x\", \"x\"]\n");
  });
});

describe('The Rust Book, chapter 5: dbg!', () => {
  it('prints where, what and the value (pretty) to stderr, and gives the value back', async () => {
    const r = await runsAs('#[derive(Debug)]\nstruct Rectangle {\n    width: u32,\n    height: u32,\n}\nfn main() {\n    let scale = 2;\n    let rect1 = Rectangle { width: dbg!(30 * scale), height: 50 };\n    dbg!(&rect1);\n    let (a, b) = dbg!(1, "two");\n    dbg!();\n    println!("{} {} {}", rect1.height, a, b);\n}\n', '50 1 two\n');
    expect(r.trace!.stderr).toBe('[main.rs:8:36] 30 * scale = 60\n[main.rs:9:5] &rect1 = Rectangle {\n    width: 60,\n    height: 50,\n}\n[main.rs:10:18] 1 = 1\n[main.rs:10:18] "two" = "two"\n[main.rs:11:5]\n');
  });
});
