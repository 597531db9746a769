fn shout(s: &str) -> String {
    let mut out = s.to_uppercase();
    out.push('!');
    out
}

fn add_suffix(mut s: String, suffix: &str) -> String {
    s.push_str(suffix);
    s
}

fn count_words(s: &str) -> usize {
    s.split_whitespace().count()
}

fn main() {
    let literal: &str = "hello there";
    let owned: String = String::from("general kenobi");
    println!("{}", shout(literal));
    println!("{}", shout(&owned));
    println!("{}", count_words(&owned) + count_words(literal));
    let combined = owned.clone() + " " + literal;
    println!("{}", combined);
    let s3 = format!("{}-{}", literal, owned);
    println!("{} ({} bytes)", s3, s3.len());
    let extended = add_suffix(owned, "?");
    println!("{}", extended);
    let mut builder = String::with_capacity(16);
    for (i, w) in ["a", "bb", "ccc"].iter().enumerate() {
        if i > 0 {
            builder += ", ";
        }
        builder += w;
    }
    println!("{} len={}", builder, builder.len());
    let slice = &builder[0..1];
    println!("slice {}", slice);
    builder.insert(0, '[');
    builder.push(']');
    println!("{}", builder);
    builder.truncate(4);
    println!("{:?} popped {:?}", builder.clone(), builder.pop());
    let owned_again: String = literal.to_owned();
    let as_str: &str = owned_again.as_str();
    println!("{}", as_str == literal);
    println!("{}", String::from("abc") == "abc");
    println!("{:?}", "Hello".to_lowercase().cmp(&"hello".to_string()));
}
