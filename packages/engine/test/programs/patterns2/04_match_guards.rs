#[derive(Debug)]
enum Temperature {
    Celsius(f64),
    Fahrenheit(f64),
}

fn advice(t: &Temperature) -> &'static str {
    match *t {
        Temperature::Celsius(c) if c < 0.0 => "freezing: wear a coat",
        Temperature::Celsius(c) if c > 30.0 => "hot: drink water",
        Temperature::Celsius(_) => "mild",
        Temperature::Fahrenheit(f) if f < 32.0 => "freezing: wear a coat",
        Temperature::Fahrenheit(f) if f > 86.0 => "hot: drink water",
        Temperature::Fahrenheit(_) => "mild",
    }
}

fn sign_and_parity(pair: (i32, i32)) -> String {
    match pair {
        (x, y) if x == y => format!("{} and {} are equal", x, y),
        (x, y) if x + y == 0 => format!("{} and {} cancel out", x, y),
        (x, _) if x % 2 == 0 => format!("first ({}) is even", x),
        _ => String::from("nothing special"),
    }
}

fn main() {
    let temps = [
        Temperature::Celsius(-4.0),
        Temperature::Celsius(21.5),
        Temperature::Fahrenheit(95.0),
        Temperature::Fahrenheit(50.0),
    ];
    for t in temps.iter() {
        println!("{:?}: {}", t, advice(t));
    }
    for p in [(3, 3), (5, -5), (4, 9), (7, 1)] {
        println!("{}", sign_and_parity(p));
    }
}
