mod units {
    #[derive(Debug, Clone, Copy)]
    pub struct Meters(pub f64);

    #[derive(Debug, Clone, Copy)]
    pub struct Feet(pub f64);

    impl Meters {
        pub fn to_feet(self) -> Feet {
            Feet(self.0 * 3.28084)
        }
    }

    impl Feet {
        pub fn to_meters(self) -> Meters {
            Meters(self.0 / 3.28084)
        }
    }
}

use units::{Feet, Meters};

fn main() {
    let everest = Meters(8848.86);
    let runway = Feet(10000.0);
    println!("{:?} = {:.0} ft", everest, everest.to_feet().0);
    println!("{:?} = {:.1} m", runway, runway.to_meters().0);
    let Meters(raw) = everest;
    println!("raw value: {}", raw);
}
