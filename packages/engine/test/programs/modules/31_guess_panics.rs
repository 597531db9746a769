// The Book's Guess type (ch. 9.3) inside a module: the only way to get a
// Guess is through `new`, which checks the range. This program panics on purpose.
mod game {
    pub struct Guess {
        value: i32,
    }

    impl Guess {
        pub fn new(value: i32) -> Guess {
            if value < 1 || value > 100 {
                panic!("Guess value must be between 1 and 100, got {}.", value);
            }
            Guess { value }
        }

        pub fn value(&self) -> i32 {
            self.value
        }
    }
}

fn main() {
    let inputs = [50, 7, 100, 250];
    for n in inputs {
        let g = game::Guess::new(n);
        println!("accepted guess {}", g.value());
    }
    println!("unreachable");
}
