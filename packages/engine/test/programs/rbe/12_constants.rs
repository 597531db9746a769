// const and static: global values with explicit types.
static LANGUAGE: &str = "Rust";
const THRESHOLD: i32 = 10;
const SECONDS_PER_HOUR: u32 = 60 * 60;
const PRIMES: [u32; 5] = [2, 3, 5, 7, 11];

fn is_big(n: i32) -> bool {
    n > THRESHOLD
}

fn main() {
    let n = 16;

    println!("This is {}", LANGUAGE);
    println!("The threshold is {}", THRESHOLD);
    println!("{} is {}", n, if is_big(n) { "big" } else { "small" });
    println!("{} is {}", 4, if is_big(4) { "big" } else { "small" });
    println!("a day has {} seconds", 24 * SECONDS_PER_HOUR);

    let sum: u32 = PRIMES.iter().sum();
    println!("sum of first {} primes = {}", PRIMES.len(), sum);
}
