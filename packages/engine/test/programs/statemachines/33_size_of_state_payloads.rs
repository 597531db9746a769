// Comparing the size of state enums as their payloads grow
use std::mem::size_of;

#[allow(dead_code)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Plain {
    Idle,
    Busy,
    Done,
}

#[allow(dead_code)]
enum WithCode {
    Idle,
    Busy(u16),
    Done(u16),
}

#[allow(dead_code)]
enum WithText {
    Idle,
    Busy(String),
}

#[allow(dead_code)]
enum WithBox {
    Idle,
    Busy(Box<[u8; 1024]>),
}

#[allow(dead_code)]
enum Inline {
    Idle,
    Busy([u8; 1024]),
}

fn main() {
    let rows: [(&str, usize); 5] = [
        ("Plain", size_of::<Plain>()),
        ("WithCode", size_of::<WithCode>()),
        ("WithText", size_of::<WithText>()),
        ("WithBox", size_of::<WithBox>()),
        ("Inline", size_of::<Inline>()),
    ];
    for (name, size) in rows {
        println!("{:<9} {:>5} bytes", name, size);
    }
    let v = vec![Plain::Idle; 100];
    println!("100 Plain states take {} bytes", v.len() * size_of::<Plain>());
}
