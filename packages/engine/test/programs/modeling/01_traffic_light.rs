// A traffic light as a simple state machine.
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
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

    fn duration_secs(&self) -> u32 {
        match self {
            Light::Red => 30,
            Light::Green => 25,
            Light::Yellow => 5,
        }
    }

    fn can_go(&self) -> bool {
        *self == Light::Green
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
    for step in 1..=7 {
        println!(
            "step {}: {:<6} for {:>2}s (go? {}) t={}",
            step,
            light,
            light.duration_secs(),
            light.can_go(),
            elapsed
        );
        elapsed += light.duration_secs();
        light = light.next();
    }
    println!("full cycle = {}s", Light::Red.duration_secs() + Light::Green.duration_secs() + Light::Yellow.duration_secs());
    println!("{:?} -> {:?}", Light::Yellow, Light::Yellow.next());
}
