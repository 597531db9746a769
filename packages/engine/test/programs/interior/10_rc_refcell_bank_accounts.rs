use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

type Shared = Rc<RefCell<Account>>;

fn transfer(from: &Shared, to: &Shared, amount: i64) -> Result<(), String> {
    if from.borrow().balance < amount {
        return Err(format!("{} cannot afford {}", from.borrow().owner, amount));
    }
    from.borrow_mut().balance -= amount;
    to.borrow_mut().balance += amount;
    Ok(())
}

fn main() {
    let alice: Shared = Rc::new(RefCell::new(Account { owner: "alice".into(), balance: 100 }));
    let bob: Shared = Rc::new(RefCell::new(Account { owner: "bob".into(), balance: 20 }));

    // The bank keeps its own handles to the same accounts.
    let bank_ledger = vec![Rc::clone(&alice), Rc::clone(&bob)];

    transfer(&alice, &bob, 30).unwrap();
    if let Err(e) = transfer(&bob, &alice, 500) {
        println!("rejected: {}", e);
    }

    for acct in &bank_ledger {
        let a = acct.borrow();
        println!("{} has {}", a.owner, a.balance);
    }
    println!("alice handles: {}", Rc::strong_count(&alice));
}
