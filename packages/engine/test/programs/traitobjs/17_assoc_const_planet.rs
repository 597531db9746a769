trait Planet {
    const NAME: &'static str;
    const GRAVITY: f64; // m/s^2

    fn weight_of(mass_kg: f64) -> f64 {
        mass_kg * Self::GRAVITY
    }
}

struct Earth;
struct Mars;
struct Jupiter;

impl Planet for Earth {
    const NAME: &'static str = "Earth";
    const GRAVITY: f64 = 9.81;
}

impl Planet for Mars {
    const NAME: &'static str = "Mars";
    const GRAVITY: f64 = 3.72;
}

impl Planet for Jupiter {
    const NAME: &'static str = "Jupiter";
    const GRAVITY: f64 = 24.79;
}

fn report<P: Planet>(mass: f64) {
    println!("{:>8}: {:>7.2} N (g = {})", P::NAME, P::weight_of(mass), P::GRAVITY);
}

fn main() {
    let mass = 70.0;
    report::<Earth>(mass);
    report::<Mars>(mass);
    report::<Jupiter>(mass);
    println!("ratio Jupiter/Earth = {:.3}", Jupiter::GRAVITY / Earth::GRAVITY);
}
