// Passing &mut dyn Trait to mutate through a trait object.
trait Account {
    fn deposit(&mut self, amount: u32);
    fn balance(&self) -> u32;
}

struct Checking {
    cents: u32,
}

struct Savings {
    cents: u32,
    bonus_rate: u32,
}

impl Account for Checking {
    fn deposit(&mut self, amount: u32) {
        self.cents += amount;
    }
    fn balance(&self) -> u32 {
        self.cents
    }
}

impl Account for Savings {
    fn deposit(&mut self, amount: u32) {
        self.cents += amount + amount * self.bonus_rate / 100;
    }
    fn balance(&self) -> u32 {
        self.cents
    }
}

fn payday(acct: &mut dyn Account, amount: u32) {
    acct.deposit(amount);
    println!("new balance {}", acct.balance());
}

fn main() {
    let mut c = Checking { cents: 100 };
    let mut s = Savings { cents: 0, bonus_rate: 10 };
    payday(&mut c, 500);
    payday(&mut s, 500);
    let accounts: Vec<&mut dyn Account> = vec![&mut c, &mut s];
    for a in accounts {
        a.deposit(1000);
    }
    println!("checking {} savings {}", c.balance(), s.balance());
}
