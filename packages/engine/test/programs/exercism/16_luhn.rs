// Luhn checksum validation.
pub fn is_valid(code: &str) -> bool {
    let stripped: String = code.chars().filter(|c| !c.is_whitespace()).collect();
    if stripped.len() <= 1 {
        return false;
    }
    let mut sum = 0;
    for (i, c) in stripped.chars().rev().enumerate() {
        let mut d = match c.to_digit(10) {
            Some(d) => d,
            None => return false,
        };
        if i % 2 == 1 {
            d *= 2;
            if d > 9 {
                d -= 9;
            }
        }
        sum += d;
    }
    sum % 10 == 0
}

fn main() {
    let codes = ["4539 3195 0343 6467", "8273 1232 7352 0569", "0", " 0 0 ", "059a", "091", "9999999999 9999999999 9999999999 9999999999"];
    for c in codes {
        println!("{:50} {}", format!("{:?}", c), is_valid(c));
    }
}
