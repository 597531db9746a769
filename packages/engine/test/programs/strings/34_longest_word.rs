fn longest_word(text: &str) -> Option<&str> {
    let mut best: Option<&str> = None;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        match best {
            Some(b) if b.len() >= word.len() => {}
            _ => best = Some(word),
        }
    }
    best
}

fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn main() {
    let text = String::from("Borrowing, lifetimes, and ownership: the trio of Rust!");
    match longest_word(&text) {
        Some(w) => println!("longest word: {} ({} letters)", w, w.len()),
        None => println!("no words"),
    }
    println!("{:?}", longest_word("... !!!"));

    let a = String::from("short");
    let result;
    {
        let b = "considerably longer";
        result = longest(&a, b);
    }
    println!("longer of the two: {}", result);
}
