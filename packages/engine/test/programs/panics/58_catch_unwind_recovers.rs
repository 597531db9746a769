// catch_unwind turns a panic into an Err inside the same thread.
use std::panic;

fn risky(n: i32) -> i32 {
    if n < 0 {
        panic!("negative input {}", n);
    }
    n * 2
}

fn main() {
    let ok = panic::catch_unwind(|| risky(4));
    println!("ok = {:?}", ok.is_ok());
    let bad = panic::catch_unwind(|| risky(-1));
    println!("bad is err = {}", bad.is_err());
    println!("still running");
}
