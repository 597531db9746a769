use std::sync::{Arc, RwLock};
use std::thread;

// Many readers or one writer at a time.
fn main() {
    let prices = Arc::new(RwLock::new(vec![100, 250, 75]));

    {
        let r1 = prices.read().unwrap();
        let r2 = prices.read().unwrap();
        println!("two readers at once: {} and {}", r1[0], r2[1]);
    }

    let writer = {
        let prices = Arc::clone(&prices);
        thread::spawn(move || {
            let mut w = prices.write().unwrap();
            for p in w.iter_mut() {
                *p = *p * 9 / 10;
            }
        })
    };
    writer.join().unwrap();

    let mut readers = Vec::new();
    for i in 0..3 {
        let prices = Arc::clone(&prices);
        readers.push(thread::spawn(move || prices.read().unwrap()[i]));
    }
    let seen: Vec<i32> = readers.into_iter().map(|h| h.join().unwrap()).collect();
    println!("discounted: {:?}", seen);
}
