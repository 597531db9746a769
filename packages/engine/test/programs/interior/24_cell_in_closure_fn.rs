use std::cell::Cell;

// A function that only accepts Fn closures (not FnMut).
fn repeat<F: Fn(u32)>(times: u32, f: F) {
    for i in 0..times {
        f(i);
    }
}

fn main() {
    let sum = Cell::new(0u32);
    let max_seen = Cell::new(0u32);

    repeat(5, |i| {
        sum.set(sum.get() + i);
        if i > max_seen.get() {
            max_seen.set(i);
        }
    });
    println!("sum = {}, max = {}", sum.get(), max_seen.get());

    // The same closure can be called through a shared reference.
    let tick = || sum.set(sum.get() + 100);
    let r1 = &tick;
    let r2 = &tick;
    r1();
    r2();
    println!("sum after ticks = {}", sum.get());
}
