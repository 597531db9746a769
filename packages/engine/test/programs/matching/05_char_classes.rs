#[derive(Debug, PartialEq)]
enum CharKind {
    Lower,
    Upper,
    Digit,
    Space,
    Punct,
    Other,
}

fn classify(c: char) -> CharKind {
    match c {
        'a'..='z' => CharKind::Lower,
        'A'..='Z' => CharKind::Upper,
        '0'..='9' => CharKind::Digit,
        ' ' | '\t' | '\n' => CharKind::Space,
        '.' | ',' | '!' | '?' | ';' | ':' => CharKind::Punct,
        _ => CharKind::Other,
    }
}

fn main() {
    let text = "Hello, World 42!\té";
    let mut counts = [0usize; 6];
    for c in text.chars() {
        let idx = match classify(c) {
            CharKind::Lower => 0,
            CharKind::Upper => 1,
            CharKind::Digit => 2,
            CharKind::Space => 3,
            CharKind::Punct => 4,
            CharKind::Other => 5,
        };
        counts[idx] += 1;
    }
    let names = ["lower", "upper", "digit", "space", "punct", "other"];
    for (name, n) in names.iter().zip(counts.iter()) {
        println!("{:>6}: {}", name, n);
    }
    println!("{:?}", classify('q'));
}
