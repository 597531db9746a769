// Reaching into a tuple struct whose field is private.
mod units {
    pub struct Meters(f64);

    impl Meters {
        pub fn new(v: f64) -> Meters {
            Meters(v)
        }

        pub fn to_feet(&self) -> f64 {
            self.0 * 3.28084
        }
    }
}

fn main() {
    let m = units::Meters::new(100.0);
    println!("{:.1} ft", m.to_feet());
    println!("{} m", m.0);
}
