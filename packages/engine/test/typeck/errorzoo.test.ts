// Mistakes of imports, impls, struct literals and consts that rustc rejects before anything runs.
// Expected codes, lines, columns and messages are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';

/** The errors of `source`: code, line, column and message of each. */
async function errorsOf(source: string) {
  const r = (await getEngine()).check(source);
  return r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.span.line, d.span.col, d.message]);
}

/** Runs `source` and expects what rustc's binary does: no diagnostic, and `stdout`. */
async function runsAs(source: string, stdout: string) {
  const r = (await getEngine()).run(source);
  expect(r.diagnostics).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
}

describe('std imports', () => {
  it('E0432: a std module name that does not exist', async () => {
    expect(await errorsOf(`use std::collection::HashMap;
fn main() {
    let mut m = HashMap::new();
    m.insert(1, 2);
    println!("{}", m.len());
}
`)).toEqual([['E0432', 1, 10, 'unresolved import `std::collection`']]);
  });

  it('E0252: the same name imported from two std modules', async () => {
    expect(await errorsOf(`use std::fmt::Result;
use std::io::Result;
fn main() {
    println!("hi");
}
`)).toEqual([['E0252', 2, 5, 'the name `Result` is defined multiple times']]);
  });

  it('E0255: a std import and a struct of the same name, whichever comes first', async () => {
    expect(await errorsOf(`use std::collections::HashMap;
struct HashMap {
    keys: Vec<String>,
}
fn main() {
    let m = HashMap { keys: Vec::new() };
    println!("{}", m.keys.len());
}
`)).toEqual([['E0255', 2, 1, 'the name `HashMap` is defined multiple times']]);
    expect(await errorsOf(`struct HashMap;
use std::collections::HashMap;
fn main() {
    let _m = HashMap;
}
`)).toEqual([['E0255', 2, 5, 'the name `HashMap` is defined multiple times']]);
  });

  it('accepts renamed, grouped and glob imports, and a struct in a body named like an import', async () => {
    await runsAs(`use std::fmt::Write as _;
use std::fmt::{self, Display};
use std::collections::*;
struct Tag(u8);
impl Display for Tag {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}
fn main() {
    struct HashMap;
    let _h = HashMap;
    let mut m: BTreeMap<i32, i32> = BTreeMap::new();
    m.insert(1, 2);
    let s: HashSet<i32> = HashSet::new();
    let mut out = String::new();
    write!(out, "{}", Tag(7)).unwrap();
    println!("{} {} {}", out, m.len(), s.len());
}
`, '#7 1 0\n');
  });
});

describe('impls', () => {
  it('E0592: two methods of one name in an inherent impl; the first one is the method', async () => {
    expect(await errorsOf(`struct Stack {
    items: Vec<i32>,
}
impl Stack {
    fn push(&mut self, x: i32) {
        self.items.push(x);
    }
    fn push(&mut self, x: i32, y: i32) {
        self.items.push(x);
        self.items.push(y);
    }
}
fn main() {
    let mut s = Stack { items: Vec::new() };
    s.push(1);
}
`)).toEqual([['E0592', 8, 5, 'duplicate definitions with name `push`']]);
  });

  it('E0201: two methods of one name in a trait impl', async () => {
    expect(await errorsOf(`trait Greet {
    fn hello(&self) -> String;
}
struct Robot;
impl Greet for Robot {
    fn hello(&self) -> String {
        String::from("a")
    }
    fn hello(&self) -> String {
        String::from("b")
    }
}
fn main() {
    println!("{}", Robot.hello());
}
`)).toEqual([['E0201', 9, 5, 'duplicate definitions with name `hello`:']]);
  });
});

describe('struct literals', () => {
  it('E0062: a field given twice (and no missing field besides)', async () => {
    expect(await errorsOf(`struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}
fn main() {
    let c = Rgb { r: 0, g: 128, g: 128 };
    println!("{}", c.r);
}
`)).toEqual([['E0062', 7, 33, 'field `g` specified more than once']]);
  });
});

describe('consts', () => {
  it('E0435: a local used in a const', async () => {
    expect(await errorsOf(`fn main() {
    let width = 8;
    const HEIGHT: usize = 4;
    const AREA: usize = width * HEIGHT;
    println!("{}", AREA);
}
`)).toEqual([['E0435', 4, 25, 'attempt to use a non-constant value in a constant']]);
  });

  it('E0015: a non-const fn called in a const, a static or a const fn', async () => {
    expect(await errorsOf(`fn buffer_size(kb: usize) -> usize {
    kb * 1024
}
const BUFFER: usize = buffer_size(4);
static LIMIT: usize = buffer_size(1);
const fn twice(k: usize) -> usize {
    buffer_size(k) * 2
}
fn main() {
    println!("{} {} {}", BUFFER, LIMIT, twice(1));
}
`)).toEqual([
      ['E0015', 4, 23, 'cannot call non-const function `buffer_size` in constants'],
      ['E0015', 5, 23, 'cannot call non-const function `buffer_size` in statics'],
      ['E0015', 7, 5, 'cannot call non-const function `buffer_size` in constant functions'],
    ]);
  });

  it('accepts const fns, constructors and closures in consts', async () => {
    await runsAs(`const fn double(k: usize) -> usize { k * 2 }
const fn quad(k: usize) -> usize { double(double(k)) }
fn helper(x: i32) -> i32 { x + 1 }
const F: fn(i32) -> i32 = |x| helper(x);
const G: fn(i32) -> i32 = helper;
struct P(i32);
const PP: P = P(3);
const Q: usize = quad(2);
static S: usize = double(3);
fn main() {
    let w = 3;
    const H: usize = 4;
    println!("{} {} {} {} {} {}", Q, F(1), G(2), PP.0, S, H + w);
}
`, '8 2 3 3 6 7\n');
  });
});
