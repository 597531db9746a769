// Vending machine states carry data in their variants.
#[derive(Debug)]
enum Machine {
    Idle,
    Collecting { inserted: u32 },
    Dispensing { item: &'static str, change: u32 },
}

const PRICE: u32 = 75;

impl Machine {
    fn coin(self, value: u32) -> Machine {
        match self {
            Machine::Idle => Machine::Collecting { inserted: value },
            Machine::Collecting { inserted } => {
                let total = inserted + value;
                if total >= PRICE {
                    Machine::Dispensing { item: "candy bar", change: total - PRICE }
                } else {
                    Machine::Collecting { inserted: total }
                }
            }
            d @ Machine::Dispensing { .. } => d,
        }
    }

    fn take(self) -> Machine {
        if let Machine::Dispensing { item, change } = self {
            println!("  you take the {} and {} cents", item, change);
            Machine::Idle
        } else {
            self
        }
    }

    fn describe(&self) -> String {
        match self {
            Machine::Idle => "waiting for coins".to_string(),
            Machine::Collecting { inserted } => format!("have {}, need {} more", inserted, PRICE - inserted),
            Machine::Dispensing { item, .. } => format!("dispensing {}", item),
        }
    }
}

fn main() {
    let mut m = Machine::Idle;
    println!("{}", m.describe());
    for coin in [25, 10, 25, 25] {
        m = m.coin(coin);
        println!("inserted {:>2}: {}", coin, m.describe());
    }
    m = m.coin(5);
    println!("extra coin while dispensing: {:?}", m);
    m = m.take();
    println!("{}", m.describe());
    m = m.take();
    println!("{:?}", m);
}
