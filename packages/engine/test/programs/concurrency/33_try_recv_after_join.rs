use std::sync::mpsc::{self, TryRecvError};
use std::thread;

// try_recv never blocks: it reports Empty or Disconnected.
fn main() {
    let (tx, rx) = mpsc::channel();

    match rx.try_recv() {
        Ok(v) => println!("unexpected {}", v),
        Err(TryRecvError::Empty) => println!("nothing yet"),
        Err(TryRecvError::Disconnected) => println!("closed"),
    }

    let worker = thread::spawn(move || {
        tx.send(1).unwrap();
        tx.send(2).unwrap();
    });
    worker.join().unwrap();

    loop {
        match rx.try_recv() {
            Ok(v) => println!("got {}", v),
            Err(TryRecvError::Empty) => println!("empty"),
            Err(TryRecvError::Disconnected) => {
                println!("sender gone");
                break;
            }
        }
    }
}
