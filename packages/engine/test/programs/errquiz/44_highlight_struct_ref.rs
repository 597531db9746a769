struct Highlight {
    text: &str,
    line: usize,
}

fn main() {
    let doc = String::from("Call me Ishmael. Some years ago...");
    let first_sentence = doc.split('.').next().unwrap();
    let h = Highlight { text: first_sentence, line: 1 };
    println!("line {}: \"{}\"", h.line, h.text);
}
