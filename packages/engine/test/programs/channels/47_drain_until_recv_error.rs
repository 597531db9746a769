use std::sync::mpsc::{self, RecvError};
use std::thread;

fn drain(rx: &mpsc::Receiver<u8>) -> (Vec<u8>, RecvError) {
    let mut got = Vec::new();
    loop {
        match rx.recv() {
            Ok(b) => got.push(b),
            Err(e) => return (got, e),
        }
    }
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || {
        for b in b"ok!" {
            tx.send(*b).unwrap();
        }
    });
    let (bytes, err) = drain(&rx);
    h.join().unwrap();
    println!("{}", String::from_utf8(bytes).unwrap());
    println!("then: {:?}", err);
}
