#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
struct Fahrenheit(f64);

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

fn describe(t: Celsius) -> &'static str {
    if t.0 < 0.0 {
        "freezing"
    } else if t.0 < 20.0 {
        "mild"
    } else {
        "warm"
    }
}

fn main() {
    let body = Celsius(37.0);
    let f: Fahrenheit = body.into();
    println!("{:?} -> {:?}", body, f);

    let oven = Fahrenheit::from(Celsius(200.0));
    println!("oven at {:.1}F", oven.0);

    for temp_f in [14.0, 59.0, 86.0] {
        let c = Celsius::from(Fahrenheit(temp_f));
        println!("{:>5.1}F = {:>5.1}C ({})", temp_f, c.0, describe(c));
    }

    // `into` works in argument position when the target type is known.
    println!("100F is {}", describe(Fahrenheit(100.0).into()));
}
