fn digit_sum(mut n: u64) -> u64 {
    let mut sum = 0;
    while n > 0 {
        sum += n % 10;
        n /= 10;
    }
    sum
}

fn digital_root(n: u64) -> u64 {
    let mut r = n;
    while r >= 10 {
        r = digit_sum(r);
    }
    r
}

fn digits(n: u64) -> Vec<u8> {
    n.to_string().chars().map(|c| c.to_digit(10).unwrap() as u8).collect()
}

fn count_digits(n: u64) -> u32 {
    if n == 0 { 1 } else { n.ilog10() + 1 }
}

fn main() {
    for n in [0u64, 7, 1234, 99999, 987654321] {
        println!(
            "{:>10}: sum={:>2} root={} digits={:?} count={}",
            n,
            digit_sum(n),
            digital_root(n),
            digits(n),
            count_digits(n)
        );
    }
    let two_pow_50 = 2u64.pow(50);
    println!("digit sum of 2^50 ({}) is {}", two_pow_50, digit_sum(two_pow_50));
}
