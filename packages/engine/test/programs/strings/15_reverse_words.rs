fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<&str>>().join(" ")
}

fn reverse_each_word(s: &str) -> String {
    let mut out = String::new();
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let reversed: String = word.chars().rev().collect();
        out.push_str(&reversed);
    }
    out
}

fn main() {
    let sentences = ["the sky is blue", "  hello   world  ", "a", "Rust is fun"];
    for s in sentences {
        println!("{:?}", s);
        println!("  words reversed: {:?}", reverse_words(s));
        println!("  each reversed : {:?}", reverse_each_word(s));
    }
    let whole: String = "stressed".chars().rev().collect();
    println!("stressed -> {}", whole);
}
