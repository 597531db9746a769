// kind: prints
// title: Fields are dropped in which order?
// tags: drop-order, box
// difficulty: 2
// mode: choice
// ---
struct Part {
    name: &'static str,
}

impl Drop for Part {
    fn drop(&mut self) {
        println!("free {}", self.name);
    }
}

struct Machine {
    engine: Box<Part>,
    wheel: Part,
}

fn main() {
    let m = Machine { engine: Box::new(Part { name: "engine" }), wheel: Part { name: "wheel" } };
    println!("built with {} and {}", m.engine.name, m.wheel.name);
}
