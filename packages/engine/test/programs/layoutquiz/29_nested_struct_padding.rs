use std::mem::{align_of, size_of};

#[repr(C)]
struct Color {
    r: u8,
    g: u8,
    b: u8,
}

#[repr(C)]
struct Pixel {
    color: Color,
    x: u16,
    y: u16,
}

#[repr(C)]
struct Sprite {
    visible: bool,
    origin: Pixel,
    scale: f32,
}

fn main() {
    let s = Sprite {
        visible: true,
        origin: Pixel { color: Color { r: 255, g: 128, b: 0 }, x: 10, y: 20 },
        scale: 1.5,
    };
    println!("sprite at ({}, {}) rgb({}, {}, {}) scale {} visible {}",
        s.origin.x, s.origin.y, s.origin.color.r, s.origin.color.g, s.origin.color.b,
        s.scale, s.visible);

    println!("Color  size {} align {}", size_of::<Color>(), align_of::<Color>());
    println!("Pixel  size {} align {}", size_of::<Pixel>(), align_of::<Pixel>());
    println!("Sprite size {} align {}", size_of::<Sprite>(), align_of::<Sprite>());
}
