// Rust Book ch. 7.3: the restaurant example, with public modules and functions.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist() {
            println!("added a guest to the waitlist");
        }

        pub fn seat_at_table() {
            println!("seated a guest at a table");
        }
    }

    pub mod serving {
        pub fn take_order() {
            println!("took an order");
        }

        pub fn serve_order() {
            println!("served the order");
        }
    }
}

pub fn eat_at_restaurant() {
    // Absolute path
    crate::front_of_house::hosting::add_to_waitlist();
    // Relative path
    front_of_house::hosting::seat_at_table();
    front_of_house::serving::take_order();
    front_of_house::serving::serve_order();
}

fn main() {
    eat_at_restaurant();
}
