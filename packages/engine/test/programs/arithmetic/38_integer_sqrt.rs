// Integer square root by binary search, and Newton's method for f64.

fn isqrt(n: u64) -> u64 {
    let (mut lo, mut hi) = (0u64, n.min(4_294_967_295) + 1);
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    lo
}

fn newton_sqrt(x: f64) -> f64 {
    let mut guess = x / 2.0;
    for _ in 0..20 {
        guess = (guess + x / guess) / 2.0;
    }
    guess
}

fn is_perfect_square(n: u64) -> bool {
    let r = isqrt(n);
    r * r == n
}

fn main() {
    for n in [0u64, 1, 15, 16, 17, 99, 1_000_000, 999_999_999_999] {
        println!("isqrt({}) = {}", n, isqrt(n));
    }
    for x in [2.0, 9.0, 10.0, 0.25] {
        println!("newton({}) = {:.10} std = {:.10}", x, newton_sqrt(x), f64::sqrt(x));
    }
    let squares: Vec<u64> = (1..=200).filter(|&n| is_perfect_square(n)).collect();
    println!("{:?}", squares);
}
