fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let word = String::from("hello");
    let mut results = Vec::new();
    for i in 0..3 {
        let loud = shout(word.clone());
        results.push(format!("{}{}", loud, "!".repeat(i + 1)));
    }
    println!("{:?}", results);
    println!("original still here: {}", word);
}
