// Leap year: divisible by 4, except centuries, unless divisible by 400.
fn is_leap_year(year: u64) -> bool {
    let divisible_by = |n: u64| year % n == 0;
    divisible_by(4) && (!divisible_by(100) || divisible_by(400))
}

fn main() {
    let years = [1996, 1997, 1900, 2000, 2023, 2024, 2100, 2400];
    for y in years {
        let verdict = if is_leap_year(y) { "leap" } else { "common" };
        println!("{} is a {} year", y, verdict);
    }
    let count = (1900..=2000).filter(|&y| is_leap_year(y)).count();
    println!("leap years from 1900 to 2000: {}", count);
}
