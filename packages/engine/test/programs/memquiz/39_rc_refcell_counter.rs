use std::cell::RefCell;
use std::rc::Rc;

struct Account {
    owner: &'static str,
    balance: Rc<RefCell<i64>>,
}

impl Account {
    fn deposit(&self, amount: i64) {
        *self.balance.borrow_mut() += amount;
        println!("{} deposits {} -> {}", self.owner, amount, self.balance.borrow());
    }
}

fn main() {
    let joint = Rc::new(RefCell::new(100));
    let alice = Account { owner: "alice", balance: Rc::clone(&joint) };
    let bob = Account { owner: "bob", balance: Rc::clone(&joint) };

    alice.deposit(50);
    bob.deposit(-30);
    println!("joint balance = {}", joint.borrow());
    println!("holders = {}", Rc::strong_count(&joint));
    drop(alice);
    println!("holders = {}", Rc::strong_count(&joint));
    println!("bob sees {}", bob.balance.borrow());
}
