// Non-lexical lifetimes: the slice's last use comes before the mutation.
fn first_word(s: &str) -> &str {
    s.split(' ').next().unwrap_or("")
}

fn main() {
    let mut s = String::from("hello world");

    let word = first_word(&s);
    println!("first word: {}", word);
    // `word` is not used after this point, so mutating `s` is fine.

    s.push_str(" and goodbye");
    println!("now: {}", s);

    let r1 = &s;
    let r2 = &s;
    println!("{} and {}", r1.len(), r2.len());

    let r3 = &mut s;
    r3.make_ascii_uppercase();
    println!("{}", r3);
}
