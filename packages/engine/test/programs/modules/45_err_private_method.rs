// expected: E0624 method `recalculate` is private
mod thermostat {
    pub struct Thermostat {
        target: f32,
        current: f32,
        heating: bool,
    }

    impl Thermostat {
        pub fn new(target: f32, current: f32) -> Self {
            let mut t = Thermostat { target, current, heating: false };
            t.recalculate();
            t
        }

        pub fn set_target(&mut self, target: f32) {
            self.target = target;
            self.recalculate();
        }

        pub fn is_heating(&self) -> bool {
            self.heating
        }

        fn recalculate(&mut self) {
            self.heating = self.current < self.target;
        }
    }
}

fn main() {
    let mut t = thermostat::Thermostat::new(21.0, 18.5);
    println!("heating: {}", t.is_heating());
    t.set_target(17.0);
    t.recalculate();
    println!("heating: {}", t.is_heating());
}
