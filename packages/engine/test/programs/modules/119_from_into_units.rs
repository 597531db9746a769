mod units {
    #[derive(Debug, Clone, Copy)]
    pub struct Celsius(pub f64);

    #[derive(Debug, Clone, Copy)]
    pub struct Fahrenheit(pub f64);

    impl From<Celsius> for Fahrenheit {
        fn from(c: Celsius) -> Self {
            Fahrenheit(c.0 * 1.8 + 32.0)
        }
    }

    impl From<Fahrenheit> for Celsius {
        fn from(f: Fahrenheit) -> Self {
            Celsius((f.0 - 32.0) / 1.8)
        }
    }
}

mod weather {
    use super::units::{Celsius, Fahrenheit};

    pub fn forecast(city: &str, high: Celsius) -> String {
        let f: Fahrenheit = high.into();
        format!("{}: high of {:.1}°C / {:.1}°F", city, high.0, f.0)
    }
}

use units::{Celsius, Fahrenheit};

fn main() {
    println!("{}", weather::forecast("Oslo", Celsius(-3.5)));
    println!("{}", weather::forecast("Cairo", Celsius(34.0)));
    let body = Fahrenheit(98.6);
    let c = Celsius::from(body);
    println!("{:?} = {:.1}", body, c.0);
    let temps: Vec<Fahrenheit> = vec![Celsius(0.0), Celsius(100.0)].into_iter().map(Fahrenheit::from).collect();
    println!("{:?}", temps);
}
