// std's Result needs both T and E.
fn parse_age(s: &str) -> Result<u8> {
    s.trim().parse::<u8>()
}

fn main() {
    match parse_age(" 37 ") {
        Ok(age) => println!("age {}", age),
        Err(e) => println!("bad age: {}", e),
    }
}
