// Before `?` existed: explicit match and early return.
use std::num::ParseIntError;

fn multiply(first: &str, second: &str) -> Result<i32, ParseIntError> {
    let a = match first.parse::<i32>() {
        Ok(n) => n,
        Err(e) => return Err(e),
    };
    let b = match second.parse::<i32>() {
        Ok(n) => n,
        Err(e) => return Err(e),
    };
    Ok(a * b)
}

fn multiply_q(first: &str, second: &str) -> Result<i32, ParseIntError> {
    Ok(first.parse::<i32>()? * second.parse::<i32>()?)
}

fn print(result: Result<i32, ParseIntError>) {
    match result {
        Ok(n) => println!("n is {}", n),
        Err(e) => println!("Error: {}", e),
    }
}

fn main() {
    print(multiply("10", "2"));
    print(multiply("t", "2"));
    print(multiply_q("6", "7"));
    print(multiply_q("6", ""));
}
