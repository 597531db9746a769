// Acronym: "Portable Network Graphics" -> "PNG"; camelCase words count as two.
fn abbreviate(phrase: &str) -> String {
    let mut result = String::new();
    for word in phrase.split(|c: char| c.is_whitespace() || c == '-' || c == '_') {
        let mut prev: Option<char> = None;
        for c in word.chars() {
            let starts_word = match prev {
                None => c.is_alphabetic(),
                Some(p) => c.is_uppercase() && p.is_lowercase(),
            };
            if starts_word {
                result.push(c.to_ascii_uppercase());
            }
            prev = Some(c);
        }
    }
    result
}

fn main() {
    let phrases = [
        "Portable Network Graphics",
        "Ruby on Rails",
        "HyperText Markup Language",
        "Complementary metal-oxide semiconductor",
        "The Road _Not_ Taken",
        "GNU Image Manipulation Program",
    ];
    for p in phrases {
        println!("{} => {}", p, abbreviate(p));
    }
}
