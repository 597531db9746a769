trait Planet {
    const NAME: &'static str;
    const GRAVITY: f64; // m/s^2

    fn weight_of(mass_kg: f64) -> f64 {
        mass_kg * Self::GRAVITY
    }
}

struct Earth;
struct Mars;
struct Moon;

impl Planet for Earth {
    const NAME: &'static str = "Earth";
    const GRAVITY: f64 = 9.81;
}

impl Planet for Mars {
    const NAME: &'static str = "Mars";
    const GRAVITY: f64 = 3.72;
}

impl Planet for Moon {
    const NAME: &'static str = "Moon";
    const GRAVITY: f64 = 1.62;
}

fn report<P: Planet>(mass: f64) {
    println!("{:>6}: {:7.2} N (g = {})", P::NAME, P::weight_of(mass), P::GRAVITY);
}

fn main() {
    let astronaut = 80.0;
    report::<Earth>(astronaut);
    report::<Mars>(astronaut);
    report::<Moon>(astronaut);
    println!("ratio earth/moon = {:.3}", Earth::GRAVITY / Moon::GRAVITY);
}
