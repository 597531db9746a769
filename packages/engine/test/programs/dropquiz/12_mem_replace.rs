// mem::replace swaps in a new value and hands back the old one.
use std::mem;

struct Buffer {
    label: String,
}

impl Drop for Buffer {
    fn drop(&mut self) {
        println!("free buffer {}", self.label);
    }
}

fn main() {
    let mut current = Buffer { label: "front".into() };
    println!("current = {}", current.label);
    let old = mem::replace(&mut current, Buffer { label: "back".into() });
    println!("swapped: current = {}, old = {}", current.label, old.label);
    drop(old);
    println!("old gone");
    // The return value is a temporary here, dropped at the semicolon.
    mem::replace(&mut current, Buffer { label: "third".into() });
    println!("current = {}", current.label);
}
