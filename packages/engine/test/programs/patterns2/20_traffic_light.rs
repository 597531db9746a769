// Self-consuming transitions: each call takes the old state by value.
#[derive(Debug)]
enum Light {
    Red { waited: u32 },
    Green,
    Yellow,
    Blinking,
}

impl Light {
    fn tick(self) -> Light {
        match self {
            Light::Red { waited } if waited >= 2 => Light::Green,
            Light::Red { waited } => Light::Red { waited: waited + 1 },
            Light::Green => Light::Yellow,
            Light::Yellow => Light::Red { waited: 0 },
            Light::Blinking => Light::Blinking,
        }
    }

    fn fault(self) -> Light {
        println!("  fault while {:?}", self);
        Light::Blinking
    }

    fn can_go(&self) -> bool {
        matches!(self, Light::Green)
    }
}

fn main() {
    let mut light = Light::Red { waited: 0 };
    for step in 1..=7 {
        light = light.tick();
        println!("step {}: {:?} (go: {})", step, light, light.can_go());
    }
    light = light.fault();
    light = light.tick();
    println!("after fault: {:?}", light);
}
