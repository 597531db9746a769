// Holding a borrow() while calling borrow_mut() on the same RefCell panics at run time.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let acct = Rc::new(RefCell::new(Account { owner: "Maria".to_string(), balance: 100 }));
    let shared = Rc::clone(&acct);

    shared.borrow_mut().balance += 50;
    println!("balance after deposit: {}", acct.borrow().balance);

    let view = acct.borrow();
    println!("{} is looking at balance {}", view.owner, view.balance);

    // the read borrow `view` is still alive here
    shared.borrow_mut().balance -= 30;
    println!("never printed: {}", view.balance);
}
