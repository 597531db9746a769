use std::fmt;
use std::num::{ParseFloatError, ParseIntError};

#[derive(Debug)]
enum OrderError {
    Quantity(ParseIntError),
    Price(ParseFloatError),
}

impl From<ParseIntError> for OrderError {
    fn from(err: ParseIntError) -> Self {
        OrderError::Quantity(err)
    }
}

impl From<ParseFloatError> for OrderError {
    fn from(err: ParseFloatError) -> Self {
        OrderError::Price(err)
    }
}

impl fmt::Display for OrderError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            OrderError::Quantity(e) => write!(f, "bad quantity: {}", e),
            OrderError::Price(e) => write!(f, "bad price: {}", e),
        }
    }
}

fn line_total(qty: &str, price: &str) -> Result<f64, OrderError> {
    let q: u32 = qty.parse()?;
    let p: f64 = price.parse()?;
    Ok(q as f64 * p)
}

fn main() {
    let lines = [("3", "2.50"), ("two", "1.00"), ("4", "free"), ("10", "0.99")];
    let mut sum = 0.0;
    for (q, p) in lines {
        match line_total(q, p) {
            Ok(t) => {
                sum += t;
                println!("{} x {} = {:.2}", q, p, t);
            }
            Err(e) => println!("{} x {}: {}", q, p, e),
        }
    }
    println!("order total: {:.2}", sum);
}
