// Returning two slices of the same input: (first word, rest).
fn split_first_word(s: &str) -> (&str, &str) {
    let s = s.trim_start();
    match s.find(char::is_whitespace) {
        Some(i) => (&s[..i], s[i..].trim_start()),
        None => (s, ""),
    }
}

fn last_word(s: &str) -> &str {
    s.split_whitespace().last().unwrap_or("")
}

fn main() {
    let command = String::from("  move north 3 steps");
    let (verb, rest) = split_first_word(&command);
    println!("verb = {:?}, rest = {:?}", verb, rest);

    let (direction, rest) = split_first_word(rest);
    println!("direction = {:?}, rest = {:?}", direction, rest);

    let (amount, rest) = split_first_word(rest);
    let n: u32 = amount.parse().unwrap();
    println!("amount = {}, rest = {:?}", n * 2, rest);

    println!("last word: {}", last_word(&command));
    println!("empty: {:?}", split_first_word(""));
}
