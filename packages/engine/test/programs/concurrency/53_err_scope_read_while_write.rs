use std::thread;

// Mistake: one thread mutates `scores` while another reads it.
fn main() {
    let mut scores = vec![3, 9, 4];

    thread::scope(|s| {
        s.spawn(|| {
            scores.sort();
        });
        s.spawn(|| {
            println!("first = {}", scores[0]);
        });
    });

    println!("{:?}", scores);
}
