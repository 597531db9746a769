// Factorial grows fast: i32 overflows at 13!.
fn factorial(n: i32) -> i32 {
    let mut acc = 1;
    for k in 1..=n {
        acc *= k;
    }
    acc
}

fn main() {
    for n in [5, 10, 12, 13] {
        println!("{}! = {}", n, factorial(n));
    }
}
