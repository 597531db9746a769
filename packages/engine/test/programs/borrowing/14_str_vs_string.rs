fn greet(name: &str) -> String {
    format!("Hello, {}!", name)
}

fn shout(mut s: String) -> String {
    s.make_ascii_uppercase();
    s.push('!');
    s
}

fn initials(full: &str) -> String {
    full.split(' ')
        .filter_map(|w| w.chars().next())
        .collect()
}

fn main() {
    let literal: &str = "Ada Lovelace";
    let owned: String = String::from("Alan Turing");

    println!("{}", greet(literal));
    println!("{}", greet(&owned)); // &String coerces to &str
    println!("{}", greet(&owned[..4]));

    let loud = shout(owned.clone());
    println!("{} / original still here: {}", loud, owned);

    let converted: String = literal.to_owned();
    let back: &str = converted.as_str();
    println!("{} has {} bytes", back, back.len());

    println!("{} {}", initials(literal), initials(&owned));

    let mut sentence = String::new();
    for w in ["borrow", "checker", "rules"] {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(w);
    }
    println!("{:?} (capacity >= len: {})", sentence, sentence.capacity() >= sentence.len());
}
