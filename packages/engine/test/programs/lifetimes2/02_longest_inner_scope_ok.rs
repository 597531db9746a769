// The result is used only while both strings are still alive.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let outer = String::from("long string is long");
    {
        let inner = String::from("xyz");
        let result = longest(outer.as_str(), inner.as_str());
        println!("Inside the block: {}", result);
    }
    println!("outer is still here: {}", outer);
}
