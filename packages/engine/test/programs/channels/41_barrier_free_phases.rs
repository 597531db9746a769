use std::sync::mpsc;
use std::thread;

// Two phases: all workers report "ready" before main sends them work.
fn main() {
    let (ready_tx, ready_rx) = mpsc::channel::<usize>();
    let mut work_txs = Vec::new();
    let mut handles = Vec::new();

    for id in 0..3 {
        let (work_tx, work_rx) = mpsc::channel::<u32>();
        work_txs.push(work_tx);
        let ready_tx = ready_tx.clone();
        handles.push(thread::spawn(move || {
            ready_tx.send(id).unwrap();
            drop(ready_tx); // lets main's ready loop finish
            let mut acc = 0;
            for x in work_rx {
                acc += x * (id as u32 + 1);
            }
            acc
        }));
    }
    drop(ready_tx);

    let mut ready: Vec<usize> = ready_rx.iter().collect();
    ready.sort();
    println!("ready: {:?}", ready);

    for (i, tx) in work_txs.iter().enumerate() {
        for x in 1..=(i as u32 + 2) {
            tx.send(x).unwrap();
        }
    }
    drop(work_txs);

    let results: Vec<u32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("results: {:?}", results);
}
