use std::collections::HashMap;

fn main() {
    let words = vec!["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"];
    let mut groups: HashMap<String, Vec<&str>> = HashMap::new();

    for word in &words {
        let mut chars: Vec<char> = word.chars().collect();
        chars.sort_unstable();
        let key: String = chars.into_iter().collect();
        groups.entry(key).or_insert_with(Vec::new).push(word);
    }

    let mut result: Vec<Vec<&str>> = groups.into_values().collect();
    for g in result.iter_mut() {
        g.sort();
    }
    result.sort_by(|a, b| b.len().cmp(&a.len()).then_with(|| a[0].cmp(b[0])));
    for g in &result {
        println!("{:?}", g);
    }
}
