// lifetimes1: returning a reference without saying which input it borrows from.
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let string1 = String::from("abcd");
    let string2 = "xyz";
    println!("The longest string is '{}'", longest(&string1, string2));
}
