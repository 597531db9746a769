// The impl takes &mut self where the trait says &self.
trait Counter {
    fn current(&self) -> u32;
    fn bump(&mut self);
}

struct Clicks {
    n: u32,
}

impl Counter for Clicks {
    fn current(&mut self) -> u32 {
        self.n
    }
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let mut c = Clicks { n: 0 };
    c.bump();
    c.bump();
    println!("clicks: {}", c.current());
}
