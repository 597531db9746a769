// Exam question: does this compile? If not, which line is the problem?
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn shortest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() < y.len() { x } else { y }
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    let other;
    {
        let string2 = String::from("xyz");
        other = shortest(string1.as_str(), "ab");
        result = longest(string1.as_str(), string2.as_str());
    }
    println!("The longest string is {}", result);
    println!("The shortest is {}", other);
}
