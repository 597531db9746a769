use std::convert::TryFrom;
use std::convert::TryInto;
use std::str::FromStr;

#[derive(Debug, PartialEq)]
struct Rgb(u8, u8, u8);

#[derive(Debug, PartialEq)]
enum RgbError { BadLength, BadHex(String) }

impl FromStr for Rgb {
    type Err = RgbError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let hex = s.trim_start_matches('#');
        if hex.len() != 6 {
            return Err(RgbError::BadLength);
        }
        let part = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).map_err(|_| RgbError::BadHex(hex[i..i + 2].to_string()));
        Ok(Rgb(part(0)?, part(2)?, part(4)?))
    }
}

impl TryFrom<(i32, i32, i32)> for Rgb {
    type Error = String;
    fn try_from(t: (i32, i32, i32)) -> Result<Self, Self::Error> {
        let c = |v: i32| u8::try_from(v).map_err(|_| format!("{} out of range", v));
        Ok(Rgb(c(t.0)?, c(t.1)?, c(t.2)?))
    }
}

fn main() {
    let a: Rgb = "#ff8000".parse().unwrap();
    println!("{:?}", a);
    println!("{:?}", "#12".parse::<Rgb>());
    println!("{:?}", Rgb::from_str("zz0000"));
    let b: Result<Rgb, String> = (10, 20, 300).try_into();
    println!("{:?}", b);
    println!("{:?}", Rgb::try_from((1, 2, 3)));
    let parsed: Vec<Rgb> = ["#000000", "#ffffff"].iter().map(|s| s.parse().unwrap()).collect();
    println!("{:?}", parsed);
}
