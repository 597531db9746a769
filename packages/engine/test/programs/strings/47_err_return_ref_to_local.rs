// Normalize a heading: trim and uppercase, but return a slice.
fn normalize(heading: &str) -> &str {
    let upper = heading.trim().to_uppercase();
    &upper
}

fn main() {
    let headings = ["  introduction ", "methods", " results  "];
    for h in headings.iter() {
        let n = normalize(h);
        println!("[{}]", n);
    }
}
