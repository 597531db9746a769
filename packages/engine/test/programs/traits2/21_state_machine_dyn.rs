// Trait objects that replace themselves: a tiny state machine.
trait State {
    fn name(&self) -> &'static str;
    fn next(self: Box<Self>, coin: bool) -> Box<dyn State>;
}

struct Locked;
struct Unlocked {
    passes: u32,
}

impl State for Locked {
    fn name(&self) -> &'static str {
        "locked"
    }
    fn next(self: Box<Self>, coin: bool) -> Box<dyn State> {
        if coin {
            Box::new(Unlocked { passes: 0 })
        } else {
            self
        }
    }
}

impl State for Unlocked {
    fn name(&self) -> &'static str {
        "unlocked"
    }
    fn next(self: Box<Self>, coin: bool) -> Box<dyn State> {
        if coin {
            Box::new(Unlocked { passes: self.passes })
        } else {
            println!("  someone passed ({} before)", self.passes);
            Box::new(Locked)
        }
    }
}

fn main() {
    let mut gate: Box<dyn State> = Box::new(Locked);
    for coin in [false, true, true, false, false] {
        gate = gate.next(coin);
        println!("coin={} -> {}", coin, gate.name());
    }
}
