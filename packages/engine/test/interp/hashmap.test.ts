// HashMap and HashSet (The Rust Book, chapter 8.3, and the ownership lessons teachers build on it).
// Expected output, panics and errors are rustc 1.95's. No program here prints a map's iteration
// order unsorted: Rust's order changes from run to run, so no expected output could hold it.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import type { MemoryEvent } from '../../src/events/schema.js';
import { createTimeline } from '../../src/events/seek.js';
import { describeState } from '../../src/events/describe.js';

async function runsAs(source: string, stdout: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(0);
  return r;
}

async function errors(source: string) {
  const r = (await getEngine()).check(source);
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.span.line, d.message]);
}

describe('HashMap: the Book, chapter 8.3', () => {
  it('inserts, gets with a &str, and counts words with entry().or_insert()', async () => {
    await runsAs(`use std::collections::HashMap;
fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("{score} {}", scores.get("Red").copied().unwrap_or(0));
    scores.insert(String::from("Blue"), 25);
    scores.entry(String::from("Yellow")).or_insert(0);
    scores.entry(String::from("Green")).or_insert(7);
    let mut all: Vec<_> = scores.iter().collect();
    all.sort();
    println!("{all:?}");

    let text = "hello world wonderful world";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut counts: Vec<(&str, i32)> = map.into_iter().collect();
    counts.sort();
    println!("{counts:?}");
}
`, '10 0\n[("Blue", 25), ("Green", 7), ("Yellow", 50)]\n[("hello", 1), ("wonderful", 1), ("world", 2)]\n');
  });

  it('rejects using a String after insert moved it into the map: E0382', async () => {
    expect(await errors(`use std::collections::HashMap;
fn main() {
    let field_name = String::from("Favorite color");
    let field_value = String::from("Blue");
    let mut map = HashMap::new();
    map.insert(field_name, field_value);
    println!("{field_name}");
}
`)).toEqual([['E0382', 7, 'borrow of moved value: `field_name`']]);
  });
});

describe('HashMap: what std does', () => {
  it('grows its capacity as hashbrown does: 3, 7, 14, 28 entries', async () => {
    await runsAs(`use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    println!("{}", m.capacity());
    let mut last = 0;
    for i in 0..20 {
        m.insert(i, i * i);
        if m.capacity() != last { last = m.capacity(); print!("{}:{} ", m.len(), last); }
    }
    println!();
    let w: HashMap<u8, u8> = HashMap::with_capacity(10);
    println!("{} {}", w.capacity(), w.is_empty());
}
`, '0\n1:3 4:7 8:14 15:28 \n14 true\n');
  });

  it('insert returns the old value, remove hands the value back, and the other methods agree', async () => {
    await runsAs(`use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, Vec<i32>> = HashMap::new();
    println!("{:?}", m.insert("a", vec![1]));
    println!("{:?}", m.insert("a", vec![2]));
    m.entry("b").or_default().push(5);
    m.entry("b").or_insert_with(Vec::new).push(6);
    m.entry("c").and_modify(|v| v.push(0)).or_insert(vec![9]);
    m.entry("c").and_modify(|v| v.push(0)).or_insert(vec![9]);
    if let Some(v) = m.get_mut("a") { v.push(3); }
    let removed = m.remove("c");
    println!("{:?} {:?} {:?} {}", m["a"], m.get("b"), removed, m.contains_key("c"));
    let total: i32 = m.values().map(|v| v.iter().sum::<i32>()).sum();
    for (_, v) in m.iter_mut() { v.clear(); }
    for v in m.values_mut() { v.push(1); }
    m.retain(|k, _| *k != "b");
    let mut keys: Vec<_> = m.keys().cloned().collect();
    keys.sort();
    println!("{} {:?} {:?} {}", total, keys, m, m.len());
    let squares: HashMap<i32, i32> = (1..4).map(|x| (x, x * x)).collect();
    let again: HashMap<i32, i32> = vec![(3, 9), (2, 4), (1, 1)].into_iter().collect();
    println!("{} {}", squares == again, squares.clone() == squares);
}
`, 'None\nSome([1])\n[2, 3] Some([5, 6]) Some([9, 0]) false\n16 ["a"] {"a": [1]} 1\ntrue true\n');
  });

  it('panics on a missing key with std\'s message, at the index expression', async () => {
    const r = (await getEngine()).run(`use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert("a", 1);
    println!("{}", m["zz"]);
}
`, { fileName: 'main.rs' });
    expect(r.trace?.exitCode).toBe(101);
    expect(r.trace?.stderr.split('\n').slice(1, 4)).toEqual(["thread 'main' panicked at main.rs:5:21:", 'no entry found for key', 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace']);
  });

  it('draws the table: a block at the first insert, a new one when it grows, entries dropped before it is freed', async () => {
    const r = await runsAs(`use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    for i in 0..4 {
        m.insert(i, String::from("x"));
    }
}
`, '');
    const events = r.trace!.events as readonly MemoryEvent[];
    const init = events.find((e) => e.kind === 'local_init' && e.name === 'm');
    expect(init).toMatchObject({ ty: 'HashMap<i32, String>', size: 48 });
    const tables = events.filter((e) => e.kind === 'heap_alloc' && e.ty === '[(i32, String)]');
    // 4 buckets (3 entries), then 8 buckets when the fourth arrives: 32 bytes a slot.
    expect(tables.map((e) => e.kind === 'heap_alloc' && [e.cap, e.size])).toEqual([[128, 128], [256, 256]]);
    const [first, second] = tables.map((e) => (e.kind === 'heap_alloc' ? e.block : -1));
    const freed = events.flatMap((e) => (e.kind === 'heap_free' ? [e.block] : []));
    expect(freed).toContain(first);
    // The header's pointer follows the table.
    const ptrWrites = events.filter((e) => e.kind === 'write' && 'slot' in e.target && e.target.name === 'm.ptr');
    expect(ptrWrites).toHaveLength(2);
    // At the end: the four Strings' blocks, then the table.
    expect(freed.slice(-5).at(-1)).toBe(second);
    expect(events.filter((e) => e.kind === 'drop' && e.ty === '(i32, String)')).toHaveLength(4);
  });

  it('reads aloud as a table: its entries and buckets, or no table before the first insert', async () => {
    const r = await runsAs(`use std::collections::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert(7, 'x');
    m.insert(8, 'y');
}
`, '');
    const timeline = createTimeline(r.trace!);
    expect(describeState(timeline.stateAtStep(1))).toContain('m: HashMap<i32, char> = empty HashMap (no table yet)');
    expect(describeState(timeline.stateAtStep(2))).toMatch(/HashMap → heap block \d+ .*\(1 entry in 4 buckets\)/);
    expect(describeState(timeline.stateAtStep(3))).toMatch(/m: HashMap<i32, char> = HashMap → heap block \d+ .*\(2 entries in 4 buckets\)/);
  });
});

describe('HashMap: the borrow checker', () => {
  it('rejects an insert while a value got from the map is still used: E0502', async () => {
    expect(await errors(`use std::collections::HashMap;
fn main() {
    let mut map: HashMap<String, i32> = HashMap::new();
    map.insert("a".to_string(), 1);
    let r = map.get("a").unwrap();
    map.insert("b".to_string(), 2);
    println!("{}", r);
}
`)).toEqual([['E0502', 6, 'cannot borrow `map` as mutable because it is also borrowed as immutable']]);
  });

  it('keeps the map borrowed through entry().or_insert(): E0499 at a clear before the count is used', async () => {
    expect(await errors(`use std::collections::HashMap;
fn main() {
    let mut map: HashMap<&str, i32> = HashMap::new();
    let c = map.entry("a").or_insert(0);
    map.clear();
    *c += 1;
}
`)).toEqual([['E0499', 5, 'cannot borrow `map` as mutable more than once at a time']]);
  });

  it('rejects two live get_mut results (E0499), an insert while iterating (E0502) and a use after a by-value loop (E0382)', async () => {
    expect(await errors(`use std::collections::HashMap;
fn main() {
    let mut map = HashMap::new();
    map.insert(1, String::from("x"));
    map.insert(2, String::from("y"));
    let a = map.get_mut(&1).unwrap();
    let b = map.get_mut(&2).unwrap();
    a.push_str(b);
}
`)).toEqual([['E0499', 7, 'cannot borrow `map` as mutable more than once at a time']]);
    expect(await errors(`use std::collections::HashMap;
fn main() {
    let mut map = HashMap::new();
    map.insert(1, 2);
    for (k, _v) in &map { map.insert(*k + 1, 0); }
}
`)).toEqual([['E0502', 5, 'cannot borrow `map` as mutable because it is also borrowed as immutable']]);
    expect(await errors(`use std::collections::HashMap;
fn main() {
    let mut map = HashMap::new();
    map.insert(1, 2);
    for (k, v) in map { println!("{} {}", k, v); }
    println!("{}", map.len());
}
`)).toEqual([['E0382', 6, 'borrow of moved value: `map`']]);
  });

  it('rejects moving a value out of map[key]: E0507', async () => {
    expect(await errors(`use std::collections::HashMap;
fn main() {
    let mut map: HashMap<String, String> = HashMap::new();
    map.insert("a".into(), "b".into());
    let s: String = map["a"];
    println!("{}", s);
}
`)).toEqual([['E0507', 5, 'cannot move out of index of `HashMap<String, String>`']]);
  });
});

describe('Vec::from, HashMap::from and HashSet::from', () => {
  it('build from arrays (and a Vec from a slice), reserving as std does', async () => {
    await runsAs(`use std::collections::{HashMap, HashSet};
fn main() {
    let v = Vec::from([1, 2, 3]);
    let s = [4, 5];
    let x = Vec::from(&s[..]);
    let m = HashMap::from([("a", 1), ("b", 2)]);
    let h: HashSet<char> = HashSet::from(['x', 'x']);
    let mut keys: Vec<_> = m.keys().collect();
    keys.sort();
    println!("{:?} {:?} {} {} {} {:?} {}", v, x, m["b"], h.len(), v.capacity(), keys, m.capacity());
}
`, '[1, 2, 3] [4, 5] 2 1 3 ["a", "b"] 3\n');
  });

  it('rejects an array of the wrong element type: E0308 at the element', async () => {
    expect(await errors(`fn main() {
    let v: Vec<i32> = Vec::from(["a"]);
    println!("{:?}", v);
}
`)).toEqual([['E0308', 2, 'mismatched types']]);
  });
});

describe('HashSet', () => {
  it('inserts once, answers membership and set algebra', async () => {
    await runsAs(`use std::collections::HashSet;
fn main() {
    let mut seen = HashSet::new();
    for w in "a b a c b".split(' ') {
        if !seen.insert(w) { println!("again: {}", w); }
    }
    let mut a: HashSet<i32> = vec![1, 2, 3, 2].into_iter().collect();
    let b: HashSet<i32> = [2, 3, 4].iter().cloned().collect();
    let mut both: Vec<_> = a.intersection(&b).collect();
    both.sort();
    let mut either: Vec<_> = a.union(&b).copied().collect();
    either.sort();
    let mut only: Vec<_> = a.difference(&b).collect();
    only.sort();
    println!("{} {} {:?} {:?} {:?}", seen.len(), a.contains(&2), both, either, only);
    let one: HashSet<char> = "zzz".chars().collect();
    println!("{:?} {} {}", one, a.is_subset(&b), a.remove(&9));
}
`, 'again: a\nagain: b\n3 true [2, 3] [1, 2, 3, 4] [1]\n{\'z\'} false false\n');
  });
});

describe('BTreeMap and BTreeSet', () => {
  it('keep their entries in key order: iteration, Debug, the ends and set algebra print as rustc prints them', async () => {
    await runsAs(`use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let mut grades: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    for (name, g) in [("zoe", 90), ("adam", 70), ("mia", 85), ("adam", 95)] {
        grades.entry(name.to_string()).or_default().push(g);
    }
    println!("{:?}", grades);
    for (name, gs) in &grades {
        let avg = gs.iter().sum::<u32>() as f64 / gs.len() as f64;
        println!("{name}: {avg:.1}");
    }
    let mut counts = BTreeMap::new();
    for w in "the cat the dog a cat".split(' ') { *counts.entry(w).or_insert(0) += 1; }
    println!("{:?} {:?} {:?}", counts, counts.first_key_value(), counts.last_key_value());
    let s: BTreeSet<i32> = [5, 1, 3, 1, 9].into_iter().collect();
    let t = BTreeSet::from([3, 4, 5]);
    println!("{:?} {:?} {:?}", s, s.union(&t).collect::<Vec<_>>(), s.intersection(&t).collect::<Vec<_>>());
    let mut big = BTreeMap::new();
    for i in (0..30).rev() { big.insert(i, i * 2); }
    println!("{} {:?} {:?}", big.len(), big.pop_first(), big.keys().take(3).collect::<Vec<_>>());
    let m2 = BTreeMap::from([(2, 'b'), (1, 'a')]);
    println!("{:?} {} {}", m2, m2 == BTreeMap::from([(1, 'a'), (2, 'b')]), m2[&1]);
}
`, '{"adam": [70, 95], "mia": [85], "zoe": [90]}\nadam: 82.5\nmia: 85.0\nzoe: 90.0\n{"a": 1, "cat": 2, "dog": 1, "the": 2} Some(("a", 1)) Some(("the", 2))\n{1, 3, 5, 9} [1, 3, 4, 5, 9] [3, 5]\n30 Some((0, 0)) [1, 2, 3]\n{1: \'a\', 2: \'b\'} true a\n');
  });

  it('draws the tree as one block of entries in order, 11 slots (a node) more at a time, with its height', async () => {
    const r = await runsAs(`use std::collections::BTreeMap;
fn main() {
    let mut m = BTreeMap::new();
    for i in 0..12 {
        m.insert(i, i);
    }
}
`, '');
    const events = r.trace!.events as readonly MemoryEvent[];
    const alloc = events.find((e) => e.kind === 'heap_alloc' && e.ty === '[(i32, i32)]');
    expect(alloc).toMatchObject({ cap: 11 * 8 });
    expect(events.some((e) => e.kind === 'heap_realloc' && e.cap === 22 * 8)).toBe(true);
    const heights = events.flatMap((e) => (e.kind === 'write' && e.target.name === 'm.height' && e.value.t === 'int' ? [e.value.v] : []));
    expect(heights).toEqual(['1']);
    const init = events.find((e) => e.kind === 'local_init' && e.name === 'm');
    expect(init).toMatchObject({ ty: 'BTreeMap<i32, i32>', size: 24 });
  });
});

describe('BTreeMap::range and BTreeSet::range', () => {
  it('give the entries whose keys lie in the range, in order', async () => {
    await runsAs(`use std::collections::{BTreeMap, BTreeSet};
fn main() {
    let m: BTreeMap<u32, &str> = [(1, "a"), (5, "e"), (9, "i"), (12, "l")].into_iter().collect();
    for (k, v) in m.range(2..10) { print!("{}={} ", k, v); }
    println!();
    println!("{:?} {:?} {:?}", m.range(..=5).collect::<Vec<_>>(), m.range(9..).count(), m.range(..1).next());
    let s: BTreeSet<char> = "hello world".chars().collect();
    println!("{:?}", s.range('a'..='l').collect::<String>());
}
`, '5=e 9=i \n[(1, "a"), (5, "e")] 2 None\n"dehl"\n');
  });
});

describe('parse errors by type', () => {
  it('gives str::parse the error of the type it parses, so ? picks the right From impl', async () => {
    await runsAs(`use std::num::{ParseFloatError, ParseIntError};
#[derive(Debug)]
enum E { Int(ParseIntError), Float(ParseFloatError) }
impl From<ParseIntError> for E { fn from(e: ParseIntError) -> Self { E::Int(e) } }
impl From<ParseFloatError> for E { fn from(e: ParseFloatError) -> Self { E::Float(e) } }
fn both(a: &str, b: &str) -> Result<f64, E> {
    let n: i32 = a.parse()?;
    let x: f64 = b.parse()?;
    Ok(n as f64 * x)
}
fn main() {
    println!("{:?}", both("2", "1.5"));
    println!("{:?}", both("z", "1.5"));
    println!("{:?}", both("2", "z"));
}
`, 'Ok(3.0)\nErr(Int(ParseIntError { kind: InvalidDigit }))\nErr(Float(ParseFloatError { kind: Invalid }))\n');
  });

  it('rejects an annotation that names another error: E0271', async () => {
    expect(await errors(`use std::num::ParseIntError;
fn main() {
    let a: Result<f64, ParseIntError> = "1".parse();
    println!("{:?}", a);
}
`)).toEqual([['E0271', 3, 'type mismatch resolving `<f64 as FromStr>::Err == ParseIntError`']]);
  });
});

