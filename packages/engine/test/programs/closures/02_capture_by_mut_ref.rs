fn main() {
    let mut count = 0;

    // `inc` mutates `count`, so it captures it by mutable reference
    // and the closure binding itself must be `mut`.
    let mut inc = || {
        count += 1;
        println!("count is now {}", count);
    };

    inc();
    inc();
    inc();

    // the mutable borrow ends after the last call to `inc`
    println!("final count = {}", count);
}
