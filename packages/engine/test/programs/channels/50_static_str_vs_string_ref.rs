use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<&str>();

    let h = thread::spawn(move || {
        let greeting = String::from("good morning");
        // Mistake: sends a borrow of a String that dies when this thread ends.
        tx.send(&greeting).unwrap();
    });

    h.join().unwrap();
    println!("{}", rx.recv().unwrap());
}
