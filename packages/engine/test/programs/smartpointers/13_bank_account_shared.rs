use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }

    fn withdraw(&mut self, amount: i64) -> Result<(), String> {
        if amount > self.balance {
            return Err(format!("insufficient funds: have {}, need {}", self.balance, amount));
        }
        self.balance -= amount;
        Ok(())
    }
}

struct Card {
    holder: String,
    account: Rc<RefCell<Account>>,
}

impl Card {
    fn pay(&self, amount: i64) {
        match self.account.borrow_mut().withdraw(amount) {
            Ok(()) => println!("{} paid {}", self.holder, amount),
            Err(e) => println!("{} declined: {}", self.holder, e),
        }
    }
}

fn main() {
    let joint = Rc::new(RefCell::new(Account { owner: "Smith family".to_string(), balance: 100 }));

    let alice = Card { holder: "Alice".to_string(), account: Rc::clone(&joint) };
    let bob = Card { holder: "Bob".to_string(), account: Rc::clone(&joint) };

    alice.pay(30);
    bob.pay(50);
    joint.borrow_mut().deposit(25);
    bob.pay(60);
    alice.pay(45);

    let acct = joint.borrow();
    println!("{}: balance {}", acct.owner, acct.balance);
    println!("cards sharing the account: {}", Rc::strong_count(&joint) - 1);
}
