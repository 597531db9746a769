#[derive(Debug, Clone, Copy, PartialEq)]
struct Color(u8, u8, u8);

#[derive(Debug, Clone, Copy)]
struct Point(i32, i32, i32);

fn brightness(c: Color) -> u32 {
    (c.0 as u32 + c.1 as u32 + c.2 as u32) / 3
}

fn main() {
    let black = Color(0, 0, 0);
    let coral = Color(255, 127, 80);
    let origin = Point(0, 0, 0);
    let p = Point(3, -4, 12);

    println!("black = {:?}, brightness {}", black, brightness(black));
    println!("coral = {:?}, brightness {}", coral, brightness(coral));
    println!("coral red channel: {}", coral.0);

    let Point(x, y, z) = p;
    println!("p = ({}, {}, {})", x, y, z);
    println!("origin: {:?}", origin);
    println!("black == coral? {}", black == coral);
    println!("black == Color(0,0,0)? {}", black == Color(0, 0, 0));
}
