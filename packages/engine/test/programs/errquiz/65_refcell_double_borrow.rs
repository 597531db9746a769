use std::cell::RefCell;

struct Bank {
    accounts: RefCell<Vec<i64>>,
}

fn main() {
    let bank = Bank { accounts: RefCell::new(vec![100, 250]) };

    println!("accounts: {:?}", bank.accounts.borrow());

    let mut from = bank.accounts.borrow_mut();
    let mut to = bank.accounts.borrow_mut();
    from[0] -= 50;
    to[1] += 50;

    println!("done");
}
