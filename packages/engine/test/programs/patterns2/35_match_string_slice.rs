fn http_method_kind(method: &str) -> &'static str {
    match method {
        "GET" | "HEAD" | "OPTIONS" => "safe",
        "PUT" | "DELETE" => "idempotent",
        "POST" | "PATCH" => "unsafe",
        _ => "unknown",
    }
}

fn convert(amount: f64, unit: String) -> Option<(f64, String)> {
    let (factor, target) = match unit.to_lowercase().as_str() {
        "km" => (0.621371, "mi"),
        "mi" => (1.609344, "km"),
        "kg" => (2.204623, "lb"),
        "lb" => (0.453592, "kg"),
        _ => return None,
    };
    Some((amount * factor, target.to_string()))
}

fn main() {
    for m in ["GET", "POST", "DELETE", "get", "TRACE"] {
        println!("{:<7} {}", m, http_method_kind(m));
    }
    let owned = String::from("PATCH");
    println!("{} is {}", owned, http_method_kind(&owned));

    let inputs = vec![(10.0, "KM".to_string()), (26.2, "mi".to_string()), (3.0, "stone".to_string())];
    for (amount, unit) in inputs {
        let shown = unit.clone();
        match convert(amount, unit) {
            Some((v, u)) => println!("{} {} = {:.2} {}", amount, shown, v, u),
            None => println!("can't convert {}", shown),
        }
    }
}
