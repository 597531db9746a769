// Cells beyond Cell and RefCell's basics: OnceCell and OnceLock, Ref::map and RefMut::map (the guard
// keeps the RefCell's borrow), the Display of try_borrow's errors, and E0599 for a method no step of
// an Rc / RefCell / Cell receiver has. Outputs, codes and lines are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';
import type { MemoryEvent } from '../../src/events/schema.js';

const run = async (source: string) => (await getEngine()).run(source);
const errors = async (source: string) =>
  (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`);

async function expectRuns(source: string, stdout: string, exitCode = 0): Promise<void> {
  const r = await run(source);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(exitCode);
}

describe('OnceCell and OnceLock', () => {
  it("new, get, set, get_or_init, get_mut, take, into_inner, from, Default and std's Debug; a static OnceLock", async () => {
    await expectRuns(`use std::cell::{Cell, OnceCell, RefCell};
use std::sync::OnceLock;

static CONFIG: OnceLock<String> = OnceLock::new();

fn config() -> &'static str {
    CONFIG.get_or_init(|| {
        println!("(loading config)");
        String::from("debug=true")
    })
}

#[derive(Default)]
struct Report {
    lines: Vec<String>,
    summary: OnceCell<String>,
}

impl Report {
    fn summary(&self) -> &str {
        self.summary.get_or_init(|| format!("{} lines", self.lines.len()))
    }
}

fn main() {
    let cell: OnceCell<i32> = OnceCell::new();
    println!("{:?} {:?}", cell, cell.get());
    println!("{:?} {:?}", cell.set(5), cell.set(6));
    println!("{:?} {:#?}", cell, cell);
    println!("{}", cell.get_or_init(|| 99));

    let mut names = OnceCell::new();
    println!("{:?}", names.take());
    names.set(String::from("ann")).unwrap();
    if let Some(s) = names.get_mut() {
        s.push_str("ie");
    }
    println!("{:?} {:?} {:?}", names.take(), names, names.get());
    println!("{:?} {:?}", OnceCell::from(3u8).into_inner(), OnceCell::<Vec<i32>>::new().into_inner());

    let mut r = Report::default();
    r.lines.push(String::from("a"));
    println!("{} / {}", r.summary(), r.summary());
    r.lines.push(String::from("b"));
    println!("{}", r.summary());

    println!("{} {}", config(), config());
    println!("{:?}", CONFIG);
    let lock: OnceLock<u32> = OnceLock::new();
    println!("{:?} {:?} {:?}", lock.get(), lock.set(7), lock);

    let flag = RefCell::new(0);
    let w = flag.borrow_mut();
    println!("{} | {:?}", flag.try_borrow().unwrap_err(), flag.try_borrow().unwrap_err());
    println!("{} | {:?}", flag.try_borrow_mut().unwrap_err(), flag.try_borrow_mut().unwrap_err());
    drop(w);
    let reader = flag.borrow();
    let e = flag.try_borrow_mut().unwrap_err();
    println!("{} ({})", e, e.to_string().len());
    drop(reader);
    let c = Cell::new(1);
    c.set(c.get() + 1);
    println!("{}", c.get());
}
`, "OnceCell(<uninit>) None\nOk(()) Err(6)\nOnceCell(5) OnceCell(\n    5,\n)\n5\nNone\nSome(\"annie\") OnceCell(<uninit>) None\nSome(3) None\n1 lines / 1 lines\n1 lines\n(loading config)\ndebug=true debug=true\nOnceLock(\"debug=true\")\nNone Ok(()) OnceLock(7)\nRefCell already mutably borrowed | BorrowError\nRefCell already borrowed | BorrowMutError\nRefCell already borrowed (24)\n2\n");
  });

  it('is drawn as the Option it keeps (24 bytes for a String), the String freed with the cell', async () => {
    const r = await run(`use std::cell::OnceCell;
fn main() {
    let c: OnceCell<String> = OnceCell::new();
    println!("{}", c.get_or_init(|| String::from("hi")));
    println!("{} {}", std::mem::size_of::<OnceCell<u32>>(), std::mem::size_of::<OnceCell<String>>());
}
`);
    expect(r.trace?.stdout).toBe('hi\n8 24\n');
    const seq = eventsOf(r.trace!);
    const events: MemoryEvent[] = [];
    for (let i = 0; i < seq.length; i++) events.push(seq.at(i)!);
    const local = events.find((e): e is Extract<MemoryEvent, { kind: 'local_init' }> => e.kind === 'local_init' && e.name === 'c')!;
    expect([local.ty, local.size]).toEqual(['OnceCell<String>', 24]);
    const alloc = events.find((e): e is Extract<MemoryEvent, { kind: 'heap_alloc' }> => e.kind === 'heap_alloc')!;
    expect(events.filter((e) => e.kind === 'heap_free' && e.block === alloc.block)).toHaveLength(1);
  });

  it('a closure that fills the cell it initializes: std\'s "reentrant init" panic', async () => {
    const r = await run(`use std::cell::OnceCell;
fn main() {
    let c: OnceCell<i32> = OnceCell::new();
    let v = c.get_or_init(|| { c.set(1).unwrap(); 2 });
    println!("{}", v);
}
`);
    expect(r.trace?.stdout).toBe('');
    expect(r.trace?.exitCode).toBe(101);
    expect(r.trace?.stderr).toContain('reentrant init');
  });

  it("the borrow checker sees get_or_init's shared borrow, into_inner's move and get_mut's &mut self", async () => {
    expect((await errors(`use std::cell::OnceCell;
fn main() {
    let mut c = OnceCell::new();
    let r = c.get_or_init(|| String::from("a"));
    c.take();
    println!("{}", r);
}
`))[0]).toBe('E0502 5:5 cannot borrow `c` as mutable because it is also borrowed as immutable');
    expect((await errors(`use std::cell::OnceCell;
fn main() {
    let c = OnceCell::new();
    c.set(String::from("a")).unwrap();
    let s: String = c.into_inner().unwrap();
    println!("{}", s);
    println!("{:?}", c.get());
}
`))[0]).toBe('E0382 7:22 borrow of moved value: `c`');
    expect((await errors(`use std::cell::OnceCell;
fn main() {
    let c: OnceCell<i32> = OnceCell::new();
    c.get_or_init(|| 1);
    *c.get_mut().unwrap() += 1;
    println!("{:?}", c);
}
`))[0]).toBe('E0596 5:6 cannot borrow `c` as mutable, as it is not declared as mutable');
  });

  it('needs its use (E0433), and a OnceCell is not Sync (E0277)', async () => {
    expect(await errors(`fn main() {
    let c = OnceCell::new();
    c.set(1).unwrap();
    println!("{:?}", c);
}
`)).toEqual(['E0433 2:13 cannot find type `OnceCell` in this scope']);
    expect(await errors(`use std::cell::OnceCell;
use std::sync::Arc;
use std::thread;
fn main() {
    let c: Arc<OnceCell<i32>> = Arc::new(OnceCell::new());
    let c2 = Arc::clone(&c);
    let h = thread::spawn(move || { c2.set(1).unwrap(); });
    h.join().unwrap();
    println!("{:?}", c);
}
`)).toEqual(['E0277 7:27 `OnceCell<i32>` cannot be shared between threads safely']);
  });
});

describe('the errors of try_borrow and try_borrow_mut', () => {
  it("print std's words with {}, their names with {:?}, and box into a Box<dyn Error> with ?", async () => {
    await expectRuns(`use std::cell::RefCell;
use std::error::Error;
fn grab(c: &RefCell<i32>) -> Result<i32, Box<dyn Error>> {
    let mut g = c.try_borrow_mut()?;
    *g += 1;
    Ok(*g)
}
fn main() {
    let c = RefCell::new(1);
    println!("{:?}", grab(&c).map_err(|e| e.to_string()));
    let r = c.borrow();
    match grab(&c) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {} / {:?}", e, e),
    }
    drop(r);
    let e = c.borrow_mut();
    let err = c.try_borrow().unwrap_err();
    println!("{} [{}]", err, err.to_string());
    drop(e);
}
`, "Ok(2)\nerror: RefCell already borrowed / BorrowMutError\nRefCell already mutably borrowed [RefCell already mutably borrowed]\n");
  });
});

describe('Ref::map and RefMut::map', () => {
  it('a guard of part of the value keeps the RefCell borrowed until it is dropped; Ref::clone is one more reader', async () => {
    await expectRuns(`use std::cell::{Ref, RefCell, RefMut};

#[derive(Debug)]
struct Pair(String, Vec<i32>);

fn first(c: &RefCell<Pair>) -> Ref<'_, String> {
    Ref::map(c.borrow(), |p| &p.0)
}

fn main() {
    let c = RefCell::new(Pair(String::from("ab"), vec![1, 2, 3]));
    let name = first(&c);
    println!("name = {}, len = {}", *name, name.len());
    println!("mut while mapped: {}", c.try_borrow_mut().is_err());
    let again = Ref::clone(&name);
    drop(name);
    println!("mut while clone lives: {}", c.try_borrow_mut().is_err());
    println!("shared ok: {}", c.try_borrow().is_ok());
    drop(again);
    println!("mut after drops: {}", c.try_borrow_mut().is_ok());
    {
        let mut nums: RefMut<'_, Vec<i32>> = RefMut::map(c.borrow_mut(), |p| &mut p.1);
        nums.push(4);
        println!("shared while mut-mapped: {}", c.try_borrow().is_err());
        println!("{:?}", c);
    }
    let second = Ref::map(c.borrow(), |p| &p.1[1]);
    println!("second = {}", *second);
    println!("{:?}", c);
    drop(second);
    let nested = Ref::map(Ref::map(c.borrow(), |p| &p.1), |v| &v[3]);
    println!("nested = {}, {:?}", nested, c.try_borrow_mut().map(|_| ()));
    drop(nested);
    println!("{:?}", c.borrow());
}
`, "name = ab, len = 2\nmut while mapped: true\nmut while clone lives: true\nshared ok: true\nmut after drops: true\nshared while mut-mapped: true\nRefCell { value: <borrowed> }\nsecond = 2\nRefCell { value: Pair(\"ab\", [1, 2, 3, 4]) }\nnested = 4, Err(BorrowMutError)\nPair(\"ab\", [1, 2, 3, 4])\n");
  });

  it("returned from a function that borrows the RefCell (a teacher's program)", async () => {
    await expectRuns(`use std::cell::{Ref, RefCell, RefMut};

struct Student {
    name: String,
    grades: Vec<u32>,
}

fn grades_of(s: &RefCell<Student>) -> Ref<'_, Vec<u32>> {
    Ref::map(s.borrow(), |st| &st.grades)
}

fn name_mut(s: &RefCell<Student>) -> RefMut<'_, String> {
    RefMut::map(s.borrow_mut(), |st| &mut st.name)
}

fn main() {
    let s = RefCell::new(Student { name: "kim".into(), grades: vec![88, 92] });

    {
        let g = grades_of(&s);
        println!("grades: {:?}", *g);
    }

    name_mut(&s).make_ascii_uppercase();
    s.borrow_mut().grades.push(75);

    let total: u32 = grades_of(&s).iter().sum();
    println!("{} total = {}", s.borrow().name, total);
}
`, 'grades: [88, 92]\nKIM total = 255\n');
  });

  it('a borrow_mut while a mapped Ref lives panics as std does', async () => {
    const r = await run(`use std::cell::{Ref, RefCell};
fn main() {
    let c = RefCell::new((1, 2));
    let r = Ref::map(c.borrow(), |t| &t.1);
    c.borrow_mut().0 += 1;
    println!("{}", *r);
}
`);
    expect(r.trace?.exitCode).toBe(101);
    expect(r.trace?.stderr).toContain('RefCell already borrowed');
  });

  it('the mapped guard borrows the RefCell: E0597, E0515; the Ref given to map is moved (E0382)', async () => {
    expect((await errors(`use std::cell::{Ref, RefCell};
fn main() {
    let r: Ref<'_, i32>;
    {
        let c = RefCell::new((1, 2));
        r = Ref::map(c.borrow(), |t| &t.1);
    }
    println!("{}", *r);
}
`))[0]).toBe('E0597 6:22 `c` does not live long enough');
    expect((await errors(`use std::cell::{Ref, RefCell};
fn make() -> Ref<'static, i32> {
    let c = RefCell::new((1, 2));
    Ref::map(c.borrow(), |t| &t.1)
}
fn main() {
    println!("{}", *make());
}
`))[0]).toBe('E0515 4:5 cannot return value referencing local variable `c`');
    expect((await errors(`use std::cell::{Ref, RefCell};
fn main() {
    let c = RefCell::new(vec![1, 2]);
    let r = Ref::map(c.borrow(), |v| &v.len());
    println!("{}", *r);
}
`))[0]).toBe('E0515 4:38 cannot return reference to temporary value');
    expect((await errors(`use std::cell::{Ref, RefCell};
fn main() {
    let c = RefCell::new(vec![1, 2]);
    let r = c.borrow();
    let m = Ref::map(r, |v| &v[0]);
    println!("{} {}", *m, r.len());
}
`))[0]).toBe('E0382 6:27 borrow of moved value: `r`');
  });
});

describe('E0599: a method no step of an Rc, Weak, RefCell or Cell receiver has', () => {
  it("a method of S called on an Rc<RefCell<S>> (a teacher's program)", async () => {
    expect(await errors(`use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug, Default)]
struct Stats {
    games: u32,
    wins: u32,
}

impl Stats {
    fn record(&mut self, won: bool) {
        self.games += 1;
        if won {
            self.wins += 1;
        }
    }
}

fn main() {
    let stats = Rc::new(RefCell::new(Stats::default()));
    let home = Rc::clone(&stats);
    let away = Rc::clone(&stats);

    // Student mistake: calling a &mut self method on the Rc<RefCell<_>> directly
    home.record(true);
    away.borrow_mut().record(false);

    println!("{:?}", stats.borrow());
}
`)).toEqual(['E0599 25:10 no method named `record` found for struct `Rc<RefCell<Stats>>` in the current scope']);
  });

  it('names the receiver as rustc does: in full through an Rc or a reference, generic for a RefCell, Cell or Weak itself', async () => {
    expect(await errors(`use std::cell::{Cell, RefCell};
use std::rc::Rc;
struct S { n: i32 }
impl S { fn bump(&mut self) { self.n += 1; } }
fn main() {
    let s = Rc::new(RefCell::new(S { n: 1 }));
    s.bump();
    let r = &s;
    r.bump();
    Rc::new(S { n: 2 }).nope();
    let c = Cell::new(5);
    c.length();
    let v = Rc::new(vec![1]);
    v.size();
    let w = Rc::downgrade(&s);
    w.bump();
}
`)).toEqual([
      'E0599 7:7 no method named `bump` found for struct `Rc<RefCell<S>>` in the current scope',
      'E0599 9:7 no method named `bump` found for reference `&Rc<RefCell<S>>` in the current scope',
      'E0599 10:25 no method named `nope` found for struct `Rc<S>` in the current scope',
      'E0599 12:7 no method named `length` found for struct `Cell<T>` in the current scope',
      'E0599 14:7 no method named `size` found for struct `Rc<Vec<{integer}>>` in the current scope',
      'E0599 16:7 no method named `bump` found for struct `std::rc::Weak<T, A>` in the current scope',
    ]);
  });

  it("Vec's methods on an Rc<RefCell<Vec>>, Cell's on a RefCell, Borrow's without its use", async () => {
    expect(await errors(`use std::cell::{Cell, RefCell};
use std::rc::Rc;
fn main() {
    let shared = Rc::new(RefCell::new(vec![1, 2]));
    shared.push(3);
    let n = RefCell::new(1);
    n.set(2);
    let c = Cell::new(1);
    c.borrow();
    println!("{}", shared.len());
}
`)).toEqual([
      'E0599 5:12 no method named `push` found for struct `Rc<RefCell<Vec<{integer}>>>` in the current scope',
      'E0599 7:7 no method named `set` found for struct `RefCell<T>` in the current scope',
      'E0599 9:7 no method named `borrow` found for struct `Cell<T>` in the current scope',
      'E0599 10:27 no method named `len` found for struct `Rc<RefCell<Vec<{integer}>>>` in the current scope',
    ]);
    expect(await errors(`use std::rc::Rc;
use std::cell::Cell;
struct S;
fn main() {
    let v = Rc::new(vec![1, 2]);
    v.borrow_mut().push(3);
    let s = Rc::new(S);
    let _ = s.borrow();
    let c = Cell::new(2);
    let _ = c.borrow();
}
`)).toEqual([
      'E0599 6:7 no method named `borrow_mut` found for struct `Rc<Vec<{integer}>>` in the current scope',
      'E0599 8:15 no method named `borrow` found for struct `Rc<S>` in the current scope',
      'E0599 10:15 no method named `borrow` found for struct `Cell<T>` in the current scope',
    ]);
  });

  it("never for a method std has (modelled or not), one a trait of the program gives, or Borrow's once imported", async () => {
    for (const source of [`use std::cell::{Cell, RefCell};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::rc::{Rc, Weak};
use std::any::Any;

trait Describe { fn describe(&self) -> String; }
impl<T: std::fmt::Debug> Describe for T { fn describe(&self) -> String { format!("<{:?}>", self) } }

trait Shout { fn shout(&self) -> String; }
impl Shout for Rc<RefCell<i32>> { fn shout(&self) -> String { format!("{}!", self.borrow()) } }

#[derive(Debug, Clone, PartialEq, PartialOrd)]
struct P { x: i32 }
impl P { fn get_x(&self) -> i32 { self.x } }

struct Count(u32);
impl Iterator for Count {
    type Item = u32;
    fn next(&mut self) -> Option<u32> { if self.0 < 3 { self.0 += 1; Some(self.0) } else { None } }
}

fn main() {
    let c = Cell::new(5);
    c.update(|x| x + 1);
    println!("{}", c.get());
    let mut c2 = Cell::new(1);
    *c2.get_mut() += 1;
    println!("{:?}", c2);
    let r = RefCell::new(vec![1, 2]);
    r.replace_with(|v| { let mut w = v.clone(); w.push(3); w });
    let r2 = RefCell::new(vec![9]);
    r.swap(&r2);
    println!("{:?} {:?}", r, r2);
    let mut r3 = RefCell::new(0);
    *r3.get_mut() += 7;
    println!("{:?}", r3);
    let rc = Rc::new(5);
    println!("{} {:?} {:?}", rc.to_string(), rc.partial_cmp(&Rc::new(4)), rc.type_id() == rc.type_id());
    let rv = Rc::new(vec![1, 2, 3]);
    println!("{} {} {:?}", rv.len(), rv.is_empty(), rv.iter().max());
    let rs: Rc<str> = Rc::from("hey");
    println!("{}", rs.chars().count());
    let w: Weak<i32> = Rc::downgrade(&rc);
    let w2 = w.clone();
    println!("{}", w.ptr_eq(&w2));
    let mut h = DefaultHasher::new();
    rc.hash(&mut h);
    println!("{}", h.finish() > 0);
    println!("{}", rc.describe());
    let sh = Rc::new(RefCell::new(4));
    println!("{}", sh.shout());
    let p = Rc::new(P { x: 3 });
    println!("{} {:?} {}", p.get_x(), p.clone(), p.lt(&Rc::new(P { x: 4 })));
    let it = Rc::new(RefCell::new(Count(0)));
    println!("{:?}", it.borrow_mut().next());
    let cnt = RefCell::new(Count(0));
    println!("{}", cnt.into_inner().sum::<u32>());
    let cell = Cell::new(P { x: 1 });
    println!("{}", cell.take().x == 1 || true);
}
impl Default for P { fn default() -> P { P { x: 0 } } }
`, `use std::borrow::{Borrow, BorrowMut};
use std::rc::Rc;
use std::cell::Cell;
fn main() {
    let mut c = Cell::new(2);
    let b: &Cell<i32> = c.borrow();
    println!("{}", b.get());
    let m: &mut Cell<i32> = c.borrow_mut();
    m.set(3);
    let r = Rc::new(5);
    let x: &i32 = r.borrow();
    println!("{} {}", x, c.get());
}
`]) {
      const found = await errors(source);
      expect(found.filter((d) => !/^(null|undefined) \d+:\d+ not supported yet: /.test(d))).toEqual([]);
    }
  });
});
