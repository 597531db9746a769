mod traffic {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Light {
        Red,
        Yellow,
        Green,
    }

    use Light::*;

    impl Light {
        pub fn next(self) -> Light {
            match self {
                Red => Green,
                Green => Yellow,
                Yellow => Red,
            }
        }

        pub fn seconds(self) -> u32 {
            match self {
                Red => 30,
                Yellow => 5,
                Green => 25,
            }
        }
    }

    pub fn cycle_length() -> u32 {
        [Red, Yellow, Green].iter().map(|l| l.seconds()).sum()
    }
}

use traffic::Light;

fn main() {
    let mut light = Light::Red;
    for _ in 0..5 {
        println!("{:?} for {}s", light, light.seconds());
        light = light.next();
    }
    println!("full cycle: {}s", traffic::cycle_length());
    println!("back to red? {}", light == Light::Green);
}
