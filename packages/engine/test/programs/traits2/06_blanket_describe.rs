use std::fmt::Display;

// A blanket impl: anything printable gets describe() for free.
trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        let text = self.to_string();
        format!("'{}' ({} chars)", text, text.len())
    }
}

fn main() {
    println!("{}", 42.describe());
    println!("{}", "ferris".describe());
    println!("{}", 3.5f64.describe());
    let owned = String::from("crab");
    println!("{}", owned.describe());
    println!("{}", 'x'.describe());
}
