use std::thread;

// Mistake: both closures capture `count` by unique borrow.
fn main() {
    let mut count = 0;
    let words = ["red", "green", "blue", "cyan"];

    thread::scope(|s| {
        s.spawn(|| {
            count += words[..2].len();
        });
        s.spawn(|| {
            count += words[2..].len();
        });
    });

    println!("count = {}", count);
}
