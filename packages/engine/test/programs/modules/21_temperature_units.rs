mod temperature {
    pub mod celsius {
        pub fn to_fahrenheit(c: f64) -> f64 {
            c * 9.0 / 5.0 + 32.0
        }
        pub fn to_kelvin(c: f64) -> f64 {
            c + super::ABSOLUTE_ZERO_OFFSET
        }
    }

    pub mod fahrenheit {
        pub fn to_celsius(f: f64) -> f64 {
            (f - 32.0) * 5.0 / 9.0
        }
        pub fn to_kelvin(f: f64) -> f64 {
            super::celsius::to_kelvin(to_celsius(f))
        }
    }

    const ABSOLUTE_ZERO_OFFSET: f64 = 273.15;
}

use temperature::{celsius, fahrenheit};

fn main() {
    for c in [-40.0, 0.0, 37.0, 100.0] {
        println!("{:>6.1}°C = {:>6.1}°F = {:>7.2}K", c, celsius::to_fahrenheit(c), celsius::to_kelvin(c));
    }
    let f = 451.0;
    println!("{}°F = {:.2}°C = {:.2}K", f, fahrenheit::to_celsius(f), fahrenheit::to_kelvin(f));
}
