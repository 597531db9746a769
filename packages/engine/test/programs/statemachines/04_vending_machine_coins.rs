// A vending machine whose states carry data
#[derive(Debug)]
enum Machine {
    Idle,
    Collecting { cents: u32 },
    Dispensing { item: String, change: u32 },
}

const PRICE: u32 = 125;

fn insert(machine: Machine, coin: u32) -> Machine {
    match machine {
        Machine::Idle => Machine::Collecting { cents: coin },
        Machine::Collecting { cents } => {
            let total = cents + coin;
            if total >= PRICE {
                Machine::Dispensing {
                    item: String::from("granola bar"),
                    change: total - PRICE,
                }
            } else {
                Machine::Collecting { cents: total }
            }
        }
        // coins inserted while dispensing are returned
        d @ Machine::Dispensing { .. } => {
            println!("  (returning coin {})", coin);
            d
        }
    }
}

fn take_item(machine: Machine) -> Machine {
    match machine {
        Machine::Dispensing { item, change } => {
            println!("  you got a {} and {} cents change", item, change);
            Machine::Idle
        }
        other => other,
    }
}

fn main() {
    let mut m = Machine::Idle;
    for coin in [25, 50, 25, 100, 10] {
        m = insert(m, coin);
        println!("after {:>3}: {:?}", coin, m);
    }
    m = take_item(m);
    println!("finally: {:?}", m);
}
