struct Account {
    balance: i64,
    overdraft: i64,
}

fn main() {
    let mut acct = Account { balance: 50, overdraft: 100 };
    let bal = &mut acct.balance;

    if acct.balance - 120 >= -acct.overdraft {
        *bal -= 120;
    }

    println!("balance now {}", acct.balance);
}
