use std::sync::mpsc::{self, Receiver};
use std::thread::{self, JoinHandle};

// A generic helper that turns a function into a pipeline stage.
fn stage<F>(input: Receiver<String>, f: F) -> (Receiver<String>, JoinHandle<()>)
where
    F: Fn(String) -> String + Send + 'static,
{
    let (tx, rx) = mpsc::channel();
    let handle = thread::spawn(move || {
        for item in input {
            tx.send(f(item)).unwrap();
        }
    });
    (rx, handle)
}

fn main() {
    let (src_tx, src_rx) = mpsc::channel();
    let (trimmed, h1) = stage(src_rx, |s| s.trim().to_string());
    let (upper, h2) = stage(trimmed, |s| s.to_uppercase());
    let (tagged, h3) = stage(upper, |s| format!("<{}>", s));

    for raw in ["  red ", "green", " blue  "] {
        src_tx.send(raw.to_string()).unwrap();
    }
    drop(src_tx);

    let out: Vec<String> = tagged.iter().collect();
    for h in [h1, h2, h3] {
        h.join().unwrap();
    }
    println!("{}", out.join(" "));
}
