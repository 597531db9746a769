// The struct's own drop runs first, then its fields in declaration order.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("  part {} dropped", self.0);
    }
}

struct Machine {
    engine: Part,
    wheels: Part,
    seat: Part,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("machine dropped (engine={}, wheels={})", self.engine.0, self.wheels.0);
    }
}

fn main() {
    let m = Machine {
        seat: Part("seat"),
        wheels: Part("wheels"),
        engine: Part("engine"),
    };
    println!("built machine with seat {}", m.seat.0);
}
