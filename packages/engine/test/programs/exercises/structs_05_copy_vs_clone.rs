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
    p.r = p.r.saturating_add(50);
    p.g = p.g.saturating_add(50);
    p.b = p.b.saturating_add(50);
    p
}

fn main() {
    let p = Pixel { r: 10, g: 220, b: 100 };
    let q = brighten(p);
    println!("{:?} -> {:?}", p, q);
    let img = Image { name: String::from("photo"), pixels: vec![p, q] };
    let mut copy = img.clone();
    copy.name.push_str("-edited");
    copy.pixels[0] = brighten(copy.pixels[0]);
    println!("{} {:?}", img.name, img.pixels[0]);
    println!("{} {:?}", copy.name, copy.pixels[0]);
    let moved = img;
    println!("moved {}", moved.name);
    println!("copy of copy {}", copy.clone().pixels.len());
}
