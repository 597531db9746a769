// Returning a reference to a local: the local is dropped on return.
fn longest_line<'a>(text: &'a str) -> &'a str {
    let upper = text.to_uppercase();
    let best = upper.lines().max_by_key(|l| l.len()).unwrap_or("");
    best
}

fn main() {
    let poem = String::from("roses are red\nviolets are blue");
    println!("{}", longest_line(&poem));
}
