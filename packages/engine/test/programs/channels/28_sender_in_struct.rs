use std::sync::mpsc::{self, Sender};
use std::thread;

struct Logger {
    name: String,
    out: Sender<String>,
}

impl Logger {
    fn log(&self, msg: &str) {
        self.out.send(format!("[{}] {}", self.name, msg)).unwrap();
    }
}

fn main() {
    let (tx, rx) = mpsc::channel();

    let collector = thread::spawn(move || {
        let mut lines: Vec<String> = rx.into_iter().collect();
        lines.sort();
        lines
    });

    let mut jobs = Vec::new();
    for name in ["db", "net", "ui"] {
        let logger = Logger { name: name.to_string(), out: tx.clone() };
        jobs.push(thread::spawn(move || {
            logger.log("start");
            logger.log("stop");
        }));
    }
    drop(tx);
    for j in jobs {
        j.join().unwrap();
    }

    for line in collector.join().unwrap() {
        println!("{}", line);
    }
}
