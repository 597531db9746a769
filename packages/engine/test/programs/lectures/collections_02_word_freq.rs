// Word frequency with the entry API; sorted before printing.
use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox barks \
                and the dog sleeps while the quick cat watches the fox";
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *freq.entry(word).or_insert(0) += 1;
    }

    let mut pairs: Vec<(&str, usize)> = freq.into_iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));

    println!("top 5 words:");
    for (word, count) in pairs.iter().take(5) {
        println!("{:>8}: {}", word, "*".repeat(*count));
    }

    let singles: Vec<&str> = pairs.iter().filter(|p| p.1 == 1).map(|p| p.0).collect();
    println!("{} words appear once: {:?}", singles.len(), singles);

    let mut letters: HashMap<char, u32> = HashMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        *letters.entry(c).or_default() += 1;
    }
    let mut lv: Vec<_> = letters.iter().collect();
    lv.sort_by_key(|(c, n)| (std::cmp::Reverse(**n), **c));
    let top: Vec<String> = lv.iter().take(3).map(|(c, n)| format!("{}={}", c, n)).collect();
    println!("top letters: {}", top.join(", "));
}
