// The remainder operator panics on zero as well.
fn is_multiple(n: u32, d: u32) -> bool {
    n % d == 0
}

fn main() {
    let divisors = vec![2, 3, 0, 5];
    for d in divisors {
        println!("12 is a multiple of {}: {}", d, is_multiple(12, d));
    }
}
