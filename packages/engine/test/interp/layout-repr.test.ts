// Layout hints and the bytes of numbers: `#[repr(u8 | C | packed(N) | align(N))]` as rustc lays
// them out (sizes, alignments, field offsets), E0793 for a reference to a packed struct's field,
// `to_le_bytes` / `from_be_bytes` / `to_bits`, and the implicit `Sized` bound of type parameters.
// Outputs, codes and lines are rustc 1.95's.
import { describe, expect, it } from 'vitest';
import { getEngine } from '../support/engine.js';
import { errorsOf as errors, runsAs } from '../support/run.js';
import { eventsOf } from '../../src/events/log.js';

/** Each error as `CODE line:col message`. */

const SIZES = `use std::mem::{align_of, size_of};
#[allow(dead_code)] #[repr(u32)] enum Small { A, B }
#[allow(dead_code)] #[repr(C)] enum CE { A, B }
#[allow(dead_code)] #[repr(i64)] enum I64 { A = -1, B }
#[allow(dead_code)] #[repr(u8)] enum D { A(u32), B }
#[allow(dead_code)] #[repr(u8)] enum D2 { A(u8, u32, u8), B(u16) }
#[allow(dead_code)] #[repr(C)] enum D3 { A(u8), B(u64) }
#[allow(dead_code)] #[repr(C, u8)] enum D4 { A(u8), B(u64) }
#[allow(dead_code)] #[repr(u16)] enum One { A }
#[allow(dead_code)] #[repr(u8)] enum OneD { A(u32) }
#[allow(dead_code)] enum Big { A = 1000, B }
#[allow(dead_code)] enum Neg { A = -200, B }
#[allow(dead_code)] #[repr(packed)] struct P1 { a: u8, b: u32, c: u16 }
#[allow(dead_code)] #[repr(C, packed)] struct P2 { a: u8, b: u32, c: u16 }
#[allow(dead_code)] #[repr(packed(2))] struct P3 { a: u8, b: u32, c: u16 }
#[allow(dead_code)] #[repr(C, packed(2))] struct P4 { a: u8, b: u64, c: u8 }
#[allow(dead_code)] #[repr(align(16))] struct A1 { a: u8 }
#[allow(dead_code)] #[repr(C, align(8))] struct A2 { a: u8, b: u16 }
#[allow(dead_code)] #[repr(align(4))] struct A3 { a: u64, b: u8 }
#[allow(dead_code)] #[repr(align(8))] enum AE { A, B }
#[allow(dead_code)] #[repr(align(16))] enum AE2 { A(u32), B }
#[allow(dead_code)] #[repr(packed)] struct P5 { a: bool, b: u64, c: Option<u8> }
#[allow(dead_code)] struct Wrap { p: P1, x: u8 }
#[allow(dead_code)] #[repr(align(2))] struct Empty;
#[allow(dead_code)] #[repr(packed)] struct Pa { a: [u32; 3], b: u8 }
#[allow(dead_code)] #[repr(C)] struct Cz { a: u8, b: (), c: u32 }
fn main() {
    println!("Small {} {}", size_of::<Small>(), align_of::<Small>());
    println!("CE {} {}", size_of::<CE>(), align_of::<CE>());
    println!("I64 {} {}", size_of::<I64>(), align_of::<I64>());
    println!("D {} {}", size_of::<D>(), align_of::<D>());
    println!("D2 {} {}", size_of::<D2>(), align_of::<D2>());
    println!("D3 {} {}", size_of::<D3>(), align_of::<D3>());
    println!("D4 {} {}", size_of::<D4>(), align_of::<D4>());
    println!("One {} {}", size_of::<One>(), align_of::<One>());
    println!("OneD {} {}", size_of::<OneD>(), align_of::<OneD>());
    println!("Big {} {}", size_of::<Big>(), align_of::<Big>());
    println!("Neg {} {}", size_of::<Neg>(), align_of::<Neg>());
    println!("P1 {} {}", size_of::<P1>(), align_of::<P1>());
    println!("P2 {} {}", size_of::<P2>(), align_of::<P2>());
    println!("P3 {} {}", size_of::<P3>(), align_of::<P3>());
    println!("P4 {} {}", size_of::<P4>(), align_of::<P4>());
    println!("A1 {} {}", size_of::<A1>(), align_of::<A1>());
    println!("A2 {} {}", size_of::<A2>(), align_of::<A2>());
    println!("A3 {} {}", size_of::<A3>(), align_of::<A3>());
    println!("AE {} {}", size_of::<AE>(), align_of::<AE>());
    println!("AE2 {} {}", size_of::<AE2>(), align_of::<AE2>());
    println!("P5 {} {}", size_of::<P5>(), align_of::<P5>());
    println!("Wrap {} {}", size_of::<Wrap>(), align_of::<Wrap>());
    println!("Empty {} {}", size_of::<Empty>(), align_of::<Empty>());
    println!("Pa {} {}", size_of::<Pa>(), align_of::<Pa>());
    println!("Cz {} {}", size_of::<Cz>(), align_of::<Cz>());
    println!("Option<Small> {} {}", size_of::<Option<Small>>(), align_of::<Option<Small>>());
    println!("Option<D> {} {}", size_of::<Option<D>>(), align_of::<Option<D>>());
    println!("Option<CE> {} {}", size_of::<Option<CE>>(), align_of::<Option<CE>>());
    println!("Option<P5> {} {}", size_of::<Option<P5>>(), align_of::<Option<P5>>());
    println!("Option<A1> {} {}", size_of::<Option<A1>>(), align_of::<Option<A1>>());
    println!("Option<One> {} {}", size_of::<Option<One>>(), align_of::<Option<One>>());
    println!("Option<I64> {} {}", size_of::<Option<I64>>(), align_of::<Option<I64>>());
    println!("Option<OneD> {} {}", size_of::<Option<OneD>>(), align_of::<Option<OneD>>());
}
`;

const CASTS = `use std::mem::size_of;
#[repr(i8)]
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level { Low = -1, Mid, High = 100 }
#[repr(u16)]
#[derive(Debug, Clone, Copy)]
enum Port { Http = 80, Https = 443, Alt = 8080 }
#[repr(C)]
#[derive(Debug)]
enum Color { Red, Green = 5, Blue }
#[repr(u8)]
#[allow(dead_code)]
enum Shape { Dot, Circle(f32), Rect { w: u16, h: u16 } }
#[repr(C, packed)]
#[derive(Clone, Copy)]
struct Header { kind: u8, len: u32, flags: u16 }
#[repr(align(64))]
struct Line { data: [u8; 8] }
fn main() {
    let l = Level::Low;
    println!("{} {} {} {}", l as i8, l as u8, Level::Mid as i32, Level::High as i64);
    println!("{:?} {}", Level::Mid, Level::Mid == Level::Mid);
    for p in [Port::Http, Port::Https, Port::Alt] {
        println!("{:?} {} {}", p, p as u16, p as u8);
    }
    println!("{:?} {} {}", Color::Blue, Color::Blue as i32, size_of::<Color>());
    println!("{} {} {}", size_of::<Level>(), size_of::<Port>(), size_of::<Option<Port>>());
    println!("{} {}", size_of::<Shape>(), size_of::<Option<Shape>>());
    let h = Header { kind: 1, len: 300, flags: 7 };
    let len = h.len;
    let copy = h;
    let flags = copy.flags;
    println!("{} {} {} {}", h.kind, len, flags, size_of::<Header>());
    let line = Line { data: [1; 8] };
    println!("{} {}", line.data[0], size_of::<Line>());
    let shapes = [Shape::Dot, Shape::Circle(1.5), Shape::Rect { w: 2, h: 3 }];
    for s in &shapes {
        match s {
            Shape::Dot => println!("dot"),
            Shape::Circle(r) => println!("circle {}", r),
            Shape::Rect { w, h } => println!("rect {}x{}", w, h),
        }
    }
}
`;

const BYTES = `fn main() {
    let a: i16 = -2;
    println!("{:?} {:?}", a.to_le_bytes(), a.to_be_bytes());
    let b = 0x0102030405060708u64;
    println!("{:?}", b.to_ne_bytes());
    let c = -1i128;
    println!("{:?}", c.to_be_bytes());
    let d = u128::MAX - 5;
    println!("{:?}", d.to_le_bytes());
    println!("{}", u128::from_le_bytes(d.to_le_bytes()));
    println!("{}", i8::from_be_bytes([200]));
    println!("{}", i64::from_ne_bytes((-123456789i64).to_ne_bytes()));
    println!("{}", usize::from_be_bytes([0, 0, 0, 0, 0, 0, 1, 0]));
    let x = 1.5f64;
    println!("{:#x} {:?}", x.to_bits(), x.to_be_bytes());
    let y = -0.0f32;
    println!("{:#x} {:?}", y.to_bits(), y.to_le_bytes());
    println!("{} {}", f32::from_bits(0x40490fdb), f64::from_bits(0x400921fb54442d18));
    println!("{}", f32::from_le_bytes([0, 0, 128, 63]));
    println!("{}", f64::from_be_bytes(2.5f64.to_be_bytes()));
    let bits: u32 = 3.0f32.to_bits();
    let arr: [u8; 2] = 513u16.to_le_bytes();
    println!("{} {:?} {}", bits, arr, arr.len());
    let n = u32::from_be_bytes([0xde, 0xad, 0xbe, 0xef]);
    println!("{:x}", n);
    let bs = 7u32.to_be_bytes();
    for byte in bs.iter() { print!("{:02x}", byte); }
    println!();
    println!("{}", f64::NAN.to_bits() == f64::NAN.to_bits());
    println!("{:x}", f32::INFINITY.to_bits());
}
`;

const PACKED_COPIES = `#[repr(packed)]
#[derive(Clone, Copy)]
struct P { a: u8, b: u32 }
struct Outer { p: P, n: u64 }
fn main() {
    let mut o = Outer { p: P { a: 1, b: 2 }, n: 3 };
    match o.p.b { 2 => println!("two"), _ => println!("other") }
    o.p.b += 1;
    let x = o.p.b.pow(2);
    let c = || o.p.b + 1;
    println!("{} {} {}", x, c(), o.n);
    let mut d = || o.p.b = 10;
    d();
    let P { a, b } = o.p;
    println!("{} {}", a, b);
    if let P { b: 10, .. } = o.p { println!("ten"); }
    let r = &o.p;
    println!("{}", { r.b });
}
`;

describe('#[repr(..)] sizes and alignments', () => {
  it('integer and C reprs of enums, packed and aligned structs, as size_of and align_of give them', async () => {
    await runsAs(SIZES, `Small 4 4
CE 4 4
I64 8 8
D 8 4
D2 12 4
D3 16 8
D4 16 8
One 2 2
OneD 8 4
Big 2 2
Neg 2 2
P1 7 1
P2 7 1
P3 8 2
P4 12 2
A1 16 16
A2 8 8
A3 16 8
AE 8 8
AE2 16 16
P5 11 1
Wrap 8 1
Empty 0 2
Pa 13 1
Cz 8 4
Option<Small> 4 4
Option<D> 8 4
Option<CE> 4 4
Option<P5> 11 1
Option<A1> 32 16
Option<One> 2 2
Option<I64> 8 8
Option<OneD> 8 4
`);
  });

  it('enums with an integer repr cast with `as` to their discriminants; a packed struct copies its fields out', async () => {
    await runsAs(CASTS, `-1 255 0 100
Mid true
Http 80 80
Https 443 187
Alt 8080 144
Blue 6 4
1 2 2
8 8
1 300 7 7
1 64
dot
circle 1.5
rect 2x3
`);
  });

  it('a packed struct places its fields at unaligned offsets in memory', async () => {
    const r = (await getEngine()).run(`#[repr(C, packed)]
struct Header { kind: u8, len: u32, flags: u16 }
fn main() {
    let h = Header { kind: 1, len: 300, flags: 7 };
    let len = h.len;
    println!("{}", len);
}
`);
    expect(r.trace?.stdout).toBe('300\n');
    const seq = eventsOf(r.trace!);
    const events = Array.from({ length: seq.length }, (_, i) => seq.at(i)!);
    const init = events.find((e) => e.kind === 'local_init' && e.name === 'h');
    const copy = events.find((e) => e.kind === 'copy');
    expect(init?.kind === 'local_init' && init.size).toBe(7);
    expect(init?.kind === 'local_init' && copy?.kind === 'copy' && copy.from.addr - init.addr).toBe(1);
  });
});

describe('E0793: a reference to a field of a packed struct', () => {
  const NOTE = 'reference to field of packed struct is unaligned';
  it('an explicit `&`, a `println!` argument, a method\'s autoref, a `==` on Strings, a binding of a match', async () => {
    expect(await errors(`#[repr(packed)]
struct P { a: u8, b: u32, s: String }
fn main() {
    let p = P { a: 1, b: 2, s: String::from("x") };
    let a = &p.a;
    let b = &p.b;
    println!("{} {}", a, b);
    println!("{}", p.b);
    let n = p.s.len();
    let eq = p.s == "x";
    match &p { P { b, .. } => println!("{} {} {}", b, n, eq) }
}
`)).toEqual([`E0793 6:13 ${NOTE}`, `E0793 8:20 ${NOTE}`, `E0793 9:13 ${NOTE}`, `E0793 10:14 ${NOTE}`, `E0793 11:20 ${NOTE}`]);
  });

  it('packed(2) allows references to fields aligned to 2 bytes at most', async () => {
    const r = (await getEngine()).check(`#[repr(packed(2))]
struct R { a: u8, b: u32, c: u16 }
fn main() {
    let r = R { a: 1, b: 2, c: 3 };
    let x = &r.c;
    let y = &r.b;
    println!("{} {} {}", r.a, x, y);
}
`);
    expect(r.diagnostics.map((d) => [d.code, d.span.line, d.span.col])).toEqual([['E0793', 6, 13]]);
    expect(r.diagnostics[0].notes[0]).toBe('note: this struct is at most 2-byte aligned, but the type of this field may require higher alignment');
  });

  it('a closure borrows the packed struct, not its field; copies and `+=` need no reference', async () => {
    await runsAs(PACKED_COPIES, 'two\n9 4 3\n1 10\nten\n10\n');
    expect(await errors(`#[repr(packed)]
struct P { a: u8, s: String }
fn main() {
    let p = P { a: 1, s: String::from("x") };
    let d = || p.s.len();
    println!("{} {}", p.a, d());
}
`)).toEqual([`E0793 5:16 ${NOTE}`]);
  });

  it('E0507: a derive on a packed struct copies the fields out, so each must be Copy', async () => {
    expect(await errors(`#[repr(packed)]
#[derive(Debug)]
struct Q { a: u8, b: String }
fn main() {
    let q = Q { a: 1, b: String::new() };
    println!("{:?}", q);
}
`)).toEqual(['E0507 3:19 cannot move out of a shared reference']);
    await runsAs(`#[repr(packed)]
#[derive(Debug, PartialEq, Clone, Copy)]
struct Q { a: u8, b: u32 }
fn main() {
    let q = Q { a: 1, b: 2 };
    println!("{:?} {}", q, q == q.clone());
}
`, 'Q { a: 1, b: 2 } true\n');
  });
});

describe('repr hints rustc refuses', () => {
  it('E0517, E0587, E0589, E0588, E0552', async () => {
    expect(await errors(`#[repr(u8)]
struct S { a: u32 }
#[repr(packed)]
enum E { A, B }
#[repr(packed, align(4))]
struct T { a: u32 }
#[repr(align(3))]
struct U { a: u32 }
#[repr(align(8))]
struct Al { a: u8 }
#[repr(packed)]
struct Pk { a: Al }
#[repr(foo)]
struct V { a: u32 }
fn main() {}
`)).toEqual([
      'E0517 1:8 attribute should be applied to an enum',
      'E0517 3:8 attribute should be applied to a struct or union',
      'E0587 6:1 type has conflicting packed and align representation hints',
      'E0589 7:14 invalid `repr(align)` attribute: not a power of two',
      'E0588 12:1 packed type cannot transitively contain a `#[repr(align)]` type',
      'E0552 13:8 unrecognized representation hint',
    ]);
  });

  it('E0370 and E0084, and discriminants out of the repr\'s range (overflowing_literals)', async () => {
    expect(await errors(`#[repr(i8)]
enum F { A = 127, B }
#[repr(u8)]
enum Z {}
fn main() {}
`)).toEqual(['E0370 2:19 enum discriminant overflowed', 'E0084 3:8 unsupported representation for zero-variant enum']);
    expect(await errors(`#[repr(u8)]
#[allow(dead_code)]
enum G { A = 256, B = 3 }
fn main() {}
`)).toEqual(['overflowing_literals 3:14 literal out of range for `u8`']);
  });
});

describe('the bytes and bits of numbers', () => {
  it('to_le_bytes / to_be_bytes / to_ne_bytes, from_*_bytes, to_bits and from_bits on every width', async () => {
    await runsAs(BYTES, `[254, 255] [255, 254]
[8, 7, 6, 5, 4, 3, 2, 1]
[255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]
[250, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255]
340282366920938463463374607431768211450
-56
-123456789
256
0x3ff8000000000000 [63, 248, 0, 0, 0, 0, 0, 0]
0x80000000 [0, 0, 0, 128]
3.1415927 3.141592653589793
1
2.5
1077936128 [1, 2] 2
deadbeef
00000007
true
7f800000
`);
  });

  it('E0308: an array of the wrong length for the type; E0689: the bytes of an `{integer}`', async () => {
    expect(await errors(`fn main() {
    let frame: [u8; 4] = [0x00, 0x10, 0xff, 0x01];
    let kind = u16::from_be_bytes([frame[0], frame[1]]);
    let value = u32::from_be_bytes([frame[2], frame[3]]);
    println!("kind {} value {}", kind, value);
}
`)).toEqual(['E0308 4:36 mismatched types']);
    const r = (await getEngine()).check('fn main() {\n    let a: [u8; 4] = [1, 2];\n}\n');
    expect(r.diagnostics[0].labels[0].message).toBe('expected an array with a size of 4, found one with a size of 2');
    expect(await errors(`fn main() {
    let sensor_id = 513;
    let bytes = sensor_id.to_le_bytes();
    println!("{:?}", bytes);
}
`)).toEqual(['E0689 3:27 can\'t call method `to_le_bytes` on ambiguous numeric type `{integer}`']);
  });
});

describe('the implicit Sized bound of type parameters', () => {
  const STR = 'the size for values of type `str` cannot be known at compilation time';
  it('E0277: size_of::<str>(), a generic fn given a slice or (through an argument) a str', async () => {
    expect(await errors(`use std::mem::size_of;
fn main() {
    println!("{}", size_of::<&str>());
    println!("{}", size_of::<str>());
}
`)).toEqual([`E0277 4:30 ${STR}`]);
    expect(await errors(`use std::mem::size_of;
fn bytes_of<T>() -> usize {
    size_of::<T>()
}
fn main() {
    println!("{}", bytes_of::<[u8]>());
}
`)).toEqual(['E0277 6:31 the size for values of type `[u8]` cannot be known at compilation time']);
    expect(await errors(`use std::fmt::Debug;
fn show<T: Debug>(x: &T) { println!("{:?}", x); }
fn main() {
    let s: &str = "abc";
    show(s);
}
`)).toEqual([`E0277 5:10 ${STR}`]);
  });

  it('`?Sized` lifts it; size_of_val and type_name take unsized types', async () => {
    await runsAs(`use std::fmt::Debug;
fn show<T: Debug + ?Sized>(x: &T) { println!("{:?}", x); }
fn name<T>() -> &'static str where T: ?Sized { std::any::type_name::<T>() }
fn main() {
    show("abc");
    show(&[1, 2][..]);
    println!("{}", name::<str>());
    println!("{}", std::mem::size_of_val("abcd"));
    println!("{}", std::mem::size_of_val(&[1u8, 2, 3][..]));
}
`, '"abc"\n[1, 2]\nstr\n4\n3\n');
  });
});
