struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn new(step: u32) -> Counter {
        Counter { count: 0, step }
    }

    fn tick(&mut self) {
        self.count += self.step;
    }

    fn reset(&mut self) {
        self.count = 0;
    }

    fn value(&self) -> u32 {
        self.count
    }
}

fn main() {
    let mut c = Counter::new(5);
    for _ in 0..4 {
        c.tick();
    }
    println!("after 4 ticks: {}", c.value());
    c.reset();
    c.tick();
    println!("after reset and 1 tick: {}", c.value());
}
