// Scrabble score with a match on letters.
fn letter_value(c: char) -> u64 {
    match c.to_ascii_uppercase() {
        'A' | 'E' | 'I' | 'O' | 'U' | 'L' | 'N' | 'R' | 'S' | 'T' => 1,
        'D' | 'G' => 2,
        'B' | 'C' | 'M' | 'P' => 3,
        'F' | 'H' | 'V' | 'W' | 'Y' => 4,
        'K' => 5,
        'J' | 'X' => 8,
        'Q' | 'Z' => 10,
        _ => 0,
    }
}

fn score(word: &str) -> u64 {
    word.chars().map(letter_value).sum()
}

fn main() {
    let words = ["a", "f", "street", "quirky", "OxyphenButazone", "pinata", "piñata", "abcdefghijklmnopqrstuvwxyz", ""];
    let mut best = ("", 0);
    for w in words {
        let s = score(w);
        println!("{:28} {:>3}", w, s);
        if s > best.1 {
            best = (w, s);
        }
    }
    println!("best: {} ({})", best.0, best.1);
}
