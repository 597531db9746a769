use std::fmt::Display;
fn show<T: Display + ?Sized>(x: &T) -> String { format!("<{}>", x) }
fn main() { println!("{} {} {}", show("str"), show(&5), show(&String::from("s"))); }
