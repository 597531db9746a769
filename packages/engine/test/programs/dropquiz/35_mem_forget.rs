// mem::forget skips the destructor entirely.
use std::mem;

struct Handle(u32);

impl Drop for Handle {
    fn drop(&mut self) {
        println!("close handle {}", self.0);
    }
}

fn main() {
    let a = Handle(1);
    let b = Handle(2);
    let c = Handle(3);
    mem::forget(b);
    println!("forgot handle 2");
    drop(a);
    println!("still have handle {}", c.0);
}
