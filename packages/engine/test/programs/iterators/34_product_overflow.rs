// Factorials grow fast: u32 overflows at 13!, and debug builds panic.
fn factorial(n: u32) -> u32 {
    (1..=n).product()
}

fn main() {
    for n in [5, 10, 12] {
        println!("{}! = {}", n, factorial(n));
    }
    let big = factorial(13);
    println!("13! = {}", big);
}
