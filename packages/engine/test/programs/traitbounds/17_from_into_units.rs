#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

#[derive(Debug, Clone, Copy)]
struct Kelvin(f64);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9.0 / 5.0 + 32.0)
    }
}

impl From<Fahrenheit> for Celsius {
    fn from(f: Fahrenheit) -> Self {
        Celsius((f.0 - 32.0) * 5.0 / 9.0)
    }
}

impl From<Celsius> for Kelvin {
    fn from(c: Celsius) -> Self {
        Kelvin(c.0 + 273.15)
    }
}

fn print_kelvin<T: Into<Kelvin>>(t: T) {
    let k: Kelvin = t.into();
    println!("{:.2} K", k.0);
}

fn main() {
    let body = Celsius(37.0);
    let f: Fahrenheit = body.into();
    println!("{:?} -> {:?}", body, f);

    let oven = Fahrenheit(350.0);
    let c = Celsius::from(oven);
    println!("{:?} -> {:.1} C", oven, c.0);

    print_kelvin(Celsius(-273.15));
    print_kelvin(Celsius(25.0));
    let k = Kelvin::from(Celsius::from(Fahrenheit(212.0)));
    println!("{:?}", k);
}
