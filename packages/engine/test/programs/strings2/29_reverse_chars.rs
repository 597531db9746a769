// Reverse a string by chars (never by bytes!).
fn reverse(s: &str) -> String {
    s.chars().rev().collect()
}

fn reverse_words(s: &str) -> String {
    s.split_whitespace().rev().collect::<Vec<_>>().join(" ")
}

fn main() {
    println!("{}", reverse("stressed"));
    println!("{}", reverse("Привет"));
    println!("{}", reverse("añb"));
    println!("{}", reverse("🦀 crab"));
    println!("{}", reverse_words("one two three"));

    let mut manual = String::new();
    for c in "hello".chars() {
        manual.insert(0, c);
    }
    println!("{}", manual);

    let each_word: Vec<String> = "Rust is fun".split(' ').map(reverse).collect();
    println!("{}", each_word.join(" "));
}
