// The classic `longest` function: both inputs share one lifetime 'a.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let first = String::from("borrow checker");
    let second = String::from("lifetimes");
    let result = longest(first.as_str(), second.as_str());
    println!("The longest string is: {}", result);

    // Works with string literals too.
    let lit = longest("ab", "abc");
    println!("Literal winner: {}", lit);
}
