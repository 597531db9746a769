use std::sync::mpsc;
use std::thread;

// The receiver works as an iterator that ends when the sender is dropped.
fn main() {
    let (tx, rx) = mpsc::channel();

    thread::spawn(move || {
        let vals = vec![
            String::from("hi"),
            String::from("from"),
            String::from("the"),
            String::from("thread"),
        ];
        for val in vals {
            tx.send(val).unwrap();
        }
    });

    let mut count = 0;
    for received in rx {
        count += 1;
        println!("Got: {}", received);
    }
    println!("{} messages", count);
}
