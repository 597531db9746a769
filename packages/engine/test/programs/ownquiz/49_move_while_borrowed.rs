fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let doc = String::from("draft");
    let view = &doc;
    let n = consume(doc);
    println!("{} {}", view, n);
}
