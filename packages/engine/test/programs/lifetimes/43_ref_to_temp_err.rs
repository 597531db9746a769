// Passing a temporary String's slice and keeping the result.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let base = "abc";
    let result = longest(base, String::from("a longer one").as_str());
    println!("{}", result);
}
