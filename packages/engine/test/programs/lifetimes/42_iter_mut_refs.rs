// Handing out mutable references into a struct's Vec.
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn find_mut(&mut self, owner: &str) -> Option<&mut Account> {
        self.accounts.iter_mut().find(|a| a.owner == owner)
    }

    fn total(&self) -> i64 {
        self.accounts.iter().map(|a| a.balance).sum()
    }
}

fn main() {
    let mut bank = Bank {
        accounts: vec![
            Account { owner: "ana".into(), balance: 100 },
            Account { owner: "bo".into(), balance: 250 },
        ],
    };

    if let Some(acc) = bank.find_mut("bo") {
        acc.balance -= 75;
    }
    for acc in bank.accounts.iter_mut() {
        acc.balance += 10;
    }
    match bank.find_mut("cy") {
        Some(_) => println!("found cy"),
        None => println!("no account for cy"),
    }
    println!("{:?}", bank.accounts);
    println!("total = {}", bank.total());
}
