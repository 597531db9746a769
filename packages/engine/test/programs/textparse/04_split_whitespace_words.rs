// split vs split_whitespace on messy spacing.
fn main() {
    let sentence = "  the quick   brown\tfox  ";

    let by_space: Vec<&str> = sentence.split(' ').collect();
    println!("split(' ') gives {} pieces: {:?}", by_space.len(), by_space);

    let words: Vec<&str> = sentence.split_whitespace().collect();
    println!("split_whitespace gives {}: {:?}", words.len(), words);

    // Longest word, first one wins on ties.
    let mut longest = "";
    for w in &words {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    println!("longest: {}", longest);

    let caps: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    println!("joined: {}", caps.join("-"));
}
