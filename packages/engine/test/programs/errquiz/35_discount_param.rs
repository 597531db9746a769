fn apply_discount(price: f64, member: bool) -> f64 {
    if member {
        price = price * 0.9;
    }
    (price * 100.0).round() / 100.0
}

fn main() {
    println!("{}", apply_discount(20.0, true));
    println!("{}", apply_discount(20.0, false));
    println!("{}", apply_discount(9.99, true));
}
