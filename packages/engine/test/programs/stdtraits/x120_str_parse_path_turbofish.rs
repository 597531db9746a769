use std::str::FromStr;

#[derive(Debug)]
struct Color(usize);

impl FromStr for Color {
    type Err = String;
    fn from_str(s: &str) -> Result<Color, String> {
        Ok(Color(s.len()))
    }
}

fn main() {
    let c = str::parse::<Color>("red");
    println!("{:?}", c);
}
