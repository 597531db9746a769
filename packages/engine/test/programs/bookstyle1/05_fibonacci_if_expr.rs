// Practice exercise: nth Fibonacci number, plus if as an expression.
fn fibonacci(n: u32) -> u64 {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn main() {
    for n in 0..10 {
        let fib = fibonacci(n);
        let parity = if fib % 2 == 0 { "even" } else { "odd" };
        println!("fib({n}) = {fib} ({parity})");
    }
    let big = fibonacci(50);
    let size = if big > 1_000_000_000 { "huge" } else { "small" };
    println!("fib(50) = {big} is {size}");
}
