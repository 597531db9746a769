fn greet(name: String) {
    println!("Hello, {}!", name);
}

fn main() {
    greet(String::from("Alice"));
    greet("Bob");
}
