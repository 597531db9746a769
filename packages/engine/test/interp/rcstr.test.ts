// Rc<str>, Arc<str> and Rc<[T]> (std's From impls and into()), String::leak and Box::leak of a
// Box<str>, and slice::from_raw_parts_mut, drawn as Rust lays them out on x86-64: an Rc<str> is a fat
// pointer (the block's address and the text's length) to one block holding the two counts and the
// text inline. Outputs, error codes and lines are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { errorsOf, runsAs } from '../support/run.js';
import { eventsOf } from '../../src/events/log.js';
import { validateTrace } from '../../src/events/validate.js';
import type { MemoryEvent } from '../../src/events/schema.js';

async function eventsOfRun(source: string): Promise<MemoryEvent[]> {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const seq = eventsOf(r.trace!);
  const out: MemoryEvent[] = [];
  for (let i = 0; i < seq.length; i++) out.push(seq.at(i)!);
  const checked = validateTrace(JSON.parse(JSON.stringify({ ...r.trace!, events: out })));
  expect(checked.ok ? 'ok' : checked.error).toBe('ok');
  return out;
}
type Alloc = Extract<MemoryEvent, { kind: 'heap_alloc' }>;
type Init = Extract<MemoryEvent, { kind: 'local_init' }>;
const allocsOf = (events: MemoryEvent[]) => events.filter((e): e is Alloc => e.kind === 'heap_alloc');
const freesOf = (events: MemoryEvent[], block: number) => events.filter((e) => e.kind === 'heap_free' && e.block === block);
const initOf = (events: MemoryEvent[], name: string) => events.find((e): e is Init => e.kind === 'local_init' && e.name === name)!;

const RC_STR = `use std::rc::Rc;

fn main() {
    let r: Rc<str> = Rc::from("hello");
    let r2 = Rc::clone(&r);
    let s: &str = &r2;
    println!("{} {:?} {} {}", r, r2, s.len(), Rc::strong_count(&r));
    println!("{}", std::mem::size_of::<Rc<str>>());
    drop(r);
    println!("{}", Rc::strong_count(&r2));
}
`;

describe('Rc<str>', () => {
  it('prints, derefs to &str and counts as rustc does', async () => {
    await runsAs(RC_STR, `hello "hello" 5 2
16
1
`);
  });

  it('is one block of counts and text, pointed at by a fat pointer; a clone bumps the count; the last drop frees it', async () => {
    const events = await eventsOfRun(RC_STR);
    const allocs = allocsOf(events);
    // The literal is static: the one heap block is the RcBox (16 bytes of counts, 5 of text, padded to 24).
    expect(allocs.map((a) => [a.ty, a.cap])).toEqual([['RcBox<str>', 24]]);
    const box = allocs[0];
    expect(box.value).toEqual({ t: 'struct', name: 'RcBox', fields: [
      { name: 'strong', value: { t: 'int', v: '1' } },
      { name: 'weak', value: { t: 'int', v: '1' } },
      { name: 'value', value: { t: 'str', text: 'hello' } },
    ] });
    const r = initOf(events, 'r');
    expect(r.size).toBe(16);
    expect(r.value).toEqual({ t: 'ptr', kind: 'rc', addr: box.addr, len: 5 });
    expect(initOf(events, 'r2').value).toEqual({ t: 'ptr', kind: 'rc', addr: box.addr, len: 5 });
    const strong = events.filter((e) => e.kind === 'write' && 'block' in e.target && e.target.block === box.block && e.target.path.join() === '0');
    expect(strong.map((e) => (e as Extract<MemoryEvent, { kind: 'write' }>).value)).toEqual([{ t: 'int', v: '2' }, { t: 'int', v: '1' }, { t: 'int', v: '0' }]);
    expect(freesOf(events, box.block)).toHaveLength(1);
  });
});

const SOURCES = `use std::rc::Rc;

fn main() {
    let owned = String::from("moved in");
    let a: Rc<str> = Rc::from(owned);
    let b: Rc<str> = "into".into();
    let c: Rc<str> = String::from("string into").into();
    let boxed: Box<str> = "boxed".into();
    let d: Rc<str> = Rc::from(boxed);
    println!("{a} | {b} | {c} | {d}");
    let v: Rc<[i32]> = Rc::from(vec![1, 2, 3]);
    let w: Rc<[i32]> = vec![4, 5].into();
    let arr: Rc<[u8]> = Rc::from([7u8, 8, 9]);
    let part: Rc<[i32]> = Rc::from(&v[1..]);
    println!("{:?} {:?} {:?} {:?}", v, w, arr, part);
    println!("{} {} {}", v.len(), v[2], v.iter().sum::<i32>());
    let words: Rc<[String]> = vec![String::from("x"), String::from("y")].into();
    let again = Rc::clone(&words);
    println!("{:?} {}", again, Rc::strong_count(&words));
    let n = Rc::from(5);
    let later = Rc::from(String::from("told later"));
    let told: Rc<str> = later;
    println!("{} {} {}", n, told, std::mem::size_of::<Rc<[i32]>>());
}
`;

describe('Rc<str> and Rc<[T]> from a &str, a String, a Box<str>, a Vec, an array or a slice', () => {
  it('runs as rustc does', async () => {
    await runsAs(SOURCES, `moved in | into | string into | boxed
[1, 2, 3] [4, 5] [7, 8, 9] [2, 3]
3 3 6
["x", "y"] 2
5 told later 16
`);
  });

  it('copies into a new block, then frees the String, Box or Vec it was made of', async () => {
    const events = await eventsOfRun(SOURCES);
    const allocs = allocsOf(events);
    const owned = allocs.find((a) => a.value.t === 'str' && a.value.text === 'moved in')!;
    const rc = allocs.find((a) => a.ty === 'RcBox<str>')!;
    expect(rc.block).toBe(owned.block + 1);
    const free = events.findIndex((e) => e.kind === 'heap_free' && e.block === owned.block);
    expect(free).toBeGreaterThan(events.indexOf(rc));
    const v = allocs.find((a) => a.ty === 'RcBox<[i32]>')!;
    // 16 bytes of counts and three i32s, padded to 32.
    expect(v.cap).toBe(32);
    expect(initOf(events, 'v').value).toEqual({ t: 'ptr', kind: 'rc', addr: v.addr, len: 3 });
    expect(allocsOf(events).map((a) => a.ty).filter((t) => t.startsWith('RcBox'))).toEqual([
      'RcBox<str>', 'RcBox<str>', 'RcBox<str>', 'RcBox<str>', 'RcBox<[i32]>', 'RcBox<[i32]>', 'RcBox<[u8]>', 'RcBox<[i32]>', 'RcBox<[String]>', 'RcBox<i32>', 'RcBox<str>',
    ]);
    // Every block is freed once by the end.
    for (const a of allocsOf(events)) expect(freesOf(events, a.block)).toHaveLength(1);
  });

  it("reports rustc's errors where no From impl fits", async () => {
    expect(await errorsOf(`use std::rc::Rc;
fn main() {
    let r: Rc<str> = Rc::from(5);
    println!("{r}");
}
`)).toEqual(['E0308 3:22 mismatched types']);
    const vecOfBytes = await errorsOf(`use std::rc::Rc;
fn main() {
    let r: Rc<[i32]> = Rc::from(vec![1u8]);
    println!("{r:?}");
}
`);
    expect(vecOfBytes).toEqual(['E0277 3:24 the trait bound `Rc<[i32]>: From<Vec<u8>>` is not satisfied']);
    expect(await errorsOf(`use std::rc::Rc;
fn main() {
    let r: Rc<str> = 5.into();
    println!("{r:?}");
}
`)).toEqual(['E0277 3:24 the trait bound `Rc<str>: From<{integer}>` is not satisfied']);
  });
});

describe('Arc<str> and Rc<str> as keys, sorted, and shared by threads', () => {
  it('runs as rustc does', async () => {
    await runsAs(`use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;
use std::thread;

fn main() {
    let mut names: Vec<Rc<str>> = vec![Rc::from("pear"), Rc::from("apple"), "fig".into()];
    names.sort();
    println!("{:?} {}", names, names[0] == Rc::from("apple"));
    let mut counts: HashMap<Rc<str>, u32> = HashMap::new();
    for n in &names {
        *counts.entry(Rc::clone(n)).or_insert(0) += 1;
    }
    *counts.entry(Rc::from("fig")).or_insert(0) += 1;
    println!("{:?} {:?} {}", counts.get("fig"), counts.get("kiwi"), Rc::strong_count(&names[1]));
    let title: Arc<str> = Arc::from("shared text");
    let handles: Vec<_> = (0..2)
        .map(|i| {
            let t = Arc::clone(&title);
            thread::spawn(move || format!("{i}: {} bytes", t.len()))
        })
        .collect();
    for h in handles {
        println!("{}", h.join().unwrap());
    }
    println!("{} {}", title, Arc::strong_count(&title));
}
`, `["apple", "fig", "pear"] true
Some(2) None 2
0: 11 bytes
1: 11 bytes
shared text 1
`);
  });

  it('names an Arc<str> block ArcInner<str>', async () => {
    const events = await eventsOfRun(`use std::sync::Arc;
fn main() {
    let a: Arc<str> = "hi".into();
    println!("{a}");
}
`);
    expect(allocsOf(events).map((a) => [a.ty, a.cap])).toEqual([['ArcInner<str>', 24]]);
  });
});

const LEAK = `fn config() -> &'static str {
    let mut s = String::with_capacity(16);
    s.push_str("debug=true");
    s.leak()
}

fn main() {
    let c = config();
    println!("{} {}", c, c.len());
    let b: Box<str> = "boxed".into();
    let l: &'static mut str = Box::leak(b);
    println!("{} {}", l, l.len());
    let v = vec![1, 2, 3];
    let sl: &'static mut [i32] = v.leak();
    sl[0] = 10;
    println!("{:?}", sl);
    let bs: Box<[i32]> = vec![4, 5].into_boxed_slice();
    let lb = Box::leak(bs);
    lb[1] += 1;
    println!("{:?} {}", lb, lb.len());
}
`;

describe('String::leak, Vec::leak and Box::leak', () => {
  it('runs as rustc does', async () => {
    await runsAs(LEAK, `debug=true 10
boxed 5
[10, 2, 3]
[4, 6] 2
`);
  });

  it('never frees the block; the reference points into it', async () => {
    const events = await eventsOfRun(LEAK);
    const allocs = allocsOf(events);
    expect(allocs).toHaveLength(4);
    expect(events.filter((e) => e.kind === 'heap_free')).toEqual([]);
    // String::leak keeps the capacity it had.
    expect(allocs[0].cap).toBe(16);
    expect(initOf(events, 'c').value).toEqual({ t: 'ptr', kind: 'ref', addr: allocs[0].addr, len: 10 });
    expect(initOf(events, 'l').value).toEqual({ t: 'ptr', kind: 'mut', addr: allocs[1].addr, len: 5 });
    expect(initOf(events, 'sl').value).toEqual({ t: 'ptr', kind: 'mut', addr: allocs[2].addr, len: 3 });
  });
});

const SPLIT = `use std::slice;

fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    let ptr = values.as_mut_ptr();

    assert!(mid <= len);

    unsafe {
        (
            slice::from_raw_parts_mut(ptr, mid),
            slice::from_raw_parts_mut(ptr.add(mid), len - mid),
        )
    }
}

fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    let (a, b) = split_at_mut(&mut v, 3);
    a[0] = 10;
    b[2] *= 100;
    println!("{:?} {:?}", a, b);
    let (whole, none) = split_at_mut(&mut v, 6);
    whole[5] += 1;
    println!("{:?} {:?}", whole, none);
    println!("{:?}", v);
    let mut empty: Vec<i32> = Vec::new();
    let s = unsafe { slice::from_raw_parts_mut(empty.as_mut_ptr(), 0) };
    println!("{:?}", s);
    let arr = [7, 8, 9];
    let view = unsafe { slice::from_raw_parts(arr.as_ptr().add(1), 2) };
    println!("{:?}", view);
}
`;

describe('slice::from_raw_parts_mut', () => {
  it("the Book's split_at_mut by hand runs as rustc does", async () => {
    await runsAs(SPLIT, `[10, 2, 3] [4, 5, 600]
[10, 2, 3, 4, 5, 601] []
[10, 2, 3, 4, 5, 601]
[]
[8, 9]
`);
  });

  it('gives slices into the same block at the pointer\'s offset', async () => {
    const events = await eventsOfRun(SPLIT);
    const buf = allocsOf(events)[0];
    expect(initOf(events, 'a').value).toEqual({ t: 'ptr', kind: 'mut', addr: buf.addr, len: 3 });
    expect(initOf(events, 'b').value).toEqual({ t: 'ptr', kind: 'mut', addr: buf.addr + 12, len: 3 });
  });

  it('is E0133 outside unsafe', async () => {
    expect(await errorsOf(`use std::slice;
fn main() {
    let mut v = vec![1, 2, 3];
    let p = v.as_mut_ptr();
    let s = slice::from_raw_parts_mut(p, 2);
    s[0] = 9;
    println!("{:?}", v);
}
`)).toEqual(['E0133 5:13 call to unsafe function `std::slice::from_raw_parts_mut` is unsafe and requires unsafe function or block']);
  });

  const stopsWith = async (source: string, message: string) => {
    const r = (await getEngine()).run(source);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.trace?.stderr).toContain(`memviz: undefined behaviour: ${message}`);
    expect(r.trace?.exitCode).toBe(101);
  };

  it('past the end of the allocation is undefined behaviour', async () => {
    await stopsWith(`fn main() {
    let mut v = vec![1, 2, 3];
    let p = v.as_mut_ptr();
    let s = unsafe { std::slice::from_raw_parts_mut(p, 4) };
    s[0] = 5;
    println!("{:?}", v);
}
`, '`slice::from_raw_parts_mut` past the end of its allocation');
  });

  it('of a freed buffer is undefined behaviour', async () => {
    await stopsWith(`fn main() {
    let v = vec![1, 2, 3];
    let p = v.as_ptr();
    drop(v);
    let s = unsafe { std::slice::from_raw_parts(p, 3) };
    println!("{:?}", s);
}
`, '`slice::from_raw_parts` with a dangling pointer (its heap block was freed)');
  });
});
