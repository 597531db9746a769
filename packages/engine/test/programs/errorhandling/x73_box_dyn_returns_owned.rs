use std::fmt::Debug;

fn wrap(s: &str) -> Box<dyn Debug> {
    Box::new(s.len())
}

fn run() -> Box<dyn Debug> {
    let text = String::from("hello");
    wrap(&text)
}

fn main() {
    println!("{:?}", run());
}
