// Nth prime (0-based: nth(0) == 2) by trial division.
fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

pub fn nth(n: u32) -> u32 {
    (2..).filter(|&k| is_prime(k)).nth(n as usize).unwrap()
}

fn main() {
    for n in [0, 1, 5, 10, 100, 1000] {
        println!("prime #{} = {}", n, nth(n));
    }
}
