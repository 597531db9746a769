// Quiz: `?` needs a function that returns Result or Option.
fn parse_all(items: &[&str]) -> Result<Vec<i32>, std::num::ParseIntError> {
    let mut out = Vec::new();
    for s in items {
        out.push(s.parse::<i32>()?);
    }
    Ok(out)
}

fn main() {
    let good = ["1", "2", "3"];
    let numbers = parse_all(&good)?;
    let total: i32 = numbers.iter().sum();
    println!("total = {}", total);
}
