use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel::<u32>();

    // Mistake: a Receiver cannot be cloned; share it with Arc<Mutex<..>> instead.
    let rx2 = rx.clone();

    let a = thread::spawn(move || rx.iter().count());
    let b = thread::spawn(move || rx2.iter().count());

    for i in 0..10 {
        tx.send(i).unwrap();
    }
    drop(tx);
    println!("{}", a.join().unwrap() + b.join().unwrap());
}
