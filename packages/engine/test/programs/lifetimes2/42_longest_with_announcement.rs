// Generic parameter, trait bound and lifetime together.
use std::fmt::Display;

fn longest_with_note<'a, T>(x: &'a str, y: &'a str, note: T) -> &'a str
where
    T: Display,
{
    println!("Note: {}", note);
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let a = String::from("abcd");
    let b = "xyz";
    let r = longest_with_note(a.as_str(), b, 42);
    println!("{}", r);
    let r2 = longest_with_note("hi", "hey", "literal note");
    println!("{}", r2);
}
