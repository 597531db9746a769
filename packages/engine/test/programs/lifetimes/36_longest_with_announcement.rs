// The Rust Book, end of 10.3: generic type parameters, trait bounds, and lifetimes together.
use std::fmt::Display;

fn longest_with_an_announcement<'a, T>(x: &'a str, y: &'a str, ann: T) -> &'a str
where
    T: Display,
{
    println!("Announcement! {ann}");
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let string1 = String::from("abcd");
    let string2 = "xyz";

    let result = longest_with_an_announcement(string1.as_str(), string2, "Today is someone's birthday!");
    println!("The longest string is {result}");

    let result = longest_with_an_announcement("hi", "hello", 2024);
    println!("The longest string is {result}");
}
