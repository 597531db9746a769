// Mistake: reading the owner while the guard still holds &mut.
struct Account {
    balance: i64,
}

struct Lock<'a> {
    acct: &'a mut Account,
}

impl<'a> Drop for Lock<'a> {
    fn drop(&mut self) {
        println!("release, balance {}", self.acct.balance);
    }
}

fn main() {
    let mut acct = Account { balance: 10 };
    let g = Lock { acct: &mut acct };
    g.acct.balance += 5;
    println!("peek: {}", acct.balance);
    drop(g);
}
