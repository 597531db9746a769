use std::sync::Arc;
use std::thread;

// Several threads read the same Arc-owned vector.
fn main() {
    let words = Arc::new(vec!["apple", "banana", "cherry", "date", "elderberry"]);
    let mut handles = Vec::new();

    for min_len in [4, 5, 6] {
        let words = Arc::clone(&words);
        handles.push(thread::spawn(move || {
            words.iter().filter(|w| w.len() >= min_len).count()
        }));
    }

    for (i, h) in handles.into_iter().enumerate() {
        println!("query {}: {} words", i, h.join().unwrap());
    }
    println!("owners left: {}", Arc::strong_count(&words));
}
