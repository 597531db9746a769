// Factorial, recursively and with an accumulator
fn factorial(n: u64) -> u64 {
    if n == 0 {
        1
    } else {
        n * factorial(n - 1)
    }
}

fn factorial_acc(n: u64, acc: u64) -> u64 {
    if n == 0 {
        return acc;
    }
    factorial_acc(n - 1, acc * n)
}

fn main() {
    for n in [0u64, 1, 5, 10, 20] {
        println!("{}! = {} (acc: {})", n, factorial(n), factorial_acc(n, 1));
    }
}
