// How far can we go with each integer type?

fn fib_u64(n: u32) -> Option<u64> {
    let (mut a, mut b): (u64, u64) = (0, 1);
    for _ in 0..n {
        let next = a.checked_add(b)?;
        a = b;
        b = next;
    }
    Some(a)
}

fn fib_u128(n: u32) -> u128 {
    let (mut a, mut b): (u128, u128) = (0, 1);
    for _ in 0..n {
        let next = a + b;
        a = b;
        b = next;
    }
    a
}

fn main() {
    for n in [0, 1, 2, 10, 50, 90, 93] {
        println!("fib({}) = {:?}", n, fib_u64(n));
    }
    println!("fib(150) = {}", fib_u128(150));
    println!("fib(180) = {}", fib_u128(180));

    let mut n = 0;
    while fib_u64(n + 1).is_some() {
        n += 1;
    }
    println!("largest n whose fib fits u64... next step overflows at n = {}", n + 1);
}
