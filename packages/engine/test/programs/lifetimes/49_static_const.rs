// 'static data: constant tables of string slices.
const PLANETS: [&str; 8] = [
    "Mercury", "Venus", "Earth", "Mars", "Jupiter", "Saturn", "Uranus", "Neptune",
];

static UNITS: &[(&str, f64)] = &[("km", 1000.0), ("m", 1.0), ("cm", 0.01)];

fn planet(n: usize) -> Option<&'static str> {
    PLANETS.get(n).copied()
}

fn unit_factor(name: &str) -> Option<f64> {
    UNITS.iter().find(|(u, _)| *u == name).map(|&(_, f)| f)
}

fn error_message(code: u16) -> &'static str {
    match code {
        404 => "Not Found",
        500 => "Internal Server Error",
        _ => "Unknown",
    }
}

fn main() {
    println!("{:?} {:?}", planet(2), planet(8));
    println!("3.5 km = {} m", 3.5 * unit_factor("km").unwrap());
    println!("cm factor: {:?}, in: {:?}", unit_factor("cm"), unit_factor("in"));

    let msg: &'static str;
    {
        let code = 404;
        msg = error_message(code);
    }
    println!("{}", msg);
    println!("{}", error_message(418));
}
