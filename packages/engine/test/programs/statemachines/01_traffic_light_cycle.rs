// A traffic light as a Copy enum: next(self) consumes the old state
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Light {
    Red,
    Green,
    Yellow,
}

impl Light {
    fn next(self) -> Light {
        match self {
            Light::Red => Light::Green,
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red,
        }
    }

    fn seconds(self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
        }
    }
}

impl fmt::Display for Light {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let name = match self {
            Light::Red => "RED",
            Light::Green => "GREEN",
            Light::Yellow => "YELLOW",
        };
        write!(f, "{}", name)
    }
}

fn main() {
    let mut light = Light::Red;
    let mut elapsed = 0;
    for step in 0..7 {
        println!("step {}: {} for {}s (t={})", step, light, light.seconds(), elapsed);
        elapsed += light.seconds();
        light = light.next();
    }
    // Copy means the old value is still usable after next()
    let before = light;
    let after = before.next();
    println!("{:?} -> {:?}, same? {}", before, after, before == after);
}
