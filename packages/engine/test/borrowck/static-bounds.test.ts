// A generic parameter bound by `'static` (`F: Fn() + 'static`, `impl FnOnce() + 'static`,
// `T: Debug + 'static`): what the argument borrows must live for ever, as for `thread::spawn`.
// Codes and positions are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { errorsOf, runsAs } from '../support/run.js';

describe("'static bounds on the program's own generic parameters", () => {
  it('accepts move closures, closures that read a static, and owned or literal arguments', async () => {
    await runsAs(OK, 'ok\nhi\n2\n5\n"lit"\n"s"\n');
  });

  it('E0373 for a closure that borrows a local, E0597 for a reference to one', async () => {
    expect(await errorsOf(BAD)).toEqual([
      'E0373 5:26 closure may outlive the current function, but it borrows `v`, which is owned by the current function',
      'E0597 7:10 `n` does not live long enough',
    ]);
  });
});

const OK = `struct Button { handlers: Vec<Box<dyn Fn()>> }
impl Button {
    fn on_click<F>(&mut self, f: F) where F: Fn() + 'static { self.handlers.push(Box::new(f)); }
}
fn later(f: impl FnOnce() -> usize + 'static) -> usize { f() }
fn keep<T: std::fmt::Debug + 'static>(t: T) { println!("{:?}", t); }
static GREETING: &str = "hi";
fn main() {
    let mut b = Button { handlers: Vec::new() };
    let label = String::from("ok");
    b.on_click(move || println!("{}", label));
    b.on_click(|| println!("{}", GREETING));
    for h in &b.handlers { h(); }
    let v = vec![1, 2];
    println!("{}", later(move || v.len()));
    keep(5);
    keep("lit");
    keep(String::from("s"));
}
`;

const BAD = `fn later(f: impl FnOnce() -> usize + 'static) -> usize { f() }
fn keep<T: std::fmt::Debug + 'static>(t: T) { println!("{:?}", t); }
fn main() {
    let v = vec![1, 2];
    println!("{}", later(|| v.len()));
    let n = 3;
    keep(&n);
}
`;
