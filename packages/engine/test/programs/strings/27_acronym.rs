fn acronym(phrase: &str) -> String {
    phrase
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

fn main() {
    let phrases = [
        "Portable Network Graphics",
        "Ruby on Rails",
        "Complementary metal-oxide semiconductor",
        "as soon as possible",
        "  Rolling   On   the  Floor  ",
    ];
    for p in phrases.iter() {
        println!("{:<42} {}", p, acronym(p));
    }
}
