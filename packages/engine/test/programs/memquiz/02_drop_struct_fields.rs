// Fields are dropped after the outer value's own drop, in declaration order.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("  dropping part {}", self.0);
    }
}

struct Machine {
    engine: Part,
    wheels: Part,
    seat: Part,
}

impl Drop for Machine {
    fn drop(&mut self) {
        println!("dropping machine");
    }
}

fn main() {
    let m = Machine {
        seat: Part("seat"),
        engine: Part("engine"),
        wheels: Part("wheels"),
    };
    println!("built machine with {} parts", 3);
    let _ = &m;
}
