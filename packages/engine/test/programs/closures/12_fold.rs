// Fold takes an initial accumulator and a closure of two arguments.
fn main() {
    let words = vec!["apple", "banana", "cherry", "date"];

    let total_len = words.iter().fold(0, |acc, w| acc + w.len());
    println!("total length: {}", total_len);

    let sentence = words.iter().fold(String::new(), |mut acc, w| {
        if !acc.is_empty() {
            acc.push_str(", ");
        }
        acc.push_str(w);
        acc
    });
    println!("sentence: {}", sentence);

    let longest = words.iter().fold("", |best, w| if w.len() > best.len() { w } else { best });
    println!("longest: {}", longest);

    let product: u64 = (1..=10).fold(1, |acc, n| acc * n);
    println!("10! = {}", product);
}
