// Quiz: why does this not compile?
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let outer = String::from("long string is long");
    let result;
    {
        let inner = String::from("xyz");
        result = longest(outer.as_str(), inner.as_str());
    }
    // `inner` was dropped at the end of the block above.
    println!("The longest string is {}", result);
}
