// A slice of a String is still in use when the String is modified.
fn main() {
    let mut message = String::from("Hello there");
    let greeting: &str = &message[..5];

    message.push_str(", general Kenobi");

    println!("greeting = {}", greeting);
    println!("message  = {}", message);
}
