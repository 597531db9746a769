// Vending machine as a state machine. The Maintenance state was added later...
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    HasMoney(u32),
    Dispensing(usize),
    Maintenance,
}

#[derive(Debug, Clone, Copy)]
enum Event {
    InsertCoin(u32),
    Select(usize),
    Cancel,
    Done,
}

struct Product {
    name: &'static str,
    price: u32,
    stock: u32,
}

struct Machine {
    state: State,
    products: Vec<Product>,
    bank: u32,
}

impl Machine {
    fn handle(&mut self, event: Event) -> String {
        let (next, message) = match (self.state, event) {
            (State::Idle, Event::InsertCoin(c)) => (State::HasMoney(c), format!("credit {}", c)),
            (State::HasMoney(m), Event::InsertCoin(c)) => (State::HasMoney(m + c), format!("credit {}", m + c)),
            (State::HasMoney(m), Event::Select(i)) => match self.products.get(i) {
                None => (State::HasMoney(m), "no such product".to_string()),
                Some(p) if p.stock == 0 => (State::HasMoney(m), format!("{} sold out", p.name)),
                Some(p) if p.price > m => (State::HasMoney(m), format!("{} costs {}", p.name, p.price)),
                Some(p) => {
                    let change = m - p.price;
                    self.bank += p.price;
                    (State::Dispensing(i), format!("dispensing {}, change {}", p.name, change))
                }
            },
            (State::HasMoney(m), Event::Cancel) => (State::Idle, format!("returned {}", m)),
            (State::Dispensing(i), Event::Done) => {
                self.products[i].stock -= 1;
                (State::Idle, "ready".to_string())
            }
            (State::Idle, Event::Select(_)) | (State::Idle, Event::Cancel) | (State::Idle, Event::Done) => {
                (State::Idle, "insert coins first".to_string())
            }
            (State::HasMoney(m), Event::Done) => (State::HasMoney(m), "nothing to finish".to_string()),
            (State::Dispensing(i), _) => (State::Dispensing(i), "busy".to_string()),
        };
        self.state = next;
        message
    }
}

fn main() {
    let mut m = Machine {
        state: State::Idle,
        products: vec![
            Product { name: "Cola", price: 150, stock: 2 },
            Product { name: "Chips", price: 100, stock: 0 },
            Product { name: "Water", price: 80, stock: 5 },
        ],
        bank: 0,
    };
    let events = [
        Event::Select(0),
        Event::InsertCoin(100),
        Event::Select(0),
        Event::Select(1),
        Event::InsertCoin(100),
        Event::Select(0),
        Event::Cancel,
        Event::Done,
        Event::InsertCoin(50),
        Event::Cancel,
    ];
    for e in events.iter() {
        let msg = m.handle(*e);
        println!("{:<16} -> {:<28} state={:?}", format!("{:?}", e), msg, m.state);
    }
    println!("bank: {}", m.bank);
}
