// Space age: a trait with a provided method and one constant per planet.
pub struct Duration {
    seconds: u64,
}

impl From<u64> for Duration {
    fn from(s: u64) -> Self {
        Duration { seconds: s }
    }
}

const EARTH_YEAR_SECONDS: f64 = 31_557_600.0;

pub trait Planet {
    const ORBITAL_PERIOD: f64;

    fn years_during(d: &Duration) -> f64 {
        d.seconds as f64 / EARTH_YEAR_SECONDS / Self::ORBITAL_PERIOD
    }
}

pub struct Earth;
pub struct Mercury;
pub struct Venus;
pub struct Mars;
pub struct Jupiter;

impl Planet for Earth {
    const ORBITAL_PERIOD: f64 = 1.0;
}
impl Planet for Mercury {
    const ORBITAL_PERIOD: f64 = 0.2408467;
}
impl Planet for Venus {
    const ORBITAL_PERIOD: f64 = 0.61519726;
}
impl Planet for Mars {
    const ORBITAL_PERIOD: f64 = 1.8808158;
}
impl Planet for Jupiter {
    const ORBITAL_PERIOD: f64 = 11.862615;
}

fn main() {
    let d = Duration::from(1_000_000_000);
    println!("Earth:   {:.2}", Earth::years_during(&d));
    println!("Mercury: {:.2}", Mercury::years_during(&d));
    println!("Venus:   {:.2}", Venus::years_during(&d));
    println!("Mars:    {:.2}", Mars::years_during(&d));
    println!("Jupiter: {:.2}", Jupiter::years_during(&Duration::from(901_876_382)));
}
