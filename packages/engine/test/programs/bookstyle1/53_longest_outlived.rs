// Quiz: `result` is used after `title2` is dropped.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let title1 = String::from("The Rust Book");
    let result;
    {
        let title2 = String::from("Rust by Example, second edition");
        result = longest(title1.as_str(), title2.as_str());
    }
    println!("The longest title is {result}");
}
