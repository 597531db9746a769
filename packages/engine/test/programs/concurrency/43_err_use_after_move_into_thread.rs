use std::thread;

// Mistake: `names` was moved into the thread and then used again.
fn main() {
    let names = vec![String::from("Ana"), String::from("Bo")];

    let handle = thread::spawn(move || {
        for n in &names {
            println!("worker sees {}", n);
        }
    });

    println!("main has {} names", names.len());
    handle.join().unwrap();
}
