// A mutable static is global state: every access needs unsafe.
static GREETING: &str = "Hello, statics";
static mut CALL_COUNT: u32 = 0;

fn record_call(amount: u32) {
    unsafe {
        CALL_COUNT += amount;
    }
}

fn current_count() -> u32 {
    unsafe { CALL_COUNT }
}

unsafe fn reset() {
    CALL_COUNT = 0;
}

fn main() {
    println!("{}", GREETING);
    for i in 1..=4 {
        record_call(i);
    }
    println!("CALL_COUNT: {}", current_count());

    unsafe {
        reset();
    }
    record_call(7);
    println!("after reset and one call: {}", current_count());
}
