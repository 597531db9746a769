// Returning a reference to a value created inside the function.
fn longest_line<'a>(text: &'a str) -> &'a str {
    let upper = text.to_uppercase();
    let mut best = "";
    for line in upper.lines() {
        if line.len() > best.len() {
            best = line;
        }
    }
    best
}

fn main() {
    let poem = "roses are red\nviolets are blue";
    println!("{}", longest_line(poem));
}
