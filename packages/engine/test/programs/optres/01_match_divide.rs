// Rust Book style: a function that may not have an answer.
fn divide(numerator: f64, denominator: f64) -> Option<f64> {
    if denominator == 0.0 {
        None
    } else {
        Some(numerator / denominator)
    }
}

fn describe(result: Option<f64>) -> String {
    match result {
        Some(x) => format!("Result: {:.2}", x),
        None => String::from("Cannot divide by 0"),
    }
}

fn main() {
    let pairs = [(10.0, 4.0), (3.0, 0.0), (-9.0, 3.0)];
    for (n, d) in pairs.iter() {
        println!("{} / {} -> {}", n, d, describe(divide(*n, *d)));
    }
}
