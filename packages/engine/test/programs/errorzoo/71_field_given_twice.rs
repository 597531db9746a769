// Quiz: a field initialised twice in the same struct literal.
#[derive(Debug)]
struct Rgb {
    r: u8,
    g: u8,
    b: u8,
}

fn grey(level: u8) -> Rgb {
    Rgb { r: level, g: level, b: level }
}

fn main() {
    let teal = Rgb { r: 0, g: 128, g: 128 };
    println!("{:?} {:?}", teal, grey(200));
}
