// Fibonacci with an accumulator pair in i32
fn fib(n: u32, a: i32, b: i32) -> i32 {
    if n == 0 { a } else { fib(n - 1, b, a + b) }
}

fn main() {
    for n in [10, 30, 46] {
        println!("fib({}) = {}", n, fib(n, 0, 1));
    }
    println!("fib(47) = {}", fib(47, 0, 1));
}
