// Count letters a..z with a fixed array instead of a map.
fn letter_counts(text: &str) -> [usize; 26] {
    let mut counts = [0usize; 26];
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            let idx = (c.to_ascii_lowercase() as u8 - b'a') as usize;
            counts[idx] += 1;
        }
    }
    counts
}

fn main() {
    let pangram = "Pack my box with five dozen liquor jugs";
    let counts = letter_counts(pangram);

    for (i, &n) in counts.iter().enumerate() {
        if n > 1 {
            let letter = (b'a' + i as u8) as char;
            println!("{}: {}", letter, "#".repeat(n));
        }
    }
    let is_pangram = counts.iter().all(|&n| n > 0);
    println!("pangram: {}", is_pangram);
    let missing: String = counts
        .iter()
        .enumerate()
        .filter(|(_, &n)| n == 0)
        .map(|(i, _)| (b'a' + i as u8) as char)
        .collect();
    println!("missing letters: '{}'", missing);
}
