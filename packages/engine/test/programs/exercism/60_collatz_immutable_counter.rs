// A step counter declared without `mut`.
fn collatz_steps(mut n: u64) -> u64 {
    let steps = 0;
    while n != 1 {
        if n % 2 == 0 {
            n /= 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    steps
}

fn main() {
    for n in [1, 12, 27] {
        println!("{} -> {}", n, collatz_steps(n));
    }
}
