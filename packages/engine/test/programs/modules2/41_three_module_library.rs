// A small "library" of three modules used together by main.
mod bank {
    pub struct Wallet {
        cents: u64,
    }

    impl Wallet {
        pub fn with(cents: u64) -> Wallet {
            Wallet { cents }
        }
        pub fn pay(&mut self, cents: u64) -> bool {
            if cents <= self.cents {
                self.cents -= cents;
                true
            } else {
                false
            }
        }
        pub fn cents(&self) -> u64 {
            self.cents
        }
    }
}

mod geometry {
    pub fn floor_area(w: u32, h: u32) -> u32 {
        w * h
    }
}

mod inventory {
    pub struct Tile {
        pub name: &'static str,
        pub cents_per_sq_m: u64,
    }

    pub fn catalog() -> Vec<Tile> {
        vec![
            Tile { name: "slate", cents_per_sq_m: 4500 },
            Tile { name: "ceramic", cents_per_sq_m: 2200 },
            Tile { name: "marble", cents_per_sq_m: 9900 },
        ]
    }
}

use bank::Wallet;

fn main() {
    let area = geometry::floor_area(4, 5) as u64;
    let mut wallet = Wallet::with(100_000);
    println!("floor is {} sq m", area);
    for tile in inventory::catalog() {
        let cost = tile.cents_per_sq_m * area;
        if wallet.pay(cost) {
            println!("bought {} for {} cents, {} left", tile.name, cost, wallet.cents());
        } else {
            println!("cannot afford {} ({} cents)", tile.name, cost);
        }
    }
}
