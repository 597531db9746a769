// An impl that forgets one of the trait's required methods.
trait Planet {
    fn name(&self) -> &'static str;
    fn orbital_period(&self) -> f64;
}

struct Mars;
struct Venus;

impl Planet for Mars {
    fn name(&self) -> &'static str {
        "Mars"
    }
    fn orbital_period(&self) -> f64 {
        1.8808158
    }
}

impl Planet for Venus {
    fn name(&self) -> &'static str {
        "Venus"
    }
}

fn age_on(planet: &dyn Planet, seconds: f64) -> f64 {
    seconds / 31_557_600.0 / planet.orbital_period()
}

fn main() {
    let planets: [&dyn Planet; 2] = [&Mars, &Venus];
    for p in planets {
        println!("{}: {:.2}", p.name(), age_on(p, 1e9));
    }
}
