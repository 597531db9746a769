#[derive(Debug, PartialEq)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn parse_hex_color(s: &str) -> Option<Rgb> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 {
        return None;
    }
    let value = u32::from_str_radix(hex, 16).ok()?;
    Some(Rgb {
        r: (value >> 16) as u8,
        g: (value >> 8) as u8,
        b: value as u8,
    })
}

fn to_hex(c: &Rgb) -> String {
    format!("#{:02X}{:02X}{:02X}", c.r, c.g, c.b)
}

fn brightness(c: &Rgb) -> f64 {
    (0.299 * c.r as f64 + 0.587 * c.g as f64 + 0.114 * c.b as f64) / 255.0
}

fn main() {
    for s in ["#ff8800", "#1E90FF", "#000000", "ff8800", "#12345", "#GG0000"] {
        match parse_hex_color(s) {
            Some(c) => println!("{} -> {:?} -> {} brightness {:.3}", s, c, to_hex(&c), brightness(&c)),
            None => println!("{} -> invalid", s),
        }
    }
}
