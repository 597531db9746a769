fn main() {
    let word = "mississippi";

    // collect chars into a String
    let no_s: String = word.chars().filter(|&c| c != 's').collect();
    println!("without s: {}", no_s);

    // collect &str pieces into a String
    let pieces = vec!["con", "cat", "en", "ate"];
    let joined: String = pieces.iter().copied().collect();
    println!("joined: {}", joined);

    // String implements FromIterator<String> too
    let shouted: String = pieces.iter().map(|p| p.to_uppercase()).collect();
    println!("shouted: {}", shouted);

    // dedup consecutive letters
    let mut letters: Vec<char> = word.chars().collect();
    letters.dedup();
    let deduped: String = letters.into_iter().collect();
    println!("dedup: {}", deduped);

    // unique letters in order of first appearance
    let mut seen = String::new();
    for c in word.chars() {
        if !seen.contains(c) {
            seen.push(c);
        }
    }
    println!("unique: {}", seen);

    // interleave with a separator
    let spaced: String = word.chars().map(|c| c.to_string()).collect::<Vec<_>>().join(".");
    println!("spaced: {}", spaced);

    let mut sorted: Vec<char> = word.chars().collect();
    sorted.sort();
    println!("sorted: {}", sorted.iter().collect::<String>());
}
