// modules2: bring names into scope with `use` and re-export with `pub use`.
mod delicious_snacks {
    pub use self::fruits::PEAR as fruit;
    pub use self::veggies::CUCUMBER as veggie;

    mod fruits {
        pub const PEAR: &str = "Pear";
        pub const APPLE: &str = "Apple";
    }

    mod veggies {
        pub const CUCUMBER: &str = "Cucumber";
        pub const CARROT: &str = "Carrot";
    }

    pub fn all() -> [&'static str; 4] {
        [fruits::PEAR, fruits::APPLE, veggies::CUCUMBER, veggies::CARROT]
    }
}

use delicious_snacks::{fruit, veggie};

fn main() {
    println!("favorite snacks: {} and {}", fruit, veggie);
    println!("full menu: {:?}", delicious_snacks::all());
}
