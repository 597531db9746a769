use std::thread;

fn main() {
    let mut hits = 0;

    thread::scope(|s| {
        s.spawn(|| {
            hits += 1;
        });
        // Mistake: a second thread also wants to mutate `hits` at the same time.
        s.spawn(|| {
            hits += 1;
        });
    });

    println!("hits = {}", hits);
}
