fn fib(n: u32) -> u64 {
    if n == 0 {
        return 0;
    }
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 1..n {
        let next = a + b;
        a = b;
        b = next;
    }
    b
}

fn fib_recursive(n: u32) -> u64 {
    match n {
        0 => 0,
        1 => 1,
        _ => fib_recursive(n - 1) + fib_recursive(n - 2),
    }
}

fn main() {
    for n in 0..=10 {
        print!("{} ", fib(n));
    }
    println!();
    println!("fib(50) = {}", fib(50));
    println!("fib(90) = {}", fib(90));
    println!("recursive fib(20) = {}", fib_recursive(20));
}
