// Pulling the first word out of a list of parsed words.
fn main() {
    let text = "alpha beta gamma";
    let words: Vec<String> = text.split(' ').map(|w| w.to_string()).collect();

    // Take the first word as the title.
    let title = words[0];
    println!("title: {}", title);
    println!("remaining: {}", words.len() - 1);
}
