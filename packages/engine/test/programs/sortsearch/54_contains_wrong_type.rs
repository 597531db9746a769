// Mistake: contains on a Vec<String> given a &str.
fn main() {
    let banned: Vec<String> = vec!["spam".to_string(), "scam".to_string()];
    let word = "spam";
    if banned.contains(word) {
        println!("{} is banned", word);
    }
}
