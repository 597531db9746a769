// Checking the light with == but the enum never derived PartialEq
#[derive(Debug, Clone, Copy)]
enum Light {
    Red,
    Amber,
    Green,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green => Light::Amber,
        Light::Amber => Light::Red,
    }
}

fn main() {
    let mut light = Light::Green;
    let mut steps = 0;
    while light != Light::Red {
        light = next(light);
        steps += 1;
    }
    println!("red after {} step(s): {:?}", steps, light);
}
