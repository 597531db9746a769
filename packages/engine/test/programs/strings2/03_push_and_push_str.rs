fn main() {
    let mut s = String::from("foo");
    s.push_str("bar");
    println!("{}", s);

    let suffix = "baz";
    s.push_str(suffix);
    println!("s = {}, suffix still usable: {}", s, suffix);

    s.push('!');
    println!("{}", s);

    let mut path = String::new();
    for part in ["home", "ferris", "projects"] {
        path.push('/');
        path.push_str(part);
    }
    println!("path = {}", path);

    let mut sentence = String::new();
    for (i, word) in ["the", "quick", "brown", "fox"].iter().enumerate() {
        if i > 0 {
            sentence.push(' ');
        }
        sentence.push_str(word);
    }
    sentence.push('.');
    println!("{}", sentence);
}
