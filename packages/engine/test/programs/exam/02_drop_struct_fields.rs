// What does this print? Hint: the outer Drop runs before the fields are dropped.
struct Part(&'static str);

impl Drop for Part {
    fn drop(&mut self) {
        println!("  dropping part {}", self.0);
    }
}

struct Engine {
    piston: Part,
    crankshaft: Part,
    valve: Part,
}

impl Drop for Engine {
    fn drop(&mut self) {
        println!("dropping engine");
    }
}

fn main() {
    let e = Engine {
        valve: Part("valve"),
        crankshaft: Part("crankshaft"),
        piston: Part("piston"),
    };
    println!("built engine with {} first", e.piston.0);
}
