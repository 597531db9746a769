// Panics as std makes them: a Drop that panics, the payload a thread's join (or catch_unwind) hands
// back, the RUST_BACKTRACE note after the first panic only, and what assert_eq! asks of its sides.
// Outputs, exit codes and error codes are rustc 1.95's (stderr without the thread ids std prints).
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

const NOTE = 'note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace\n';
const CLEANUP = "thread 'main' panicked at /rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/panicking.rs:233:5:\npanic in a destructor during cleanup\nthread caused non-unwinding panic. aborting.\n";

const BOOM = `struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); panic!("boom {}", self.0); } }
`;

async function run(src: string) {
  const r = (await getEngine()).run(src);
  expect(r.diagnostics).toEqual([]);
  return r.trace!;
}

async function errors(src: string) {
  const r = (await getEngine()).check(src);
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`);
}

describe('a Drop that panics', () => {
  it.each([
    ['going out of scope', 'fn main() { let _d = D(2); }\n', 'drop 2\n'],
    ['through drop()', 'fn main() { let d = D(2); drop(d); println!("after"); }\n', 'drop 2\n'],
    ['moved into a function', 'fn f(_x: D) { println!("in f"); }\nfn main() { let d = D(2); f(d); println!("after"); }\n', 'in f\ndrop 2\n'],
  ])('is not dropped again by the unwinding: %s', async (_, main, stdout) => {
    const t = await run(BOOM + main);
    expect(t.stdout).toBe(stdout);
    expect(t.stderr).toBe(`\nthread 'main' panicked at main.rs:2:69:\nboom 2\n${NOTE}`);
    expect(t.exitCode).toBe(101);
  });

  it("still drops the value's fields, and a second one while unwinding aborts once that drop has unwound", async () => {
    const t = await run(`struct F(u32);
impl Drop for F { fn drop(&mut self) { println!("drop field {}", self.0); } }
struct D(u32, F);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); panic!("boom {}", self.0); } }
struct G(u32);
impl Drop for G { fn drop(&mut self) { println!("drop g {}", self.0); } }
fn f(_x: D) { println!("in f"); }
fn main() {
    let _g = G(1);
    let _d = D(2, F(3));
    let v = vec![G(5), G(6)];
    let d4 = D(4, F(40));
    f(d4);
    drop(v);
}
`);
    expect(t.stdout).toBe('in f\ndrop 4\ndrop field 40\ndrop g 5\ndrop g 6\ndrop 2\ndrop field 3\n');
    expect(t.exitCode).toBe(134);
    // (std prints a backtrace with the second panic's message, which memviz leaves out.)
    expect(t.stderr).toBe(`\nthread 'main' panicked at main.rs:4:69:\nboom 4\n${NOTE}\nthread 'main' panicked at main.rs:4:69:\nboom 2\n\n${CLEANUP}`);
  });

  it("the other elements of a Vec, a Box's and a tuple's are dropped as the panic unwinds", async () => {
    const t = await run(`struct D(u32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); if self.0 == 1 { panic!("boom {}", self.0); } } }
fn main() {
    let v = vec![D(1), D(2), D(3)];
    let b = Box::new(D(4));
    let t = (D(5), D(6));
    println!("start");
    drop(v);
    println!("unreachable {}", b.0 + t.0 .0);
}
`);
    expect(t.stdout).toBe('start\ndrop 1\ndrop 2\ndrop 3\ndrop 5\ndrop 6\ndrop 4\n');
    expect(t.stderr).toBe(`\nthread 'main' panicked at main.rs:2:86:\nboom 1\n${NOTE}`);
    expect(t.exitCode).toBe(101);
  });
});

describe("a panic's payload", () => {
  it('a join Err prints as Any { .. }; the note comes after the first panic only', async () => {
    const t = await run(`// Unwrapping a failed join makes main panic too.
use std::thread;

fn main() {
    let workers: Vec<_> = (0..3)
        .map(|i| {
            thread::spawn(move || {
                if i == 1 {
                    panic!("worker {} failed", i);
                }
                i * 100
            })
        })
        .collect();
    let mut results = Vec::new();
    for w in workers {
        let r = w.join();
        results.push(r.is_ok());
    }
    println!("ok flags: {:?}", results);
    let h = thread::spawn(|| -> u32 { panic!("second round") });
    let value = h.join().unwrap();
    println!("value = {}", value);
}
`);
    expect(t.stdout).toBe('ok flags: [true, false, true]\n');
    expect(t.stderr).toBe(
      `\nthread '<unnamed>' panicked at main.rs:9:21:\nworker 1 failed\n${NOTE}` +
        "\nthread '<unnamed>' panicked at main.rs:21:39:\nsecond round\n" +
        "\nthread 'main' panicked at main.rs:22:26:\ncalled `Result::unwrap()` on an `Err` value: Any { .. }\n",
    );
    expect(t.exitCode).toBe(101);
  });

  it('is a String when something is formatted into the message, else a &str: downcast_ref and is tell', async () => {
    const t = await run(`use std::thread;
fn main() {
    let e = thread::spawn(|| { let x = 3; panic!("x {}", x) }).join().unwrap_err();
    println!("{:?} {:?} {}", e.downcast_ref::<String>(), e.downcast_ref::<&str>(), e.is::<String>());
    let e = thread::spawn(|| panic!("lit")).join().unwrap_err();
    println!("{:?} {:?} {}", e.downcast_ref::<String>(), e.downcast_ref::<&str>(), e.is::<&str>());
    println!("{:?}", e);
}
`);
    expect(t.stdout).toBe('Some("x 3") None true\nNone Some("lit") true\nAny { .. }\n');
    expect(t.stderr).toBe(`\nthread '<unnamed>' panicked at main.rs:3:43:\nx 3\n${NOTE}\nthread '<unnamed>' panicked at main.rs:5:30:\nlit\n`);
    expect(t.exitCode).toBe(0);
  });

  it('downcast_ref of a &dyn Any and a Box<dyn Any> of the program', async () => {
    const t = await run(`use std::any::Any;
fn describe(a: &dyn Any) -> String {
    if let Some(n) = a.downcast_ref::<i32>() { format!("i32 {}", n) }
    else if let Some(s) = a.downcast_ref::<String>() { format!("String {}", s) }
    else { String::from("unknown") }
}
fn main() {
    let b: Box<dyn Any> = Box::new(5i32);
    println!("{}", describe(&5i32));
    println!("{}", describe(&String::from("hi")));
    println!("{}", describe(&1.5f64));
    println!("{} {}", b.is::<i32>(), b.is::<u8>());
    println!("{:?}", b);
}
`);
    expect(t.stdout).toBe('i32 5\nString hi\nunknown\ntrue false\nAny { .. }\n');
  });
});

describe('panic::catch_unwind', () => {
  it('gives Ok of the value, or Err of the payload once the frames and the closure are dropped', async () => {
    const t = await run(`use std::panic::catch_unwind;
struct D(&'static str);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn risky(n: i32) -> i32 {
    let _g = D("guard");
    if n < 0 { panic!("negative {}", n); }
    n * 2
}
fn main() {
    let v = vec![1, 2, 3];
    let d = D("captured");
    let r = catch_unwind(move || { let _x = &d; risky(-1) + v[0] });
    match &r {
        Ok(x) => println!("ok {}", x),
        Err(e) => println!("err {:?} {:?}", e.downcast_ref::<String>(), e),
    }
    let r2 = std::panic::catch_unwind(|| risky(4));
    println!("{:?}", r2.is_ok());
    let r3 = catch_unwind(|| { let o: Option<i32> = None; o.unwrap() });
    println!("{:?}", r3.unwrap_err().downcast_ref::<&str>());
    let h = std::thread::spawn(|| catch_unwind(|| panic!("in thread")).is_err());
    println!("{}", h.join().unwrap());
    let x: Result<i32, _> = catch_unwind(|| 5);
    println!("{:?}", x.unwrap());
    panic!("final");
}
`);
    expect(t.stdout).toBe('drop guard\ndrop captured\nerr Some("negative -1") Any { .. }\ndrop guard\ntrue\nSome("called `Option::unwrap()` on a `None` value")\ntrue\n5\n');
    expect(t.stderr).toBe(
      `\nthread 'main' panicked at main.rs:6:16:\nnegative -1\n${NOTE}` +
        "\nthread 'main' panicked at main.rs:19:61:\ncalled `Option::unwrap()` on a `None` value\n" +
        "\nthread '<unnamed>' panicked at main.rs:21:51:\nin thread\n" +
        "\nthread 'main' panicked at main.rs:25:5:\nfinal\n",
    );
    expect(t.exitCode).toBe(101);
  });

  it('a closure that captures a &mut is not UnwindSafe (E0277)', async () => {
    expect(await errors(`use std::panic;
fn main() {
    let mut n = 1;
    let r = panic::catch_unwind(|| { n += 1; });
    println!("{:?} {}", r.is_ok(), n);
}
`)).toEqual(['E0277 4:33 the type `&mut i32` may not be safely transferred across an unwind boundary']);
  });
});

describe('assert_eq! and assert_ne! ask PartialEq and Debug of their sides', () => {
  it('E0369 without PartialEq (for assert_ne! too: both compare with ==), E0277 twice without Debug', async () => {
    expect(await errors(`#[derive(PartialEq)]
struct C { r: u8 }
struct N(u8);
fn main() {
    let c = C { r: 1 };
    assert_eq!(c, C { r: 1 });
    assert_ne!(C { r: 2 }, c, "msg {}", 3);
    let n = N(1);
    assert_eq!(n, N(1));
}
`)).toEqual([
      'E0277 6:5 `C` doesn\'t implement `Debug`',
      'E0277 6:5 `C` doesn\'t implement `Debug`',
      'E0277 7:5 `C` doesn\'t implement `Debug`',
      'E0277 7:5 `C` doesn\'t implement `Debug`',
      'E0369 9:5 binary operation `==` cannot be applied to type `N`',
      'E0277 9:5 `N` doesn\'t implement `Debug`',
      'E0277 9:5 `N` doesn\'t implement `Debug`',
    ]);
  });

  it('E0369 for a reference to such a type, and for a parameter without PartialEq', async () => {
    expect(await errors(`#[derive(Debug)]
struct N(u8);
fn same<T: std::fmt::Debug>(a: T, b: T) { assert_eq!(a, b); }
fn main() {
    let n = N(1);
    assert_ne!(&n, &N(1));
    same(1, 1);
}
`)).toEqual(['E0369 3:43 binary operation `==` cannot be applied to type `T`', 'E0369 6:5 binary operation `==` cannot be applied to type `&N`']);
  });
});
