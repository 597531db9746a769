// Without checked_add, a debug build panics once the sum no longer fits in u32.
fn fib(n: u32) -> u32 {
    let mut a: u32 = 0;
    let mut b: u32 = 1;
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn main() {
    for n in (0..=50).step_by(10) {
        println!("fib({}) = {}", n, fib(n));
    }
}
