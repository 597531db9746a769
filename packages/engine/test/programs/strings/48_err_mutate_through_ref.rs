fn add_exclamation(s: &String) {
    s.push_str("!");
}

fn main() {
    let mut message = String::from("Hello, world");
    add_exclamation(&message);
    println!("{}", message);
    message.push('?');
    println!("{}", message);
}
