// expected: E0451 field `seasonal_fruit` of struct `Breakfast` is private
mod back_of_house {
    #[derive(Debug)]
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
    }
}

fn main() {
    let meal = back_of_house::Breakfast {
        toast: String::from("Wheat"),
        seasonal_fruit: String::from("blueberries"),
    };
    println!("{:?}", meal);
}
