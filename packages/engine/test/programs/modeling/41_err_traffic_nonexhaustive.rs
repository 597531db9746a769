// A new variant was added to the enum, but one match was not updated.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Signal {
    Red,
    RedAmber,
    Green,
    Amber,
    FlashingAmber,
}

impl Signal {
    fn next(self) -> Signal {
        match self {
            Signal::Red => Signal::RedAmber,
            Signal::RedAmber => Signal::Green,
            Signal::Green => Signal::Amber,
            Signal::Amber => Signal::Red,
            Signal::FlashingAmber => Signal::FlashingAmber,
        }
    }

    fn seconds(self) -> u32 {
        match self {
            Signal::Red => 40,
            Signal::RedAmber => 2,
            Signal::Green => 30,
            Signal::Amber => 3,
        }
    }
}

struct Junction {
    name: String,
    signal: Signal,
}

impl Junction {
    fn tick(&mut self) {
        println!("{}: {:?} for {}s", self.name, self.signal, self.signal.seconds());
        self.signal = self.signal.next();
    }
}

fn main() {
    let mut j = Junction { name: "Main St & 5th".to_string(), signal: Signal::Red };
    for _ in 0..5 {
        j.tick();
    }
    let night = Signal::FlashingAmber;
    println!("at night: {:?} -> {:?}", night, night.next());
}
