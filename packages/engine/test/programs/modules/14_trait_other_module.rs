// A trait defined in one module, implemented in another, used from main.
mod traits {
    pub trait Speak {
        fn speak(&self) -> String;

        fn speak_twice(&self) -> String {
            let s = self.speak();
            format!("{} {}", s, s)
        }
    }
}

mod animals {
    use crate::traits::Speak;

    pub struct Dog {
        pub name: String,
    }

    pub struct Cat;

    impl Speak for Dog {
        fn speak(&self) -> String {
            format!("{} says woof", self.name)
        }
    }

    impl Speak for Cat {
        fn speak(&self) -> String {
            "meow".to_string()
        }
        fn speak_twice(&self) -> String {
            "MEOW!!".to_string()
        }
    }
}

use animals::{Cat, Dog};
use traits::Speak;

fn introduce(x: &dyn Speak) {
    println!("{} / {}", x.speak(), x.speak_twice());
}

fn main() {
    let rex = Dog { name: "Rex".to_string() };
    let tom = Cat;
    introduce(&rex);
    introduce(&tom);
}
