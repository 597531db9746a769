// The fix for Listing 7-12: refer to the parent's `use` through `super::`.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str) {
            println!("{} added to waitlist", name);
        }
    }
}

use crate::front_of_house::hosting;

mod customer {
    use super::hosting;

    pub fn eat_at_restaurant(name: &str) {
        hosting::add_to_waitlist(name);
        println!("{} is eating", name);
    }
}

fn main() {
    hosting::add_to_waitlist("Ada");
    customer::eat_at_restaurant("Grace");
}
