use std::collections::HashMap;

fn main() {
    let pets = vec![
        ("dog", "Rex"),
        ("cat", "Tom"),
        ("dog", "Fido"),
        ("fish", "Nemo"),
        ("cat", "Luna"),
    ];

    let mut by_kind: HashMap<String, Vec<String>> = HashMap::new();
    for (kind, name) in &pets {
        by_kind.entry(kind.to_string()).or_default().push(name.to_string());
    }

    let mut kinds: Vec<&String> = by_kind.keys().collect();
    kinds.sort();
    for kind in kinds {
        let names = &by_kind[kind];
        println!("{} ({}): {}", kind, names.len(), names.join(", "));
    }

    let mut counts: HashMap<char, usize> = HashMap::new();
    *counts.entry('x').or_default() += 2;
    println!("x count: {}", counts[&'x']);
}
