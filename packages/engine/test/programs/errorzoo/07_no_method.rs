// Quiz: calling a method that the type does not have.
struct Counter {
    count: u32,
}

impl Counter {
    fn increment(&mut self) {
        self.count += 1;
    }

    fn get(&self) -> u32 {
        self.count
    }
}

fn main() {
    let mut c = Counter { count: 0 };
    for _ in 0..3 {
        c.increment();
    }
    // There is no `reset` method.
    c.reset();
    println!("count = {}", c.get());
}
