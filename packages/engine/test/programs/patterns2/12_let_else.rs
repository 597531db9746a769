// let-else: bind on the happy path, bail out otherwise.
#[derive(Debug)]
struct Reading {
    sensor: String,
    value: f64,
}

fn parse_line(line: &str) -> Option<Reading> {
    let Some((name, raw)) = line.split_once('=') else {
        println!("  no '=' in {:?}", line);
        return None;
    };
    let Ok(value) = raw.trim().parse::<f64>() else {
        println!("  bad number {:?}", raw.trim());
        return None;
    };
    let name = name.trim();
    let [first, ..] = name.as_bytes() else {
        println!("  empty sensor name");
        return None;
    };
    if !first.is_ascii_alphabetic() {
        return None;
    }
    Some(Reading { sensor: name.to_string(), value })
}

fn main() {
    let input = ["temp = 21.5", "humidity=48", "pressure: 1013", "wind = fast", " = 3", "9lives = 9"];
    let mut ok = Vec::new();
    for line in input {
        match parse_line(line) {
            Some(r) => ok.push(r),
            None => println!("skipped {:?}", line),
        }
    }
    for r in &ok {
        println!("{} -> {}", r.sensor, r.value);
    }
}
