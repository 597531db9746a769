// Trait objects in depth: a `for` loop over a Vec of `Arc<dyn P>` whose clones go to threads, the
// program's impls for a trait object type itself (`impl PartialEq for dyn Shape`, `impl Describe for
// dyn Debug`, `impl Clone for Box<dyn Widget>`), and which trait objects may cross threads. Outputs
// and error codes are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

async function run(source: string): Promise<{ errors: string[]; stdout: string | undefined }> {
  const r = (await getEngine()).run(source);
  return { errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line} ${d.message}`), stdout: r.trace?.stdout };
}

const codes = async (source: string) => (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line} ${d.message}`);

const P = `use std::sync::Arc;
use std::thread;
trait P: Send + Sync { fn p(&self) -> u32; }
struct F(u32);
impl P for F { fn p(&self) -> u32 { self.0 } }
`;

describe('a for loop over Vec<Arc<dyn P>>: the items are `dyn P + \'static`, never the borrow of the Vec', () => {
  it('clones each rule into a thread, over `rules.iter()` and over `&rules`', async () => {
    expect(await run(`${P}fn main() {
    let rules: Vec<Arc<dyn P>> = vec![Arc::new(F(1)), Arc::new(F(2))];
    for rule in rules.iter() {
        let rule = Arc::clone(rule);
        let h = thread::spawn(move || rule.p());
        println!("{}", h.join().unwrap());
    }
    for rule in &rules {
        let rule: Arc<dyn P> = rule.clone();
        let h = thread::spawn(move || rule.p() * 10);
        println!("{}", h.join().unwrap());
    }
}
`)).toEqual({ errors: [], stdout: '1\n2\n10\n20\n' });
  });

  it('still E0597 where the thread gets the borrow itself', async () => {
    expect(await codes(`${P}fn main() {
    let rules: Vec<Arc<dyn P>> = vec![Arc::new(F(1))];
    for rule in rules.iter() {
        let h = thread::spawn(move || rule.p());
        h.join().unwrap();
    }
}
`)).toEqual(['E0597 8 `rules` does not live long enough']);
  });
});

const SHAPE = `trait Shape { fn id(&self) -> u32; }
struct Circle { r: u32 }
impl Shape for Circle { fn id(&self) -> u32 { self.r } }
impl PartialEq for dyn Shape {
    fn eq(&self, other: &Self) -> bool { println!("called"); self.id() == other.id() }
}
`;

describe("the program's impls for a trait object type", () => {
  it('`==` and `!=` of two `dyn Shape` call `impl PartialEq for dyn Shape`', async () => {
    expect(await run(`${SHAPE}fn main() {
    let a: &dyn Shape = &Circle { r: 2 };
    let b: &dyn Shape = &Circle { r: 3 };
    println!("{}", a == b);
    let c: Box<dyn Shape> = Box::new(Circle { r: 2 });
    println!("{} {}", *c == *a, *c != *a);
}
`)).toEqual({ errors: [], stdout: 'called\nfalse\ncalled\ncalled\ntrue false\n' });
  });

  it('a generic `T: Describe + ?Sized` given a `&dyn Debug` calls `impl Describe for dyn Debug`', async () => {
    expect(await run(`use std::fmt::Debug;
trait Describe { fn describe(&self) -> String; }
impl Describe for dyn Debug {
    fn describe(&self) -> String { format!("debug {:?}", self) }
}
fn show<T: Describe + ?Sized>(item: &T) { println!("{}", item.describe()); }
fn main() {
    let x: &dyn Debug = &5;
    show(x);
    let s: &dyn Debug = &"hi";
    show(s);
}
`)).toEqual({ errors: [], stdout: 'debug 5\ndebug "hi"\n' });
  });

  it("cloning a Vec of `Box<dyn Widget>` calls the program's `impl Clone for Box<dyn Widget>`", async () => {
    expect(await run(`trait Widget {
    fn draw(&self) -> String;
    fn clone_box(&self) -> Box<dyn Widget>;
}
#[derive(Clone)]
struct Label { text: String }
impl Widget for Label {
    fn draw(&self) -> String { self.text.clone() }
    fn clone_box(&self) -> Box<dyn Widget> { println!("clone_box"); Box::new(self.clone()) }
}
impl Clone for Box<dyn Widget> {
    fn clone(&self) -> Self { self.clone_box() }
}
fn main() {
    let v: Vec<Box<dyn Widget>> = vec![Box::new(Label { text: String::from("ok") }), Box::new(Label { text: String::from("go") })];
    let c = v.clone();
    println!("{} {}", c[0].draw(), c[1].draw());
}
`)).toEqual({ errors: [], stdout: 'clone_box\nclone_box\nok go\n' });
  });
});

describe('trait objects crossing threads: Send and Sync only where written or required by the trait', () => {
  it('E0277: a `Box<dyn Task>` moved into a thread, Task without Send', async () => {
    expect(await codes(`trait Task { fn run(&self) -> u32; }
struct D;
impl Task for D { fn run(&self) -> u32 { 1 } }
fn main() {
    let t: Box<dyn Task> = Box::new(D);
    let h = std::thread::spawn(move || t.run());
    println!("{}", h.join().unwrap());
}
`)).toEqual(['E0277 6 `dyn Task` cannot be sent between threads safely']);
  });

  it('E0277 twice for an `Arc<dyn Rate>`: neither shared nor sent', async () => {
    expect(await codes(`use std::sync::Arc;
trait Rate { fn apply(&self) -> u32; }
struct D;
impl Rate for D { fn apply(&self) -> u32 { 1 } }
fn main() {
    let r: Arc<dyn Rate> = Arc::new(D);
    let h = std::thread::spawn(move || r.apply());
    println!("{}", h.join().unwrap());
}
`)).toEqual(['E0277 7 `dyn Rate` cannot be shared between threads safely', 'E0277 7 `dyn Rate` cannot be sent between threads safely']);
  });

  it('E0277: a `&dyn Fn()` borrowed by a scoped thread is not Sync', async () => {
    expect(await codes(`use std::thread;
fn main() {
    let g: &dyn Fn() -> u32 = &|| 5;
    thread::scope(|s| { s.spawn(|| println!("{}", g())); });
}
`)).toEqual(['E0277 4 `dyn Fn() -> u32` cannot be shared between threads safely']);
  });

  it('`+ Send`, `+ Sync` and Send/Sync supertraits (also through another trait) let them go', async () => {
    expect(await run(`use std::sync::{mpsc, Arc, Mutex};
use std::thread;
use std::error::Error;
trait P: Send + Sync { fn p(&self) -> u32; }
trait Q: P { fn q(&self) -> u32 { self.p() } }
trait Job: Send { fn go(&self) -> u32; }
struct F;
impl P for F { fn p(&self) -> u32 { 1 } }
impl Q for F {}
impl Job for F { fn go(&self) -> u32 { 3 } }
fn main() {
    let f: Box<dyn Fn() -> u32 + Send> = Box::new(|| 4);
    println!("{}", thread::spawn(move || f()).join().unwrap());
    let q: Arc<dyn Q> = Arc::new(F);
    println!("{}", thread::spawn(move || q.q()).join().unwrap());
    let e: Box<dyn Error + Send + Sync> = "x".into();
    println!("{}", thread::spawn(move || e.to_string()).join().unwrap());
    let (tx, rx) = mpsc::channel::<Box<dyn Job>>();
    thread::spawn(move || tx.send(Box::new(F)).unwrap()).join().unwrap();
    println!("{}", rx.recv().unwrap().go());
    let m: Arc<Mutex<Vec<Box<dyn Job>>>> = Arc::new(Mutex::new(vec![Box::new(F)]));
    let m2 = Arc::clone(&m);
    println!("{}", thread::spawn(move || m2.lock().unwrap().len()).join().unwrap());
    let g: &(dyn Fn() -> u32 + Sync) = &|| 5;
    thread::scope(|s| { s.spawn(|| println!("{}", g())); });
}
`)).toEqual({ errors: [], stdout: '4\n1\nx\n3\n1\n5\n' });
  });
});

describe('a bare trait where a type goes', () => {
  it('E0782 in edition 2021 (`&Speaker` for `&dyn Speaker`), and nothing more about its uses', async () => {
    expect(await codes(`trait Speaker { fn speak(&self) -> String; }
struct Cat;
impl Speaker for Cat { fn speak(&self) -> String { String::from("meow") } }
fn announce(s: &Speaker) { println!("{}", s.speak()); }
fn main() { announce(&Cat); }
`)).toEqual(['E0782 4 expected a type, found a trait']);
  });
});

describe('Box<dyn Any>::downcast', () => {
  it('gives the Box back as a Box<T> when it holds a T, else Err with the Box (a thread payload too)', async () => {
    expect(await run(`use std::any::Any;
#[derive(Debug)]
struct Config { retries: u32 }
fn take(b: Box<dyn Any>) {
    match b.downcast::<Config>() {
        Ok(cfg) => println!("got config with {} retries", cfg.retries),
        Err(other) => {
            if other.is::<u8>() { println!("got a byte instead"); } else { println!("unknown payload"); }
        }
    }
}
fn main() {
    take(Box::new(Config { retries: 3 }));
    take(Box::new(7u8));
    take(Box::new("text"));
    let code = 42;
    let h = std::thread::spawn(move || -> () { panic!("worker failed: {}", code) });
    match h.join() {
        Ok(()) => println!("ok"),
        Err(e) => match e.downcast::<String>() {
            Ok(s) => println!("panic message: {}", s),
            Err(_) => println!("other panic"),
        },
    }
}
`)).toEqual({ errors: [], stdout: 'got config with 3 retries\ngot a byte instead\nunknown payload\npanic message: worker failed: 42\n' });
  });
});
