// Student annotated only `x`, but the function can also return `y`.
fn longest<'a>(x: &'a str, y: &str) -> &'a str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let a = String::from("apple");
    let b = String::from("banana");
    println!("{}", longest(&a, &b));
}
