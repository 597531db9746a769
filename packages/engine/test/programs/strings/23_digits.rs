fn digit_sum(s: &str) -> u32 {
    s.chars().filter_map(|c| c.to_digit(10)).sum()
}

fn to_base(mut n: u32, base: u32) -> String {
    if n == 0 {
        return "0".to_string();
    }
    let mut digits = Vec::new();
    while n > 0 {
        digits.push(std::char::from_digit(n % base, base).unwrap());
        n /= base;
    }
    digits.iter().rev().collect()
}

fn main() {
    println!("digit sum of 'a1b2c3': {}", digit_sum("a1b2c3"));
    println!("digit sum of 9875: {}", digit_sum(&9875.to_string()));

    println!("'7'.to_digit(10) = {:?}", '7'.to_digit(10));
    println!("'f'.to_digit(16) = {:?}", 'f'.to_digit(16));
    println!("'g'.to_digit(16) = {:?}", 'g'.to_digit(16));
    println!("from_digit(11, 16) = {:?}", char::from_digit(11, 16));

    for n in [0u32, 5, 255, 1000] {
        println!("{:>5} = {:>10} (base 2) = {:>4} (base 16) = {} (base 7)",
            n, to_base(n, 2), to_base(n, 16), to_base(n, 7));
    }

    let isbn = "0-306-40615-2";
    let digits: Vec<u32> = isbn.chars().filter_map(|c| c.to_digit(10)).collect();
    let checksum: u32 = digits.iter().enumerate().map(|(i, d)| (10 - i as u32) * d).sum();
    println!("ISBN {} valid: {}", isbn, checksum % 11 == 0);
}
