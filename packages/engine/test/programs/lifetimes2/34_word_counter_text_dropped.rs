// The counter outlives the text it borrows from.
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    {
        let text = String::from("a b a c b a");
        for w in text.split(' ') {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    let mut keys: Vec<_> = counts.keys().collect();
    keys.sort();
    println!("{:?}", keys);
}
