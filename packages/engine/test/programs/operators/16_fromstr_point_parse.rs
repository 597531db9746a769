use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum ParsePointError {
    MissingComma,
    BadNumber(ParseIntError),
}

impl From<ParseIntError> for ParsePointError {
    fn from(e: ParseIntError) -> Self {
        ParsePointError::BadNumber(e)
    }
}

impl FromStr for Point {
    type Err = ParsePointError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (xs, ys) = s.split_once(',').ok_or(ParsePointError::MissingComma)?;
        // The ? converts ParseIntError into ParsePointError through From.
        let x = xs.trim().parse::<i32>()?;
        let y = ys.trim().parse::<i32>()?;
        Ok(Point { x, y })
    }
}

fn main() {
    let p = "3,4".parse::<Point>().unwrap();
    println!("parsed {:?}", p);

    let q: Point = " -10 , 7 ".parse().unwrap();
    println!("parsed {:?}", q);

    for input in ["1,2", "5;6", "x,1", "8,"] {
        match input.parse::<Point>() {
            Ok(pt) => println!("{:>5} -> {:?}", input, pt),
            Err(ParsePointError::MissingComma) => println!("{:>5} -> no comma", input),
            Err(ParsePointError::BadNumber(e)) => println!("{:>5} -> bad number: {}", input, e),
        }
    }
}
