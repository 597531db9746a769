// unimplemented! with a formatted message.
fn convert(unit: &str, value: f64) -> f64 {
    match unit {
        "km" => value * 1000.0,
        "cm" => value / 100.0,
        _ => unimplemented!("unit {:?} is not handled", unit),
    }
}

fn main() {
    println!("{}", convert("km", 2.5));
    println!("{}", convert("cm", 250.0));
    println!("{}", convert("mi", 1.0));
}
