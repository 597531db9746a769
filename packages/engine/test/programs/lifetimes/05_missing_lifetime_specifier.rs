// Student attempt: forgot the lifetime annotation on the return type.
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let first = String::from("Ferris");
    let second = String::from("Corro");
    println!("{}", longest(&first, &second));
}
