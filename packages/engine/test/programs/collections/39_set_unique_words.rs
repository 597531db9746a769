use std::collections::HashSet;

fn main() {
    let text = "the cat sat on the mat the end";
    let mut unique = HashSet::new();
    let mut repeated = Vec::new();
    for word in text.split_whitespace() {
        if !unique.insert(word) {
            repeated.push(word);
        }
    }
    println!("words: {}", text.split_whitespace().count());
    println!("unique: {}", unique.len());
    println!("repeats: {:?}", repeated);

    let mut list: Vec<&str> = unique.into_iter().collect();
    list.sort();
    println!("{}", list.join(","));
}
