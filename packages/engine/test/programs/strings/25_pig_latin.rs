// Exercise from chapter 8 of the Rust Book: convert words to pig latin.
fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    let first = match chars.next() {
        Some(c) => c,
        None => return String::new(),
    };
    match first.to_ascii_lowercase() {
        'a' | 'e' | 'i' | 'o' | 'u' => format!("{}-hay", word),
        _ => format!("{}-{}ay", chars.as_str(), first),
    }
}

fn main() {
    let sentence = "first apple banana orange rust";
    let converted: Vec<String> = sentence.split_whitespace().map(pig_latin).collect();
    for (orig, pl) in sentence.split_whitespace().zip(converted.iter()) {
        println!("{:>8} -> {}", orig, pl);
    }
    println!("{}", converted.join(" "));
}
