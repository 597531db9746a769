// Two lists sharing a tail through Rc, with interior mutability via RefCell.
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Debug)]
struct Account {
    owner: String,
    balance: RefCell<i64>,
}

fn deposit(acc: &Rc<Account>, amount: i64) {
    *acc.balance.borrow_mut() += amount;
}

fn main() {
    let shared = Rc::new(Account { owner: String::from("family"), balance: RefCell::new(100) });
    println!("strong after new = {}", Rc::strong_count(&shared));

    let alice = Rc::clone(&shared);
    let bob = Rc::clone(&shared);
    println!("strong after two clones = {}", Rc::strong_count(&shared));

    deposit(&alice, 50);
    deposit(&bob, -30);
    println!("{} balance = {}", shared.owner, shared.balance.borrow());

    {
        let carol = Rc::clone(&shared);
        deposit(&carol, 5);
        println!("inside scope strong = {}", Rc::strong_count(&carol));
    }
    println!("after scope strong = {}", Rc::strong_count(&shared));

    drop(alice);
    println!("after drop(alice) strong = {}", Rc::strong_count(&bob));
    println!("same allocation? {}", Rc::ptr_eq(&shared, &bob));

    let values: Rc<RefCell<Vec<i32>>> = Rc::new(RefCell::new(vec![1, 2]));
    let writer = Rc::clone(&values);
    writer.borrow_mut().push(3);
    values.borrow_mut().push(4);
    println!("values = {:?}, len via writer = {}", values.borrow(), writer.borrow().len());
    let total: i32 = values.borrow().iter().sum();
    println!("total = {}, balance = {:?}", total, bob.balance);
}
