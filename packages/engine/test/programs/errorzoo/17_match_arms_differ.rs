// Quiz: every arm of a `match` must produce the same type.
#[derive(Clone, Copy)]
enum Light {
    Red,
    Yellow,
    Green,
}

fn seconds(light: Light) -> u32 {
    match light {
        Light::Red => 30,
        Light::Yellow => "five",
        Light::Green => 25,
    }
}

fn main() {
    let cycle = [Light::Red, Light::Green, Light::Yellow];
    let mut total = 0;
    for l in cycle {
        total += seconds(l);
    }
    println!("cycle length: {}", total);
}
