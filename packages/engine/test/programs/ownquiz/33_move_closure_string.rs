fn main() {
    let name = String::from("Ferris");
    let greet = move || {
        println!("Hello, {}!", name);
    };
    greet();
    println!("name was {}", name);
}
