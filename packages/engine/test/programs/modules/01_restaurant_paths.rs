// The Rust Book, chapter 7.3: absolute and relative paths.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str) {
            println!("Added {} to the waitlist", name);
        }

        pub fn seat_at_table(table: u32) {
            println!("Seating guests at table {}", table);
        }
    }

    pub mod serving {
        pub fn take_order(dish: &str) {
            println!("Order taken: {}", dish);
        }

        pub fn serve_order(dish: &str) {
            println!("Serving: {}", dish);
        }
    }
}

pub fn eat_at_restaurant() {
    // Absolute path
    crate::front_of_house::hosting::add_to_waitlist("Alice");

    // Relative path
    front_of_house::hosting::seat_at_table(4);

    front_of_house::serving::take_order("soup");
    front_of_house::serving::serve_order("soup");
}

fn main() {
    eat_at_restaurant();
}
