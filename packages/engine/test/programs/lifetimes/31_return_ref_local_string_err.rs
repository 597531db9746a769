// Returning a reference to a String built inside the function.
fn make_greeting(name: &str) -> &str {
    let greeting = format!("Hello, {}!", name);
    &greeting
}

fn main() {
    let name = String::from("Ferris");
    let g = make_greeting(&name);
    println!("{}", g);
}
