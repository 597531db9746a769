// Iterative Fibonacci with u64, stopping before it overflows.
fn fib(n: u32) -> Option<u64> {
    let (mut a, mut b): (u64, u64) = (0, 1);
    for _ in 0..n {
        let next = a.checked_add(b)?;
        a = b;
        b = next;
    }
    Some(a)
}

fn main() {
    for n in [0, 1, 2, 10, 50, 90, 93] {
        println!("fib({}) = {:?}", n, fib(n));
    }

    // find the first n whose fib no longer fits
    let mut n = 0;
    while fib(n).is_some() {
        n += 1;
    }
    println!("fib({}) overflows u64", n);
    println!("largest: fib({}) = {}", n - 1, fib(n - 1).unwrap());
    println!("u64::MAX  = {}", u64::MAX);
}
