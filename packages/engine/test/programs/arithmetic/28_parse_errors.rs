use std::num::ParseIntError;

fn parse_age(input: &str) -> Result<u8, ParseIntError> {
    input.trim().parse::<u8>()
}

fn sum_all(inputs: &[&str]) -> Result<i32, ParseIntError> {
    let mut total = 0;
    for s in inputs {
        total += s.parse::<i32>()?;
    }
    Ok(total)
}

fn main() {
    for input in ["42", " 7 ", "300", "-5", "abc", "", "12.5"] {
        match parse_age(input) {
            Ok(age) => println!("{:?} -> age {}", input, age),
            Err(e) => println!("{:?} -> error: {}", input, e),
        }
    }
    println!("{:?}", sum_all(&["1", "2", "3"]));
    match sum_all(&["10", "x20", "30"]) {
        Ok(t) => println!("total {}", t),
        Err(e) => println!("failed: {}", e),
    }
    let bad = "1e5".parse::<f64>();
    println!("1e5 as f64: {:?}", bad);
    let nan = "NaN".parse::<f64>().unwrap();
    println!("parsed NaN is_nan: {}", nan.is_nan());
}
