#[derive(Debug, Clone, Copy)]
struct Color(u8, u8, u8);

fn to_hex(c: Color) -> String {
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

fn main() {
    let teal = Color(0, 128, 128);
    println!("{}", to_hex(teal));
    // students often think the channels are numbered 1..=3
    let blue = teal.3;
    println!("blue channel: {}", blue);
}
