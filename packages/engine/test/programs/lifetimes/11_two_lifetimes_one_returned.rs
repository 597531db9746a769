// Two lifetime parameters: only `x`'s lifetime is tied to the result.
fn first_of<'a, 'b>(x: &'a str, y: &'b str) -> &'a str {
    println!("ignoring {:?} ({} bytes)", y, y.len());
    x
}

fn prefix_before<'a, 'b>(text: &'a str, sep: &'b str) -> &'a str {
    match text.find(sep) {
        Some(idx) => &text[..idx],
        None => text,
    }
}

fn main() {
    let kept = String::from("keep me");
    let result;
    {
        let temporary = String::from("short-lived");
        result = first_of(&kept, &temporary);
    }
    println!("result = {}", result);

    let header = String::from("Content-Type: text/html");
    let name;
    {
        let separator = String::from(":");
        name = prefix_before(&header, &separator);
    }
    println!("header name = {}", name);
}
