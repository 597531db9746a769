// Exercise: read two numbers from strings and print their quotient.
fn parse_num(s: &str) -> Result<i32, std::num::ParseIntError> {
    s.trim().parse::<i32>()
}

fn divide(a: i32, b: i32) -> Option<i32> {
    if b == 0 {
        None
    } else {
        Some(a / b)
    }
}

fn main() {
    let a = parse_num(" 84 ")?;
    let b = parse_num("2")?;
    match divide(a, b) {
        Some(q) => println!("{} / {} = {}", a, b, q),
        None => println!("cannot divide by zero"),
    }
}
