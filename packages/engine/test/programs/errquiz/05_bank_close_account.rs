struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn close(self) -> i64 {
        println!("Closing account of {}", self.owner);
        self.balance
    }
}

fn main() {
    let acct = Account {
        owner: String::from("Ada"),
        balance: 1250,
    };
    let payout = acct.close();
    println!("Paid out {}", payout);
    println!("Final balance: {}", acct.balance);
}
