mod accounts {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str, deposit: i64) -> Account {
            Account { owner: owner.to_string(), balance: deposit }
        }

        pub fn balance(&self) -> i64 {
            self.balance
        }
    }
}

mod reports {
    use crate::accounts::Account;

    pub fn print_all(accts: &[Account]) {
        for a in accts {
            println!("{:<6} {:>6}", a.owner, a.balance);
        }
    }

    pub fn total(accts: &[Account]) -> i64 {
        accts.iter().map(|a| a.balance()).sum()
    }
}

fn main() {
    let accts = vec![accounts::Account::open("amir", 300), accounts::Account::open("beth", 1250)];
    reports::print_all(&accts);
    println!("total: {}", reports::total(&accts));
}
