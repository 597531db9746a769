// &str and String: slices of UTF-8 text and owned, growable text.
fn main() {
    let pangram: &'static str = "the quick brown fox jumps over the lazy dog";
    println!("Pangram: {}", pangram);

    println!("Words in reverse");
    for word in pangram.split_whitespace().rev() {
        println!("> {}", word);
    }

    let mut chars: Vec<char> = pangram.chars().collect();
    chars.sort();
    chars.dedup();

    let mut string = String::new();
    for c in chars {
        string.push(c);
        string.push_str(", ");
    }
    let chars_to_trim: &[char] = &[' ', ','];
    let trimmed_str: &str = string.trim_matches(chars_to_trim);
    println!("Used characters: {}", trimmed_str);

    let alice = String::from("I like dogs");
    let bob: String = alice.replace("dog", "cat");
    println!("Alice says: {}", alice);
    println!("Bob says: {}", bob);

    let word = "naïve";
    println!("{} has {} bytes and {} chars", word, word.len(), word.chars().count());
    println!("first four bytes: {}", &word[0..4]);
    println!("byte escape: {:?}", "tab\there".as_bytes().len());
    let raw = r"C:\path\no\escapes";
    println!("{}", raw);
    let mut name = String::with_capacity(8);
    name += "Ferris";
    name.insert(0, '@');
    println!("{} starts with @: {}, upper: {}", name, name.starts_with('@'), name.to_uppercase());
    let csv = ["a", "b", "c"].join(";");
    println!("{} -> {:?}", csv, csv.split(';').collect::<Vec<_>>());
}
