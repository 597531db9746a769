// A pub enum with a method, matched from outside the module.
mod traffic {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Light {
        Red,
        Yellow,
        Green,
    }

    impl Light {
        pub fn next(self) -> Light {
            match self {
                Light::Red => Light::Green,
                Light::Green => Light::Yellow,
                Light::Yellow => Light::Red,
            }
        }

        pub fn seconds(self) -> u32 {
            match self {
                Light::Red => 30,
                Light::Yellow => 5,
                Light::Green => 25,
            }
        }
    }
}

use traffic::Light;

fn main() {
    let mut light = Light::Red;
    let mut elapsed = 0;
    for _ in 0..5 {
        elapsed += light.seconds();
        let msg = match light {
            Light::Red => "stop",
            Light::Yellow => "slow down",
            Light::Green => "go",
        };
        println!("{:?}: {} ({}s elapsed)", light, msg, elapsed);
        light = light.next();
    }
}
