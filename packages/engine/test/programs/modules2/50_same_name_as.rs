// Two modules export a function with the same name; `as` keeps them apart.
mod metric {
    pub fn convert(x: f64) -> f64 {
        x * 1.609344 // miles -> km
    }
}

mod imperial {
    pub fn convert(x: f64) -> f64 {
        x / 1.609344 // km -> miles
    }
}

use imperial::convert as km_to_miles;
use metric::convert as miles_to_km;

fn main() {
    let runs = [5.0, 10.0, 42.195];
    for km in runs {
        println!("{:>7.3} km = {:>7.3} mi", km, km_to_miles(km));
    }
    println!("marathon check: {:.3}", miles_to_km(km_to_miles(42.195)));
}
