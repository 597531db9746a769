mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist(name: &str) -> usize {
            println!("{} added to the waitlist", name);
            super::serving::table_for(name.len())
        }
    }

    mod serving {
        pub fn table_for(n: usize) -> usize {
            n % 4 + 1
        }
    }
}

mod back_of_house {
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
    }

    impl Breakfast {
        pub fn summer(toast: &str) -> Breakfast {
            Breakfast { toast: String::from(toast), seasonal_fruit: String::from("peaches") }
        }
        pub fn fruit(&self) -> &str {
            &self.seasonal_fruit
        }
    }

    #[derive(Debug)]
    pub enum Appetizer {
        Soup,
        Salad,
    }

    fn fix_incorrect_order() {
        cook_order();
        super::deliver_order();
    }

    fn cook_order() {
        println!("cooking");
    }

    pub fn redo() {
        fix_incorrect_order();
    }
}

fn deliver_order() {
    println!("delivered");
}

use crate::front_of_house::hosting;
use back_of_house::Appetizer;

fn main() {
    let t = hosting::add_to_waitlist("Ferris");
    println!("table {}", t);
    crate::front_of_house::hosting::add_to_waitlist("Alice");
    let mut meal = back_of_house::Breakfast::summer("Rye");
    meal.toast = String::from("Wheat");
    println!("I'd like {} toast please, with {}", meal.toast, meal.fruit());
    let order1 = Appetizer::Soup;
    let order2 = back_of_house::Appetizer::Salad;
    println!("{:?} {:?}", order1, order2);
    back_of_house::redo();
}
