use std::rc::Rc;
use std::sync::mpsc;
use std::thread;

// Mistake: a Sender<Rc<_>> cannot be moved to another thread.
fn main() {
    let (tx, rx) = mpsc::channel::<Rc<String>>();

    let handle = thread::spawn(move || {
        tx.send(Rc::new(String::from("report"))).unwrap();
    });

    let msg = rx.recv().unwrap();
    handle.join().unwrap();
    println!("{}", msg);
}
