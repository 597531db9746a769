fn parse_age(s: &str) -> Result<u8> {
    s.parse::<u8>()
}
fn main() {
    println!("{:?}", parse_age("37").is_ok());
}
