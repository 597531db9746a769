fn checked_sqrt(x: f64) -> Option<f64> {
    if x >= 0.0 { Some(x.sqrt()) } else { None }
}

fn safe_div(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

fn main() {
    let readings = [Some(12), None, Some(-4), Some(0), Some(250)];
    for r in readings.iter() {
        let label = match r {
            None => "missing",
            Some(0) => "zero",
            Some(n) if *n < 0 => "below zero",
            Some(n) if *n > 100 => "overflow",
            Some(_) => "normal",
        };
        println!("{:?}: {}", r, label);
    }

    match (safe_div(10, 3), safe_div(1, 0)) {
        (Some(a), Some(b)) => println!("both: {} {}", a, b),
        (Some(a), None) | (None, Some(a)) => println!("only one: {}", a),
        (None, None) => println!("neither"),
    }

    for x in [16.0, -1.0] {
        match checked_sqrt(x) {
            Some(root) => println!("sqrt({}) = {}", x, root),
            None => println!("sqrt({}) is not real", x),
        }
    }
}
