use std::sync::Arc;
use std::thread;

fn main() {
    let totals = Arc::new(vec![0; 4]);
    let mut handles = Vec::new();

    for i in 0..4 {
        let totals = Arc::clone(&totals);
        handles.push(thread::spawn(move || {
            // Mistake: Arc only gives shared access; the Vec cannot be mutated through it.
            totals[i] += i * 10;
        }));
    }

    for h in handles {
        h.join().unwrap();
    }
    println!("{:?}", totals);
}
