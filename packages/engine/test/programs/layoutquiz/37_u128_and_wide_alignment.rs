use std::mem::{align_of, size_of};

#[allow(dead_code)]
struct Ledger {
    tag: u8,
    total: u128,
}

#[repr(C)]
#[allow(dead_code)]
struct Wide {
    flag: bool,
    big: u64,
}

#[repr(C, packed)]
#[allow(dead_code)]
struct Packed {
    flag: bool,
    big: u64,
}

fn main() {
    println!("u128   size {} align {}", size_of::<u128>(), align_of::<u128>());
    println!("Ledger size {} align {}", size_of::<Ledger>(), align_of::<Ledger>());
    println!("Wide   size {} align {}", size_of::<Wide>(), align_of::<Wide>());
    // packed removes all padding, at the cost of unaligned reads
    println!("Packed size {} align {}", size_of::<Packed>(), align_of::<Packed>());

    let p = Packed { flag: true, big: 7 };
    let big = p.big; // copy out before use
    println!("packed big = {}", big);
}
