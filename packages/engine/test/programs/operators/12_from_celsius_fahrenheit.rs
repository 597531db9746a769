// Converting between two unit types with From.
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

fn main() {
    let boiling = Celsius(100.0);
    let f = Fahrenheit::from(boiling);
    println!("{:?} = {:?}", boiling, f);

    // Implementing From gives us Into for free.
    let body: Fahrenheit = Celsius(37.0).into();
    println!("body temperature: {:.1} F", body.0);

    let freezing: Celsius = Fahrenheit(32.0).into();
    println!("freezing: {:.1} C", freezing.0);

    let readings = [Fahrenheit(50.0), Fahrenheit(68.0), Fahrenheit(86.0)];
    let converted: Vec<Celsius> = readings.iter().map(|&r| r.into()).collect();
    for (r, c) in readings.iter().zip(&converted) {
        println!("{:>5.1} F -> {:>5.1} C", r.0, c.0);
    }
}
