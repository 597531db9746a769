// Students often try to build the Breakfast directly instead of using summer().
mod back_of_house {
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
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

fn main() {
    let meal = back_of_house::Breakfast {
        toast: String::from("Sourdough"),
        seasonal_fruit: String::from("blueberries"),
    };
    println!("{} toast, {}", meal.toast, meal.fruit());
}
