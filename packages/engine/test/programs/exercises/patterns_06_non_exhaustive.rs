#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Yellow,
    Green,
    Blinking(u8),
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
        Light::Blinking(n) if n > 0 => Light::Blinking(n - 1),
    }
}

fn main() {
    let mut l = Light::Blinking(2);
    for _ in 0..6 {
        println!("{:?}", l);
        l = next(l);
    }
}
