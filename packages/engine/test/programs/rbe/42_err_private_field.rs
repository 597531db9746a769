// Private fields cannot be named outside their module, even to construct the struct.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: u64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }
    }
}

fn main() {
    let a = bank::Account::open("Mira");
    println!("{} has {}", a.owner, a.balance());

    let rich = bank::Account { owner: String::from("Eve"), balance: 1_000_000 };
    println!("{} has {}", rich.owner, rich.balance());
}
