use std::sync::mpsc;

// Mistake: the batch was sent down the channel, then modified.
fn main() {
    let (tx, rx) = mpsc::channel();
    let mut batch = vec![1, 2, 3];

    tx.send(batch).unwrap();
    batch.push(4);

    println!("{:?}", rx.recv().unwrap());
}
