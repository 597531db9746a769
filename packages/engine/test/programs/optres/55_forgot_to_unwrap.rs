fn shout(word: &str) -> String {
    word.to_uppercase()
}

fn main() {
    let words = vec!["quiet", "please"];
    let first = words.first();
    println!("{}", shout(first));
}
