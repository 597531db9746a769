// A global counter needs unsafe because any code could touch it at any time.
static mut COUNTER: u32 = 0;

fn bump() {
    unsafe {
        COUNTER += 1;
    }
}

fn main() {
    for _ in 0..5 {
        bump();
    }
    let now = unsafe { COUNTER };
    println!("counter = {}", now);
}
