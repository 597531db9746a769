// Exercise: print the balance. (The student reached for the field, not the getter.)
mod bank {
    pub struct Account {
        pub owner: String,
        balance: u64,
    }

    impl Account {
        pub fn new(owner: &str, opening: u64) -> Self {
            Self { owner: owner.to_string(), balance: opening }
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }
    }
}

fn main() {
    let acct = bank::Account::new("Kwame", 250);
    println!("owner: {}", acct.owner);
    println!("balance: {}", acct.balance);
}
