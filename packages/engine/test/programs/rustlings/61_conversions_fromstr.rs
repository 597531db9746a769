// from_str: implement FromStr so that "name,age".parse::<Person>() works.
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Person {
    name: String,
    age: u8,
}

#[derive(Debug, PartialEq)]
enum ParsePersonError {
    BadLen,
    NoName,
    ParseInt(ParseIntError),
}

impl FromStr for Person {
    type Err = ParsePersonError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut split = s.split(',');
        let (Some(name), Some(age), None) = (split.next(), split.next(), split.next()) else {
            return Err(ParsePersonError::BadLen);
        };
        if name.is_empty() {
            return Err(ParsePersonError::NoName);
        }
        let age = age.parse().map_err(ParsePersonError::ParseInt)?;
        Ok(Self { name: name.into(), age })
    }
}

fn main() {
    for input in ["John,32", "", "John", ",1", "John,", "John,300", "Mary,21,extra"] {
        let result: Result<Person, _> = input.parse();
        println!("{:>16} -> {:?}", format!("{:?}", input), result);
    }
}
