fn digit_sum(mut n: u64) -> u64 {
    let mut sum = 0;
    while n > 0 {
        sum += n % 10;
        n /= 10;
    }
    sum
}

fn reverse_digits(mut n: u64) -> u64 {
    let mut rev = 0;
    while n > 0 {
        rev = rev * 10 + n % 10;
        n /= 10;
    }
    rev
}

fn is_palindrome(n: u64) -> bool {
    n == reverse_digits(n)
}

fn main() {
    for n in [0, 7, 1234, 9999, 12321, 1000] {
        println!("{:>6}: sum {:>2}, reversed {:>6}, palindrome {}",
                 n, digit_sum(n), reverse_digits(n), is_palindrome(n));
    }
}
