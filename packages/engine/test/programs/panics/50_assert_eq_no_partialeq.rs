// Mistake: assert_eq! on a struct that does not derive PartialEq.
#[derive(Debug)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

fn gray(level: u8) -> Color {
    Color { r: level, g: level, b: level }
}

fn main() {
    let c = gray(128);
    println!("{:?}", c);
    assert_eq!(c, Color { r: 128, g: 128, b: 128 });
    println!("gray ok");
}
