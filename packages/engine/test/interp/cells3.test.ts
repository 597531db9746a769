// More of Cell and RefCell: Cell::get_mut (a plain &mut through exclusive access), RefCell::swap and
// replace_with (each through a borrow_mut, panicking as std does), and Cell::from_mut with
// as_slice_of_cells (the same places, seen as Cells). A Cell is drawn as its value, so every write
// lands on the place the program wrote through. Outputs, codes, lines and panic locations are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { eventsOf } from '../../src/events/log.js';
import type { MemoryEvent } from '../../src/events/schema.js';
import { validateTrace } from '../../src/events/validate.js';

const run = async (source: string) => (await getEngine()).run(source);
const errors = async (source: string) =>
  (await getEngine()).check(source).diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}`);

type Run = Awaited<ReturnType<typeof run>>;
function allEvents(r: Run): MemoryEvent[] {
  const seq = eventsOf(r.trace!);
  const out: MemoryEvent[] = [];
  for (let i = 0; i < seq.length; i++) out.push(seq.at(i)!);
  return out;
}

/** Runs a program rustc accepts: its stdout and exit code, in a valid trace. */
async function expectRuns(source: string, stdout: string, exitCode = 0): Promise<Run> {
  const r = await run(source);
  expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(r.trace?.stdout).toBe(stdout);
  expect(r.trace?.exitCode).toBe(exitCode);
  const valid = validateTrace({ ...r.trace!, events: r.trace!.events });
  expect(valid.ok ? 'ok' : valid.error).toBe('ok');
  return r;
}

const local = (events: MemoryEvent[], name: string) =>
  events.find((e): e is Extract<MemoryEvent, { kind: 'local_init' }> => e.kind === 'local_init' && e.name === name)!;
/** The writes (address, value) the program makes, or those of the given lines. */
const writes = (events: MemoryEvent[], lines?: number[]) =>
  events
    .filter((e): e is Extract<MemoryEvent, { kind: 'write' }> => e.kind === 'write' && (!lines || (e.loc !== null && lines.includes(e.loc[0]))))
    .map((e) => [e.target.addr, (e.value as { v: string }).v]);

const LIB_CELL = '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/cell.rs:1080';

describe('Cell::get_mut', () => {
  it('gives the value itself through &mut self: the write lands on the Cell', async () => {
    const r = await expectRuns(`use std::cell::Cell;
fn main() {
    let mut c = Cell::new(1);
    *c.get_mut() += 1;
    println!("{}", c.get());
    let mut t = Cell::new(20.5_f64);
    let r = t.get_mut();
    *r *= 2.0;
    println!("{} {}", t.get(), t.into_inner());
}
`, '2\n41 41\n');
    const events = allEvents(r);
    const c = local(events, 'c');
    const t = local(events, 't');
    expect(writes(events)).toEqual([[c.addr, '2'], [t.addr, '41.0']]);
  });

  it('needs exclusive access: a shared borrow alive across it is E0502, as is a set while its &mut lives', async () => {
    expect(await errors(`use std::cell::Cell;

fn main() {
    let mut lives = Cell::new(3);
    let shared = &lives;
    // Mistake: get_mut needs exclusive access, but \`shared\` is still used below.
    *lives.get_mut() -= 1;
    println!("lives: {}", shared.get());
}
`)).toEqual(['E0502 7:6 cannot borrow `lives` as mutable because it is also borrowed as immutable']);
    expect(await errors(`use std::cell::Cell;
fn main() {
    let mut c = Cell::new(1);
    let r = c.get_mut();
    c.set(5);
    *r = 2;
}
`)).toEqual(['E0502 5:5 cannot borrow `c` as immutable because it is also borrowed as mutable']);
  });
});

describe('RefCell::get_mut', () => {
  it('reaches the value through &mut self, without touching the borrow flag; a live borrow is E0502', async () => {
    const r = await expectRuns(`use std::cell::RefCell;
fn main() {
    let mut c = RefCell::new(vec![1]);
    c.get_mut().push(2);
    println!("{:?}", c.borrow());
    let v = c.get_mut();
    v.push(3);
    println!("{:?} {}", c.borrow(), c.borrow().len());
}
`, '[1, 2]\n[1, 2, 3] 3\n');
    expect(allEvents(r).filter((e) => e.kind === 'heap_alloc').length).toBeGreaterThan(0);
    expect(await errors(`use std::cell::RefCell;
fn main() {
    let mut scores = RefCell::new(vec![1, 2]);
    let view = scores.borrow();
    scores.get_mut().push(3);
    println!("{:?}", view);
}
`)).toEqual(['E0502 5:5 cannot borrow `scores` as mutable because it is also borrowed as immutable']);
  });
});

describe('RefCell::swap and RefCell::replace_with', () => {
  it('swap, take, replace_with: the values change in place, the borrow flag shows replace_with\'s borrow_mut', async () => {
    const r = await expectRuns(`use std::cell::RefCell;
fn main() {
    let a = RefCell::new(1);
    let b = RefCell::new(2);
    a.swap(&b);
    println!("{} {}", a.borrow(), b.borrow());
    let old = a.replace_with(|x| *x + 10);
    println!("{} {}", old, a.borrow());
    let s = RefCell::new(String::from("draft"));
    let t = RefCell::new(String::from("v1"));
    s.swap(&t);
    let taken = t.take();
    let len = s.replace_with(|old| format!("{}-final", old)).len();
    println!("{} {:?} {:?} {}", taken, t, s, len);
}
`, '2 1\n2 12\ndraft RefCell { value: "" } RefCell { value: "v1-final" } 2\n');
    const events = allEvents(r);
    const a = local(events, 'a');
    const b = local(events, 'b');
    // RefCell<i32>: the borrow flag at +0, the value at +8. The writes of lines 5 (swap) and 7 (replace_with):
    expect(writes(events, [5, 7])).toEqual([[a.addr + 8, '2'], [b.addr + 8, '1'], [a.addr, '-1'], [a.addr + 8, '12'], [a.addr, '0']]);
  });

  it('swap panics in std\'s cell.rs when either is borrowed (self first), or swapped with itself', async () => {
    const panicsAt = async (body: string, col: number) => {
      const r = await run(`use std::cell::RefCell;
fn main() {
    let a = RefCell::new(1);
    let b = RefCell::new(2);
${body}
}
`);
      expect(r.trace?.exitCode).toBe(101);
      expect(r.trace?.stderr).toContain(`panicked at ${LIB_CELL}:${col}:\nRefCell already borrowed\n`);
    };
    await panicsAt('    let g = b.borrow();\n    a.swap(&b);\n    println!("{} {}", g, b.borrow());', 56);
    await panicsAt('    let g = a.borrow();\n    a.swap(&b);\n    println!("{} {}", g, b.borrow());', 30);
    await panicsAt('    a.swap(&a);\n    println!("{}", b.borrow());', 56);
  });

  it('replace_with panics at its call while borrowed; the closure holds the borrow_mut, released on unwinding', async () => {
    const held = await run(`use std::cell::RefCell;
fn main() {
    let a = RefCell::new(1);
    let g = a.borrow_mut();
    let _ = a.replace_with(|x| *x + 1);
    drop(g);
}
`);
    expect(held.trace?.exitCode).toBe(101);
    expect(held.trace?.stderr).toContain('panicked at main.rs:5:15:\nRefCell already borrowed\n');
    const inside = await run(`use std::cell::RefCell;
fn main() {
    let a = RefCell::new(1);
    let _ = a.replace_with(|x| { let y = *a.borrow(); *x + y });
}
`);
    expect(inside.trace?.exitCode).toBe(101);
    expect(inside.trace?.stderr).toContain('panicked at main.rs:4:45:\nRefCell already mutably borrowed\n');
    await expectRuns(`use std::cell::RefCell;
struct Probe<'a>(&'a RefCell<i32>);
impl Drop for Probe<'_> {
    fn drop(&mut self) {
        println!("free again: {}", self.0.try_borrow_mut().is_ok());
    }
}
fn main() {
    let c = RefCell::new(1);
    let _p = Probe(&c);
    c.replace_with(|&mut x| if x > 0 { panic!("boom") } else { x });
}
`, 'free again: true\n', 101);
  });
});

describe('Cell::from_mut and as_slice_of_cells', () => {
  it('write through shared Cells into the array itself; &Cell<[i32]> is a fat pointer', async () => {
    const r = await expectRuns(`use std::cell::Cell;
fn main() {
    let mut readings = [1, 2, 3, 4];
    let cells: &Cell<[i32]> = Cell::from_mut(&mut readings[..]);
    let slots = cells.as_slice_of_cells();
    for slot in slots {
        slot.set(slot.get() * 10);
    }
    slots[0].swap(&slots[3]);
    println!("readings: {:?}", readings);
    let mut x = 7;
    let c = Cell::from_mut(&mut x);
    c.set(c.get() + 1);
    println!("{}", x);
}
`, 'readings: [40, 20, 30, 10]\n8\n');
    const events = allEvents(r);
    const readings = local(events, 'readings');
    const x = local(events, 'x');
    expect([local(events, 'cells').size, local(events, 'slots').size, local(events, 'c').size]).toEqual([16, 16, 8]);
    const at = readings.addr;
    expect(writes(events)).toEqual([[at, '10'], [at + 4, '20'], [at + 8, '30'], [at + 12, '40'], [at, '40'], [at + 12, '10'], [x.addr, '8']]);
  });

  it("an array's &mut unsizes where a &Cell<[T]> is expected; a Vec's slice writes into its heap block", async () => {
    const r = await expectRuns(`use std::cell::Cell;
fn main() {
    let mut arr = [1, 2, 3];
    let cells: &Cell<[i32]> = Cell::from_mut(&mut arr);
    cells.as_slice_of_cells()[1].set(9);
    let mut v = vec![4, 5];
    let vs = Cell::from_mut(v.as_mut_slice()).as_slice_of_cells();
    vs[0].set(vs[1].get() + 1);
    println!("{:?} {:?}", arr, v);
}
`, '[1, 9, 3] [6, 5]\n');
    const events = allEvents(r);
    const block = events.find((e): e is Extract<MemoryEvent, { kind: 'heap_alloc' }> => e.kind === 'heap_alloc')!;
    expect(writes(events)).toEqual([[local(events, 'arr').addr + 4, '9'], [block.addr, '6']]);
  });

  it('as_slice_of_cells of a Cell that holds no slice is E0599; the array stays borrowed (E0506)', async () => {
    expect(await errors(`use std::cell::Cell;
fn main() {
    let c = Cell::new(5);
    let s = c.as_slice_of_cells();
    println!("{}", s.len());
}
`)).toEqual(['E0599 4:15 no method named `as_slice_of_cells` found for struct `Cell<{integer}>` in the current scope']);
    expect((await errors(`use std::cell::Cell;
fn main() {
    let mut a = [1, 2];
    let cells = Cell::from_mut(&mut a[..]).as_slice_of_cells();
    a[1] = 3;
    cells[0].set(5);
}
`)).map((e) => e.slice(0, 10))).toEqual(['E0506 5:5 ']);
  });
});
