fn factorial(n: u64) -> u64 {
    if n == 0 {
        1
    } else {
        n * factorial(n - 1)
    }
}

fn factorial_tail(n: u64, acc: u64) -> u64 {
    match n {
        0 | 1 => acc,
        _ => factorial_tail(n - 1, acc * n),
    }
}

fn checked_factorial(n: u32) -> Option<u32> {
    if n == 0 {
        return Some(1);
    }
    checked_factorial(n - 1)?.checked_mul(n)
}

fn main() {
    for n in [0, 1, 5, 10, 20] {
        println!("{}! = {}", n, factorial(n));
    }
    println!("tail-recursive 15! = {}", factorial_tail(15, 1));
    assert_eq!(factorial(12), factorial_tail(12, 1));

    for n in [12, 13] {
        match checked_factorial(n) {
            Some(v) => println!("{}! fits in u32: {}", n, v),
            None => println!("{}! overflows u32", n),
        }
    }
}
