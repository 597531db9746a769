fn sign(x: Option<i32>) -> &'static str {
    match x {
        Some(n) if n > 0 => "positive",
        Some(n) if n < 0 => "negative",
        Some(n) if n == 0 => "zero",
        None => "unknown",
    }
}

fn main() {
    for v in [Some(3), Some(-1), Some(0), None] {
        println!("{:?} is {}", v, sign(v));
    }
}
