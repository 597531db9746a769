// Rustlings-style: a counter whose value can only change through its methods.
mod counter {
    pub struct Counter {
        count: u32,
        step: u32,
        limit: u32,
    }

    impl Counter {
        pub fn new(step: u32, limit: u32) -> Counter {
            Counter { count: 0, step, limit }
        }

        pub fn tick(&mut self) -> bool {
            if self.count + self.step > self.limit {
                return false;
            }
            self.count += self.step;
            true
        }

        pub fn get(&self) -> u32 {
            self.count
        }

        pub fn reset(&mut self) {
            self.count = 0;
        }
    }
}

fn main() {
    let mut c = counter::Counter::new(3, 10);
    while c.tick() {
        println!("count = {}", c.get());
    }
    println!("stopped at {}", c.get());
    c.reset();
    c.tick();
    println!("after reset and one tick: {}", c.get());
}
