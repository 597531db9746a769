// Collecting an iterator of Results into a Result<Vec<_>, _>
fn parse_all(items: &[&str]) -> Result<Vec<i64>, std::num::ParseIntError> {
    items.iter().map(|s| s.parse::<i64>()).collect()
}

fn main() {
    let good = ["1", "2", "3", "4"];
    let bad = ["1", "two", "3", "fore"];

    match parse_all(&good) {
        Ok(v) => println!("parsed {:?}, sum {}", v, v.iter().sum::<i64>()),
        Err(e) => println!("error: {}", e),
    }
    match parse_all(&bad) {
        Ok(v) => println!("parsed {:?}", v),
        Err(e) => println!("error: {}", e),
    }

    // Keep only the successes, and separately count failures
    let (oks, errs): (Vec<_>, Vec<_>) = bad.iter().map(|s| s.parse::<i64>()).partition(|r| r.is_ok());
    let oks: Vec<i64> = oks.into_iter().map(Result::unwrap).collect();
    println!("successes: {:?}, failures: {}", oks, errs.len());
}
