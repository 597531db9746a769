// The classic first exercise from the Rust Book, chapter 3.

fn fahrenheit_to_celsius(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn celsius_to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn main() {
    println!("{:>6} | {:>7}", "°F", "°C");
    println!("-------+--------");
    let mut f = -40;
    while f <= 212 {
        let c = fahrenheit_to_celsius(f as f64);
        println!("{:>6} | {:>7.1}", f, c);
        f += 36;
    }
    let body = 37.0;
    println!("body temperature {}°C = {:.1}°F", body, celsius_to_fahrenheit(body));
    let round_trip = fahrenheit_to_celsius(celsius_to_fahrenheit(21.5));
    println!("round trip 21.5 -> {}", round_trip);
}
