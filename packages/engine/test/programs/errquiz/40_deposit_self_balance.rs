#[derive(Debug)]
struct Wallet {
    owner: String,
    coins: u32,
}

impl Wallet {
    fn deposit(&self, amount: u32) {
        self.coins += amount;
    }
}

fn main() {
    let mut w = Wallet { owner: String::from("Mario"), coins: 0 };
    w.deposit(50);
    w.deposit(25);
    println!("{:?}", w);
}
