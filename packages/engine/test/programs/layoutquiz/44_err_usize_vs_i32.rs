use std::mem::size_of;

// Exercise: check the expected size of a header struct
struct Header {
    id: u32,
    flags: u16,
}

fn main() {
    let expected: i32 = 8;
    let h = Header { id: 1, flags: 0 };
    println!("id {} flags {}", h.id, h.flags);

    // size_of returns usize, not i32
    if size_of::<Header>() == expected {
        println!("size matches");
    } else {
        println!("size differs");
    }
}
