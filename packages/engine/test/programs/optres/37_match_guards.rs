fn classify(reading: Option<i32>) -> &'static str {
    match reading {
        None => "sensor offline",
        Some(t) if t < 0 => "freezing",
        Some(0..=15) => "cold",
        Some(16..=25) => "comfortable",
        Some(_) => "hot",
    }
}

fn status(code: Result<u16, String>) -> String {
    match code {
        Ok(200) => "OK".to_string(),
        Ok(c @ 400..=499) => format!("client error {}", c),
        Ok(c) => format!("other status {}", c),
        Err(ref msg) if msg.is_empty() => "unknown failure".to_string(),
        Err(msg) => format!("failed: {}", msg),
    }
}

fn main() {
    for r in [None, Some(-4), Some(10), Some(21), Some(33)] {
        println!("{:?}: {}", r, classify(r));
    }
    let codes = vec![Ok(200), Ok(404), Ok(503), Err(String::new()), Err("timeout".to_string())];
    for c in codes {
        println!("{}", status(c));
    }
}
