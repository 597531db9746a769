fn validate_username(name: &str) -> Result<&str, String> {
    if name.len() < 3 {
        Err(format!("'{}' is too short", name))
    } else {
        Ok(name)
    }
}

fn check_reserved(name: &str) -> Result<&str, String> {
    match name {
        "admin" | "root" => Err(format!("'{}' is reserved", name)),
        _ => Ok(name),
    }
}

fn register(name: &str) -> Result<String, String> {
    validate_username(name)
        .and_then(check_reserved)
        .map(|n| n.to_lowercase())
        .map(|n| format!("user:{}", n))
}

fn main() {
    for name in ["Ferris", "al", "root", "Bjarne"] {
        let outcome = register(name);
        let msg = match &outcome {
            Ok(id) => format!("registered {}", id),
            Err(why) => format!("rejected: {}", why),
        };
        println!("{:<8} {}", name, msg);
    }
    println!("{}", register("x").unwrap_or_else(|e| format!("fallback ({})", e.len())));
}
