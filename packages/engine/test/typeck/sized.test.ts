// Where a written type must have a size known at compile time (typeck/items.ts, requireSized): a type
// argument of Vec, Option and the program's own generic types, a parameter or result by value, a
// field but a struct's last, a tuple's or an array's element, a local. And the unsizing coercions
// from an array in a Box, Rc or Arc (`Box<[T; N]>` to `Box<[T]>`). Codes, lines, columns and first
// lines of the messages are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { errorsOf as errors, runsAs } from '../support/run.js';

describe('E0277: an unsized type where a size must be known', () => {
  it('a Vec of trait objects, written without a Box', async () => {
    expect((await errors(`trait Shape {}
fn main() { let v: Vec<dyn Shape> = Vec::new(); }
`))[0]).toBe('E0277 2:20 the size for values of type `dyn Shape` cannot be known at compilation time');
  });

  it('a trait object parameter by value, and a field of the program\'s struct (both `+ \'static` in a signature)', async () => {
    expect(await errors(`trait Shape {}
fn take(_s: dyn Shape) {}
fn main() {}
`)).toEqual(["E0277 2:13 the size for values of type `(dyn Shape + 'static)` cannot be known at compilation time"]);
    expect(await errors(`trait Shape {}
struct Holder { items: Vec<dyn Shape>, n: usize }
fn main() {}
`)).toEqual(["E0277 2:24 the size for values of type `(dyn Shape + 'static)` cannot be known at compilation time"]);
  });

  it('Option<str>, Vec<[i32]>, a str result, a str field before the last, a local of type str', async () => {
    expect(await errors(`fn main() { let o: Option<str> = None; let w: Vec<[i32]> = Vec::new(); }
`)).toEqual([
      'E0277 1:20 the size for values of type `str` cannot be known at compilation time',
      'E0277 1:47 the size for values of type `[i32]` cannot be known at compilation time',
    ]);
    expect(await errors(`fn f() -> str { todo!() }
fn main() {}
`)).toEqual(['E0277 1:11 the size for values of type `str` cannot be known at compilation time']);
    expect(await errors(`struct P { a: str, b: i32 }
fn main() {}
`)).toEqual(['E0277 1:15 the size for values of type `str` cannot be known at compilation time']);
    expect(await errors(`fn main() { let s: str = *"abc"; }
`)).toEqual(['E0277 1:17 the size for values of type `str` cannot be known at compilation time']);
    expect((await errors(`fn main() { let t: (str, i32); }
`))[0]).toBe('E0277 1:20 the size for values of type `str` cannot be known at compilation time');
  });

  it("the program's generic struct, unless its parameter is ?Sized", async () => {
    expect(await errors(`struct W<T> { x: Box<T> }
fn main() { let w: W<str>; }
`)).toEqual(['E0277 2:20 the size for values of type `str` cannot be known at compilation time']);
    await runsAs(`struct W<T: ?Sized> { x: Box<T> }
struct Last { n: u8, tail: str }
fn main() {
    let w: W<str> = W { x: String::from("hi").into_boxed_str() };
    println!("{}", w.x.len());
}
`, '2\n');
  });

  it('E0746 for a trait object returned by value', async () => {
    expect(await errors(`trait Shape {}
fn make() -> dyn Shape { todo!() }
fn main() {}
`)).toEqual(['E0746 2:14 return type cannot be a trait object without pointer indirection']);
  });

  it('no error behind a pointer: Vec<&dyn Trait>, Option<Box<dyn Trait>>, Box<dyn Error>', async () => {
    await runsAs(`trait Shape {}
impl Shape for i32 {}
fn main() {
    let v: Vec<&dyn Shape> = vec![&1];
    let o: Option<Box<dyn Shape>> = None;
    let r: Result<Vec<u8>, Box<dyn std::error::Error>> = Ok(vec![]);
    println!("{}", v.len() + o.is_none() as usize + r.is_ok() as usize);
}
`, '3\n');
  });
});

describe('an array in a Box, Rc or Arc becomes a slice', () => {
  it('Box<[i32]> from Box::new([..]): indexing, sorting, into_vec', async () => {
    await runsAs(`fn main() {
    let mut b: Box<[i32]> = Box::new([3, 1, 2]);
    b.sort();
    b[0] = 9;
    println!("{:?} {}", b, b.len());
    let boxes: Vec<Box<[u8]>> = vec![Box::new([1, 2]), Box::new([3])];
    for x in &boxes { print!("{} ", x.iter().sum::<u8>()); }
    println!("{:?} {:?}", boxes, b.into_vec());
}
`, '[9, 2, 3] 3\n3 3 [[1, 2], [3]] [9, 2, 3]\n');
  });

  it('Rc<[T]> and Arc<[T]>: the elements after the counts, shared by clones', async () => {
    await runsAs(`use std::rc::Rc;
use std::sync::Arc;
fn main() {
    let r: Rc<[i32]> = Rc::new([1, 2]);
    let r2 = r.clone();
    println!("{:?} {} {} {}", r, r2.len(), Rc::strong_count(&r), r[1]);
    let s: &[i32] = &r;
    println!("{:?} {:?}", s, r.iter().map(|x| x * 2).collect::<Vec<_>>());
    let names: Rc<[String]> = Rc::new([String::from("a"), String::from("b")]);
    let keep = Rc::clone(&names);
    drop(names);
    println!("{:?} {} {}", keep, Rc::strong_count(&keep), keep[1]);
    let a: Arc<[i32]> = Arc::new([4, 5]);
    println!("{:?}", a);
}
`, '[1, 2] 2 2 2\n[1, 2] [2, 4]\n["a", "b"] 1 b\n[4, 5]\n');
  });
});
