// The ? operator propagates errors to the caller.
use std::num::ParseIntError;

fn parse_pair(s: &str) -> Result<(i32, i32), ParseIntError> {
    let mut parts = s.split(',');
    let a = parts.next().unwrap_or("").trim().parse::<i32>()?;
    let b = parts.next().unwrap_or("").trim().parse::<i32>()?;
    Ok((a, b))
}

fn sum_all(items: &[&str]) -> Result<i32, ParseIntError> {
    let mut total = 0;
    for item in items {
        total += item.parse::<i32>()?;
    }
    Ok(total)
}

fn double_first(v: &[&str]) -> Option<i32> {
    let first = v.first()?;
    let n = first.parse::<i32>().ok()?;
    Some(n * 2)
}

fn main() {
    println!("{:?}", parse_pair("3, 4"));
    println!("{:?}", parse_pair("3, x"));
    match parse_pair("7,") {
        Ok(p) => println!("pair {:?}", p),
        Err(e) => println!("failed: {}", e),
    }
    println!("{:?}", sum_all(&["1", "2", "3"]));
    println!("{:?}", sum_all(&["1", "two", "3"]).map_err(|e| e.to_string()));
    println!("{:?}", double_first(&["21", "x"]));
    println!("{:?}", double_first(&[]));
    println!("{:?}", double_first(&["nope"]));
}
