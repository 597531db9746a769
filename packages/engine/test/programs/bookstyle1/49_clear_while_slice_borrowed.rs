// Quiz: the slice from first_word keeps `line` borrowed.
fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

fn main() {
    let mut line = String::from("hello world");
    let word = first_word(&line);
    line.clear();
    println!("the first word is: {word}");
}
