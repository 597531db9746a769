fn parse_hex(s: &str) -> Option<[u8; 3]> {
    let s = s.strip_prefix('#')?;
    if s.len() != 6 {
        return None;
    }
    let r = u8::from_str_radix(&s[0..2], 16).ok()?;
    let g = u8::from_str_radix(&s[2..4], 16).ok()?;
    let b = u8::from_str_radix(&s[4..6], 16).ok()?;
    Some([r, g, b])
}

fn name(rgb: [u8; 3]) -> String {
    match rgb {
        [0, 0, 0] => "black".into(),
        [255, 255, 255] => "white".into(),
        [r, 0, 0] => format!("pure red ({})", r),
        [0, g, 0] => format!("pure green ({})", g),
        [0, 0, b] => format!("pure blue ({})", b),
        [r, g, b] if r == g && g == b => format!("gray {}", r),
        [r, g, b] => format!("rgb({}, {}, {})", r, g, b),
    }
}

fn main() {
    for s in ["#000000", "#ffffff", "#800000", "#00ff00", "#404040", "#1e90ff", "123456", "#12"] {
        match parse_hex(s) {
            Some(rgb) => println!("{} => {}", s, name(rgb)),
            None => println!("{} => invalid", s),
        }
    }
    let [r, g, b] = parse_hex("#0a0b0c").unwrap();
    println!("{} {} {}", r, g, b);
}
