// `move` forces the closure to take ownership, which a new thread needs.
use std::thread;

fn main() {
    let temperatures = vec![18.5, 21.0, 19.25];
    println!("Main thread owns: {:?}", temperatures);

    let handle = thread::spawn(move || {
        let sum: f64 = temperatures.iter().sum();
        println!("Worker sees {} readings", temperatures.len());
        sum / temperatures.len() as f64
    });

    let average = handle.join().unwrap();
    println!("Average temperature: {:.2}", average);

    // A move closure also works without threads: it owns the String.
    let greeting = String::from("hello");
    let shout = move || greeting.to_uppercase();
    println!("{}", shout());
    println!("{}", shout());
}
