mod bank {
    pub struct Account {
        balance: i64,
    }
    impl Account {
        pub fn new() -> Account {
            Account { balance: 0 }
        }
        fn audit(&self) -> bool {
            self.balance >= 0
        }
        pub fn deposit(&mut self, amount: i64) {
            self.balance += amount;
            assert!(self.audit());
        }
    }
}
fn main() {
    let mut a = bank::Account::new();
    a.deposit(10);
    println!("{}", a.audit());
}
