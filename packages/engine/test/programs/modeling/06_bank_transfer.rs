// Several accounts stored in a Vec, addressed by index; transfers use `?`.
#[derive(Debug)]
enum TransferError {
    NoSuchAccount(usize),
    SameAccount,
    Overdraft { id: usize, short_by: u64 },
}

#[derive(Debug)]
struct Account {
    id: usize,
    holder: String,
    cents: u64,
}

struct Bank {
    accounts: Vec<Account>,
    history: Vec<String>,
}

impl Bank {
    fn open(&mut self, holder: &str, cents: u64) -> usize {
        let id = self.accounts.len();
        self.accounts.push(Account { id, holder: holder.to_string(), cents });
        id
    }

    fn balance(&self, id: usize) -> Result<u64, TransferError> {
        self.accounts.get(id).map(|a| a.cents).ok_or(TransferError::NoSuchAccount(id))
    }

    fn transfer(&mut self, from: usize, to: usize, cents: u64) -> Result<(), TransferError> {
        if from == to {
            return Err(TransferError::SameAccount);
        }
        let available = self.balance(from)?;
        self.balance(to)?;
        if available < cents {
            return Err(TransferError::Overdraft { id: from, short_by: cents - available });
        }
        self.accounts[from].cents -= cents;
        self.accounts[to].cents += cents;
        let line = format!("{} -> {}: {}", self.accounts[from].holder, self.accounts[to].holder, cents);
        self.history.push(line);
        Ok(())
    }
}

fn main() {
    let mut bank = Bank { accounts: Vec::new(), history: Vec::new() };
    let alice = bank.open("Alice", 10_000);
    let bob = bank.open("Bob", 2_500);
    let carol = bank.open("Carol", 0);

    let requests = [(alice, bob, 3_000), (bob, carol, 6_000), (carol, carol, 1), (bob, 7, 10), (bob, carol, 5_500)];
    for (from, to, amt) in requests {
        match bank.transfer(from, to, amt) {
            Ok(()) => println!("ok: {} from #{} to #{}", amt, from, to),
            Err(e) => println!("failed: {:?}", e),
        }
    }
    for a in &bank.accounts {
        println!("#{} {:<6} {:>6}", a.id, a.holder, a.cents);
    }
    let total: u64 = bank.accounts.iter().map(|a| a.cents).sum();
    println!("total money: {}", total);
    println!("history: {:?}", bank.history);
}
