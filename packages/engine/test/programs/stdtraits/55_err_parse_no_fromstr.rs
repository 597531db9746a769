#[derive(Debug)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

impl Rgb {
    fn from_hex(s: &str) -> Option<Rgb> {
        let v = u32::from_str_radix(s.trim_start_matches('#'), 16).ok()?;
        Some(Rgb { r: (v >> 16) as u8, g: (v >> 8) as u8, b: v as u8 })
    }
}

fn main() {
    println!("{:?}", Rgb::from_hex("#336699"));
    let c = "#ff0000".parse::<Rgb>().unwrap();
    println!("{:?}", c);
}
