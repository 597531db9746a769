// The Rust Book, 10.3: a function that returns the longer of two string slices.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() {
        x
    } else {
        y
    }
}

fn main() {
    let string1 = String::from("abcd");
    let string2 = "xyz";

    let result = longest(string1.as_str(), string2);
    println!("The longest string is {}", result);

    let a = "short";
    let b = String::from("a bit longer");
    println!("The longest string is {}", longest(a, &b));
    println!("Tie goes to the second: {}", longest("abc", "def"));
}
