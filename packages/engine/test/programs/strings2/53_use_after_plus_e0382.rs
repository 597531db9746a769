fn main() {
    let greeting = String::from("Hello");
    let target = String::from(", world");
    let message = greeting + &target;
    println!("{}", message);
    println!("original greeting was: {}", greeting);
}
