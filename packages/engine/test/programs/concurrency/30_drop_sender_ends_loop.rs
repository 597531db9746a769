use std::sync::mpsc;
use std::thread;

// The for-loop over rx stops only when every Sender is gone.
fn main() {
    let (tx, rx) = mpsc::channel::<String>();
    let tx2 = tx.clone();

    let a = thread::spawn(move || {
        tx.send("alpha".to_string()).unwrap();
    });
    let b = thread::spawn(move || {
        tx2.send("beta".to_string()).unwrap();
        tx2.send("gamma".to_string()).unwrap();
    });
    a.join().unwrap();
    b.join().unwrap();

    let mut words: Vec<String> = rx.iter().collect();
    words.sort();
    println!("{}", words.join(", "));
}
