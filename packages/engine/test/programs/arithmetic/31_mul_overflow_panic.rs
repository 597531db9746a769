// Factorial with u32 overflows quickly; in debug builds this panics.

fn factorial(n: u32) -> u32 {
    let mut result = 1;
    for i in 1..=n {
        result *= i;
    }
    result
}

fn main() {
    for n in 10..15 {
        println!("{}! = {}", n, factorial(n));
    }
}
