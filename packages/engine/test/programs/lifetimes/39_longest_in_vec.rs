// The returned &str lives as long as the strings in the slice, not the slice itself.
fn longest_word<'a>(words: &[&'a str]) -> &'a str {
    let mut longest = "";
    for &w in words {
        if w.len() > longest.len() {
            longest = w;
        }
    }
    longest
}

fn main() {
    let text = String::from("the quick brown fox jumps over the lazy dog");
    let winner;
    {
        let words: Vec<&str> = text.split(' ').collect();
        winner = longest_word(&words);
        println!("{} words", words.len());
    }
    println!("longest word: {}", winner);
}
