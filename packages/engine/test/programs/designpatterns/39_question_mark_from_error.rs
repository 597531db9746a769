// `?` converts errors with From: a small parsing pipeline.
use std::num::ParseIntError;

#[derive(Debug)]
enum OrderError {
    BadNumber(ParseIntError),
    Empty,
}

impl From<ParseIntError> for OrderError {
    fn from(e: ParseIntError) -> Self {
        OrderError::BadNumber(e)
    }
}

fn parse_quantities(line: &str) -> Result<Vec<u32>, OrderError> {
    if line.trim().is_empty() {
        return Err(OrderError::Empty);
    }
    let mut out = Vec::new();
    for part in line.split(',') {
        out.push(part.trim().parse::<u32>()?);
    }
    Ok(out)
}

fn main() {
    for line in ["1, 2, 3", "", "4, x"] {
        match parse_quantities(line) {
            Ok(q) => println!("total {}", q.iter().sum::<u32>()),
            Err(OrderError::Empty) => println!("empty order"),
            Err(OrderError::BadNumber(e)) => println!("bad number: {}", e),
        }
    }
}
