fn factorial(n: i32) -> i32 {
    let mut result = 1;
    for k in 1..=n {
        result *= k;
    }
    result
}

fn main() {
    for n in 1..=15 {
        println!("{:>2}! = {}", n, factorial(n));
    }
}
