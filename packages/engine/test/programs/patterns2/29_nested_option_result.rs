use std::num::ParseIntError;

fn parse_optional(field: Option<&str>) -> Option<Result<i32, ParseIntError>> {
    field.map(|s| s.parse::<i32>())
}

fn describe(r: &Option<Result<i32, ParseIntError>>) -> String {
    match r {
        None => "field missing".to_string(),
        Some(Ok(n)) if *n < 0 => format!("negative value {}", n),
        Some(Ok(0)) => "zero".to_string(),
        Some(Ok(n)) => format!("value {}", n),
        Some(Err(e)) => format!("parse error: {}", e),
    }
}

fn main() {
    let inputs = [Some("42"), None, Some("-8"), Some("0"), Some("4x2"), Some("")];
    let parsed: Vec<_> = inputs.iter().map(|f| parse_optional(*f)).collect();
    for (input, p) in inputs.iter().zip(&parsed) {
        println!("{:?} -> {}", input, describe(p));
    }

    // flip the nesting with transpose
    let flipped: Result<Option<i32>, ParseIntError> = parse_optional(Some("17")).transpose();
    match flipped {
        Ok(Some(v)) => println!("transposed: Ok(Some({}))", v),
        Ok(None) => println!("transposed: nothing"),
        Err(e) => println!("transposed error: {}", e),
    }

    let total: i32 = parsed
        .iter()
        .filter_map(|p| match p {
            Some(Ok(n)) => Some(*n),
            _ => None,
        })
        .sum();
    println!("sum of good values = {}", total);
}
