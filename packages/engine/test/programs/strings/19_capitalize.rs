fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        None => String::new(),
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
    }
}

fn capitalize_words(sentence: &str) -> String {
    sentence
        .split(' ')
        .map(capitalize)
        .collect::<Vec<String>>()
        .join(" ")
}

fn main() {
    println!("{}", capitalize("hello"));
    println!("'{}'", capitalize(""));
    println!("{}", capitalize("élan"));
    println!("{}", capitalize_words("the rust programming language"));
    println!("{}", capitalize_words("already Capitalized words"));

    let names = vec!["alice", "bob", "carol"];
    let proper: Vec<String> = names.iter().map(|n| capitalize(n)).collect();
    println!("{:?}", proper);
}
