// Euclid's algorithm, recursive and iterative.

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn gcd_loop(mut a: u64, mut b: u64) -> u64 {
    while b != 0 {
        let t = b;
        b = a % b;
        a = t;
    }
    a
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn simplify(num: i64, den: i64) -> (i64, i64) {
    let g = gcd(num.unsigned_abs(), den.unsigned_abs()) as i64;
    let sign = if den < 0 { -1 } else { 1 };
    (sign * num / g, sign * den / g)
}

fn main() {
    let pairs = [(48, 18), (17, 5), (100, 75), (0, 9), (270, 192)];
    for (a, b) in pairs {
        println!("gcd({}, {}) = {} = {}, lcm = {}", a, b, gcd(a, b), gcd_loop(a, b), lcm(a.max(1), b.max(1)));
    }
    let lcm_1_to_20 = (1..=20u64).fold(1, lcm);
    println!("lcm(1..=20) = {}", lcm_1_to_20);
    println!("6/-8 simplifies to {:?}", simplify(6, -8));
    println!("-45/60 simplifies to {:?}", simplify(-45, 60));
}
