// Strings are UTF-8 byte buffers; working with chars and slices.
fn is_palindrome(s: &str) -> bool {
    let cleaned: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
    cleaned.iter().eq(cleaned.iter().rev())
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().collect::<String>() + chars.as_str(),
        None => String::new(),
    }
}

fn main() {
    let mut s = String::with_capacity(16);
    s.push_str("hello");
    s.push(' ');
    s += "world";
    println!("{} ({} bytes)", s, s.len());

    let title: Vec<String> = s.split(' ').map(capitalize).collect();
    println!("title case: {}", title.join(" "));
    println!("upper: {}", s.to_uppercase());
    println!("reversed: {}", s.chars().rev().collect::<String>());

    let word = "naïve";
    println!("'{}' has {} bytes and {} chars", word, word.len(), word.chars().count());

    for p in ["A man, a plan, a canal: Panama", "Rust"] {
        println!("palindrome({:?}) = {}", p, is_palindrome(p));
    }

    let csv = "name,age,city";
    let fields: Vec<&str> = csv.split(',').collect();
    println!("fields: {:?}", fields);
    let replaced = csv.replace(',', ";");
    println!("replaced: {}", replaced);
    println!("trimmed: [{}]", "   padded   ".trim());
    println!("starts with 'name': {}", csv.starts_with("name"));
    if let Some(idx) = csv.find("age") {
        println!("'age' at byte {}: {}", idx, &csv[idx..]);
    }
    let n: usize = format!("{}-{}", 12, 34).len();
    println!("formatted length {}", n);
}
