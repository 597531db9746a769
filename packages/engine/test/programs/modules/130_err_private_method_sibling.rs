mod thermostat {
    pub struct Thermostat {
        target: f32,
    }

    impl Thermostat {
        pub fn new(target: f32) -> Self {
            Thermostat { target }
        }

        pub fn target(&self) -> f32 {
            self.target
        }

        fn heating_needed(&self, room: f32) -> bool {
            room < self.target - 0.5
        }

        pub fn set(&mut self, t: f32) {
            self.target = t.max(10.0).min(30.0);
        }
    }
}

mod schedule {
    use super::thermostat::Thermostat;

    pub fn tick(t: &Thermostat, room: f32) -> &'static str {
        if t.heating_needed(room) { "heater ON" } else { "heater off" }
    }

    pub fn boost(t: &mut Thermostat, by: f32) {
        let now = t.target();
        t.set(now + by);
    }
}

fn main() {
    let mut t = thermostat::Thermostat::new(21.0);
    schedule::boost(&mut t, 12.0);
    println!("after boost: {}", t.target());
    for room in [18.0, 29.8, 31.0] {
        println!("room {} -> {}", room, schedule::tick(&t, room));
    }
}
