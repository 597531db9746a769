// Detect factorial overflow with checked_mul instead of panicking.

fn factorial(n: u32) -> Option<u64> {
    let mut acc: u64 = 1;
    for k in 2..=n as u64 {
        acc = acc.checked_mul(k)?;
    }
    Some(acc)
}

fn factorial_u128(n: u32) -> Option<u128> {
    (1..=n as u128).try_fold(1u128, |acc, k| acc.checked_mul(k))
}

fn main() {
    for n in [0, 1, 5, 10, 20, 21, 25] {
        match factorial(n) {
            Some(f) => println!("{}! = {}", n, f),
            None => println!("{}! does not fit in a u64", n),
        }
    }
    let mut n = 0;
    while factorial_u128(n + 1).is_some() {
        n += 1;
    }
    println!("largest factorial in u128: {}! = {}", n, factorial_u128(n).unwrap());
}
