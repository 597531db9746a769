fn prime_factors(mut n: u32) -> Vec<u32> {
    let mut factors = Vec::new();
    let mut d = 2;
    while d * d <= n {
        while n % d == 0 {
            factors.push(d);
            n /= d;
        }
        d += 1;
    }
    if n > 1 {
        factors.push(n);
    }
    factors
}

fn format_factors(factors: &[u32]) -> String {
    // group equal primes as p^k
    let mut parts = Vec::new();
    let mut i = 0;
    while i < factors.len() {
        let p = factors[i];
        let mut k = 0;
        while i < factors.len() && factors[i] == p {
            k += 1;
            i += 1;
        }
        if k == 1 {
            parts.push(p.to_string());
        } else {
            parts.push(format!("{}^{}", p, k));
        }
    }
    parts.join(" * ")
}

fn main() {
    for n in [2, 12, 60, 97, 360, 1001, 65536, 99991] {
        let f = prime_factors(n);
        let check: u32 = f.iter().product();
        println!("{:>6} = {:<20} (check {})", n, format_factors(&f), check == n);
    }
}
