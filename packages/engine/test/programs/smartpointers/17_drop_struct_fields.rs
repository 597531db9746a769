struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("  drop part {}", self.0);
    }
}

struct Machine {
    engine: Part,
    wheels: Vec<Part>,
    seat: Box<Part>,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("drop machine (engine {})", self.engine.0);
    }
}

fn main() {
    let m = Machine {
        engine: Part("engine"),
        wheels: vec![Part("front wheel"), Part("back wheel")],
        seat: Box::new(Part("seat")),
    };
    println!("machine built with {} wheels, seat {}", m.wheels.len(), m.seat.0);
    let t = (Part("tuple first"), Part("tuple second"));
    println!("tuple built: {} / {}", t.0 .0, t.1 .0);
}
