use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<i32>();

    // The receiver thread reads two values and then exits, dropping rx.
    let h = thread::spawn(move || {
        let a = rx.recv().unwrap();
        let b = rx.recv().unwrap();
        a + b
    });

    tx.send(20).unwrap();
    tx.send(22).unwrap();
    println!("answer: {}", h.join().unwrap());

    // Now nobody is listening, so send returns the value back in an error.
    match tx.send(99) {
        Ok(()) => println!("sent"),
        Err(e) => println!("send failed, value returned: {}", e.0),
    }
}
