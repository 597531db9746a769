use std::sync::mpsc::{self, TryRecvError};
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<&str>();

    thread::spawn(move || {
        tx.send("alpha").unwrap();
        tx.send("beta").unwrap();
    })
    .join()
    .unwrap();

    // The sender is gone, but buffered messages are still delivered.
    loop {
        match rx.try_recv() {
            Ok(m) => println!("got {}", m),
            Err(TryRecvError::Empty) => println!("empty"),
            Err(TryRecvError::Disconnected) => {
                println!("disconnected");
                break;
            }
        }
    }
}
