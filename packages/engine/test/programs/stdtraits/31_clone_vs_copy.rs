#[derive(Debug, Clone, Copy)]
struct Pixel {
    r: u8,
    g: u8,
    b: u8,
}

#[derive(Debug, Clone)]
struct Image {
    name: String,
    pixels: Vec<Pixel>,
}

fn brighten(mut p: Pixel) -> Pixel {
    p.r = p.r.saturating_add(40);
    p.g = p.g.saturating_add(40);
    p.b = p.b.saturating_add(40);
    p
}

fn main() {
    let p = Pixel { r: 10, g: 200, b: 250 };
    let q = p; // a bitwise copy; p is still valid
    let bright = brighten(p);
    println!("p = {:?}", p);
    println!("q = {:?}", q);
    println!("bright = {:?}", bright);

    let img = Image { name: "sunset.png".to_string(), pixels: vec![p, bright] };
    let mut copy = img.clone(); // deep copy: new String and new Vec
    copy.name.push_str(".bak");
    copy.pixels[0].r = 0;
    println!("original: {} {:?}", img.name, img.pixels[0]);
    println!("clone:    {} {:?}", copy.name, copy.pixels[0]);

    let moved = img; // a move, not a copy
    println!("moved has {} pixels", moved.pixels.len());
}
