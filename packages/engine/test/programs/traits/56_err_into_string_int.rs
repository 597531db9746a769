// Student mistake: passing an integer to a function bounded by Into<String> (E0277)
fn greet<T: Into<String>>(name: T) -> String {
    let n: String = name.into();
    format!("Hello, {}!", n)
}

fn main() {
    println!("{}", greet("world"));
    println!("{}", greet(String::from("Rust")));
    let id = 42;
    println!("{}", greet(id));
}
