fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        None => String::new(),
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
    }
}

fn main() {
    let title = "the fellowship of the ring";
    let capitalized: Vec<String> = title.split_whitespace().map(capitalize).collect();
    println!("{}", capitalized.join(" "));

    let initials: String = title
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    println!("initials: {}", initials);

    let no_vowels: String = title.chars().filter(|c| !"aeiou".contains(*c)).collect();
    println!("{}", no_vowels);

    let csv = vec![1, 2, 3, 5, 8]
        .iter()
        .map(|n| n.to_string())
        .collect::<Vec<String>>()
        .join(",");
    println!("csv: {}", csv);
}
