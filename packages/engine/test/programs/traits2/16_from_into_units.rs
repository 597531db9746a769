// From between our own types, and Into for free.
#[derive(Debug)]
struct Meters(f64);
#[derive(Debug)]
struct Feet(f64);

impl From<Feet> for Meters {
    fn from(f: Feet) -> Meters {
        Meters(f.0 * 0.3048)
    }
}

#[derive(Debug)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

impl From<u32> for Rgb {
    fn from(hex: u32) -> Rgb {
        Rgb { r: (hex >> 16) as u8, g: (hex >> 8) as u8, b: hex as u8 }
    }
}

fn print_height(h: impl Into<Meters>) {
    let m: Meters = h.into();
    println!("height = {:.3} m", m.0);
}

fn main() {
    let m = Meters::from(Feet(10.0));
    println!("{:?}", m);
    let orange: Rgb = 0xFF8800.into();
    println!("{:?}", orange);
    print_height(Feet(6.0));
    print_height(Meters(1.8));
}
