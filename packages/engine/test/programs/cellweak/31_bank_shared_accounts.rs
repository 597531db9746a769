use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

fn transfer(from: &Rc<RefCell<Account>>, to: &Rc<RefCell<Account>>, amount: i64) -> Result<(), String> {
    if Rc::ptr_eq(from, to) {
        return Err("same account".to_string());
    }
    let mut f = from.borrow_mut();
    if f.balance < amount {
        return Err(format!("{} has only {}", f.owner, f.balance));
    }
    f.balance -= amount;
    to.borrow_mut().balance += amount;
    Ok(())
}

fn main() {
    let a = Rc::new(RefCell::new(Account { owner: "Ada".into(), balance: 100 }));
    let b = Rc::new(RefCell::new(Account { owner: "Bo".into(), balance: 20 }));

    println!("{:?}", transfer(&a, &b, 30));
    println!("{:?}", transfer(&b, &a, 500));
    println!("{:?}", transfer(&a, &a, 1));
    println!("{:?}", a.borrow());
    println!("{:?}", b.borrow());
}
