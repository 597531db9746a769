fn main() {
    let greeting = String::from("Hello");
    greeting.push_str(", world");
    println!("{}", greeting);
}
