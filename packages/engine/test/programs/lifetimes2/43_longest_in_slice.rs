// Returning a borrow of one element of a slice.
fn longest_in<'a>(words: &'a [String]) -> Option<&'a str> {
    let mut best: Option<&'a str> = None;
    for w in words {
        match best {
            Some(b) if b.len() >= w.len() => {}
            _ => best = Some(w.as_str()),
        }
    }
    best
}

fn main() {
    let words: Vec<String> = "ownership borrowing lifetimes traits"
        .split(' ')
        .map(String::from)
        .collect();
    match longest_in(&words) {
        Some(w) => println!("longest: {} ({} chars)", w, w.len()),
        None => println!("empty"),
    }
    let none: Vec<String> = Vec::new();
    println!("{:?}", longest_in(&none));
}
