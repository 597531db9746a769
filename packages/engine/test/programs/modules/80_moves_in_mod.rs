mod bank {
    pub struct Account { pub owner: String, balance: u64 }
    impl Account {
        pub fn open(owner: String) -> Account { Account { owner, balance: 0 } }
        pub fn close(self) -> u64 { self.balance }
    }
}
fn main() {
    let acc = bank::Account::open(String::from("Zoe"));
    let total = acc.close();
    println!("{} {}", acc.owner, total);
}
