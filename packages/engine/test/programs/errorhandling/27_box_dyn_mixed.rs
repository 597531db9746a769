use std::error::Error;

// Helpers can mix error sources when they return Box<dyn Error>.
fn parse_rgb(hex: &str) -> Result<(u8, u8, u8), Box<dyn Error>> {
    let hex = hex.strip_prefix('#').ok_or("colour must start with #")?;
    if hex.len() != 6 {
        return Err(format!("expected 6 hex digits, found {}", hex.len()).into());
    }
    let r = u8::from_str_radix(&hex[0..2], 16)?;
    let g = u8::from_str_radix(&hex[2..4], 16)?;
    let b = u8::from_str_radix(&hex[4..6], 16)?;
    Ok((r, g, b))
}

fn main() {
    for c in ["#ff8000", "00ff00", "#abc", "#12zz56", "#000000"] {
        match parse_rgb(c) {
            Ok((r, g, b)) => println!("{} = rgb({}, {}, {})", c, r, g, b),
            Err(e) => println!("{} -> error: {}", c, e),
        }
    }
}
