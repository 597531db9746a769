// Puzzle: build a greeter closure and hand it back to the caller.
fn make_greeter(name: String) -> impl Fn() -> String {
    || format!("hello, {}", name)
}

fn main() {
    let greet = make_greeter(String::from("Ferris"));
    println!("{}", greet());
}
