// 21! does not fit in a u64: debug builds panic
fn factorial(n: u64) -> u64 {
    if n <= 1 { 1 } else { n * factorial(n - 1) }
}

fn main() {
    for n in 18..=22 {
        println!("{}! = {}", n, factorial(n));
    }
}
