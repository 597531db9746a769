// Euclid's algorithm
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn lcm(a: u64, b: u64) -> u64 {
    a / gcd(a, b) * b
}

fn gcd_all(nums: &[u64]) -> u64 {
    match nums {
        [] => 0,
        [x] => *x,
        [x, rest @ ..] => gcd(*x, gcd_all(rest)),
    }
}

fn main() {
    let pairs = [(48, 18), (17, 5), (100, 75), (0, 9)];
    for (a, b) in pairs {
        println!("gcd({}, {}) = {}, lcm = {}", a, b, gcd(a, b), if a == 0 { 0 } else { lcm(a, b) });
    }
    println!("gcd of list = {}", gcd_all(&[84, 126, 210]));
}
