use std::cell::Cell;

struct Greeter {
    name: String,
    calls: Cell<u32>,
}

impl Greeter {
    fn new(name: &str) -> Self {
        Greeter { name: name.to_string(), calls: Cell::new(0) }
    }

    // Only &self, yet we can still count calls.
    fn greet(&self, who: &str) -> String {
        self.calls.set(self.calls.get() + 1);
        format!("{} says hello to {}", self.name, who)
    }

    fn call_count(&self) -> u32 {
        self.calls.get()
    }
}

fn main() {
    let g = Greeter::new("Ferris");
    for who in ["Ada", "Grace", "Linus"] {
        println!("{}", g.greet(who));
    }
    let shared = &g;
    println!("{}", shared.greet("Barbara"));
    println!("greet was called {} times", g.call_count());
}
