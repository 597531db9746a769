// Constants and statics living in modules.
mod physics {
    pub const GRAVITY: f64 = 9.81;
    pub static PLANET: &str = "Earth";

    pub mod units {
        pub const CM_PER_M: f64 = 100.0;
        pub static SYMBOL: char = 'm';
    }

    pub fn fall_distance(seconds: f64) -> f64 {
        0.5 * GRAVITY * seconds * seconds
    }
}

use physics::units;

fn main() {
    println!("On {} g = {}", physics::PLANET, physics::GRAVITY);
    for t in [1.0, 2.0, 3.0] {
        let d = physics::fall_distance(t);
        println!("after {}s: {:.2}{} = {:.0}cm", t, d, units::SYMBOL, d * units::CM_PER_M);
    }
}
