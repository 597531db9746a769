use std::error::Error;
use std::fmt;

#[derive(Debug)]
struct ParseAgeError { input: String }

impl fmt::Display for ParseAgeError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "age out of range: {}", self.input)
    }
}

impl Error for ParseAgeError {}

fn parse_age(s: &str) -> Result<u32, Box<dyn Error>> {
    let n: u32 = s.trim().parse()?; // ParseIntError -> Box<dyn Error>
    if n > 150 {
        return Err(Box::new(ParseAgeError { input: s.to_string() }));
    }
    Ok(n)
}

fn main() {
    for s in ["42", "abc", "200", " 7 "] {
        match parse_age(s) {
            Ok(a) => println!("ok: {}", a),
            Err(e) => println!("error: {}", e),
        }
    }
}
