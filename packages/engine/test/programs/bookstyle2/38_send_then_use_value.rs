// Quiz: sending a value down a channel moves it.
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();

    let handle = thread::spawn(move || {
        let report = String::from("all systems nominal");
        tx.send(report).unwrap();
        println!("sent: {}", report);
    });

    println!("got: {}", rx.recv().unwrap());
    handle.join().unwrap();
}
