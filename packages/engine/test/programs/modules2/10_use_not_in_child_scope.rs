// Rust Book ch. 7.4, Listing 7-12: a `use` only applies to the scope it is in.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist() {
            println!("added to waitlist");
        }
    }
}

use crate::front_of_house::hosting;

mod customer {
    pub fn eat_at_restaurant() {
        hosting::add_to_waitlist();
    }
}

fn main() {
    customer::eat_at_restaurant();
}
