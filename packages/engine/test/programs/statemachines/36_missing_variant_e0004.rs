// We added a flashing mode for night time but forgot one match
#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Yellow,
    Green,
    FlashingYellow,
}

fn next(light: Light) -> Light {
    match light {
        Light::Red => Light::Green,
        Light::Green => Light::Yellow,
        Light::Yellow => Light::Red,
        Light::FlashingYellow => Light::FlashingYellow,
    }
}

fn may_drive(light: Light) -> bool {
    match light {
        Light::Green => true,
        Light::Yellow => false,
        Light::Red => false,
    }
}

fn main() {
    let mut l = Light::Red;
    for _ in 0..4 {
        println!("{:?}: drive? {}", l, may_drive(l));
        l = next(l);
    }
}
