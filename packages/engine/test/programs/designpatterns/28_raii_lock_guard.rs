// A guard that borrows its owner mutably and restores it on drop.
struct Account {
    balance: i64,
    locked: bool,
}

struct Lock<'a> {
    acct: &'a mut Account,
}

impl Account {
    fn lock(&mut self) -> Lock<'_> {
        self.locked = true;
        println!("locked");
        Lock { acct: self }
    }
}

impl<'a> Lock<'a> {
    fn deposit(&mut self, amount: i64) {
        self.acct.balance += amount;
    }
}

impl<'a> Drop for Lock<'a> {
    fn drop(&mut self) {
        self.acct.locked = false;
        println!("unlocked at balance {}", self.acct.balance);
    }
}

fn main() {
    let mut acct = Account { balance: 100, locked: false };
    {
        let mut g = acct.lock();
        g.deposit(50);
        g.deposit(25);
    }
    println!("balance {} locked {}", acct.balance, acct.locked);
}
