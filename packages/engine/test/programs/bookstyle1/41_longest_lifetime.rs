// The returned reference lives as long as the shorter of the two inputs.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

// Only x's lifetime matters here, so y gets its own.
fn first_of<'a, 'b>(x: &'a str, _y: &'b str) -> &'a str {
    x
}

fn main() {
    let string1 = String::from("long string is long");
    let result;
    {
        let string2 = String::from("xyz");
        let inner = longest(string1.as_str(), string2.as_str());
        println!("inside: {inner}");
        result = first_of(string1.as_str(), string2.as_str());
    }
    println!("first_of outlives string2: {result}");

    let static_text: &'static str = "I live for the whole program";
    println!("{}", longest(static_text, &string1));
}
