// Spawned threads that wait (interp/threads.ts): a `recv` or `for x in rx` on an empty channel, a
// lock another thread holds, a `join` of a thread that has not ended. The waiting thread is set
// aside and goes on the moment what it waits for happens; main, which cannot be set aside, stops
// with a deadlock where nothing could let it go on. Outputs are rustc 1.95's (the programs are
// written so that every interleaving prints the same).
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';
import type { MemoryEvent } from '../../src/events/schema.js';
import { validateTrace } from '../../src/events/validate.js';

async function run(source: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  // Frames set aside and taken up again still make a trace whose every frame, slot and block is used only while alive.
  const checked = validateTrace(JSON.parse(JSON.stringify({ ...r.trace!, events: r.trace!.events })));
  expect(checked.ok ? 'ok' : checked.error).toBe('ok');
  return r.trace!;
}

describe('a spawned thread that waits', () => {
  it('a worker loops over the channel until main drops the sender', async () => {
    const t = await run(A);
    expect(t.stdout).toBe('worker got alpha\nworker got beta\nworker got gamma\ntotal 14\n');
    expect(t.exitCode).toBe(0);
  });

  it("keeps the worker's frame on its stack while main sends, and pops it after the last sender is dropped", async () => {
    const t = await run(A);
    const seq = eventsOf(t);
    const events: MemoryEvent[] = [];
    for (let i = 0; i < seq.length; i++) events.push(seq.at(i)!);
    const push = events.findIndex((e) => e.kind === 'frame_push' && / \(thread 1\)$/.test(e.fn));
    const frame = (events[push] as Extract<MemoryEvent, { kind: 'frame_push' }>).frame;
    const pop = events.findIndex((e) => e.kind === 'frame_pop' && e.frame === frame);
    const outputs = events.map((e, i) => (e.kind === 'output' ? i : -1)).filter((i) => i >= 0);
    expect(push).toBeGreaterThan(0);
    expect(outputs.length).toBe(4);
    // Each message is printed by the worker, between its push and its pop; the total after.
    expect(outputs.slice(0, 3).every((i) => i > push && i < pop)).toBe(true);
    expect(outputs[3]).toBeGreaterThan(pop);
  });

  it("the Rust book's thread pool: workers wait in recv holding the receiver's lock, and stop when the sender is dropped", async () => {
    const t = await run(B);
    expect(t.stdout).toBe('all workers stopped\nsum 21\n');
    expect(t.exitCode).toBe(0);
  });

  it('a pipeline of two waiting stages', async () => {
    const t = await run(C);
    expect(t.stdout).toBe('squarer done\nsum of squares 385\n');
    expect(t.exitCode).toBe(0);
  });

  it('waits for a Mutex or RwLock held by a thread that waits', async () => {
    const t = await run(G);
    expect(t.stdout).toBe('[7, 70, -1] 3\n[2, 4]\n');
    expect(t.exitCode).toBe(0);
  });

  it('waits in a join for a thread that waits', async () => {
    const t = await run(JOINER);
    expect(t.stdout).toBe('joined: HELLO\n');
    expect(t.exitCode).toBe(0);
  });

  it('scoped threads: one receives what the other sends; a sync_channel(0) hands a value to a waiting receiver', async () => {
    const t = await run(SCOPED);
    expect(t.stdout).toBe('[0, 1, 2, 3]\n10\n');
    expect(t.exitCode).toBe(0);
  });

  it('main joining a receiver while it still holds the sender is a deadlock, and says what to drop', async () => {
    const t = await run(E);
    expect(t.stdout).toBe('sent\n');
    expect(t.stderr).toMatch(/deadlock: `join` waits for a thread that waits to receive from a channel whose `Sender` is still alive \(drop it when you are done sending\)/);
    expect(t.exitCode).toBe(101);
  });

  it("a thread that hands the channel's iterator to a consumer starts when main first waits, and collects what was sent", async () => {
    const t = await run(ADAPTER);
    expect(t.stdout).toBe('2\n');
    expect(t.exitCode).toBe(0);
    const events = t.events;
    const push = events.findIndex((e) => e.kind === 'frame_push' && / \(thread 1\)$/.test(e.fn));
    const sent = events.findIndex((e) => e.kind === 'step' && e.loc?.[0] === 9);
    expect(sent).toBeGreaterThan(0);
    // It starts late: after main's send on line 9.
    expect(push).toBeGreaterThan(sent);
  });

  it('a wait inside a consumer in a function the thread calls is not supported yet, and says so', async () => {
    const t = await run(ADAPTER_IN_FN);
    expect(t.stderr).toMatch(/not supported yet: a spawned thread whose receive waits inside an iterator adapter/);
    expect(t.exitCode).not.toBe(0);
  });
});

const A = `use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<String>();
    let worker = thread::spawn(move || {
        let mut total = 0;
        for job in rx {
            println!("worker got {}", job);
            total += job.len();
        }
        total
    });
    for w in ["alpha", "beta", "gamma"] {
        tx.send(w.to_string()).unwrap();
    }
    drop(tx);
    let total = worker.join().unwrap();
    println!("total {}", total);
}
`;

const B = `use std::sync::{mpsc, Arc, Mutex};
use std::thread;

type Job = Box<dyn FnOnce() + Send + 'static>;

struct Worker {
    id: usize,
    thread: Option<thread::JoinHandle<()>>,
}

impl Worker {
    fn new(id: usize, receiver: Arc<Mutex<mpsc::Receiver<Job>>>) -> Worker {
        let thread = thread::spawn(move || loop {
            let message = receiver.lock().unwrap().recv();
            match message {
                Ok(job) => {
                    job();
                }
                Err(_) => {
                    break;
                }
            }
        });
        Worker { id, thread: Some(thread) }
    }
}

struct ThreadPool {
    workers: Vec<Worker>,
    sender: Option<mpsc::Sender<Job>>,
}

impl ThreadPool {
    fn new(size: usize) -> ThreadPool {
        assert!(size > 0);
        let (sender, receiver) = mpsc::channel();
        let receiver = Arc::new(Mutex::new(receiver));
        let mut workers = Vec::with_capacity(size);
        for id in 0..size {
            workers.push(Worker::new(id, Arc::clone(&receiver)));
        }
        ThreadPool { workers, sender: Some(sender) }
    }

    fn execute<F>(&self, f: F)
    where
        F: FnOnce() + Send + 'static,
    {
        let job = Box::new(f);
        self.sender.as_ref().unwrap().send(job).unwrap();
    }
}

impl Drop for ThreadPool {
    fn drop(&mut self) {
        drop(self.sender.take());
        for worker in &mut self.workers {
            if let Some(thread) = worker.thread.take() {
                thread.join().unwrap();
            }
            let _ = worker.id;
        }
        println!("all workers stopped");
    }
}

fn main() {
    let counter = Arc::new(Mutex::new(0));
    {
        let pool = ThreadPool::new(3);
        for i in 1..=6 {
            let counter = Arc::clone(&counter);
            pool.execute(move || {
                *counter.lock().unwrap() += i;
            });
        }
    }
    println!("sum {}", *counter.lock().unwrap());
}
`;

const C = `use std::sync::mpsc;
use std::thread;

// A pipeline: stage one squares, stage two sums, main feeds.
fn main() {
    let (tx1, rx1) = mpsc::channel::<u64>();
    let (tx2, rx2) = mpsc::channel::<u64>();
    let squarer = thread::spawn(move || {
        while let Ok(n) = rx1.recv() {
            tx2.send(n * n).unwrap();
        }
        println!("squarer done");
    });
    let summer = thread::spawn(move || {
        let mut sum = 0;
        for sq in rx2 {
            sum += sq;
        }
        sum
    });
    for n in 1..=10 {
        tx1.send(n).unwrap();
    }
    drop(tx1);
    squarer.join().unwrap();
    println!("sum of squares {}", summer.join().unwrap());
}
`;

const G = `use std::sync::{mpsc, Arc, Mutex, RwLock};
use std::thread;

fn main() {
    let shared = Arc::new(Mutex::new(Vec::new()));
    let (ready_tx, ready_rx) = mpsc::channel::<()>();
    let (tx, rx) = mpsc::channel::<i32>();
    let a = {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let mut g = shared.lock().unwrap();
            ready_tx.send(()).unwrap();
            let v = rx.recv().unwrap();
            g.push(v);
            g.push(v * 10);
        })
    };
    ready_rx.recv().unwrap();
    let b = {
        let shared = Arc::clone(&shared);
        thread::spawn(move || {
            let mut g = shared.lock().unwrap();
            g.push(-1);
            g.len()
        })
    };
    tx.send(7).unwrap();
    a.join().unwrap();
    let seen = b.join().unwrap();
    println!("{:?} {}", shared.lock().unwrap(), seen);

    let lock = Arc::new(RwLock::new(1));
    let (ready_tx, ready_rx) = mpsc::channel::<()>();
    let (go_tx, go_rx) = mpsc::channel::<()>();
    let writer = {
        let lock = Arc::clone(&lock);
        thread::spawn(move || {
            let mut g = lock.write().unwrap();
            ready_tx.send(()).unwrap();
            go_rx.recv().unwrap();
            *g += 1;
        })
    };
    ready_rx.recv().unwrap();
    let readers: Vec<_> = (1..=2)
        .map(|k| {
            let lock = Arc::clone(&lock);
            thread::spawn(move || *lock.read().unwrap() * k)
        })
        .collect();
    go_tx.send(()).unwrap();
    writer.join().unwrap();
    let seen: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?}", seen);
}
`;

const JOINER = `use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<String>();
    let worker = thread::spawn(move || rx.recv().unwrap().to_uppercase());
    let joiner = thread::spawn(move || {
        let s = worker.join().unwrap();
        format!("joined: {}", s)
    });
    tx.send("hello".to_string()).unwrap();
    println!("{}", joiner.join().unwrap());
}
`;

const SCOPED = `use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<u8>();
    let mut got = Vec::new();
    thread::scope(|s| {
        s.spawn(|| {
            for x in rx {
                got.push(x);
            }
        });
        s.spawn(move || {
            for i in 0..4 {
                tx.send(i).unwrap();
            }
        });
    });
    println!("{:?}", got);
    let (tx, rx) = mpsc::sync_channel::<&str>(0);
    let h = thread::spawn(move || rx.recv().unwrap().len());
    tx.send("rendezvous").unwrap();
    println!("{}", h.join().unwrap());
}
`;

const E = `use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let h = thread::spawn(move || {
        let mut n = 0;
        for v in rx { n += v; }
        n
    });
    tx.send(1).unwrap();
    println!("sent");
    println!("{}", h.join().unwrap());
}
`;

const ADAPTER = `use std::sync::mpsc;
use std::thread;
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let h = thread::spawn(move || {
        let total: i32 = rx.iter().map(|x| x * 2).sum();
        total
    });
    tx.send(1).unwrap();
    drop(tx);
    println!("{}", h.join().unwrap());
}
`;

const ADAPTER_IN_FN = `use std::sync::mpsc;
use std::thread;
fn total(rx: mpsc::Receiver<i32>) -> i32 {
    rx.iter().map(|x| x * 2).sum()
}
fn main() {
    let (tx, rx) = mpsc::channel::<i32>();
    let h = thread::spawn(move || total(rx));
    tx.send(1).unwrap();
    drop(tx);
    println!("{}", h.join().unwrap());
}
`;
