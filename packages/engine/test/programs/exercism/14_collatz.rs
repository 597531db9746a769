// Collatz conjecture: number of steps to reach 1; None for zero or overflow.
fn collatz(n: u64) -> Option<u64> {
    if n == 0 {
        return None;
    }
    let mut n = n;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { n.checked_mul(3)?.checked_add(1)? };
        steps += 1;
    }
    Some(steps)
}

fn main() {
    for n in [1, 16, 12, 1_000_000, 0, 27] {
        match collatz(n) {
            Some(s) => println!("collatz({}) = {} steps", n, s),
            None => println!("collatz({}) is undefined", n),
        }
    }
    println!("{:?}", collatz(u64::MAX));
    let (best, steps) = (1..30u64).map(|n| (n, collatz(n).unwrap())).max_by_key(|&(_, s)| s).unwrap();
    println!("longest below 30: {} with {} steps", best, steps);
}
