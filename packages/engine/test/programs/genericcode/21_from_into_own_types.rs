// Conversions between our own types with From; Into comes for free.
#[derive(Debug)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

#[derive(Debug)]
struct Hex(String);

#[derive(Debug)]
struct Gray(u8);

impl From<Rgb> for Hex {
    fn from(c: Rgb) -> Hex {
        Hex(format!("#{:02x}{:02x}{:02x}", c.r, c.g, c.b))
    }
}

impl From<&Rgb> for Gray {
    fn from(c: &Rgb) -> Gray {
        let avg = (c.r as u32 + c.g as u32 + c.b as u32) / 3;
        Gray(avg as u8)
    }
}

impl From<(u8, u8, u8)> for Rgb {
    fn from(t: (u8, u8, u8)) -> Rgb {
        Rgb { r: t.0, g: t.1, b: t.2 }
    }
}

fn paint<C: Into<Rgb>>(color: C) -> Hex {
    let rgb: Rgb = color.into();
    Hex::from(rgb)
}

fn main() {
    let orange = Rgb { r: 255, g: 165, b: 0 };
    let g: Gray = (&orange).into();
    println!("{:?} -> {:?}", orange, g);
    let h: Hex = orange.into();
    println!("{:?}", h);
    println!("{:?}", paint((16, 32, 48)));
    println!("{:?}", paint(Rgb::from((1, 2, 3))));
}
