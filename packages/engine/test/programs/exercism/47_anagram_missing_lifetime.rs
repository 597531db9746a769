// Two reference parameters, a reference in the result: which one does it borrow from?
fn anagrams_for(word: &str, candidates: &[&str]) -> Vec<&str> {
    let mut key: Vec<char> = word.to_lowercase().chars().collect();
    key.sort();
    let mut found = Vec::new();
    for &c in candidates {
        let mut letters: Vec<char> = c.to_lowercase().chars().collect();
        letters.sort();
        if letters == key && c.to_lowercase() != word.to_lowercase() {
            found.push(c);
        }
    }
    found
}

fn main() {
    let candidates = ["enlists", "google", "inlets", "banana"];
    println!("{:?}", anagrams_for("listen", &candidates));
}
