use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl FromStr for Point {
    type Err = ParseIntError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (x, y) = s
            .strip_prefix('(')
            .and_then(|s| s.strip_suffix(')'))
            .and_then(|s| s.split_once(','))
            .unwrap_or(("?", "?"));
        let x = x.trim().parse::<i32>()?;
        let y = y.trim().parse::<i32>()?;
        Ok(Point { x, y })
    }
}

fn main() {
    let p: Point = "(1, 2)".parse().unwrap();
    println!("{:?}", p);
    println!("{:?}", "(-7,40)".parse::<Point>());
    println!("{:?}", Point::from_str("( 3 , 4 )"));

    for input in ["(5,5)", "5,5", "(a,1)", "(10, -10)"] {
        match input.parse::<Point>() {
            Ok(pt) => println!("{:<10} -> x={} y={}", input, pt.x, pt.y),
            Err(e) => println!("{:<10} -> error: {}", input, e),
        }
    }
}
