fn main() {
    let words: Vec<&str> = String::from("alpha beta gamma")
        .to_uppercase()
        .split(' ')
        .collect();

    for w in &words {
        println!("{}", w);
    }
}
