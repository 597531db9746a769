use std::thread;

fn main() {
    let scores = vec![90, 75, 82];

    let handle = thread::spawn(move || {
        let sum: i32 = scores.iter().sum();
        println!("sum in thread: {}", sum);
    });

    // Mistake: scores was moved into the closure above.
    println!("scores in main: {:?}", scores);
    handle.join().unwrap();
}
