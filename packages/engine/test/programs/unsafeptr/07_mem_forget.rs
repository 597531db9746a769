use std::mem;

// mem::forget takes ownership and never runs the destructor.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    let c = Noisy("c");
    mem::forget(b);
    println!("b was forgotten, its drop will never print");
    drop(a);
    println!("end of main");
    let _ = &c;
}
