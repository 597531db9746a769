// A trait defined in one module and implemented in another.
mod traits {
    pub trait Describe {
        fn describe(&self) -> String;

        fn shout(&self) -> String {
            self.describe().to_uppercase()
        }
    }
}

mod animals {
    use crate::traits::Describe;

    pub struct Dog {
        pub name: String,
    }

    pub struct Cat {
        pub lives: u8,
    }

    impl Describe for Dog {
        fn describe(&self) -> String {
            format!("a dog named {}", self.name)
        }
    }

    impl Describe for Cat {
        fn describe(&self) -> String {
            format!("a cat with {} lives", self.lives)
        }
    }
}

use animals::{Cat, Dog};
use traits::Describe;

fn main() {
    let d = Dog { name: String::from("Rex") };
    let c = Cat { lives: 9 };
    let things: Vec<&dyn Describe> = vec![&d, &c];
    for t in things {
        println!("{} / {}", t.describe(), t.shout());
    }
}
