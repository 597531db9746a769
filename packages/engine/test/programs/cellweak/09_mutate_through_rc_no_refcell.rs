use std::rc::Rc;

struct Account {
    balance: i64,
}

fn main() {
    let shared = Rc::new(Account { balance: 100 });
    let other = Rc::clone(&shared);

    // Student mistake: Rc only gives shared access
    other.balance += 50;

    println!("balance = {}", shared.balance);
}
