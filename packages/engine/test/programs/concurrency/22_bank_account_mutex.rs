use std::sync::{Arc, Mutex};
use std::thread;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

// Several tellers deposit into the same account.
fn main() {
    let account = Arc::new(Mutex::new(Account { owner: "Dana".to_string(), balance: 100 }));
    let deposits = [25, 40, 15, 20];
    let mut tellers = Vec::new();

    for amount in deposits {
        let account = Arc::clone(&account);
        tellers.push(thread::spawn(move || {
            account.lock().unwrap().deposit(amount);
        }));
    }
    for t in tellers {
        t.join().unwrap();
    }

    let acc = account.lock().unwrap();
    println!("{} has {}", acc.owner, acc.balance);
    println!("{:?}", *acc);
}
