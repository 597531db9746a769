fn greet(name: Option<&str>) -> String {
    match name {
        Some(n) => format!("Hello, {}!", n),
    }
}

fn main() {
    println!("{}", greet(Some("Ada")));
    println!("{}", greet(None));
}
