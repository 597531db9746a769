fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn power(base: i64, exp: u32) -> i64 {
    match exp {
        0 => 1,
        e if e % 2 == 0 => {
            let half = power(base, e / 2);
            half * half
        }
        e => base * power(base, e - 1),
    }
}

fn sum_digits(n: u32) -> u32 {
    if n < 10 { n } else { n % 10 + sum_digits(n / 10) }
}

fn is_palindrome(s: &[u8]) -> bool {
    match s {
        [] | [_] => true,
        [first, middle @ .., last] => first == last && is_palindrome(middle),
    }
}

fn grid_paths(rows: u32, cols: u32) -> u64 {
    if rows == 1 || cols == 1 {
        1
    } else {
        grid_paths(rows - 1, cols) + grid_paths(rows, cols - 1)
    }
}

fn main() {
    println!("gcd(48, 180) = {}", gcd(48, 180));
    println!("gcd(17, 5) = {}", gcd(17, 5));
    println!("2^10 = {}, 3^13 = {}", power(2, 10), power(3, 13));
    println!("sum_digits(98765) = {}", sum_digits(98765));
    for word in ["racecar", "level", "rust", "a", ""] {
        println!("{:?} palindrome? {}", word, is_palindrome(word.as_bytes()));
    }
    println!("paths in 3x3 grid = {}", grid_paths(3, 3));
    println!("paths in 5x4 grid = {}", grid_paths(5, 4));
}
