// Quiz: a method called with too many arguments.
struct Thermostat {
    target: i32,
}

impl Thermostat {
    fn set(&mut self, degrees: i32) {
        self.target = degrees;
    }
}

fn main() {
    let mut t = Thermostat { target: 18 };
    t.set(21, true);
    println!("target {}", t.target);
}
