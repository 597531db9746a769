// Converting Roman numerals to integers, rejecting bad characters.
fn roman_value(c: char) -> Option<u32> {
    match c.to_ascii_uppercase() {
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

fn parse_roman(s: &str) -> Result<u32, String> {
    let values: Vec<u32> = s
        .chars()
        .map(|c| roman_value(c).ok_or(format!("invalid numeral {:?}", c)))
        .collect::<Result<_, _>>()?;
    let mut total = 0;
    for i in 0..values.len() {
        if i + 1 < values.len() && values[i] < values[i + 1] {
            total -= values[i] as i64;
        } else {
            total += values[i] as i64;
        }
    }
    Ok(total as u32)
}

fn main() {
    for r in ["XIV", "mcmxciv", "MMXXIV", "IX", "XIZ"] {
        println!("{:<8} -> {:?}", r, parse_roman(r));
    }
}
