// A grade book: student name -> list of marks.
use std::collections::HashMap;

fn average(marks: &[u32]) -> f64 {
    if marks.is_empty() {
        return 0.0;
    }
    marks.iter().sum::<u32>() as f64 / marks.len() as f64
}

fn main() {
    let mut book: HashMap<String, Vec<u32>> = HashMap::new();
    let entries = [
        ("maria", 78), ("tom", 64), ("maria", 91), ("li", 88),
        ("tom", 70), ("li", 95), ("maria", 85), ("ana", 55),
    ];
    for (name, mark) in entries {
        book.entry(name.to_string()).or_insert_with(Vec::new).push(mark);
    }

    let mut names: Vec<&String> = book.keys().collect();
    names.sort();
    for name in &names {
        let marks = &book[*name];
        println!("{:<6} {:?} avg {:.2}", name, marks, average(marks));
    }

    let mut ranking: Vec<(String, f64)> = book
        .iter()
        .map(|(n, m)| (n.clone(), average(m)))
        .collect();
    ranking.sort_by(|a, b| b.1.partial_cmp(&a.1).unwrap().then(a.0.cmp(&b.0)));
    println!("ranking:");
    for (i, (n, avg)) in ranking.iter().enumerate() {
        println!("{}. {} ({:.1})", i + 1, n, avg);
    }

    let passed = book.values().filter(|m| average(m) >= 60.0).count();
    println!("{} of {} students passed", passed, book.len());
}
