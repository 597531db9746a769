// Modules: the restaurant of the Rust Book's chapter 7, and the memory its calls use.
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(waitlist: &mut Vec<String>, name: &str) {
            waitlist.push(String::from(name));
        }
    }
}

mod back_of_house {
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String, // private: only back_of_house can name it
    }

    impl Breakfast {
        pub fn summer(toast: &str) -> Breakfast {
            Breakfast {
                toast: String::from(toast),
                seasonal_fruit: String::from("peaches"),
            }
        }

        pub fn fruit(&self) -> &str {
            &self.seasonal_fruit
        }
    }
}

use crate::front_of_house::hosting;

fn main() {
    let mut waitlist = Vec::new();
    hosting::add_to_waitlist(&mut waitlist, "Ferris");
    hosting::add_to_waitlist(&mut waitlist, "Corro");

    let mut meal = back_of_house::Breakfast::summer("Rye");
    meal.toast = String::from("Wheat"); // the old toast is freed here
    // meal.seasonal_fruit = String::from("blueberries"); // error[E0616]: field is private
    println!("{} waiting; toast: {}, fruit: {}", waitlist.len(), meal.toast, meal.fruit());
}
