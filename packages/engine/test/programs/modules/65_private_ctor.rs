mod back_of_house {
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
    }
}
fn main() {
    let meal = back_of_house::Breakfast { toast: String::from("Rye"), seasonal_fruit: String::from("kiwi") };
    println!("{}", meal.toast);
}
