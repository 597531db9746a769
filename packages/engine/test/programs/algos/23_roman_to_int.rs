fn value(c: char) -> Option<u32> {
    match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        'D' => Some(500),
        'M' => Some(1000),
        _ => None,
    }
}

fn roman_to_int(s: &str) -> Result<u32, String> {
    let mut total = 0;
    let mut prev = 0;
    // walk from the right: subtract when a smaller numeral precedes a larger one
    for c in s.chars().rev() {
        let v = value(c).ok_or(format!("bad numeral '{}'", c))?;
        if v < prev {
            total -= v;
        } else {
            total += v;
            prev = v;
        }
    }
    Ok(total)
}

fn main() {
    for s in ["III", "IV", "IX", "LVIII", "MCMXCIV", "MMXXIV", "XLII", "ABC"] {
        match roman_to_int(s) {
            Ok(n) => println!("{:>8} = {}", s, n),
            Err(e) => println!("{:>8} : error: {}", s, e),
        }
    }
}
