// Student attempt: forgot the lifetime annotation.
fn longest(x: &str, y: &str) -> &str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let a = String::from("borrow");
    let b = String::from("checker");
    println!("{}", longest(&a, &b));
}
