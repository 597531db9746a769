#[derive(Debug)]
struct Thermostat {
    target: f32,
    current: f32,
}

impl Thermostat {
    fn needs_heat(&self) -> bool {
        self.current < self.target
    }

    fn set_target(&self, t: f32) {
        self.target = t;
    }
}

fn main() {
    let mut t = Thermostat { target: 20.0, current: 18.5 };
    println!("heat? {}", t.needs_heat());
    t.set_target(18.0);
    println!("{:?}, heat? {}", t, t.needs_heat());
}
