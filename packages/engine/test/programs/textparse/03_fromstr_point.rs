// Implementing FromStr for a Point written as "x,y".
use std::fmt;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
enum PointError {
    MissingComma,
    BadNumber(String),
}

impl fmt::Display for PointError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            PointError::MissingComma => write!(f, "expected a comma"),
            PointError::BadNumber(s) => write!(f, "not a number: {:?}", s),
        }
    }
}

impl std::error::Error for PointError {}

impl FromStr for Point {
    type Err = PointError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (xs, ys) = s.split_once(',').ok_or(PointError::MissingComma)?;
        let x = xs.trim().parse().map_err(|_| PointError::BadNumber(xs.trim().to_string()))?;
        let y = ys.trim().parse().map_err(|_| PointError::BadNumber(ys.trim().to_string()))?;
        Ok(Point { x, y })
    }
}

fn main() {
    for text in ["3,4", " -1 , 8 ", "5;6", "7,x"] {
        match text.parse::<Point>() {
            Ok(p) => println!("{:?} -> {:?}", text, p),
            Err(e) => println!("{:?} -> error: {}", text, e),
        }
    }
    let p: Point = "10,20".parse().unwrap();
    assert_eq!(p, Point { x: 10, y: 20 });
    println!("sum of coords = {}", p.x + p.y);
}
