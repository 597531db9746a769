// Four disagreements with rustc found in teachers' programs: an operator does not type a `parse`
// whose target nothing else names (E0284/E0282, and what a later use accepts); `std::fmt::Error`;
// E0597, not E0373, for a closure boxed into `Box<dyn Fn()>` that borrows a local; E0277 for
// `.into()` into a type of the program without a `From` impl. Codes, lines, columns and output are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { runsAs } from '../support/run.js';

const errors = async (source: string) =>
  (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col}`);

/** `main` with `let n = "3".parse().unwrap();` on line 2, then `rest`. */
const parsed = (rest: string) => `fn main() {\n    let n = "3".parse().unwrap();\n${rest}\n}\n`;

describe('an operator on a `parse` whose type nothing has said yet', () => {
  it('the textparse program: `n * 2` picks no impl, E0284 at the `let`', async () => {
    expect(await errors(`fn main() {
    let line = "3 8 15";
    for token in line.split_whitespace() {
        let n = token.parse().unwrap();
        println!("{} doubled is {}", token, n * 2);
    }
}
`)).toEqual(['E0284 4:13']);
  });

  it('on either side, compound, and whatever the result is used as', async () => {
    for (const rest of [
      '    println!("{}", 1 + n);',
      '    let m: i32 = n * 2;',
      '    let m: i32 = 2 * n;',
      '    let v = n + n;\n    let k: i32 = v;',
      '    let x = 5i32 * n;',
      '    let mut x = 0i32;\n    x += n;',
      '    let mut n = n;\n    n += 1;',
      '    println!("{}", n < 3);',
    ]) expect(await errors(parsed(rest)), rest).toEqual(['E0284 2:9']);
  });

  it('a unary operator must know its operand there and then: E0282, even if a later use says', async () => {
    for (const rest of ['    let m: i32 = -n;', '    let m = -n;\n    let k: i32 = n;', '    let b = !n;\n    let k: bool = b;']) {
      expect(await errors(parsed(rest)), rest).toEqual(['E0282 2:9']);
    }
  });

  it('without a `let`: E0282 at `parse`, and no E0284 for the body after it', async () => {
    expect(await errors(`fn main() {
    let x: i32 = "3".parse().unwrap() * 2;
    let y: i32 = -"3".parse().unwrap();
    println!("{} {}", x, y);
}
`)).toEqual(['E0282 3:23']);
  });

  it('a later use that types the `parse` settles the operator', async () => {
    await runsAs(parsed('    println!("{}", n * 2);\n    let k: i32 = n;'), '6\n');
    await runsAs(parsed('    let k: i32 = n;\n    println!("{}", n * 2);'), '6\n');
    await runsAs(parsed('    println!("{}", 1 + n);\n    let k: i32 = n;'), '4\n');
    await runsAs(parsed('    let m = n * 2;\n    let k: i32 = n;\n    println!("{}", m + k);'), '9\n');
    await runsAs(parsed('    let m = n * 2;\n    let k: i64 = n;\n    println!("{}", m);'), '6\n');
    await runsAs(parsed('    let m = n * 2.5;\n    let k: f64 = n;\n    println!("{}", m);'), '7.5\n');
    await runsAs(parsed('    let m: u8 = n * 2;\n    let k: u8 = n;\n    println!("{}", m);'), '6\n');
    await runsAs(parsed('    let x = n << 2;\n    let k: u8 = n;\n    println!("{}", x);'), '12\n');
    await runsAs(parsed('    let x = &n + 1;\n    let k: i32 = n;\n    println!("{}", x);'), '4\n');
    await runsAs(parsed('    let mut n = n;\n    n += 1;\n    let k: i32 = n;\n    println!("{}", k);'), '4\n');
    await runsAs(parsed('    let mut x = 0i32;\n    x += n;\n    let k: i32 = n;\n    println!("{}", x + k);'), '6\n');
    await runsAs(parsed('    println!("{}", n == 3);\n    let k: i32 = n;'), 'true\n');
    // `3 < n`: the literal's i32 fallback has one `PartialOrd` impl, which types `n`.
    await runsAs(parsed('    println!("{}", 3 < n);'), 'false\n');
  });

  it('the type the later use gives must fit the operator (E0277 at the operator)', async () => {
    expect(await errors(parsed('    let m = n * 2;\n    let k: f64 = n;\n    println!("{}", m);'))).toEqual(['E0277 3:15']);
  });
});

describe('std::fmt::Error', () => {
  it('the textparse program: `?` on `writeln!` into a String in a fn returning `Result<String, std::fmt::Error>`', async () => {
    await runsAs(`use std::fmt::Write;
fn render(items: &[(&str, u32)]) -> Result<String, std::fmt::Error> {
    let mut out = String::new();
    writeln!(out, "{:<10}{:>5}", "item", "qty")?;
    for (name, qty) in items {
        writeln!(out, "{:<10}{:>5}", name, qty)?;
    }
    write!(out, "{}", "-".repeat(15))?;
    Ok(out)
}
fn main() {
    let report = render(&[("apples", 6), ("bread", 1)]).unwrap();
    println!("{}", report);
}
`, 'item        qty\napples        6\nbread         1\n---------------\n');
  });

  it('as `fmt::Error`, a value, its Debug and Display', async () => {
    await runsAs(`use std::fmt;
use std::fmt::Write;
fn render(n: i32) -> Result<String, fmt::Error> {
    if n < 0 {
        return Err(fmt::Error);
    }
    let mut s = String::new();
    write!(s, "n={}", n)?;
    Ok(s)
}
fn main() {
    println!("{:?}", render(3));
    println!("{:?}", render(-1));
    let e = std::fmt::Error;
    println!("{} / {:?}", e, e);
    let r: fmt::Result = Err(fmt::Error);
    println!("{:?}", r);
}
`, 'Ok("n=3")\nErr(Error)\nan error occurred when formatting an argument / Error\nErr(Error)\n');
  });

  it('as `Error` after `use std::fmt::Error;`, and named `Error` in a mismatch, as rustc labels it', async () => {
    await runsAs(`use std::fmt::Error;
fn check(ok: bool) -> Result<u8, Error> {
    if ok { Ok(1) } else { Err(Error) }
}
fn main() {
    println!("{:?} {:?} {}", check(true), check(false), check(false) == Err(Error));
}
`, 'Ok(1) Err(Error) true\n');
    const r = (await getEngine()).check(`fn main() {
    let x: std::fmt::Error = 3;
}
`);
    expect(r.diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.labels.find((l) => l.primary)?.message}`)).toEqual(['E0308 2:30 expected `Error`, found integer']);
  });
});

describe("a closure that borrows a local, boxed into a `Box<dyn Fn()>` ('static)", () => {
  it('the designpatterns program: E0597 at the captured use, blaming the coercion', async () => {
    expect(await errors(`struct Button {
    handlers: Vec<Box<dyn Fn()>>,
}
impl Button {
    fn on_click(&mut self, f: Box<dyn Fn()>) {
        self.handlers.push(f);
    }
}
fn main() {
    let label = String::from("Save");
    let mut b = Button { handlers: Vec::new() };
    b.on_click(Box::new(|| println!("clicked {}", label)));
}
`)).toEqual(['E0597 12:51']);
  });

  it('coerced at the call, in a typed `let`, or before the call', async () => {
    expect(await errors(`fn keep(f: Box<dyn Fn()>) { f(); }
fn main() {
    let label = String::from("Save");
    keep(Box::new(|| println!("{}", label)));
}
`)).toEqual(['E0597 4:37']);
    expect(await errors(`fn main() {
    let label = String::from("Save");
    let f: Box<dyn Fn() + 'static> = Box::new(|| println!("{}", label));
    f();
}
`)).toEqual(['E0597 3:65']);
    expect(await errors(`fn keep(f: Box<dyn Fn()>) { f(); }
fn main() {
    let label = String::from("Save");
    let b = Box::new(|| println!("{}", label));
    keep(b);
}
`)).toEqual(['E0597 4:40']);
    expect(await errors(`fn keep(f: Box<dyn Fn()>) { f(); }
fn main() {
    let label = String::from("Save");
    let b: Box<dyn Fn()> = Box::new(|| println!("{}", label));
    keep(b);
}
`)).toEqual(['E0597 4:55']);
  });

  it("a local `Box<dyn Fn()>` is not 'static: accepted", async () => {
    await runsAs(`fn main() {
    let label = String::from("Save");
    let f: Box<dyn Fn()> = Box::new(|| println!("{}", label));
    f();
}
`, 'Save\n');
  });

  it("E0373 stays where rustc blames the closure: thread::spawn, a returned closure, `&'static dyn Fn()`", async () => {
    expect(await errors(`use std::thread;
fn main() {
    let v = vec![1, 2];
    let h = thread::spawn(|| println!("{:?}", v));
    h.join().unwrap();
}
`)).toEqual(['E0373 4:27']);
    expect(await errors(`fn make() -> Box<dyn Fn()> {
    let s = String::from("x");
    Box::new(|| println!("{}", s))
}
fn main() {
    make()();
}
`)).toEqual(['E0373 3:14']);
    expect(await errors(`fn make() -> impl Fn() {
    let s = String::from("x");
    || println!("{}", s)
}
fn main() {
    make()();
}
`)).toEqual(['E0373 3:5']);
    expect((await errors(`fn keep(f: &'static dyn Fn()) { f(); }
fn main() {
    let label = String::from("Save");
    let c = || println!("{}", label);
    keep(&c);
}
`))[0]).toBe('E0373 4:13');
  });
});

describe('`.into()` into a type of the program with no `From` impl', () => {
  it('the designpatterns program: only the opposite `From` exists (E0277 at `into`)', async () => {
    const r = (await getEngine()).check(`struct Email(String);
impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}
fn send(to: Email) {
    let raw: String = to.into();
    println!("sending to {}", raw);
}
fn main() {
    let addr = String::from("ana@uni.edu");
    send(addr.into());
}
`);
    expect(r.diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`)).toEqual(['E0277 13:15 the trait bound `Email: From<String>` is not satisfied']);
  });

  it('from a String, a &str, a &String', async () => {
    expect(await errors(`struct Email(String);
fn main() {
    let e: Email = String::from("a@b").into();
}
`)).toEqual(['E0277 3:40']);
    const r = (await getEngine()).check(`struct Email(String);
fn main() {
    let s = String::from("x");
    let e: Email = "a@b".into();
    let t: &String = &s;
    let f: Email = t.into();
}
`);
    expect(r.diagnostics.map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`)).toEqual([
      'E0277 4:26 the trait bound `Email: From<&str>` is not satisfied',
      'E0277 6:22 the trait bound `Email: From<&String>` is not satisfied',
    ]);
  });

  it('with a `From` impl for it, generic or not, it is not an error', async () => {
    await runsAs(`struct Email(String);
impl From<String> for Email { fn from(s: String) -> Email { Email(s) } }
fn main() {
    let e: Email = String::from("a@b").into();
    println!("{}", e.0);
}
`, 'a@b\n');
    await runsAs(`#[derive(Debug)]
struct Email<T>(T);
impl<T> From<T> for Email<T> { fn from(t: T) -> Self { Email(t) } }
fn main() {
    let e: Email<String> = String::from("a").into();
    println!("{:?}", e);
}
`, 'Email("a")\n');
  });
});

describe("the never-type fallback: a diverging closure's result nothing else fixes is `()`", () => {
  it('so the rest of the body is still borrow-checked (E0597), and the join prints the payload', async () => {
    expect(
      await errors(`use std::thread;
fn main() {
    let s;
    {
        let _ = thread::spawn(|| panic!("x")).join();
        let e = vec![1];
        s = e.first();
    }
    println!("{:?}", s);
}
`),
    ).toEqual(['E0597 7:13']);
    const r = (await getEngine()).run(`fn run<F: FnOnce() -> T, T>(f: F) -> Option<T> {
    let _ = f;
    None
}
fn main() {
    let r = run(|| panic!("never called"));
    println!("{:?} {}", r, std::mem::size_of_val(&r));
}
`);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.trace?.stdout).toBe('None 1\n');
  });
});
