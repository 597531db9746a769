// Rust Book ch. 7.4, Listing 7-11: bringing a module into scope with `use`.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(party: &str, size: u32) {
            println!("waitlist: {} (party of {})", party, size);
        }
    }
}

use crate::front_of_house::hosting;

pub fn eat_at_restaurant() {
    hosting::add_to_waitlist("Nguyen", 2);
    hosting::add_to_waitlist("Okafor", 5);
    hosting::add_to_waitlist("Schmidt", 3);
}

fn main() {
    eat_at_restaurant();
}
