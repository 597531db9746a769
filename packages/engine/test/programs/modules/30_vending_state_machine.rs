mod vending {
    #[derive(Debug)]
    pub enum State {
        Idle,
        HasMoney(u32),
        Dispensing(String),
    }

    pub enum Event {
        InsertCoin(u32),
        Select(&'static str, u32),
        Take,
    }

    use self::Event::*;
    use self::State::*;

    pub fn step(state: State, event: Event) -> State {
        match (state, event) {
            (Idle, InsertCoin(c)) => HasMoney(c),
            (HasMoney(m), InsertCoin(c)) => HasMoney(m + c),
            (HasMoney(m), Select(item, price)) if m >= price => Dispensing(item.to_string()),
            (HasMoney(m), Select(_, _)) => HasMoney(m),
            (Dispensing(_), Take) => Idle,
            (s, _) => s,
        }
    }
}

use vending::{step, Event, State};

fn main() {
    let events = vec![
        Event::InsertCoin(50),
        Event::Select("cola", 120),
        Event::InsertCoin(100),
        Event::Select("cola", 120),
        Event::InsertCoin(10),
        Event::Take,
    ];
    let mut s = State::Idle;
    for e in events {
        s = step(s, e);
        println!("{:?}", s);
    }
}
