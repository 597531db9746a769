// Modules in one file: pub, use, self and super.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str) -> String {
            format!("{name} added to waitlist")
        }

        pub fn seat_at_table() -> String {
            self::clean_table();
            String::from("seated")
        }

        fn clean_table() {}
    }
}

mod back_of_house {
    pub fn fix_incorrect_order() -> String {
        cook_order();
        super::deliver_order()
    }

    fn cook_order() {}

    pub enum Appetizer {
        Soup,
        Salad,
    }
}

fn deliver_order() -> String {
    String::from("order delivered")
}

use crate::front_of_house::hosting;
use back_of_house::Appetizer;

fn main() {
    println!("{}", hosting::add_to_waitlist("Kim"));
    println!("{}", crate::front_of_house::hosting::seat_at_table());
    println!("{}", back_of_house::fix_incorrect_order());

    for a in [Appetizer::Soup, Appetizer::Salad] {
        let name = match a {
            Appetizer::Soup => "soup",
            Appetizer::Salad => "salad",
        };
        println!("appetizer: {name}");
    }
}
