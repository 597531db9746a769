// Raw pointers and `unsafe` as memviz runs them: a raw pointer is a pointer value like a reference's
// (drawn as a `raw` arrow), reads and writes through it act on the place it points at, and where a
// real run would be undefined behaviour the run stops and says so (as Miri does). Outputs are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { runsAs } from '../support/run.js';
import { validateTrace } from '../../src/events/validate.js';
import type { MemoryEvent } from '../../src/events/schema.js';

async function run(source: string) {
  return (await getEngine()).run(source);
}

const TOUR = `use std::ptr;

struct Node {
    value: i32,
    next: *mut Node,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("free {}", self.value);
    }
}

unsafe fn bump(p: *mut i32) {
    *p += 1;
}

fn main() {
    let mut x = 10;
    let p = &mut x as *mut i32;
    let q: *const i32 = &x;
    unsafe {
        bump(p);
        *p *= 2;
        println!("x = {}, through q: {}", *p, *q);
    }
    println!("p == q: {}, null: {}", p as *const i32 == q, ptr::null::<i32>().is_null());
    println!("size of *const i32: {}", std::mem::size_of::<*const i32>());

    let mut head: *mut Node = ptr::null_mut();
    for v in 1..=3 {
        head = Box::into_raw(Box::new(Node { value: v, next: head }));
    }
    let mut cur = head;
    while !cur.is_null() {
        let b = unsafe { Box::from_raw(cur) };
        cur = b.next;
    }

    let mut arr = [1, 2, 3, 4];
    let a = arr.as_mut_ptr();
    unsafe {
        ptr::swap(a, a.add(3));
        *a.add(1) = ptr::read(a.add(2)) * 10;
    }
    println!("{:?}", arr);
    let v = vec![5, 6, 7];
    let s: &[i32] = unsafe { std::slice::from_raw_parts(v.as_ptr().add(1), 2) };
    println!("{:?}", s);
    let bytes: [u8; 4] = unsafe { std::mem::transmute(0x01020304u32) };
    println!("{:?}", bytes);
}
`;

describe('raw pointers', () => {
  it('reads and writes through *const/*mut, null, pointer arithmetic, Box::into_raw/from_raw, ptr::read/swap, from_raw_parts, transmute', async () => {
    await runsAs(TOUR, 'x = 22, through q: 22\np == q: true, null: true\nsize of *const i32: 8\nfree 3\nfree 2\nfree 1\n[4, 30, 3, 1]\n[6, 7]\n[4, 3, 2, 1]\n');
  });

  it('draws a raw pointer as a raw arrow to its place, and the trace validates', async () => {
    const r = await run(TOUR);
    const trace = r.trace!;
    const events = trace.events as readonly MemoryEvent[];
    const inits = events.filter((e): e is Extract<MemoryEvent, { kind: 'local_init' }> => e.kind === 'local_init');
    const x = inits.find((e) => e.name === 'x')!;
    const p = inits.find((e) => e.name === 'p')!;
    expect(p.value).toEqual({ t: 'ptr', kind: 'raw', addr: x.addr });
    const head = inits.find((e) => e.name === 'head')!;
    expect(head.value).toEqual({ t: 'ptr', kind: 'raw', addr: 0 });
    // Each node's heap block is freed once, by the Box that from_raw made.
    const allocs = events.filter((e) => e.kind === 'heap_alloc').length;
    expect(events.filter((e) => e.kind === 'heap_free').length).toBe(allocs);
    const checked = validateTrace(JSON.parse(JSON.stringify({ ...trace, events })));
    expect(checked.ok ? 'ok' : checked.error).toBe('ok');
  });

  it('ManuallyDrop: dropped by hand only; into_inner gives the value back to the usual drops', async () => {
    await runsAs(`use std::mem::ManuallyDrop;

struct Lock(u8);

impl Drop for Lock {
    fn drop(&mut self) {
        println!("unlock #{}", self.0);
    }
}

fn main() {
    let kept = ManuallyDrop::new(Lock(1));
    let mut by_hand = ManuallyDrop::new(Lock(3));
    let restored = ManuallyDrop::into_inner(ManuallyDrop::new(Lock(2)));
    println!("{} {} {}", kept.0, restored.0, by_hand.0);
    unsafe { ManuallyDrop::drop(&mut by_hand) }
    println!("end");
}
`, '1 2 3\nunlock #3\nend\nunlock #2\n');
  });

  it('static mut in unsafe blocks; Rc::into_raw keeps the count; Vec::from_raw_parts after mem::forget', async () => {
    await runsAs(`use std::rc::Rc;

static mut COUNTER: u32 = 0;

fn bump() {
    unsafe { COUNTER += 1; }
}

fn main() {
    bump();
    bump();
    println!("{}", unsafe { COUNTER });
    let a = Rc::new(String::from("hi"));
    let raw = Rc::into_raw(Rc::clone(&a));
    println!("{}", Rc::strong_count(&a));
    let back = unsafe { Rc::from_raw(raw) };
    println!("{} {}", back, Rc::strong_count(&a));
    let mut v = vec![1u8, 2];
    v.reserve(3);
    let (p, len, cap) = (v.as_mut_ptr(), v.len(), v.capacity());
    std::mem::forget(v);
    let w = unsafe { Vec::from_raw_parts(p, len, cap) };
    println!("{:?} {}", w, w.capacity() == cap);
}
`, '2\n2\nhi 2\n[1, 2] true\n');
  });
});

describe('MaybeUninit', () => {
  it('ptr::write into uninitialized memory drops nothing; assume_init hands the value over', async () => {
    await runsAs(`use std::mem::MaybeUninit;
use std::ptr;

struct Label(String);

impl Drop for Label {
    fn drop(&mut self) {
        println!("drop label {}", self.0);
    }
}

fn main() {
    let mut slot = MaybeUninit::<Label>::uninit();
    unsafe {
        ptr::write(slot.as_mut_ptr(), Label(String::from("fresh")));
    }
    let label = unsafe { slot.assume_init() };
    println!("label = {}", label.0);
}
`, 'label = fresh\ndrop label fresh\n');
  });
});

describe('undefined behaviour stops the run', () => {
  const stopsWith = async (source: string, message: string) => {
    const r = await run(source);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.trace?.stderr).toContain(`memviz: undefined behaviour: ${message}`);
    expect(r.trace?.exitCode).toBe(101);
  };

  it('a null pointer dereference', async () => {
    await stopsWith(`fn main() {
    let q: *const i32 = std::ptr::null();
    unsafe { println!("{}", *q); }
}
`, 'null pointer dereference');
  });

  it('a pointer into a freed heap block', async () => {
    await stopsWith(`fn main() {
    let p = Box::into_raw(Box::new(5));
    unsafe {
        drop(Box::from_raw(p));
        println!("{}", *p);
    }
}
`, 'dereference of a dangling pointer (its heap block was freed)');
  });

  it('a pointer to a local of a frame that returned', async () => {
    await stopsWith(`fn dangling() -> *const i32 {
    let x = 5;
    &x as *const i32
}

fn main() {
    let p = dangling();
    unsafe { println!("{}", *p); }
}
`, 'dereference of a dangling pointer (its stack frame is gone)');
  });

  it('assume_init of memory never written', async () => {
    await stopsWith(`use std::mem::MaybeUninit;
fn main() {
    let slot = MaybeUninit::<String>::uninit();
    let s = unsafe { slot.assume_init() };
    println!("{}", s);
}
`, '`assume_init` of memory that was never initialized');
  });

  it('reading past the end of an array', async () => {
    await stopsWith(`fn main() {
    let a = [1, 2, 3];
    let p = a.as_ptr();
    unsafe { println!("{}", *p.add(3)); }
}
`, 'dereference of a pointer out of bounds of its allocation');
  });
});
