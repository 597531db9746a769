use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

struct Person {
    name: String,
    account: Rc<RefCell<Account>>,
}

impl Person {
    fn deposit(&self, amount: i64) {
        let mut acc = self.account.borrow_mut();
        acc.balance += amount;
        println!("{} deposited {}, balance now {}", self.name, amount, acc.balance);
    }

    fn withdraw(&self, amount: i64) -> bool {
        let mut acc = self.account.borrow_mut();
        if acc.balance >= amount {
            acc.balance -= amount;
            println!("{} withdrew {}, balance now {}", self.name, amount, acc.balance);
            true
        } else {
            println!("{} tried to withdraw {}, but only {} left", self.name, amount, acc.balance);
            false
        }
    }
}

fn main() {
    let joint = Rc::new(RefCell::new(Account { owner: String::from("Alice & Bob"), balance: 100 }));

    let alice = Person { name: String::from("Alice"), account: Rc::clone(&joint) };
    let bob = Person { name: String::from("Bob"), account: Rc::clone(&joint) };

    alice.deposit(50);
    bob.withdraw(120);
    alice.withdraw(40);

    println!("owners sharing it: {}", Rc::strong_count(&joint));
    println!("final: {:?}", joint.borrow());
}
