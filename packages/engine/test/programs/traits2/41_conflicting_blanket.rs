use std::fmt::Display;

// A blanket impl already covers i32, so a second impl conflicts.
trait Describe {
    fn describe(&self) -> String;
}

impl<T: Display> Describe for T {
    fn describe(&self) -> String {
        format!("value {}", self)
    }
}

impl Describe for i32 {
    fn describe(&self) -> String {
        format!("the integer {}", self)
    }
}

fn main() {
    println!("{}", 7.describe());
    println!("{}", "seven".describe());
}
