use std::fmt;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, PartialEq)]
enum PointError {
    MissingComma,
    BadCoordinate(String),
}

impl fmt::Display for PointError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            PointError::MissingComma => write!(f, "expected `x,y`"),
            PointError::BadCoordinate(s) => write!(f, "bad coordinate `{}`", s),
        }
    }
}

impl FromStr for Point {
    type Err = PointError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim_matches(|c| c == '(' || c == ')');
        let (a, b) = s.split_once(',').ok_or(PointError::MissingComma)?;
        let x = a.trim().parse().map_err(|_| PointError::BadCoordinate(a.trim().to_string()))?;
        let y = b.trim().parse().map_err(|_| PointError::BadCoordinate(b.trim().to_string()))?;
        Ok(Point { x, y })
    }
}

fn main() {
    let inputs = ["(1, 2)", "3,-4", "(5 6)", "(7, z)"];
    for s in inputs {
        match s.parse::<Point>() {
            Ok(p) => println!("{} => {:?}", s, p),
            Err(e) => println!("{} => error: {}", s, e),
        }
    }
    assert_eq!("0,0".parse(), Ok(Point { x: 0, y: 0 }));
    println!("origin parsed fine");
}
