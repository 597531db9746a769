// The Book, chapter 8 exercise: convert words to pig latin.
fn pig_latin(word: &str) -> String {
    let mut chars = word.chars();
    let first = match chars.next() {
        Some(c) => c,
        None => return String::new(),
    };
    if "aeiouAEIOU".contains(first) {
        format!("{}-hay", word)
    } else {
        format!("{}-{}ay", chars.as_str(), first)
    }
}

fn main() {
    let sentence = "first apple banana orange rust";
    let converted: Vec<String> = sentence.split_whitespace().map(pig_latin).collect();
    println!("{}", converted.join(" "));
    println!("{}", pig_latin("élan"));
    println!("{}", pig_latin("Ünder"));
}
