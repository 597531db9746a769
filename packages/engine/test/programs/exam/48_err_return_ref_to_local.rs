fn make_greeting(name: &str) -> &str {
    let s = format!("Hello, {}!", name);
    &s
}

fn main() {
    let g = make_greeting("Sam");
    println!("{}", g);
}
