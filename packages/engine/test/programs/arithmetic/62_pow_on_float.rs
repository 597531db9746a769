// Mistake: f64 has powi/powf, not the integer pow method.

fn circle_area(radius: f64) -> f64 {
    std::f64::consts::PI * radius.pow(2)
}

fn main() {
    println!("{:.3}", circle_area(1.5));
}
