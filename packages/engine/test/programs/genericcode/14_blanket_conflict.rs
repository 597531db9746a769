use std::fmt::Display;

trait Describe {
    fn describe(&self) -> String;
}

// Every Display type can describe itself...
impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("<{}>", self)
    }
}

// ...but we also want a special version for i32.
impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the number {}", self)
    }
}

fn main() {
    println!("{}", 7.describe());
    println!("{}", "seven".describe());
}
