// expected: E0616 field `seasonal_fruit` of struct `Breakfast` is private
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
    }
}

fn main() {
    let meal = back_of_house::Breakfast::summer("Rye");
    println!("toast: {}", meal.toast);
    println!("fruit: {}", meal.seasonal_fruit);
}
