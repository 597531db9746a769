// Sorting a list of exam scores three different ways.
#[derive(Debug, Clone)]
struct Student {
    name: String,
    score: u32,
}

fn main() {
    let mut scores = vec![72, 95, 58, 88, 95, 61];
    scores.sort();
    println!("ascending: {:?}", scores);

    // Descending order: compare b to a.
    scores.sort_by(|a, b| b.cmp(a));
    println!("descending: {:?}", scores);

    let mut class = vec![
        Student { name: String::from("Maya"), score: 88 },
        Student { name: String::from("Leo"), score: 72 },
        Student { name: String::from("Ana"), score: 95 },
        Student { name: String::from("Tom"), score: 72 },
    ];
    // sort_by_key is stable: Leo stays before Tom.
    class.sort_by_key(|s| s.score);
    for s in &class {
        println!("{:>5} {}", s.name, s.score);
    }

    // Sort by name; the key borrows from the element, so clone it.
    class.sort_by_key(|s| s.name.clone());
    let names: Vec<&str> = class.iter().map(|s| s.name.as_str()).collect();
    println!("by name: {:?}", names);
}
