// Boxed and borrowed trait-object iterators: a `Box<dyn Iterator<Item = T>>` (of a std iterator, a
// std adapter chain or the program's own iterator) and a `&mut dyn Iterator<Item = T>` are iterators
// themselves, for `for` and std's adapters, as std's `impl Iterator for Box<I>` and `for &mut I` make
// them. Outputs are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { validateTrace } from '../../src/events/validate.js';

async function run(source: string): Promise<string | undefined> {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.exitCode).toBe(0);
  const trace = r.trace!;
  const checked = validateTrace(JSON.parse(JSON.stringify({ ...trace, events: trace.events })));
  expect(checked.ok ? 'ok' : checked.error).toBe('ok');
  // Every box (and every buffer) is freed once: what the boxed iterator held goes with it.
  const allocs = trace.events.filter((e) => e.kind === 'heap_alloc').length;
  expect(trace.events.filter((e) => e.kind === 'heap_free').length).toBe(allocs);
  return trace.stdout;
}

describe('Box<dyn Iterator<Item = T>>', () => {
  it('for loops, adapters, sum, collect and next on boxed std iterators and the program\'s own', async () => {
    expect(await run(`fn numbers(descending: bool) -> Box<dyn Iterator<Item = i32>> {
    if descending {
        Box::new((1..=5).rev())
    } else {
        Box::new(1..=5)
    }
}

struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n + 1)
        }
    }
}

fn evens(limit: i32) -> Box<dyn Iterator<Item = i32>> {
    Box::new((0..limit).filter(|x| x % 2 == 0).map(|x| x * 10))
}

fn total(it: &mut dyn Iterator<Item = i32>) -> i32 {
    let mut s = 0;
    while let Some(x) = it.next() {
        s += x;
    }
    s
}

fn main() {
    for n in numbers(true) {
        println!("{}", n);
    }
    let b: Box<dyn Iterator<Item = u32>> = Box::new(Countdown { n: 3 });
    let v: Vec<u32> = b.map(|x| x * 2).collect();
    println!("{:?}", v);
    let s: i32 = numbers(false).filter(|x| x % 2 == 1).sum();
    println!("{}", s);
    let mut e = evens(7);
    println!("{:?}", e.next());
    let rest: Vec<i32> = e.collect();
    println!("{:?}", rest);
    let mut c = Countdown { n: 4 };
    let mut r = 1..4;
    println!("{}", total(&mut r));
    let boxed: Box<dyn Iterator<Item = u32>> = Box::new(Countdown { n: 2 });
    for x in boxed {
        println!("c {}", x);
    }
    println!("{:?}", c.next());
}`)).toBe('5\n4\n3\n2\n1\n[6, 4, 2]\n9\nSome(0)\n[20, 40, 60]\n6\nc 2\nc 1\nSome(4)\n');
  });

  it("next's item is the trait object's Item, through a Box and a &mut", async () => {
    expect(await run(`fn total(it: &mut dyn Iterator<Item = i32>) -> i32 {
    let mut s = 0;
    while let Some(x) = it.next() {
        s += x;
    }
    s
}
fn main() {
    let mut b: Box<dyn Iterator<Item = i32>> = Box::new(1..4);
    let x: i32 = b.next().unwrap() + 1;
    println!("{}", x);
    let y = b.next().unwrap() + 1;
    println!("{}", y);
    let mut r = 1..4;
    println!("{}", total(&mut r));
}`)).toBe('2\n3\n6\n');
  });

  it('owned items, generic and impl Trait parameters, zip, chain, capacities from size_hint, &mut dyn', async () => {
    expect(await run(`struct Words {
    left: Vec<String>,
}

impl Iterator for Words {
    type Item = String;
    fn next(&mut self) -> Option<String> {
        self.left.pop()
    }
}

fn words(own: bool) -> Box<dyn Iterator<Item = String>> {
    if own {
        Box::new(Words { left: vec!["a".to_string(), "bb".to_string(), "ccc".to_string()] })
    } else {
        Box::new(vec!["x".to_string(), "yy".to_string()].into_iter())
    }
}

fn sum_all<I: Iterator<Item = i32>>(it: I) -> i32 {
    it.sum()
}

fn count_impl(it: impl Iterator<Item = String>) -> usize {
    it.count()
}

fn main() {
    let lens: Vec<usize> = words(true).map(|w| w.len()).collect();
    println!("{:?}", lens);
    let mut w = words(false);
    let first = w.next();
    println!("{:?}", first);
    drop(w);
    println!("{}", count_impl(words(true)));
    let b: Box<dyn Iterator<Item = i32>> = Box::new(vec![1, 2, 3].into_iter());
    println!("{}", sum_all(b));
    let z: Vec<(i32, String)> = (1..10).zip(words(true)).collect();
    println!("{:?}", z);
    let c: Vec<i32> = Box::new(1..3).chain(Box::new(7..9) as Box<dyn Iterator<Item = i32>>).collect();
    println!("{:?}", c);
    let v: Vec<i32> = (Box::new(0..100) as Box<dyn Iterator<Item = i32>>).skip(3).step_by(10).take(3).collect();
    println!("{:?} {}", v, v.capacity());
    let all: Vec<i32> = (Box::new(0..5) as Box<dyn Iterator<Item = i32>>).collect();
    println!("{:?} {}", all, all.capacity());
    let mut r = 0..6;
    let d: &mut dyn Iterator<Item = i32> = &mut r;
    let firsts: Vec<i32> = d.take(2).collect();
    println!("{:?} {:?}", firsts, r);
    let mut words2 = Words { left: vec!["p".to_string(), "q".to_string()] };
    let dw: &mut dyn Iterator<Item = String> = &mut words2;
    for x in dw {
        println!("{}", x);
    }
}`)).toBe(
      '[3, 2, 1]\nSome("x")\n3\n6\n[(1, "ccc"), (2, "bb"), (3, "a")]\n[1, 2, 7, 8]\n[3, 13, 23] 4\n[0, 1, 2, 3, 4] 5\n[0, 1] 2..6\nq\np\n',
    );
  });
  it('a &mut dyn Iterator is reborrowed by take and sum, and by_ref lends a boxed one', async () => {
    expect(await run(`fn firsts(it: &mut dyn Iterator<Item = i32>) -> Vec<i32> {
    let a: Vec<i32> = it.take(2).collect();
    let b = it.next();
    println!("{:?} {:?}", a, b);
    let rest: i32 = it.sum();
    println!("{}", rest);
    a
}

fn main() {
    let mut r = 1..7;
    let v = firsts(&mut r);
    println!("{:?} {:?}", v, r);
    let mut b: Box<dyn Iterator<Item = i32>> = Box::new(vec![5, 6, 7].into_iter());
    let two: Vec<i32> = b.by_ref().take(2).collect();
    println!("{:?} {:?}", two, b.next());
    let e: Vec<(usize, i32)> = firsts(&mut (10..14)).into_iter().enumerate().collect();
    println!("{:?}", e);
}`)).toBe('[1, 2] Some(3)\n15\n[1, 2] 7..7\n[5, 6] Some(7)\n[10, 11] Some(12)\n13\n[(0, 10), (1, 11)]\n');
  });
});
