const SMALL_WORDS: [&str; 7] = ["a", "an", "the", "of", "in", "and", "on"];

fn title_case(title: &str) -> String {
    let mut result = Vec::new();
    for (i, word) in title.split_whitespace().enumerate() {
        let lower = word.to_lowercase();
        if i > 0 && SMALL_WORDS.contains(&lower.as_str()) {
            result.push(lower);
        } else {
            let mut c = lower.chars();
            let titled = match c.next() {
                Some(f) => f.to_uppercase().chain(c).collect(),
                None => String::new(),
            };
            result.push(titled);
        }
    }
    result.join(" ")
}

fn main() {
    let titles = [
        "the lord of the rings",
        "A TALE OF TWO CITIES",
        "war and peace",
        "of mice and men",
        "one hundred years of solitude",
    ];
    for t in titles {
        println!("{:<32} -> {}", t, title_case(t));
    }
}
