use std::sync::{Arc, Mutex};
use std::thread;

struct Account {
    id: u32,
    balance: Mutex<i64>,
}

// Always lock the lower id first so two transfers never deadlock.
fn transfer(from: &Account, to: &Account, amount: i64) {
    let (first, second) = if from.id < to.id { (from, to) } else { (to, from) };
    let mut a = first.balance.lock().unwrap();
    let mut b = second.balance.lock().unwrap();
    if from.id < to.id {
        *a -= amount;
        *b += amount;
    } else {
        *b -= amount;
        *a += amount;
    }
}

fn main() {
    let alice = Arc::new(Account { id: 1, balance: Mutex::new(500) });
    let bob = Arc::new(Account { id: 2, balance: Mutex::new(300) });

    let mut handles = Vec::new();
    for i in 0..10 {
        let (a, b) = (Arc::clone(&alice), Arc::clone(&bob));
        handles.push(thread::spawn(move || {
            if i % 2 == 0 {
                transfer(&a, &b, 20);
            } else {
                transfer(&b, &a, 5);
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }

    let a = *alice.balance.lock().unwrap();
    let b = *bob.balance.lock().unwrap();
    println!("alice {} bob {} total {}", a, b, a + b);
}
