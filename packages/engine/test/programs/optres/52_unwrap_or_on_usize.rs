fn main() {
    let sentence = "the quick brown fox";
    let words: Vec<&str> = sentence.split(' ').collect();
    let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
    let count = words.iter().count().unwrap_or(0);
    println!("{} words, longest has {} letters", count, longest);
}
