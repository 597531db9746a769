use std::sync::mpsc::{self, Sender};
use std::thread;

// Each request carries its own reply channel.
struct Request {
    word: String,
    reply: Sender<usize>,
}

fn main() {
    let (req_tx, req_rx) = mpsc::channel::<Request>();

    let server = thread::spawn(move || {
        let mut served = 0;
        for req in req_rx {
            let vowels = req.word.chars().filter(|c| "aeiou".contains(*c)).count();
            req.reply.send(vowels).unwrap();
            served += 1;
        }
        served
    });

    for w in ["channel", "thread", "ownership", "rust"] {
        let (reply_tx, reply_rx) = mpsc::channel();
        req_tx
            .send(Request { word: w.to_string(), reply: reply_tx })
            .unwrap();
        println!("{} has {} vowels", w, reply_rx.recv().unwrap());
    }
    drop(req_tx);
    println!("server handled {} requests", server.join().unwrap());
}
