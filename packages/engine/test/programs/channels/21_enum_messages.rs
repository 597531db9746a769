use std::sync::mpsc;
use std::thread;

enum Command {
    Deposit(u32),
    Withdraw(u32),
    Report,
    Quit,
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let (report_tx, report_rx) = mpsc::channel();

    // The bank thread owns the balance; nobody else touches it.
    let bank = thread::spawn(move || {
        let mut balance: u32 = 0;
        while let Ok(cmd) = rx.recv() {
            match cmd {
                Command::Deposit(x) => balance += x,
                Command::Withdraw(x) => balance = balance.saturating_sub(x),
                Command::Report => report_tx.send(balance).unwrap(),
                Command::Quit => break,
            }
        }
        balance
    });

    tx.send(Command::Deposit(100)).unwrap();
    tx.send(Command::Withdraw(30)).unwrap();
    tx.send(Command::Report).unwrap();
    println!("balance after two ops: {}", report_rx.recv().unwrap());
    tx.send(Command::Withdraw(500)).unwrap();
    tx.send(Command::Deposit(5)).unwrap();
    tx.send(Command::Quit).unwrap();

    let final_balance = bank.join().unwrap();
    println!("final balance: {}", final_balance);
}
