#[derive(Debug)]
enum Vending {
    Idle,
    HasCoins(u32),
    Dispensing { item: String, change: u32 },
}

#[derive(Debug)]
enum Action {
    Insert(u32),
    Select(&'static str, u32),
    Collect,
}

impl Vending {
    fn handle(self, action: Action) -> Result<Vending, (Vending, String)> {
        match (self, action) {
            (Vending::Idle, Action::Insert(c)) => Ok(Vending::HasCoins(c)),
            (Vending::HasCoins(total), Action::Insert(c)) => Ok(Vending::HasCoins(total + c)),
            (Vending::HasCoins(total), Action::Select(item, price)) if total >= price => {
                Ok(Vending::Dispensing { item: item.to_string(), change: total - price })
            }
            (Vending::HasCoins(total), Action::Select(item, price)) => Err((
                Vending::HasCoins(total),
                format!("{} costs {}, you have {}", item, price, total),
            )),
            (Vending::Dispensing { item, change }, Action::Collect) => {
                println!("  you got {} and {} cents back", item, change);
                Ok(Vending::Idle)
            }
            (state, action) => {
                let msg = format!("cannot {:?} in state {:?}", action, state);
                Err((state, msg))
            }
        }
    }
}

fn main() {
    let actions = vec![
        Action::Select("chips", 150),
        Action::Insert(100),
        Action::Select("chips", 150),
        Action::Insert(100),
        Action::Select("chips", 150),
        Action::Insert(25),
        Action::Collect,
    ];
    let mut machine = Vending::Idle;
    for a in actions {
        machine = match machine.handle(a) {
            Ok(next) => next,
            Err((same, why)) => {
                println!("  refused: {}", why);
                same
            }
        };
        println!("now {:?}", machine);
    }
}
