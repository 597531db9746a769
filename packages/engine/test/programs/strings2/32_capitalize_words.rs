fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        None => String::new(),
        Some(first) => first.to_uppercase().collect::<String>() + chars.as_str(),
    }
}

fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| capitalize(&w.to_lowercase()))
        .collect::<Vec<String>>()
        .join(" ")
}

fn main() {
    println!("{}", capitalize("hello"));
    println!("{}", capitalize("élan"));
    println!("{}", capitalize("ßtraße"));
    println!("[{}]", capitalize(""));
    println!("{}", title_case("the lord OF the rings"));
    println!("{}", title_case("über alles"));
}
