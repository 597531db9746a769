use std::error::Error;

fn parse_scores(line: &str) -> Result<Vec<u32>, Box<dyn Error>> {
    let mut scores = Vec::new();
    for part in line.split(',') {
        let n: u32 = part.trim().parse()?;
        scores.push(n);
    }
    Ok(scores)
}

fn main() -> Result<(), Box<dyn Error>> {
    let good = parse_scores("90, 85, 77")?;
    println!("scores: {:?}", good);
    println!("best: {}", good.iter().max().unwrap());

    println!("now parsing a bad line...");
    let bad = parse_scores("90, eighty, 77")?;
    println!("never printed: {:?}", bad);
    Ok(())
}
