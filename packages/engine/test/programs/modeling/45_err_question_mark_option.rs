use std::collections::HashMap;

#[derive(Debug)]
enum BankError {
    UnknownAccount(String),
    Insufficient { needed: u64, available: u64 },
}

struct Bank {
    balances: HashMap<String, u64>,
}

impl Bank {
    fn withdraw(&mut self, who: &str, amount: u64) -> Result<u64, BankError> {
        let balance = self.balances.get_mut(who)?;
        if *balance < amount {
            return Err(BankError::Insufficient { needed: amount, available: *balance });
        }
        *balance -= amount;
        Ok(*balance)
    }
}

fn main() {
    let mut bank = Bank { balances: HashMap::new() };
    bank.balances.insert("ines".to_string(), 300);
    bank.balances.insert("omar".to_string(), 50);
    println!("{:?}", bank.withdraw("ines", 120));
    println!("{:?}", bank.withdraw("omar", 80));
    println!("{:?}", bank.withdraw("zoe", 10));
    let missing = BankError::UnknownAccount("zoe".into());
    println!("{:?}", missing);
}
