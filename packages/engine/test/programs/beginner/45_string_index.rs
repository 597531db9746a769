fn main() {
    let word = String::from("rustacean");
    let first = word[0];
    println!("The first letter of {} is {}", word, first);
}
