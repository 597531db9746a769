// Quiz: the struct is pub but its balance field is not.
mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: owner.to_string(), balance: 0 }
        }
    }
}

fn main() {
    let acct = bank::Account::open("Rosa");
    println!("{} has {}", acct.owner, acct.balance);
}
