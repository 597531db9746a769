#[derive(Debug, Default)]
struct Stats {
    lower: usize,
    upper: usize,
    digits: usize,
    spaces: usize,
    punct: usize,
    other: usize,
}

fn tally(text: &str) -> Stats {
    let mut s = Stats::default();
    for c in text.chars() {
        match c {
            'a'..='z' => s.lower += 1,
            'A'..='Z' => s.upper += 1,
            '0'..='9' => s.digits += 1,
            ' ' | '\t' | '\n' => s.spaces += 1,
            '.' | ',' | '!' | '?' | ';' | ':' => s.punct += 1,
            _ => s.other += 1,
        }
    }
    s
}

fn rot13(c: char) -> char {
    match c {
        'a'..='m' | 'A'..='M' => ((c as u8) + 13) as char,
        'n'..='z' | 'N'..='Z' => ((c as u8) - 13) as char,
        _ => c,
    }
}

fn main() {
    let text = "Hello, World! Rust 2021 edition; café?";
    println!("{:?}", tally(text));
    let secret: String = "Why did the chicken cross the road?".chars().map(rot13).collect();
    println!("{}", secret);
    let back: String = secret.chars().map(rot13).collect();
    println!("{}", back);
}
