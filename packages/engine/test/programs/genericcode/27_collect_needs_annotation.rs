// Collect the words of a sentence, then count them.
fn main() {
    let sentence = "the quick brown fox jumps over the lazy dog";
    let words = sentence.split_whitespace().collect();
    println!("{} words", words.len());
}
