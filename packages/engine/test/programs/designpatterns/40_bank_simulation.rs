// Bank simulation: accounts in a Vec, transfers by index.
#[derive(Debug)]
struct Account {
    owner: String,
    balance: i64,
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn transfer(&mut self, from: usize, to: usize, amount: i64) -> Result<(), String> {
        if self.accounts[from].balance < amount {
            return Err(format!("{} has insufficient funds", self.accounts[from].owner));
        }
        self.accounts[from].balance -= amount;
        self.accounts[to].balance += amount;
        Ok(())
    }
    fn total(&self) -> i64 {
        self.accounts.iter().map(|a| a.balance).sum()
    }
}

fn main() {
    let mut bank = Bank {
        accounts: vec![
            Account { owner: "Ana".into(), balance: 100 },
            Account { owner: "Ben".into(), balance: 20 },
        ],
    };
    println!("{:?}", bank.transfer(0, 1, 70));
    println!("{:?}", bank.transfer(0, 1, 70));
    println!("{:?}", bank.accounts);
    println!("total {}", bank.total());
}
