mod colors {
    pub const RED: (u8, u8, u8) = (255, 0, 0);
    pub const TEAL: (u8, u8, u8) = (0, 128, 128);
    pub const GOLD: (u8, u8, u8) = (255, 215, 0);

    pub fn to_hex(c: (u8, u8, u8)) -> String {
        format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2)
    }
}

fn print_palette() {
    // A `use` declaration can live inside a function body.
    use colors::{to_hex, GOLD, RED, TEAL};
    for (name, c) in [("red", RED), ("teal", TEAL), ("gold", GOLD)] {
        println!("{:<5} {}", name, to_hex(c));
    }
}

fn main() {
    print_palette();
    println!("{}", colors::to_hex((18, 52, 86)));
}
