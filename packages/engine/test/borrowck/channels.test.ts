// Channels and threads: what crosses a thread must be `Send` even when a box is coerced to
// `Box<dyn FnOnce() + Send>`, what is spawned may not borrow a parameter or a local, what is sent
// lives as long as the receiver, and a Receiver is not Clone. Codes and positions are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { errorsOf, runsAs } from '../support/run.js';

describe('channels and threads', () => {
  it('accepts Send jobs, scoped borrows, long-lived references sent, and a cloned &Receiver', async () => {
    await runsAs(OK, '3\n7\nkept lit\n6 9\n');
  });

  it('E0277 for an Rc captured by a job coerced to Box<dyn FnOnce() + Send>', async () => {
    expect(await errorsOf(JOB_SENT)).toEqual(['E0277 6:13 `Rc<i32>` cannot be sent between threads safely']);
    expect(await errorsOf(JOB_BOXED)).toEqual(['E0277 4:41 `Rc<i32>` cannot be sent between threads safely']);
    expect(await errorsOf(JOB_SYNC)).toEqual(['E0277 4:42 `Cell<i32>` cannot be shared between threads safely']);
  });

  it("E0521 for a borrowed parameter spawned, E0597 for a local's reference moved into the thread", async () => {
    expect(await errorsOf(PARAM_SLICE)).toEqual(['E0521 3:5 borrowed data escapes outside of function']);
    expect(await errorsOf(PARAM_SELF)).toEqual(['E0521 6:9 borrowed data escapes outside of method']);
    expect(await errorsOf(REF_MOVED_IN)).toEqual(['E0597 4:13 `v` does not live long enough']);
  });

  it('E0597 for a reference to a shorter-lived local sent down a channel', async () => {
    expect(await errorsOf(SENT_STR)).toEqual(['E0597 6:17 `s` does not live long enough']);
    expect(await errorsOf(SENT_STRING)).toEqual(['E0597 6:17 `s` does not live long enough']);
    expect(await errorsOf(SENT_SYNC)).toEqual(['E0597 6:17 `s` does not live long enough']);
    expect(await errorsOf(SENT_CLONE)).toEqual(['E0597 7:18 `s` does not live long enough']);
  });

  it('E0599 for cloning a Receiver', async () => {
    expect(await errorsOf(RX_CLONE)).toEqual(['E0599 4:19 no method named `clone` found for struct `std::sync::mpsc::Receiver<T>` in the current scope']);
  });
});

const OK = `use std::cell::Cell;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;
fn total(values: &[i32]) -> i32 {
    thread::scope(|s| s.spawn(|| values.iter().sum::<i32>()).join().unwrap())
}
fn shout(values: &'static [i32]) -> i32 {
    thread::spawn(move || values.iter().sum::<i32>()).join().unwrap()
}
fn main() {
    let (tx, rx) = mpsc::channel::<Box<dyn FnOnce() + Send>>();
    let count = Arc::new(Mutex::new(0));
    for i in 0..3 {
        let count = Arc::clone(&count);
        tx.send(Box::new(move || *count.lock().unwrap() += i)).unwrap();
    }
    drop(tx);
    let worker = thread::spawn(move || for job in rx { job(); });
    worker.join().unwrap();
    println!("{}", *count.lock().unwrap());
    let local = Cell::new(7);
    let job: Box<dyn Fn()> = Box::new(move || println!("{}", local.get()));
    job();
    let s = String::from("kept");
    let (tx, rx) = mpsc::channel::<&str>();
    let tx2 = tx.clone();
    tx2.send(&s).unwrap();
    tx.send("lit").unwrap();
    let r = &rx;
    let r2 = r.clone();
    println!("{} {}", r2.recv().unwrap(), rx.recv().unwrap());
    println!("{} {}", total(&[1, 2, 3]), shout(&[4, 5]));
}
`;

const JOB_SENT = `use std::rc::Rc;
use std::sync::mpsc;
fn main() {
    let (tx, _rx) = mpsc::channel::<Box<dyn FnOnce() + Send>>();
    let label = Rc::new(1);
    tx.send(Box::new(move || println!("{}", label))).unwrap();
}
`;

const JOB_BOXED = `use std::rc::Rc;
fn main() {
    let label = Rc::new(1);
    let job: Box<dyn FnOnce() + Send> = Box::new(move || println!("{}", label));
    job();
}
`;

const JOB_SYNC = `use std::cell::Cell;
fn main() {
    let c = Cell::new(1);
    let f: Box<dyn Fn() + Send + Sync> = Box::new(move || println!("{}", c.get()));
    f();
}
`;

const PARAM_SLICE = `use std::thread;
fn total(values: &[i32]) -> i32 {
    thread::spawn(move || values.iter().sum::<i32>()).join().unwrap()
}
fn main() {
    println!("{}", total(&[1, 2]));
}
`;

const PARAM_SELF = `use std::thread;
struct S { v: Vec<i32> }
impl S {
    fn go(&self) -> usize {
        let v = &self.v;
        thread::spawn(move || v.len()).join().unwrap()
    }
}
fn main() { println!("{}", S { v: vec![1] }.go()); }
`;

const REF_MOVED_IN = `use std::thread;
fn main() {
    let v = vec![1, 2];
    let r = &v;
    let h = thread::spawn(move || r.len());
    println!("{}", h.join().unwrap());
}
`;

const SENT_STR = `use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::channel::<&str>();
    {
        let s = String::from("hi");
        tx.send(&s).unwrap();
    }
    println!("{}", rx.recv().unwrap());
}
`;

const SENT_STRING = `use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::channel::<&String>();
    {
        let s = String::from("hi");
        tx.send(&s).unwrap();
    }
    println!("{}", rx.recv().unwrap());
}
`;

const SENT_SYNC = `use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::sync_channel::<&str>(1);
    {
        let s = String::from("hi");
        tx.send(&s).unwrap();
    }
    println!("{}", rx.recv().unwrap());
}
`;

const SENT_CLONE = `use std::sync::mpsc;
fn main() {
    let (tx, rx) = mpsc::channel::<&str>();
    let tx2 = tx.clone();
    {
        let s = String::from("hi");
        tx2.send(&s).unwrap();
    }
    drop(tx2);
    println!("{}", rx.recv().unwrap());
}
`;

const RX_CLONE = `use std::sync::mpsc;
fn main() {
    let (_tx, rx) = mpsc::channel::<u32>();
    let _rx2 = rx.clone();
}
`;
