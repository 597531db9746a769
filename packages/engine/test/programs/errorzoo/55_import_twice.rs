// Quiz: two imports bring in the same name.
use std::fmt::Result;
use std::io::Result;

fn show(n: i32) -> String {
    format!("<{}>", n)
}

fn main() {
    let values = [1, 2, 3];
    for v in values {
        println!("{}", show(v));
    }
}
