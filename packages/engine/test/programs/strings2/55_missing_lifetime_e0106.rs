// Student attempt: return a new &str from a function with no inputs.
fn default_greeting() -> &str {
    let s = String::from("Hello, guest");
    &s
}

fn main() {
    println!("{}", default_greeting());
}
