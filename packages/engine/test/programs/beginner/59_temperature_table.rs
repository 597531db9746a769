fn to_fahrenheit(celsius: f64) -> f64 {
    celsius * 1.8 + 32.0
}

fn main() {
    println!("{:>8} | {:>8}", "Celsius", "Fahr.");
    println!("{}", "-".repeat(19));
    let mut c = -10.0;
    while c <= 40.0 {
        println!("{:>8.1} | {:>8.1}", c, to_fahrenheit(c));
        c += 12.5;
    }
    let body = 37.0_f64;
    println!("body temperature: {:.2}F", to_fahrenheit(body));
    println!("{:e}", 1234.5_f64);
    println!("{}", 0.1_f64 + 0.2);
    println!("{}", 1.0_f64 / 3.0);
    println!("{}", 100.0_f64);
    println!("{}", 2.5e-7_f64);
}
