// Chaining fallible steps with and_then instead of nested matches.
fn parse(s: &str) -> Result<i32, String> {
    s.parse::<i32>().map_err(|e| e.to_string())
}

fn non_negative(n: i32) -> Result<i32, String> {
    if n >= 0 { Ok(n) } else { Err(format!("{} is negative", n)) }
}

fn halve_even(n: i32) -> Result<i32, String> {
    if n % 2 == 0 { Ok(n / 2) } else { Err(format!("{} is odd", n)) }
}

fn main() {
    for input in ["84", "-6", "7", "nope"] {
        let result = parse(input)
            .and_then(non_negative)
            .and_then(halve_even)
            .map(|n| n * 10);
        println!("{:>5}: {:?}", input, result);
    }
}
