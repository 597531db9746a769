// `unsafe` and raw pointers in the type checker: E0133 for each operation that needs an unsafe block
// outside one (a raw pointer's deref, a call of an unsafe fn, a use of a `static mut`), the casts rustc
// refuses (E0606), `*const` where `*mut` is wanted (E0308), and transmute between sizes (E0512).
// Codes, lines, columns and messages are rustc 1.95's (edition 2021).
import { describe, expect, it } from 'vitest';
import { errorsOf as errors, runsAs } from '../support/run.js';

describe('E0133', () => {
  it('each use of a static mut outside unsafe, a read and a write', async () => {
    expect(await errors(`static mut N: u32 = 5;
fn main() {
    N = 7;
    println!("{}", N);
}
`)).toEqual([
      'E0133 3:5 use of mutable static is unsafe and requires unsafe function or block',
      'E0133 4:20 use of mutable static is unsafe and requires unsafe function or block',
    ]);
  });

  it('a raw pointer dereferenced outside unsafe', async () => {
    expect(await errors(`fn main() {
    let x = 5;
    let p = &x as *const i32;
    let y = *p + 1;
    println!("y = {}", y);
}
`)).toEqual(['E0133 4:13 dereference of raw pointer is unsafe and requires unsafe function or block']);
  });

  it("calls of unsafe fns: the program's, a method, and std's named by rustc's paths", async () => {
    expect(await errors(`struct G { v: Vec<i32> }
impl G {
    unsafe fn at(&self, i: usize) -> i32 { *self.v.get_unchecked(i) }
}
unsafe fn double_at(p: *mut i32) { *p *= 2; }
fn main() {
    let g = G { v: vec![1, 2] };
    let mut x = 5;
    double_at(&mut x as *mut i32);
    let a = g.at(1);
    let p = &x as *const i32;
    let b = std::ptr::read(p);
    let c = Box::from_raw(p as *mut i32);
    let d = p.add(0);
    println!("{} {} {} {:?}", a, b, c, d);
}
`)).toEqual([
      'E0133 9:5 call to unsafe function `double_at` is unsafe and requires unsafe function or block',
      'E0133 10:13 call to unsafe function `G::at` is unsafe and requires unsafe function or block',
      'E0133 12:13 call to unsafe function `std::ptr::read` is unsafe and requires unsafe function or block',
      'E0133 13:13 call to unsafe function `Box::<T>::from_raw` is unsafe and requires unsafe function or block',
      'E0133 14:13 call to unsafe function `std::ptr::const_ptr::<impl *const T>::add` is unsafe and requires unsafe function or block',
    ]);
  });

  it("none inside an unsafe fn's body (edition 2021), an unsafe block used as a value, or a closure in one", async () => {
    await runsAs(`unsafe fn get(p: *const i32) -> i32 {
    *p
}
fn main() {
    let mut n = 1;
    let a = &mut n as *mut i32;
    let b = &mut n as *mut i32;
    unsafe {
        *a += 1;
        *b += 10;
    }
    n += 100;
    let v = unsafe { get(&n) };
    let twice = unsafe { || *a * 2 };
    println!("{} {} {}", n, v, twice());
}
`, '112 112 224\n');
  });
});

describe('raw pointer types', () => {
  it('E0606: a shared reference cast to *mut, a pointer cast to f64', async () => {
    expect(await errors(`fn main() {
    let total = 0u32;
    let r = &total;
    let p = r as *mut u32;
    let f = &total as *const u32 as f64;
    println!("{:?} {}", p, f);
}
`)).toEqual([
      'E0606 4:13 casting `&u32` as `*mut u32` is invalid',
      'E0606 5:13 casting `*const u32` as `f64` is invalid',
    ]);
  });

  it('E0308: a *const where a *mut is wanted, in a let and as an argument', async () => {
    expect(await errors(`fn reset(p: *mut u16) {
    unsafe { *p = 0; }
}
fn main() {
    let mut level = 3u16;
    let p: *mut u16 = &level as *const u16;
    let q = &level as *const u16;
    reset(q);
    level += 1;
    println!("{:?} {}", p, level);
}
`)).toEqual(['E0308 6:23 mismatched types', 'E0308 8:11 mismatched types']);
  });

  it('E0308: an unsafe fn where a safe fn pointer is wanted', async () => {
    expect(await errors(`unsafe fn triple(x: i32) -> i32 { x * 3 }
fn apply(f: fn(i32) -> i32, v: i32) -> i32 { f(v) }
fn main() {
    println!("{}", apply(triple, 4));
}
`)).toEqual(['E0308 4:26 mismatched types']);
  });

  it('E0507: a String moved out from behind a raw pointer (the borrow checker does not follow raw pointers otherwise)', async () => {
    expect(await errors(`struct S { name: String, n: i32 }
fn main() {
    let mut s = S { name: String::from("a"), n: 1 };
    let p = &mut s as *mut S;
    let r = &mut s;
    r.n += 1;
    unsafe {
        (*p).n += 1;
        (*p).name.push('b');
        let taken = (*p).name;
        println!("{} {}", (*p).n, taken);
    }
}
`)).toEqual(['E0507 10:21 cannot move out of `p.name` which is behind a raw pointer']);
  });

  it('E0512: transmute between types of different sizes', async () => {
    expect(await errors(`use std::mem;
fn main() {
    let n: u32 = 258;
    let bytes: [u8; 2] = unsafe { mem::transmute(n) };
    println!("{:?}", bytes);
}
`)).toEqual(['E0512 4:35 cannot transmute between types of different sizes, or dependently-sized types']);
  });
});
