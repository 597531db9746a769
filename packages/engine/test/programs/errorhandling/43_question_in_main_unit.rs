use std::num::ParseIntError;

fn parse_pair(a: &str, b: &str) -> Result<(i32, i32), ParseIntError> {
    Ok((a.parse()?, b.parse()?))
}

fn main() {
    let (x, y) = parse_pair("3", "4")?;
    println!("{} + {} = {}", x, y, x + y);
}
