use std::collections::HashMap;
use std::sync::mpsc;
use std::thread;

fn main() {
    let lines = vec![
        "the cat sat on the mat",
        "the dog sat too",
        "a cat and a dog",
    ];
    let (tx, rx) = mpsc::channel::<HashMap<String, usize>>();

    // Map: each line is counted in its own thread.
    for line in lines {
        let tx = tx.clone();
        thread::spawn(move || {
            let mut counts = HashMap::new();
            for w in line.split_whitespace() {
                *counts.entry(w.to_string()).or_insert(0) += 1;
            }
            tx.send(counts).unwrap();
        });
    }
    drop(tx);

    // Reduce: merge partial maps as they arrive.
    let mut totals: HashMap<String, usize> = HashMap::new();
    for partial in rx {
        for (w, c) in partial {
            *totals.entry(w).or_insert(0) += c;
        }
    }

    let mut words: Vec<_> = totals.into_iter().collect();
    words.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    for (w, c) in words.iter().take(5) {
        println!("{} {}", w, c);
    }
}
