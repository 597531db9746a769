fn main() {
    let city = String::from("Reykjavik");
    let capital = city;
    println!("The capital is {}", capital);
    println!("{} has {} letters", city, city.len());
}
