use std::sync::Arc;
use std::thread;

fn main() {
    // Read-only sharing needs only Arc, no lock.
    let words: Arc<Vec<String>> = Arc::new(
        "ownership borrowing lifetimes traits closures"
            .split(' ')
            .map(String::from)
            .collect(),
    );

    let handles: Vec<_> = (0..words.len())
        .map(|i| {
            let words = Arc::clone(&words);
            thread::spawn(move || (i, words[i].len()))
        })
        .collect();

    let mut lens: Vec<(usize, usize)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    lens.sort_by_key(|&(i, _)| i);
    for (i, n) in lens {
        println!("{:<10} {}", words[i], n);
    }
    println!("refs left: {}", Arc::strong_count(&words));
}
