// Student mixes up Option and Result.
fn parse_percent(s: &str) -> Result<u8, String> {
    let n: u8 = s.parse().map_err(|_| format!("not a number: {}", s))?;
    if n > 100 {
        return Err(format!("{} is more than 100", n));
    }
    Some(n)
}

fn main() {
    println!("{:?}", parse_percent("42"));
    println!("{:?}", parse_percent("142"));
}
