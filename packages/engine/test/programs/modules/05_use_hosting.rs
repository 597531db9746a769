// Bringing a module into scope with `use` (the idiomatic way for functions).
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str) -> usize {
            println!("  waitlist += {}", name);
            name.len()
        }
    }
}

use crate::front_of_house::hosting;

mod customer {
    // `use` only applies to the scope it is in, so the child needs its own.
    use crate::front_of_house::hosting;

    pub fn eat_at_restaurant() {
        hosting::add_to_waitlist("Bob");
    }
}

fn main() {
    let mut total = 0;
    for name in ["Ann", "Carlos", "Dmitri"] {
        total += hosting::add_to_waitlist(name);
    }
    customer::eat_at_restaurant();
    println!("characters on the list: {}", total);
}
