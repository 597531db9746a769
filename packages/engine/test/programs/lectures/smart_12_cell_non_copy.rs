// Exercise: keep the current status message in a Cell so &self methods can change it.
use std::cell::Cell;

struct Machine {
    status: Cell<String>,
    cycles: Cell<u32>,
}

impl Machine {
    fn tick(&self) {
        self.cycles.set(self.cycles.get() + 1);
        self.status.set(format!("ran {} cycles", self.cycles.get()));
    }

    fn status(&self) -> String {
        self.status.get()
    }
}

fn main() {
    let m = Machine { status: Cell::new(String::from("idle")), cycles: Cell::new(0) };
    println!("{}", m.status());
    m.tick();
    m.tick();
    println!("{}", m.status());
}
