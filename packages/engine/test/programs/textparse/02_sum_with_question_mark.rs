// Using ? to propagate a ParseIntError out of a helper function.
use std::num::ParseIntError;

fn sum_all(items: &[&str]) -> Result<i64, ParseIntError> {
    let mut total = 0;
    for item in items {
        let value: i64 = item.trim().parse()?;
        total += value;
    }
    Ok(total)
}

fn main() {
    let good = ["10", " 20", "30 "];
    let bad = ["1", "2", "three", "4"];

    match sum_all(&good) {
        Ok(t) => println!("good total = {}", t),
        Err(e) => println!("good failed: {}", e),
    }
    match sum_all(&bad) {
        Ok(t) => println!("bad total = {}", t),
        Err(e) => println!("bad failed: {}", e),
    }
    // Overflow is also a parse error.
    let huge = "99999999999999999999";
    println!("huge: {:?}", huge.parse::<i64>().is_err());
    if let Err(e) = huge.parse::<u8>() {
        println!("u8 error: {}", e);
    }
}
