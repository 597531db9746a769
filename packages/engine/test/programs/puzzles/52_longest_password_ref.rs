// Find the longest word in each line, ignoring case.
fn longest_word(line: &str) -> &str {
    let lowered = line.to_lowercase();
    let mut best = "";
    for word in lowered.split_whitespace() {
        if word.len() > best.len() {
            best = word;
        }
    }
    best
}

fn main() {
    let passphrases = "aa bb CC dd ee\nabcde FGHIJ\niiii oiii OOII oiii ooii";
    for line in passphrases.lines() {
        println!("{:<25} longest: {}", line, longest_word(line));
    }
}
