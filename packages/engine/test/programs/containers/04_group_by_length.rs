use std::collections::HashMap;

fn main() {
    let words = ["cat", "house", "dog", "tree", "mouse", "sun", "bird"];
    let mut groups: HashMap<usize, Vec<&str>> = HashMap::new();

    for w in words.iter() {
        groups.entry(w.len()).or_default().push(w);
    }

    let mut lengths: Vec<&usize> = groups.keys().collect();
    lengths.sort();
    for len in lengths {
        let list = &groups[len];
        println!("{} letters: {}", len, list.join(", "));
    }
}
