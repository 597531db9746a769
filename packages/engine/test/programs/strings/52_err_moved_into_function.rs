fn word_count(text: String) -> usize {
    text.split_whitespace().count()
}

fn char_count(text: String) -> usize {
    text.chars().count()
}

fn main() {
    let essay = String::from("Ownership is Rust's most unique feature");
    let words = word_count(essay);
    let chars = char_count(essay);
    println!("{} words, {} chars", words, chars);
}
