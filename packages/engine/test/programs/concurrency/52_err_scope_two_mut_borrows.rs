use std::thread;

// Mistake: two scoped threads both borrow `results` mutably at the same time.
fn main() {
    let mut results = Vec::new();

    thread::scope(|s| {
        s.spawn(|| {
            results.push(1);
        });
        s.spawn(|| {
            results.push(2);
        });
    });

    println!("{:?}", results);
}
