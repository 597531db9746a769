// The audit helper is an implementation detail of the bank module.
mod bank {
    pub struct Account {
        id: u32,
        balance: u64,
    }

    impl Account {
        pub fn open(id: u32) -> Account {
            Account { id, balance: 0 }
        }

        pub fn deposit(&mut self, amount: u64) {
            self.balance += amount;
            self.audit("deposit", amount);
        }

        fn audit(&self, action: &str, amount: u64) {
            println!("[audit] account {} {} {} -> {}", self.id, action, amount, self.balance);
        }
    }
}

fn main() {
    let mut a = bank::Account::open(7);
    a.deposit(100);
    a.deposit(40);
    a.audit("manual check", 0);
}
