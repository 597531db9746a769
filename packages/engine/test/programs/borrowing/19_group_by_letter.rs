use std::collections::HashMap;

fn group<'a>(words: &[&'a str]) -> HashMap<char, Vec<&'a str>> {
    let mut groups: HashMap<char, Vec<&'a str>> = HashMap::new();
    for &w in words {
        let key = w.chars().next().unwrap().to_ascii_uppercase();
        groups.entry(key).or_insert_with(Vec::new).push(w);
    }
    groups
}

fn main() {
    let source = String::from("apple banana avocado cherry blueberry apricot cranberry date");
    let words: Vec<&str> = source.split(' ').collect();
    let groups = group(&words);

    let mut keys: Vec<&char> = groups.keys().collect();
    keys.sort();
    for k in keys {
        let list = &groups[k];
        println!("{}: {}", k, list.join(", "));
    }

    let mut lengths: HashMap<usize, u32> = HashMap::new();
    for w in &words {
        lengths.entry(w.len()).and_modify(|c| *c += 1).or_insert(1);
    }
    let mut lens: Vec<_> = lengths.into_iter().collect();
    lens.sort();
    println!("{:?}", lens);
}
