// Two customers share one joint account: Rc<RefCell<Account>>.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    balance: i64,
    history: Vec<i64>,
}

struct Customer {
    name: String,
    account: Rc<RefCell<Account>>,
}

impl Customer {
    fn deposit(&self, amount: i64) {
        let mut acc = self.account.borrow_mut();
        acc.balance += amount;
        acc.history.push(amount);
    }

    fn withdraw(&self, amount: i64) -> bool {
        let mut acc = self.account.borrow_mut();
        if acc.balance >= amount {
            acc.balance -= amount;
            acc.history.push(-amount);
            true
        } else {
            false
        }
    }
}

fn main() {
    let joint = Rc::new(RefCell::new(Account { balance: 0, history: Vec::new() }));
    let sam = Customer { name: "sam".into(), account: Rc::clone(&joint) };
    let kim = Customer { name: "kim".into(), account: Rc::clone(&joint) };

    sam.deposit(100);
    kim.deposit(50);
    println!("{} withdraws 120: {}", kim.name, kim.withdraw(120));
    println!("{} withdraws 40: {}", sam.name, sam.withdraw(40));
    println!("balance = {}", joint.borrow().balance);
    println!("history = {:?}", joint.borrow().history);

    let total_in: i64 = joint.borrow().history.iter().filter(|&&x| x > 0).sum();
    println!("total deposited = {}", total_in);
    println!("owners = {}", Rc::strong_count(&joint));
    drop(sam);
    println!("owners after sam leaves = {}", Rc::strong_count(&joint));
    println!("{:?}", kim.account.borrow());
}
