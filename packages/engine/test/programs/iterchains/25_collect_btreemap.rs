use std::collections::BTreeMap;

fn main() {
    let words = ["kiwi", "fig", "banana", "apple", "cherry", "date", "grape"];

    let by_len: BTreeMap<usize, Vec<&str>> = words.iter().fold(BTreeMap::new(), |mut m, w| {
        m.entry(w.len()).or_insert_with(Vec::new).push(*w);
        m
    });
    for (len, ws) in &by_len {
        println!("{} letters: {:?}", len, ws);
    }

    let initials: BTreeMap<char, &str> = words.iter().map(|w| (w.chars().next().unwrap(), *w)).collect();
    println!("{:?}", initials);
}
