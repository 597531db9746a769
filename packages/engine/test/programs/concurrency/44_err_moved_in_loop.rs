use std::thread;

// Mistake: the first iteration moves `data`; later iterations have nothing to move.
fn main() {
    let data = vec![5, 6, 7];
    let mut handles = Vec::new();

    for k in 1..=3 {
        handles.push(thread::spawn(move || {
            data.iter().map(|x| x * k).sum::<i32>()
        }));
    }

    for h in handles {
        println!("{}", h.join().unwrap());
    }
}
