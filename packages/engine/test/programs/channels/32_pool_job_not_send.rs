use std::rc::Rc;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

type Job = Box<dyn FnOnce() + Send + 'static>;

fn main() {
    let (tx, rx) = mpsc::channel::<Job>();
    let rx = Arc::new(Mutex::new(rx));

    let worker = {
        let rx = Arc::clone(&rx);
        thread::spawn(move || {
            while let Ok(job) = rx.lock().unwrap().recv() {
                job();
            }
        })
    };

    let label = Rc::new(String::from("report"));
    // Mistake: the job captures an Rc, so it is not Send.
    tx.send(Box::new(move || {
        println!("printing {}", label);
    }))
    .unwrap();

    drop(tx);
    worker.join().unwrap();
}
