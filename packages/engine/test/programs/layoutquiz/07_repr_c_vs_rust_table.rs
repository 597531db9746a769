use std::mem::size_of;

struct RustOrder {
    a: u8,
    b: u64,
    c: u16,
    d: u8,
}

#[repr(C)]
struct COrder {
    a: u8,
    b: u64,
    c: u16,
    d: u8,
}

#[repr(C)]
struct COrderSorted {
    b: u64,
    c: u16,
    a: u8,
    d: u8,
}

fn main() {
    let r = RustOrder { a: 1, b: 2, c: 3, d: 4 };
    let c = COrder { a: 1, b: 2, c: 3, d: 4 };
    let s = COrderSorted { b: 2, c: 3, a: 1, d: 4 };
    println!("sums: {} {} {}", r.a as u64 + r.b + r.c as u64 + r.d as u64,
        c.a as u64 + c.b + c.c as u64 + c.d as u64,
        s.a as u64 + s.b + s.c as u64 + s.d as u64);

    println!("{:<14} {:>4}", "layout", "size");
    println!("{:<14} {:>4}", "default", size_of::<RustOrder>());
    println!("{:<14} {:>4}", "repr(C)", size_of::<COrder>());
    println!("{:<14} {:>4}", "repr(C) sorted", size_of::<COrderSorted>());
}
