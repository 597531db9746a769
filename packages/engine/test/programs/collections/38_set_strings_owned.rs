use std::collections::HashSet;

fn main() {
    let mut names: HashSet<String> = HashSet::new();
    let first = String::from("Maya");
    // the set takes ownership of the String
    names.insert(first);
    names.insert(String::from("Omar"));
    let added = names.insert(String::from("Maya"));
    println!("Maya added twice: {}", added);

    let mut sorted: Vec<&String> = Vec::new();
    for n in &names {
        sorted.push(n);
    }
    sorted.sort();
    for n in &sorted {
        println!("hello, {}", n);
    }

    let total_len: usize = names.iter().map(|n| n.len()).sum();
    println!("total letters: {}", total_len);
    println!("count: {}", names.len());
}
