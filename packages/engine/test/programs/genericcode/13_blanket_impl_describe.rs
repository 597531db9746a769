use std::fmt::Display;

// A blanket impl: every Display type gets describe() for free.
trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        let text = self.to_string();
        format!("'{}' ({} chars)", text, text.len())
    }
}

struct Money {
    cents: u64,
}

impl Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "${}.{:02}", self.cents / 100, self.cents % 100)
    }
}

fn main() {
    println!("{}", 12345.describe());
    println!("{}", "hello".describe());
    println!("{}", 'x'.describe());
    println!("{}", Money { cents: 1999 }.describe());
    println!("{}", 2.5f32.describe());
}
