use std::collections::BTreeMap;

fn average(xs: &[u32]) -> f64 {
    if xs.is_empty() {
        return 0.0;
    }
    xs.iter().sum::<u32>() as f64 / xs.len() as f64
}

fn main() {
    let mut book: BTreeMap<String, Vec<u32>> = BTreeMap::new();
    let entries = [
        ("Zoe", 88), ("Adam", 72), ("Zoe", 95), ("Mia", 60),
        ("Adam", 81), ("Mia", 79), ("Mia", 90),
    ];
    for (name, score) in entries.iter() {
        book.entry(name.to_string()).or_insert_with(Vec::new).push(*score);
    }

    for (name, scores) in &book {
        println!("{:<5} {:?} avg {:.1}", name, scores, average(scores));
    }

    if let Some(scores) = book.get_mut("Adam") {
        scores.push(100);
    }
    println!("Adam after bonus: {:.2}", average(&book["Adam"]));
    let removed = book.remove("Mia");
    println!("removed Mia: {:?}; remaining {:?}", removed, book.keys().collect::<Vec<_>>());
}
