mod atm {
    pub struct Wallet {
        coins: u32,
    }

    impl Wallet {
        pub fn with_coins(coins: u32) -> Self {
            Wallet { coins }
        }

        pub fn spend(&mut self, n: u32) {
            assert!(n <= self.coins, "cannot spend {} coins, only {} left", n, self.coins);
            self.coins -= n;
        }

        pub fn coins(&self) -> u32 {
            self.coins
        }
    }
}

fn main() {
    let mut w = atm::Wallet::with_coins(10);
    for cost in [3, 4, 2, 5] {
        w.spend(cost);
        println!("spent {}, {} left", cost, w.coins());
    }
}
