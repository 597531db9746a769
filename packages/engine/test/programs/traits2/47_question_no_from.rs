use std::num::ParseIntError;

// `?` needs a From impl to turn ParseIntError into AppError.
#[derive(Debug)]
enum AppError {
    Empty,
    BadInput(String),
}

fn parse_age(text: &str) -> Result<u8, AppError> {
    if text.is_empty() {
        return Err(AppError::Empty);
    }
    let n = text.parse::<u8>()?;
    Ok(n)
}

fn describe(e: &ParseIntError) -> String {
    format!("{}", e)
}

fn main() {
    println!("{:?}", parse_age("31"));
    println!("{:?}", parse_age(""));
    println!("{:?}", AppError::BadInput("x".to_string()));
    if let Err(e) = "x".parse::<u8>() {
        println!("{}", describe(&e));
    }
}
