// Vending machine simulation with an enum state.
#[derive(Debug)]
enum State {
    Idle,
    HasCoins(u32),
    Dispensing(String),
}

struct Machine {
    state: State,
    price: u32,
    stock: u32,
}

impl Machine {
    fn insert(&mut self, cents: u32) {
        self.state = match self.state {
            State::Idle => State::HasCoins(cents),
            State::HasCoins(c) => State::HasCoins(c + cents),
            State::Dispensing(_) => State::HasCoins(cents),
        };
    }
    fn press(&mut self) -> Option<u32> {
        if let State::HasCoins(c) = self.state {
            if c >= self.price && self.stock > 0 {
                self.stock -= 1;
                self.state = State::Dispensing("cola".to_string());
                return Some(c - self.price);
            }
        }
        None
    }
}

fn main() {
    let mut m = Machine { state: State::Idle, price: 150, stock: 1 };
    m.insert(100);
    println!("press -> {:?}", m.press());
    m.insert(100);
    println!("press -> {:?}", m.press());
    println!("{:?}, stock {}", m.state, m.stock);
    m.insert(200);
    println!("press -> {:?}", m.press());
}
