// Mistake: using a Vec after moving it into a thread.
use std::thread;

fn main() {
    let jobs = vec![String::from("a"), String::from("b")];
    let h = thread::spawn(move || {
        for j in &jobs {
            println!("job {}", j);
        }
        jobs.len()
    });
    println!("queued {} jobs", jobs.len());
    let n = h.join().unwrap();
    println!("worker did {}", n);
}
