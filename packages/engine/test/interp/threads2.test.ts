// More of std::thread and std::sync::mpsc (interp/threads.ts): thread::Builder, thread::current()
// and its Thread (name, ThreadId), JoinHandle::thread, and sync_channel's SyncSender, whose send
// sets a spawned thread aside while the channel is full and lets it go on when a receive makes room.
// Outputs and error codes are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';
import type { MemoryEvent } from '../../src/events/schema.js';

async function run(source: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  return r.trace!;
}

function allEvents(trace: Awaited<ReturnType<typeof run>>): MemoryEvent[] {
  const seq = eventsOf(trace);
  const out: MemoryEvent[] = [];
  for (let i = 0; i < seq.length; i++) out.push(seq.at(i)!);
  return out;
}

const codes = async (source: string) => (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line} ${d.message}`);

describe('thread::Builder and thread::current()', () => {
  it("a named thread sees its name; main is \"main\"; a sync_channel carries what fits", async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;
fn main() {
    let h = thread::Builder::new().name("worker".to_string()).spawn(|| {
        let me = thread::current();
        format!("hi from {}", me.name().unwrap())
    }).unwrap();
    println!("{}", h.join().unwrap());
    println!("{:?}", thread::current().name());
    let (tx, rx) = mpsc::sync_channel::<i32>(2);
    let p = thread::spawn(move || { for i in 0..2 { tx.send(i).unwrap(); } });
    p.join().unwrap();
    let got: Vec<i32> = rx.iter().collect();
    println!("{:?}", got);
}
`);
    expect(t.stdout).toBe("hi from worker\nSome(\"main\")\n[0, 1]\n");
    expect(t.exitCode).toBe(0);
  });

  it("ThreadIds in spawn order (main is 1), std's Debug of Thread, Builder, JoinHandle, SyncSender and try_send's errors, and the sizes", async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;
fn main() {
    let a = thread::spawn(|| thread::current().id());
    let b = thread::spawn(|| thread::current().id());
    println!("{:?} {:?}", a.join().unwrap(), b.join().unwrap());
    println!("{:?}", thread::current().id());
    let t = thread::current();
    println!("{:?}", t);
    let h = thread::Builder::new().name("w".into()).stack_size(4096 * 16).spawn(|| 5).unwrap();
    println!("{:?} {:?}", h.thread().id(), h.thread().name());
    println!("{:?}", h.thread());
    println!("{:?}", h);
    let u = thread::spawn(|| thread::current().name().map(|s| s.to_string()));
    println!("{:?}", u.join().unwrap());
    println!("{}", h.join().unwrap());
    println!("{:?}", thread::Builder::new());
    let (tx, rx) = mpsc::sync_channel::<i32>(1);
    println!("{:?}", tx);
    println!("{:?}", tx.try_send(1));
    println!("{:?}", tx.try_send(2));
    drop(rx);
    println!("{:?}", tx.try_send(3));
    println!("{:?}", tx.send(4));
    match tx.try_send(5) { Err(e) => println!("{}", e), _ => {} }
    match tx.send(5) { Err(e) => println!("{}", e), _ => {} }
    let (tx2, _rx2) = mpsc::sync_channel::<i32>(0);
    match tx2.try_send(5) { Err(e) => println!("{} / {:?}", e, e), _ => {} }
    println!("{}", std::mem::size_of::<thread::Thread>());
    println!("{}", std::mem::size_of::<thread::Builder>());
    println!("{}", std::mem::size_of::<thread::ThreadId>());
    println!("{}", std::mem::size_of::<thread::JoinHandle<i32>>());
    println!("{}", std::mem::size_of::<mpsc::SyncSender<i32>>());
    println!("{}", std::mem::size_of::<mpsc::Sender<i32>>());
    println!("{}", std::mem::size_of::<mpsc::TrySendError<i32>>());
    println!("{}", std::mem::size_of::<Option<thread::Thread>>());
}
`);
    expect(t.stdout).toBe("ThreadId(2) ThreadId(3)\nThreadId(1)\nThread { id: ThreadId(1), name: Some(\"main\"), .. }\nThreadId(4) Some(\"w\")\nThread { id: ThreadId(4), name: Some(\"w\"), .. }\nJoinHandle { .. }\nNone\n5\nBuilder { name: None, stack_size: None, no_hooks: false }\nSyncSender { .. }\nOk(())\nErr(TrySendError::Full(..))\nErr(TrySendError::Disconnected(..))\nErr(SendError { .. })\nsending on a closed channel\nsending on a closed channel\nsending on a full channel / TrySendError::Full(..)\n8\n48\n8\n24\n16\n16\n8\n8\n");
    expect(t.exitCode).toBe(0);
  });

  it("the channel errors' Display, a scoped thread's id, a named thread's panic", async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    println!("{:?} {:?}", rx.try_recv(), rx.try_recv().unwrap_err().to_string());
    drop(tx);
    println!("{:?} {}", rx.try_recv(), rx.try_recv().unwrap_err());
    println!("{:?} {}", rx.recv(), rx.recv().unwrap_err());
    println!("{:?}", thread::Builder::new().name("x".into()).stack_size(10));
    thread::scope(|s| {
        s.spawn(|| println!("{:?} {:?}", thread::current().id(), thread::current().name()));
    });
    let h = thread::Builder::new().name("boom".into()).spawn(|| { panic!("oops"); }).unwrap();
    println!("{}", h.join().is_err());
    let h = thread::spawn(|| { thread::current() });
    let t = h.join().unwrap();
    println!("{:?}", t);
    let (stx, srx) = mpsc::sync_channel::<String>(1);
    stx.send("a".to_string()).unwrap();
    println!("{:?}", stx.try_send("b".to_string()));
    println!("{:?}", srx.recv());
}
`);
    expect(t.stdout).toBe("Err(Empty) \"receiving on an empty channel\"\nErr(Disconnected) receiving on a closed channel\nErr(RecvError) receiving on a closed channel\nBuilder { name: Some(\"x\"), stack_size: Some(10), no_hooks: false }\nThreadId(2) None\ntrue\nThread { id: ThreadId(4), name: None, .. }\nErr(TrySendError::Full(..))\nOk(\"a\")\n");
    expect(t.exitCode).toBe(0);
    expect(t.stderr).toContain("thread 'boom' panicked at");
  });

  it('draws the Thread as a counted block holding the name and the id, freed when the last handle goes', async () => {
    const t = await run(`use std::thread;
fn main() {
    let h = thread::Builder::new().name("worker".to_string()).spawn(|| thread::current().id()).unwrap();
    println!("{:?}", h.thread().name());
    println!("{:?}", h.join().unwrap());
}
`);
    expect(t.stdout).toBe('Some("worker")\nThreadId(2)\n');
    const events = allEvents(t);
    const allocs = events.filter((e): e is Extract<MemoryEvent, { kind: 'heap_alloc' }> => e.kind === 'heap_alloc');
    const inner = allocs.filter((e) => e.ty === 'ArcInner<ThreadInner>');
    // One for the spawned thread: counted by its JoinHandle and by the thread itself.
    expect(inner).toHaveLength(1);
    expect(inner[0].size).toBe(48);
    expect(events.filter((e) => e.kind === 'heap_free' && e.block === inner[0].block)).toHaveLength(1);
    // The name's String is freed with it.
    const name = allocs.find((e) => e.ty === 'str' && e.value.t === 'str' && e.value.text === 'worker')!;
    expect(events.filter((e) => e.kind === 'heap_free' && e.block === name.block)).toHaveLength(1);
  });
});

describe('sync_channel: a spawned thread waits while the channel is full', () => {
  it("the producer waits for room; main receives everything it sent", async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;

// A bounded channel: send blocks while the buffer is full.
fn main() {
    let (tx, rx) = mpsc::sync_channel::<u32>(2);

    let producer = thread::spawn(move || {
        for n in 1..=5 {
            tx.send(n * n).unwrap();
        }
        "producer done"
    });

    let mut got = Vec::new();
    while let Ok(v) = rx.recv() {
        got.push(v);
    }
    let msg = producer.join().unwrap();
    println!("{:?}", got);
    println!("{}", msg);
}
`);
    expect(t.stdout).toBe("[1, 4, 9, 16, 25]\nproducer done\n");
    expect(t.exitCode).toBe(0);
  });

  it("sync_channel(0): each send waits for main to receive it", async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;

fn worker(tx: mpsc::SyncSender<(u32, String)>, id: u32) -> u32 {
    let mut sent = 0;
    for word in ["alpha", "beta"] {
        tx.send((id, word.to_uppercase())).unwrap();
        sent += 1;
    }
    sent
}

fn main() {
    let (tx, rx) = mpsc::sync_channel(0);
    let mut handles = Vec::new();
    for id in 1..=2 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || worker(tx, id)));
    }
    drop(tx);
    let mut got: Vec<(u32, String)> = rx.iter().collect();
    got.sort();
    println!("{:?}", got);
    let sent: u32 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    println!("sent {}", sent);
}
`);
    expect(t.stdout).toBe("[(1, \"ALPHA\"), (1, \"BETA\"), (2, \"ALPHA\"), (2, \"BETA\")]\nsent 4\n");
    expect(t.exitCode).toBe(0);
  });

  it("a waiting thread is not finished; dropping the receiver gives its value back in the error", async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::sync_channel::<Vec<i32>>(1);
    let h = thread::spawn(move || {
        for n in 1..=3 {
            tx.send(vec![n; n as usize]).unwrap();
        }
        thread::current().id()
    });
    let first = rx.recv().unwrap();
    let rest: Vec<Vec<i32>> = rx.iter().collect();
    let id = h.join().unwrap();
    println!("{:?} {:?} {:?}", first, rest, id);
    let (tx, rx) = mpsc::sync_channel::<i32>(1);
    let h = thread::spawn(move || {
        tx.send(1).unwrap();
        tx.send(2)
    });
    thread::sleep(std::time::Duration::from_millis(200));
    println!("{}", h.is_finished());
    drop(rx);
    println!("{:?}", h.join().unwrap());
}
`);
    expect(t.stdout).toBe("[1] [[2, 2], [3, 3, 3]] ThreadId(2)\nfalse\nErr(SendError { .. })\n");
    expect(t.exitCode).toBe(0);
  });

  it('keeps the waiting thread\'s frame on its stack while main goes on, until a receive lets it go on', async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::sync_channel::<i32>(1);
    let h = thread::spawn(move || {
        for i in 0..3 { tx.send(i).unwrap(); }
    });
    println!("spawned");
    let got: Vec<i32> = rx.iter().collect();
    h.join().unwrap();
    println!("{:?}", got);
}
`);
    expect(t.stdout).toBe('spawned\n[0, 1, 2]\n');
    const events = allEvents(t);
    const push = events.findIndex((e) => e.kind === 'frame_push' && / \(thread 1\)$/.test(e.fn));
    const frame = (events[push] as Extract<MemoryEvent, { kind: 'frame_push' }>).frame;
    const pop = events.findIndex((e) => e.kind === 'frame_pop' && e.frame === frame);
    const printed = events.findIndex((e) => e.kind === 'output' && e.text === 'spawned\n');
    expect(push).toBeGreaterThan(0);
    expect(printed).toBeGreaterThan(push);
    expect(pop).toBeGreaterThan(printed);
  });

  it('a send no thread will ever make room for ends the run and says why', async () => {
    const t = await run(`use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::sync_channel::<i32>(1);
    tx.send(1).unwrap();
    println!("one");
    tx.send(2).unwrap();
    drop(rx);
}
`);
    expect(t.stdout).toBe('one\n');
    expect(t.stderr).toMatch(/deadlock: `send` waits for room in a full sync_channel \(bound 1\)/);
    expect(t.exitCode).not.toBe(0);
  });

  it('joining a thread that waits to send, before receiving, is a deadlock', async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::sync_channel::<i32>(0);
    let h = thread::spawn(move || tx.send(1).unwrap());
    h.join().unwrap();
    println!("{:?}", rx.recv());
}
`);
    expect(t.stdout).toBe('');
    expect(t.stderr).toMatch(/deadlock: `join` waits for a thread whose `send` on a sync_channel waits for a receive/);
    expect(t.exitCode).not.toBe(0);
  });

  it('a wait inside a closure a std function calls is not supported yet', async () => {
    const t = await run(`use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::sync_channel::<i32>(1);
    let h = thread::spawn(move || (0..3).for_each(|i| tx.send(i).unwrap()));
    for v in rx { println!("{}", v); }
    h.join().unwrap();
}
`);
    expect(t.stderr).toMatch(/not supported yet: a `send` on a full sync_channel that waits inside a closure a std function calls/);
    expect(t.exitCode).not.toBe(0);
  });
});

describe("rustc's errors", () => {
  it('E0382: a SyncSender used after it moved into a thread', async () => {
    expect(await codes(`use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::sync_channel::<i32>(3);
    let h = thread::spawn(move || { tx.send(1).unwrap(); });
    tx.send(2).unwrap();
    h.join().unwrap();
    println!("{:?}", rx.recv());
}
`)).toEqual(['E0382 6 borrow of moved value: `tx`']);
  });

  it("E0277: an Rc in a Builder's thread, or borrowed by a scoped thread", async () => {
    expect(await codes(`use std::rc::Rc;
use std::thread;
fn main() {
    let r = Rc::new(5);
    let h = thread::Builder::new().spawn(move || { println!("{}", r); }).unwrap();
    h.join().unwrap();
}
`)).toEqual(['E0277 5 `Rc<i32>` cannot be sent between threads safely']);
    expect(await codes(`use std::rc::Rc;
use std::thread;
fn main() {
    let r = Rc::new(5);
    thread::scope(|s| { s.spawn(|| { println!("{}", r); }); });
}
`)).toEqual(['E0277 5 `Rc<i32>` cannot be shared between threads safely']);
  });

  it('E0382: a Builder is used up by spawn', async () => {
    expect(await codes(`use std::thread;
fn main() {
    let t = thread::current();
    let h = thread::spawn(move || { println!("{:?}", t.name()); });
    h.join().unwrap();
    let b = thread::Builder::new();
    let h = b.spawn(|| 1).unwrap();
    let h2 = b.spawn(|| 2).unwrap();
}
`)).toEqual(['E0382 8 use of moved value: `b`']);
  });
});
