use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

// Threads count words into one shared map; print it sorted.
fn main() {
    let lines = vec![
        "the cat sat",
        "the dog ran",
        "a cat ran fast",
    ];
    let counts: Arc<Mutex<HashMap<String, usize>>> = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();

    for line in lines {
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || {
            for word in line.split_whitespace() {
                let mut map = counts.lock().unwrap();
                *map.entry(word.to_string()).or_insert(0) += 1;
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }

    let map = counts.lock().unwrap();
    let mut pairs: Vec<(&String, &usize)> = map.iter().collect();
    pairs.sort();
    for (word, n) in pairs {
        println!("{}: {}", word, n);
    }
}
