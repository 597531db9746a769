// Size hints and the capacities they give (rustc 1.95's numbers): std's iterators' `size_hint`, a
// string pattern search's pieces (split, lines, matches: (0, None), so `collect` grows 4, 8, ...),
// `String::extend` (Extend<char> reserves the lower bound first; <&str> and <String> push each),
// `Box<str>::into_string`, and `vec.into()` as a BinaryHeap or VecDeque.
import { describe, expect, it } from 'vitest';
import { errorsOf, runsAs } from '../support/run.js';

describe('size hints', () => {
  it("std's iterators and adapters say what std says, endless ones usize::MAX", async () => {
    await runsAs(SIZE_HINTS, `(12, Some(12))
(10, Some(10))
(5, Some(5))
(5, Some(5))
(0, Some(5))
(3, Some(3))
(2, Some(2))
(10, Some(10))
(3, Some(3))
(5, Some(5))
(3, Some(3))
(0, None)
(0, Some(5))
(0, Some(5))
(0, Some(5))
(5, Some(5))
(2, Some(6))
(6, Some(6))
(0, None)
(0, None)
(5, Some(5))
(3, Some(3))
(4, Some(4))
(2, Some(2))
(2, Some(2))
(3, Some(3))
(1, Some(1))
(18446744073709551615, None)
(3, Some(3))
(1, Some(1))
(18446744073709551615, None)
(5, Some(5))
(5, Some(5))
(0, Some(5))
(0, Some(5))
(4, Some(4))
`);
  });

  it("a split's pieces are found one by one: collect grows its Vec from 4", async () => {
    await runsAs(`fn main() {
    let v: Vec<&str> = "a b c".split(' ').collect();
    let w: Vec<&str> = "a b c d e".split_whitespace().collect();
    let l: Vec<&str> = "x\\ny".lines().collect();
    let s: Vec<&str> = "1,2,3,4,5".split(',').collect();
    println!("{} {} {} {}", v.capacity(), w.capacity(), l.capacity(), s.capacity());
}
`, '4 8 4 8\n');
  });
});

describe('String::extend, Box<str>::into_string, vec.into()', () => {
  it('extends from chars, &chars, &strs and Strings with std capacities', async () => {
    await runsAs(`fn main() {
    let mut s = String::new();
    s.extend("ab".chars());
    println!("{} {}", s, s.capacity());
    s.extend(vec!["cd", "e"]);
    println!("{} {}", s, s.capacity());
    s.extend(vec![String::from("fg")]);
    let cs = ['x', 'y'];
    s.extend(cs.iter());
    s.extend(['z'; 3]);
    println!("{} {} {}", s, s.len(), s.capacity());
    let mut t = String::with_capacity(2);
    t.extend("hello world".split(' '));
    println!("{} {}", t, t.capacity());
}
`, 'ab 8\nabcde 8\nabcdefgxyzzz 12 16\nhelloworld 16\n');
  });

  it('E0277 for an item String has no Extend for', async () => {
    expect(await errorsOf(`fn main() {
    let mut s = String::new();
    s.extend(vec![1, 2]);
    println!("{}", s);
}
`)).toEqual(['E0277 3:7 the trait bound `String: Extend<{integer}>` is not satisfied']);
  });

  it('into_string keeps the buffer; a Vec becomes a BinaryHeap or a VecDeque, and a heap a Vec', async () => {
    await runsAs(`fn main() {
    let b: Box<str> = String::from("hi").into_boxed_str();
    let mut s = b.into_string();
    s.push('!');
    println!("{} {} {}", s, s.len(), s.capacity());
    let e: Box<str> = String::new().into_boxed_str();
    let t = e.into_string();
    println!("{:?} {}", t, t.capacity());
}
`, 'hi! 3 8\n"" 0\n');
    await runsAs(`use std::collections::{BinaryHeap, VecDeque};
fn main() {
    let h: BinaryHeap<i32> = vec![4, 2, 8].into();
    println!("{:?} {}", h.peek(), h.len());
    let d: VecDeque<i32> = vec![1, 2].into();
    println!("{:?}", d);
    let v: Vec<i32> = d.into_iter().collect();
    println!("{:?}", v);
    let v2: Vec<i32> = h.into();
    println!("{}", v2.len());
}
`, `Some(8) 3
[1, 2]
[1, 2]
3
`);
  });
});

describe('Option::iter and a VecDeque into a Vec', () => {
  it("an Option's value as an iterator of one reference, shared or mutable; E0506 while one is held", async () => {
    await runsAs(`fn main() {
    let a = Some(3);
    let b: Option<i32> = None;
    let total: i32 = a.iter().chain(b.iter()).sum();
    println!("{} {}", total, a.iter().count());
    let mut c = Some(String::from("x"));
    for s in c.iter_mut() {
        s.push('y');
    }
    let names: Vec<&String> = c.iter().collect();
    println!("{:?} {:?}", names, c);
    let r = &a;
    for x in r.iter() { println!("{}", x); }
}
`, '3 1\n["xy"] Some("xy")\n3\n');
    expect(await errorsOf(`fn main() {
    let mut o = Some(String::from("a"));
    let r = o.iter().next().unwrap();
    o = None;
    println!("{} {:?}", r, o);
}
`)).toEqual(['E0506 4:5 cannot assign to `o` because it is borrowed']);
  });

  it("a VecDeque's elements in order, in the same buffer", async () => {
    await runsAs(`use std::collections::VecDeque;
fn main() {
    let mut d: VecDeque<i32> = VecDeque::new();
    d.push_back(2);
    d.push_front(1);
    d.push_back(3);
    let v: Vec<i32> = d.into();
    println!("{:?} {} {}", v, v.len(), v.capacity());
}
`, '[1, 2, 3] 3 4\n');
  });
});

describe('zero-sized elements', () => {
  it("a Vec, VecDeque or BinaryHeap of a zero-sized type has capacity usize::MAX, and with_capacity then push works", async () => {
    await runsAs(`use std::collections::{BinaryHeap, VecDeque};
fn main() {
    let mut v: Vec<()> = Vec::with_capacity(3);
    v.push(());
    let d: VecDeque<()> = VecDeque::new();
    let h: BinaryHeap<()> = BinaryHeap::new();
    println!("{} {} {} {}", v.capacity(), d.capacity(), h.capacity(), v.len());
}
`, '18446744073709551615 18446744073709551615 18446744073709551615 1\n');
  });
});

const SIZE_HINTS = `use std::collections::{HashMap, VecDeque, BTreeMap};
fn main() {
    let v = vec![1, 2, 3, 4, 5];
    println!("{:?}", (1..=12).size_hint());
    println!("{:?}", (0..10).size_hint());
    println!("{:?}", v.iter().size_hint());
    println!("{:?}", v.iter().map(|x| x * 2).size_hint());
    println!("{:?}", v.iter().filter(|x| **x > 2).size_hint());
    println!("{:?}", v.iter().skip(2).size_hint());
    println!("{:?}", v.iter().take(2).size_hint());
    println!("{:?}", v.iter().chain(v.iter()).size_hint());
    println!("{:?}", v.iter().zip(0..3).size_hint());
    println!("{:?}", v.iter().enumerate().rev().size_hint());
    println!("{:?}", v.iter().step_by(2).size_hint());
    println!("{:?}", v.iter().flat_map(|x| vec![*x; 2]).size_hint());
    println!("{:?}", v.iter().filter_map(|x| Some(x)).size_hint());
    println!("{:?}", v.iter().take_while(|x| **x < 3).size_hint());
    println!("{:?}", v.iter().skip_while(|x| **x < 3).size_hint());
    println!("{:?}", v.iter().peekable().size_hint());
    println!("{:?}", "héllo".chars().size_hint());
    println!("{:?}", "héllo".bytes().size_hint());
    println!("{:?}", "a b c".split(' ').size_hint());
    println!("{:?}", "a b c".split_whitespace().size_hint());
    println!("{:?}", v.clone().into_iter().size_hint());
    println!("{:?}", v.chunks(2).size_hint());
    println!("{:?}", v.windows(2).size_hint());
    let mut h = HashMap::new(); h.insert(1, 2); h.insert(3, 4);
    println!("{:?}", h.iter().size_hint());
    println!("{:?}", h.keys().size_hint());
    let d: VecDeque<i32> = (1..4).collect();
    println!("{:?}", d.iter().size_hint());
    let b: BTreeMap<i32, i32> = [(1, 1)].into_iter().collect();
    println!("{:?}", b.iter().size_hint());
    println!("{:?}", std::iter::repeat(1).size_hint());
    println!("{:?}", std::iter::repeat(1).take(3).size_hint());
    println!("{:?}", std::iter::once(1).size_hint());
    println!("{:?}", (1..4).cycle().size_hint());
    println!("{:?}", v.iter().cloned().size_hint());
    println!("{:?}", v.iter().copied().inspect(|_| {}).size_hint());
    println!("{:?}", v.iter().scan(0, |a, x| { *a += x; Some(*a) }).size_hint());
    println!("{:?}", v.iter().map_while(|x| Some(x)).size_hint());
    let mut it = v.iter(); it.next();
    println!("{:?}", it.size_hint());
}
`;
