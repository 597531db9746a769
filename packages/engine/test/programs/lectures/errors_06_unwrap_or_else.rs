// unwrap_or_else, map_err, unwrap_or_default and friends.
#[derive(Debug)]
enum AppError {
    Parse(String),
    Range(i64),
}

fn parse_percent(s: &str) -> Result<u8, AppError> {
    let n: i64 = s.trim_end_matches('%').parse().map_err(|e: std::num::ParseIntError| AppError::Parse(format!("{}: {}", s, e)))?;
    if n < 0 || n > 100 {
        return Err(AppError::Range(n));
    }
    Ok(n as u8)
}

fn main() {
    let inputs = ["50%", "100", "250%", "-3", "half", "7%"];
    for s in inputs {
        let p = parse_percent(s).unwrap_or_else(|e| {
            println!("  warning for {:?}: {:?}", s, e);
            0
        });
        println!("{} -> {}", s, p);
    }

    let values: Vec<u8> = inputs.iter().map(|s| parse_percent(s).unwrap_or_default()).collect();
    println!("defaults: {:?}", values);

    let ok_only: Vec<u8> = inputs.iter().filter_map(|s| parse_percent(s).ok()).collect();
    println!("ok only: {:?}", ok_only);

    let msg = parse_percent("x").map_err(|e| match e {
        AppError::Parse(m) => format!("bad input ({})", m.len()),
        AppError::Range(n) => format!("out of range {}", n),
    });
    println!("{:?}", msg);

    let r = parse_percent("42").map(|p| p as f64 / 100.0).unwrap_or(0.0);
    println!("fraction {}", r);
    let chained = parse_percent("abc").or_else(|_| parse_percent("10"));
    println!("or_else: {:?}", chained);
    println!("is_ok: {} is_err: {}", parse_percent("1").is_ok(), parse_percent("1000").is_err());
}
