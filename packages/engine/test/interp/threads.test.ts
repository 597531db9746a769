// Threads as memviz runs them (interp/threads.ts): a spawned thread runs to its end when it is
// spawned, on a stack of its own; Arc, Mutex and channels live in shared heap blocks. Outputs and
// error codes are rustc 1.95's.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';
import type { MemoryEvent } from '../../src/events/schema.js';

function allEvents(trace: NonNullable<ReturnType<Awaited<ReturnType<typeof getEngine>>['run']>['trace']>): MemoryEvent[] {
  const seq = eventsOf(trace);
  const out: MemoryEvent[] = [];
  for (let i = 0; i < seq.length; i++) out.push(seq.at(i)!);
  return out;
}

// The playground's example: the Book's counter in Arc<Mutex<i32>>.
const COUNTER = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../../../examples/threads_arc_mutex.rs'), 'utf8');

describe('the Book, chapter 16: a counter shared by threads through Arc<Mutex<i32>>', () => {
  it('prints what rustc prints', async () => {
    const r = (await getEngine()).run(COUNTER);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('Result: 3\n');
    expect(r.trace?.exitCode).toBe(0);
  });

  it('draws each thread on its own stack, the Arc block as ArcInner, and frees it once', async () => {
    const r = (await getEngine()).run(COUNTER);
    const events = allEvents(r.trace!);
    const pushes = events.filter((e): e is Extract<MemoryEvent, { kind: 'frame_push' }> => e.kind === 'frame_push');
    const threads = pushes.filter((e) => / \(thread \d+\)$/.test(e.fn));
    expect(threads.map((e) => e.fn.replace(/^.*\(/, '('))).toEqual(['(thread 1)', '(thread 2)', '(thread 3)']);
    // Each thread's first frame sits below the previous thread's stack, far from main's frame.
    const main = pushes.find((e) => e.fn === 'main')!;
    const addrs = [main.addr, ...threads.map((e) => e.addr)];
    for (let i = 1; i < addrs.length; i++) expect(addrs[i - 1] - addrs[i]).toBeGreaterThan(2 * 1024 * 1024);
    const allocs = events.filter((e): e is Extract<MemoryEvent, { kind: 'heap_alloc' }> => e.kind === 'heap_alloc');
    const arc = allocs.find((e) => e.ty === 'ArcInner<Mutex<i32>>')!;
    expect(arc).toBeDefined();
    // 16 bytes of counts, then the Mutex: a futex word, the poison flag and the i32 (12 bytes).
    expect(arc.size).toBe(32);
    expect(events.filter((e) => e.kind === 'heap_free' && e.block === arc.block)).toHaveLength(1);
  });
});

describe('channels', () => {
  it('several producers, the receiver iterated until every sender is gone', async () => {
    const r = (await getEngine()).run(`use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel();
    for id in 0..3 {
        let tx = tx.clone();
        thread::spawn(move || {
            tx.send(id * 10).unwrap();
        });
    }
    drop(tx);
    let mut got: Vec<i32> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('[0, 10, 20]\n');
  });

  it('a receive no thread will ever answer ends the run and says why, instead of hanging', async () => {
    const r = (await getEngine()).run(`use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    tx.send(1).unwrap();
    for v in rx { println!("{}", v); }
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('1\n');
    expect(r.trace?.stderr).toMatch(/deadlock: `recv` waits for a value no thread will send/);
    expect(r.trace?.exitCode).not.toBe(0);
  });
});

describe('a panic in a spawned thread stays in that thread', () => {
  it('join returns Err, the lock it held is poisoned, and main goes on', async () => {
    const r = (await getEngine()).run(`use std::sync::{Arc, Mutex};
use std::thread;
fn main() {
    let m = Arc::new(Mutex::new(1));
    let m2 = Arc::clone(&m);
    let res = thread::spawn(move || {
        let _g = m2.lock().unwrap();
        panic!("boom");
    }).join();
    println!("{} {}", res.is_err(), m.is_poisoned());
    println!("{:?}", m);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('true true\nMutex { data: 1, poisoned: true, .. }\n');
    expect(r.trace?.stderr).toContain("thread '<unnamed>' panicked at");
    expect(r.trace?.exitCode).toBe(0);
  });
});

describe("rustc's errors for threads", () => {
  const codes = async (source: string) => (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line} ${d.message}`);

  it('E0373: a spawned closure that borrows a local', async () => {
    expect(await codes(`use std::thread;
fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(|| {
        println!("{:?}", v);
    });
    handle.join().unwrap();
}
`)).toEqual(['E0373 4 closure may outlive the current function, but it borrows `v`, which is owned by the current function']);
  });

  it('E0277: an Rc sent to another thread, a RefCell shared through an Arc', async () => {
    expect(await codes(`use std::rc::Rc;
use std::thread;
fn main() {
    let a = Rc::new(5);
    let h = thread::spawn(move || println!("{}", a));
    h.join().unwrap();
}
`)).toEqual(['E0277 5 `Rc<i32>` cannot be sent between threads safely']);
    expect(await codes(`use std::cell::RefCell;
use std::sync::Arc;
use std::thread;
fn main() {
    let a = Arc::new(RefCell::new(5));
    let b = Arc::clone(&a);
    thread::spawn(move || *b.borrow_mut() += 1).join().unwrap();
}
`)).toEqual(['E0277 7 `RefCell<i32>` cannot be shared between threads safely']);
  });

  it('E0594: assigning through an Arc, inside the thread', async () => {
    expect(await codes(`use std::sync::Arc;
use std::thread;
fn main() {
    let total = Arc::new(0);
    let t = Arc::clone(&total);
    thread::spawn(move || { *t += 1; }).join().unwrap();
}
`)).toEqual(['E0594 6 cannot assign to data in an `Arc`']);
  });

  it('E0499: two scoped threads that both borrow a vector mutably', async () => {
    expect(await codes(`use std::thread;
fn main() {
    let mut v = Vec::new();
    thread::scope(|s| {
        s.spawn(|| v.push(1));
        s.spawn(|| v.push(2));
    });
    println!("{:?}", v);
}
`)).toEqual(['E0499 6 cannot borrow `v` as mutable more than once at a time']);
  });

  it('scoped threads may borrow what outlives the scope', async () => {
    const r = (await getEngine()).run(`use std::thread;
fn main() {
    let words = vec!["a", "bb", "ccc"];
    let mut total = 0;
    thread::scope(|s| {
        let h = s.spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
        total = h.join().unwrap();
    });
    println!("{} {:?}", total, words);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('6 ["a", "bb", "ccc"]\n');
  });
});

describe('closures', () => {
  it('an FnOnce closure called once drops what it did not move out once, not twice', async () => {
    const r = (await getEngine()).run(`struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let a = D("a");
    let b = D("b");
    let f = move || { let x = a; println!("got {}", x.0); let _keep = &b; };
    f();
    println!("end");
}
`);
    expect(r.trace?.stdout).toBe('got a\ndrop a\ndrop b\nend\n');
  });

  it('E0499 inside a closure body, for a captured variable', async () => {
    const d = (await getEngine()).check(`fn main() {
    let mut v = vec![1];
    let mut c = || { let r = &mut v; let r2 = &mut v; r.push(1); r2.push(2); };
    c();
}
`).diagnostics;
    expect(d.map((x) => `${x.code} ${x.span.line}:${x.span.col} ${x.message}`)).toEqual(['E0499 3:47 cannot borrow `v` as mutable more than once at a time']);
  });
});

describe('the Book, chapter 16.1: thread::sleep and Duration', () => {
  it('sleeping changes nothing memviz shows; Duration prints as std prints it', async () => {
    const r = (await getEngine()).run(`use std::thread;
use std::time::Duration;
fn main() {
    let handle = thread::spawn(|| {
        for i in 1..3 {
            println!("hi number {i} from the spawned thread!");
            thread::sleep(Duration::from_millis(1));
        }
    });
    handle.join().unwrap();
    let d = Duration::from_millis(1500);
    println!("{:?} {:?} {:?} {:?} {} {}", d, Duration::from_millis(20), Duration::from_micros(3), Duration::from_nanos(1_000_001), d.as_secs_f64(), d.as_millis());
    println!("{:?} {:?} {}", Duration::from_secs(2), Duration::from_nanos(1234567), Duration::from_secs(1) < d);
}
`);
    expect(r.diagnostics).toEqual([]);
    expect(r.trace?.stdout).toBe('hi number 1 from the spawned thread!\nhi number 2 from the spawned thread!\n1.5s 20ms 3µs 1.000001ms 1.5 1500\n2s 1.234567ms true\n');
  });
});
