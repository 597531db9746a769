// Roman numeral converter in both directions, with validation.
use std::fmt;

#[derive(Debug, PartialEq)]
enum RomanError {
    OutOfRange(u32),
    InvalidChar(char),
    NotCanonical(String),
    Empty,
}

impl fmt::Display for RomanError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            RomanError::OutOfRange(n) => write!(f, "{} cannot be written in roman numerals", n),
            RomanError::InvalidChar(c) => write!(f, "'{}' is not a roman digit", c),
            RomanError::NotCanonical(s) => write!(f, "'{}' is not written canonically", s),
            RomanError::Empty => write!(f, "empty input"),
        }
    }
}

const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"),
    (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
    (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

struct Roman(u32);

impl Roman {
    fn new(n: u32) -> Result<Roman, RomanError> {
        if n == 0 || n > 3999 {
            Err(RomanError::OutOfRange(n))
        } else {
            Ok(Roman(n))
        }
    }

    fn parse(s: &str) -> Result<Roman, RomanError> {
        if s.is_empty() {
            return Err(RomanError::Empty);
        }
        let values: Vec<u32> = s
            .chars()
            .map(|c| match c.to_ascii_uppercase() {
                'I' => Ok(1),
                'V' => Ok(5),
                'X' => Ok(10),
                'L' => Ok(50),
                'C' => Ok(100),
                'D' => Ok(500),
                'M' => Ok(1000),
                other => Err(RomanError::InvalidChar(other)),
            })
            .collect::<Result<_, _>>()?;
        let mut total = 0;
        for i in 0..values.len() {
            if i + 1 < values.len() && values[i] < values[i + 1] {
                total -= values[i] as i64;
            } else {
                total += values[i] as i64;
            }
        }
        let roman = Roman::new(total as u32)?;
        // round-trip check rejects things like "IIII" or "VX"
        if roman.to_string() != s.to_ascii_uppercase() {
            return Err(RomanError::NotCanonical(s.to_string()));
        }
        Ok(roman)
    }
}

impl fmt::Display for Roman {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let mut n = self.0;
        for &(value, digits) in TABLE.iter() {
            while n >= value {
                f.write_str(digits)?;
                n -= value;
            }
        }
        Ok(())
    }
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
        match Roman::new(n) {
            Ok(r) => println!("{:>4} -> {}", n, r),
            Err(e) => println!("{:>4} -> error: {}", n, e),
        }
    }
    println!();
    for s in ["XLII", "mcmxcix", "MMXXIV", "IIII", "VX", "XIZ", ""] {
        match Roman::parse(s) {
            Ok(r) => println!("{:<8} -> {}", s, r.0),
            Err(e) => println!("{:<8} -> error: {}", s, e),
        }
    }
    let sum: u32 = ["X", "XX", "XXX"].iter().map(|s| Roman::parse(s).unwrap().0).sum();
    println!("X + XX + XXX = {}", Roman::new(sum).unwrap());
}
